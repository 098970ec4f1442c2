// Capítulo 9 — §7 Estudo de Caso: Chatbot em Produção (chatbot_prod.py do livro, em TypeScript).
// Rode: npm run exemplo -- chatbot_prod   (ou: node --import tsx chapters/09/07-estudo-de-caso/chatbot_prod.ts)
// Sem chave no .env, o "Gemini" é o laboratório local, que responde "Responda como atendente: …" com o
// FAQ da Loja Exemplo (lib/faq.ts). O serviço completo (HTTP, guardas, rate limit, métricas…) é o
// exercício 11: npm run ex:11, e depois npm run chatbot.
import { ChatPromptTemplate } from "@langchain/core/prompts";
import { ChatGoogleGenerativeAI } from "@langchain/google-genai";
import { traceable } from "langsmith/traceable";
import { geminiOptions } from "#lib/config";
import { runMain } from "#lib/main";
import { flushTraces } from "#lib/tracing";

// O prompt e o modelo são criados uma vez só, não a cada pergunta (no livro, a cada chamada). O modelo
// nasce na primeira pergunta: é aí que o .env (ou o laboratório) já está carregado.
const prompt = ChatPromptTemplate.fromTemplate("Responda como atendente: {pergunta}");
let llm: ChatGoogleGenerativeAI | undefined;
const modelo = () => (llm ??= new ChatGoogleGenerativeAI({ model: "gemini-2.5-flash", maxRetries: 2, ...geminiOptions() }));

/** Passo 1 do estudo de caso: a chain com tracing (cada pergunta vira um trace "atendimento_chain"). */
export const atendimento_chain = traceable(
  async (pergunta: string): Promise<string> => {
    const chain = prompt.pipe(modelo());
    return (await chain.invoke({ pergunta })).text;
  },
  { name: "atendimento_chain", run_type: "chain" },
);

export async function main(): Promise<void> {
  console.log(await atendimento_chain("Quais são os horários de funcionamento?"));
  await flushTraces();
}

await runMain(import.meta.url, main);
