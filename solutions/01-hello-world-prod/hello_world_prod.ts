// Exercício 1 — Hello World em produção com tracing (livro: capitulo_09/hello_world_prod.py)
import { ChatPromptTemplate } from "@langchain/core/prompts";
import { ChatGoogleGenerativeAI } from "@langchain/google-genai";
import { traceable } from "langsmith/traceable";
import { geminiOptions } from "#lib/config";
import { runMain } from "#lib/main";
import { flushTraces } from "#lib/tracing";

// O prompt do livro. As variáveis entre chaves viram entradas da chain.
const prompt = ChatPromptTemplate.fromTemplate("Escreva uma frase sobre {topico}");

// `traceable` registra cada chamada como um run "hello_chain" no LangSmith; as chamadas do
// LangChain feitas dentro dela (o prompt e o modelo) aparecem como filhos desse run.
export const hello_chain = traceable(
  async (topico: string): Promise<string> => {
    // A chave vem de GOOGLE_API_KEY; sem chave, geminiOptions() aponta para o laboratório local.
    const llm = new ChatGoogleGenerativeAI({ model: "gemini-2.5-flash", ...geminiOptions() });
    const chain = prompt.pipe(llm);
    const resposta = await chain.invoke({ topico });
    return resposta.text;
  },
  { name: "hello_chain", run_type: "chain" },
);

export async function main(): Promise<void> {
  console.log(await hello_chain("produção de IA"));
  // Os traces saem em segundo plano: espere a entrega antes de o processo terminar.
  await flushTraces();
}

await runMain(import.meta.url, main);
