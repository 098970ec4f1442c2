// Capítulo 9 — Hands-on: Hello World em produção, com logging e tracing.
// Rode: npm run exemplo -- hello_world_prod   (ou: npx tsx chapters/09/01-hello-world-prod/hello_world_prod.ts)
import { ChatPromptTemplate } from "@langchain/core/prompts";
import { ChatGoogleGenerativeAI } from "@langchain/google-genai";
import { traceable } from "langsmith/traceable";
import { pino } from "pino";
import { geminiOptions } from "#lib/config";
import { runMain } from "#lib/main";
import { flushTraces } from "#lib/tracing";

// Logs estruturados (JSON, uma linha por evento) com as chaves censuradas caso alguém as registre.
const log = pino({
  name: "hello_world_prod",
  redact: { paths: ["*.apiKey", "*.api_key", "headers.authorization", "*.GOOGLE_API_KEY"], censor: "[oculto]" },
});

const prompt = ChatPromptTemplate.fromTemplate("Escreva uma frase sobre {topico}");

export const hello_chain = traceable(
  async (topico: string): Promise<string> => {
    // maxRetries baixo: em produção, prefira falhar rápido e deixar a política de retentativa explícita (§2).
    const llm = new ChatGoogleGenerativeAI({ model: "gemini-2.5-flash", maxRetries: 2, ...geminiOptions() });
    const inicio = performance.now();
    const resposta = await prompt.pipe(llm).invoke({ topico });
    log.info(
      { topico, ms: Math.round(performance.now() - inicio), tokens: resposta.usage_metadata },
      "hello_chain respondeu",
    );
    return resposta.text;
  },
  { name: "hello_chain", run_type: "chain", tags: ["capitulo-09"] },
);

export async function main(): Promise<void> {
  console.log(await hello_chain("produção de IA"));
  await flushTraces();
}

await runMain(import.meta.url, main);
