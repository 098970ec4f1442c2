// Exercício 1 — Hello World em produção com tracing (livro: capitulo_09/hello_world_prod.py)
// Enunciado completo: exercises/01-hello-world-prod/README.md. Rode com: npm run ex:1
import { ChatPromptTemplate } from "@langchain/core/prompts";
import { ChatGoogleGenerativeAI } from "@langchain/google-genai";
import { traceable } from "langsmith/traceable";
import { geminiOptions } from "#lib/config";
import { runMain } from "#lib/main";
import { flushTraces } from "#lib/tracing";

// TODO 1: crie o prompt do livro com ChatPromptTemplate.fromTemplate("Escreva uma frase sobre {topico}").

// TODO 2: transforme hello_chain em uma função rastreada: traceable(async (topico) => ..., { name: "hello_chain" }).
export const hello_chain = async (topico: string): Promise<string> => {
  // TODO 3: crie o modelo ChatGoogleGenerativeAI com model "gemini-2.5-flash" e ...geminiOptions(),
  //         encadeie prompt.pipe(llm), invoque com { topico } e devolva o texto da resposta.
  throw new Error(`TODO: implemente hello_chain (tópico recebido: ${topico})`);
};

export async function main(): Promise<void> {
  console.log(await hello_chain("produção de IA"));
  // TODO 4: os traces saem em segundo plano; espere a entrega antes de o processo terminar.
}

// Guarda para não deixar os imports sem uso enquanto você não termina os TODOs.
void [ChatPromptTemplate, ChatGoogleGenerativeAI, traceable, geminiOptions, flushTraces];

await runMain(import.meta.url, main);
