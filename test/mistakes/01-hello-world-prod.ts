// Plausible wrong solutions of exercise 01 (see catalogue.ts). Each must fail the check named by `caughtBy`.
import type { Mistake } from "./catalogue.ts";

const F = "hello_world_prod.ts";
const CORPO = `    const llm = new ChatGoogleGenerativeAI({ model: "gemini-2.5-flash", ...geminiOptions() });
    const chain = prompt.pipe(llm);
    const resposta = await chain.invoke({ topico });
    return resposta.text;`;

const corpo = (novo: string) => [{ file: F, find: CORPO, replace: novo }];

export const mistakes: Mistake[] = [
  {
    name: "provider error swallowed into a friendly answer",
    family: "error-path",
    edits: corpo(`    try {
      const llm = new ChatGoogleGenerativeAI({ model: "gemini-2.5-flash", ...geminiOptions() });
      const resposta = await prompt.pipe(llm).invoke({ topico });
      return resposta.text;
    } catch {
      return "Desculpe, não consegui gerar a frase agora. Tente de novo mais tarde.";
    }`),
    caughtBy: /erro do provedor sobe/,
    says: /não engula o erro/,
  },
  {
    name: "error rethrown without its cause",
    family: "error-path",
    edits: corpo(`    try {
      const llm = new ChatGoogleGenerativeAI({ model: "gemini-2.5-flash", ...geminiOptions() });
      const resposta = await prompt.pipe(llm).invoke({ topico });
      return resposta.text;
    } catch (erro) {
      console.error("falha no Gemini", erro);
      throw new Error("Não foi possível gerar a frase.");
    }`),
    caughtBy: /erro do provedor sobe/,
    says: /guarde o original em cause/,
  },
  {
    name: "empty string returned when the model fails",
    family: "error-path",
    edits: corpo(`    const llm = new ChatGoogleGenerativeAI({ model: "gemini-2.5-flash", ...geminiOptions() });
    const resposta = await prompt.pipe(llm).invoke({ topico }).catch(() => null);
    return resposta?.text ?? "";`),
    caughtBy: /erro do provedor sobe/,
    says: /não engula o erro/,
  },
  {
    name: "model created at import time",
    family: "network",
    edits: [
      { file: F, find: "const prompt = ChatPromptTemplate", replace: 'const llm = new ChatGoogleGenerativeAI({ model: "gemini-2.5-flash", ...geminiOptions() });\nconst prompt = ChatPromptTemplate' },
      { file: F, find: '    const llm = new ChatGoogleGenerativeAI({ model: "gemini-2.5-flash", ...geminiOptions() });\n    const chain', replace: "    const chain" },
    ],
    caughtBy: /cria o modelo quando é chamada/,
    says: /topo do arquivo/,
  },
  {
    name: "returns the AIMessage instead of its text",
    family: "other",
    edits: [{ file: F, find: "    return resposta.text;", replace: "    return resposta as unknown as string;" }],
    caughtBy: /devolve o texto da resposta/,
    says: /deve devolver uma string/,
  },
  {
    name: "topic sent straight to the model, no prompt template",
    family: "other",
    edits: [{ file: F, find: "    const chain = prompt.pipe(llm);\n    const resposta = await chain.invoke({ topico });", replace: "    const resposta = await llm.invoke(topico);" }],
    caughtBy: /prompt do livro/,
    says: /Escreva uma frase sobre/,
  },
  {
    name: "prompt text reworded",
    family: "other",
    edits: [{ file: F, find: '"Escreva uma frase sobre {topico}"', replace: '"Escreva uma frase curta sobre o tema: {topico}"' }],
    caughtBy: /prompt do livro/,
    says: /O prompt que chegou ao modelo/,
  },
  {
    name: "another Gemini model",
    family: "other",
    edits: [{ file: F, find: 'model: "gemini-2.5-flash"', replace: 'model: "gemini-2.0-flash"' }],
    caughtBy: /prompt do livro/,
    says: /gemini-2\.5-flash/,
  },
  {
    name: "function never wrapped in traceable",
    family: "measurement",
    files: {
      [F]: `import { ChatPromptTemplate } from "@langchain/core/prompts";
import { ChatGoogleGenerativeAI } from "@langchain/google-genai";
import { geminiOptions } from "#lib/config";
import { runMain } from "#lib/main";
import { flushTraces } from "#lib/tracing";

const prompt = ChatPromptTemplate.fromTemplate("Escreva uma frase sobre {topico}");

// O LangChain já manda traces sozinho quando LANGSMITH_TRACING está ligado.
export const hello_chain = async (topico: string): Promise<string> => {
  const llm = new ChatGoogleGenerativeAI({ model: "gemini-2.5-flash", ...geminiOptions() });
  const resposta = await prompt.pipe(llm).invoke({ topico });
  return resposta.text;
};

export async function main(): Promise<void> {
  console.log(await hello_chain("produção de IA"));
  await flushTraces();
}

await runMain(import.meta.url, main);
`,
    },
    caughtBy: /chega ao LangSmith/,
    says: /Nenhum run raiz chamado "hello_chain"/,
  },
  {
    name: "traced under a camelCase name",
    family: "measurement",
    edits: [{ file: F, find: '{ name: "hello_chain", run_type: "chain" }', replace: '{ name: "helloChain", run_type: "chain" }' }],
    caughtBy: /chega ao LangSmith/,
    says: /Nenhum run raiz chamado "hello_chain"/,
  },
  {
    name: "only the result is traced: the model call is not a child",
    family: "measurement",
    files: {
      [F]: `import { ChatPromptTemplate } from "@langchain/core/prompts";
import { ChatGoogleGenerativeAI } from "@langchain/google-genai";
import { traceable } from "langsmith/traceable";
import { geminiOptions } from "#lib/config";
import { runMain } from "#lib/main";
import { flushTraces } from "#lib/tracing";

const prompt = ChatPromptTemplate.fromTemplate("Escreva uma frase sobre {topico}");

// Registra no LangSmith a pergunta e a resposta de cada chamada.
const registrar = traceable(async (topico: string, texto: string) => texto, { name: "hello_chain" });

export const hello_chain = async (topico: string): Promise<string> => {
  const llm = new ChatGoogleGenerativeAI({ model: "gemini-2.5-flash", ...geminiOptions() });
  const resposta = await prompt.pipe(llm).invoke({ topico });
  return registrar(topico, resposta.text);
};

export async function main(): Promise<void> {
  console.log(await hello_chain("produção de IA"));
  await flushTraces();
}

await runMain(import.meta.url, main);
`,
    },
    caughtBy: /chega ao LangSmith/,
    says: /filha de hello_chain/,
  },
  {
    name: "tracing switched off in the file to silence LangSmith errors",
    family: "config",
    edits: [{ file: F, find: "// O prompt do livro.", replace: 'process.env.LANGSMITH_TRACING = "false"; // sem isso aparecia erro do LangSmith\n\n// O prompt do livro.' }],
    caughtBy: /chega ao LangSmith/,
    says: /Nenhum run raiz/,
  },
  {
    name: "flushTraces() called without await",
    family: "time",
    edits: [{ file: F, find: "  await flushTraces();\n}", replace: "  flushTraces();\n}" }],
    caughtBy: /main\(\) imprime a frase e entrega os traces/,
    says: /flushTraces\(\)/,
  },
  {
    name: "flush done before the traced call",
    family: "time",
    edits: [{ file: F, find: '  console.log(await hello_chain("produção de IA"));\n  // Os traces saem em segundo plano: espere a entrega antes de o processo terminar.\n  await flushTraces();', replace: '  await flushTraces(); // garante que nada fica pendente\n  console.log(await hello_chain("produção de IA"));' }],
    caughtBy: /main\(\) imprime a frase e entrega os traces/,
    says: /ainda não chegou ao LangSmith/,
  },
  {
    name: "run typed as llm",
    family: "measurement",
    edits: [{ file: F, find: '{ name: "hello_chain", run_type: "chain" }', replace: '{ name: "hello_chain", run_type: "llm" }' }],
    caughtBy: /é do tipo chain/,
    says: /run_type "chain"/,
  },
  // red team 2026-12-06: v6
  {
    name: "only the model call is traced (named hello_chain); the prompt is built outside the trace",
    family: "other",
    edits: [
      {
        file: F,
        find: `export const hello_chain = traceable(
  async (topico: string): Promise<string> => {
`,
        replace: `export const hello_chain = async (topico: string): Promise<string> => chamarModelo(await prompt.invoke({ topico }));
const chamarModelo = traceable(
  async (valor: Awaited<ReturnType<typeof prompt.invoke>>): Promise<string> => {
`,
      },
      { file: F, find: CORPO, replace: `    const llm = new ChatGoogleGenerativeAI({ model: "gemini-2.5-flash", ...geminiOptions() });
    return (await llm.invoke(valor)).text;` },
    ],
    caughtBy: /o trace "hello_chain" chega ao LangSmith/,
    says: /própria? tópico|próprio tópico/,
  },
  {
    name: "answer borrowed from the reference solution",
    family: "other",
    files: { [F]: 'export { hello_chain, main } from "#solucoes/01-hello-world-prod/hello_world_prod.ts";\n' },
    caughtBy: /hello_chain/,
    says: /soluções de referência/,
  },
  // red team 2 (2026-12-06)
  {
    name: "main() swallows the error: prints it and exits 0",
    family: "error-path",
    edits: [
      {
        file: F,
        find: '  console.log(await hello_chain("produção de IA"));',
        replace: '  try {\n    console.log(await hello_chain("produção de IA"));\n  } catch (erro) {\n    console.error("Não foi possível gerar a frase:", (erro as Error).message);\n  }',
      },
    ],
    caughtBy: /main\(\) não esconde a falha/,
    says: /terminou normalmente/,
  },
  {
    name: "topic pasted into the template text (a topic with braces breaks the chain)",
    family: "other",
    edits: [
      { file: F, find: "    const chain = prompt.pipe(llm);\n    const resposta = await chain.invoke({ topico });", replace: "    const modelo = ChatPromptTemplate.fromTemplate(`Escreva uma frase sobre ${topico}`);\n    const resposta = await modelo.pipe(llm).invoke({});" },
    ],
    caughtBy: /um tópico com chaves/,
    says: /nunca colado no texto do template/,
  },
  {
    name: "geminiOptions() read once at import time (the model gets the address of before the environment was ready)",
    family: "network",
    edits: [
      { file: F, find: "// O prompt do livro.", replace: "const OPCOES_GEMINI = geminiOptions();\n\n// O prompt do livro." },
      { file: F, find: '    const llm = new ChatGoogleGenerativeAI({ model: "gemini-2.5-flash", ...geminiOptions() });', replace: '    const llm = new ChatGoogleGenerativeAI({ model: "gemini-2.5-flash", ...OPCOES_GEMINI });' },
    ],
    caughtBy: /cria o modelo quando é chamada/,
    says: /cliente criado quando o arquivo foi importado/,
  },
  {
    name: "flush registered on process exit instead of awaited in main()",
    family: "time",
    edits: [
      { file: F, find: "  // Os traces saem em segundo plano: espere a entrega antes de o processo terminar.\n  await flushTraces();\n", replace: "" },
      { file: F, find: "// O prompt do livro.", replace: 'process.once("exit", () => void flushTraces()); // entrega os traces quando o processo terminar\n\n// O prompt do livro.' },
    ],
    caughtBy: /main\(\) imprime a frase e entrega os traces/,
    says: /ainda não chegou ao LangSmith/,
  },
];
