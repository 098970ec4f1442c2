// Capítulo 9 — §3 Observabilidade: tracing em um pipeline RAG (o rag_tracing.py do livro).
// Rode: npm run exemplo -- rag_tracing   (ou: npx tsx chapters/09/03-observabilidade/rag_tracing.ts)
import { traceable } from "langsmith/traceable";
import { wrapOpenAI } from "langsmith/wrappers";
import OpenAI from "openai";
import { runMain } from "#lib/main";
import { flushTraces } from "#lib/tracing";

/** Uma base de documentos pequena (o livro usa uma lista fixa; aqui há um pouco mais para a busca ter o que escolher). */
export const DOCUMENTOS = [
  "Harrison trabalhou na Kensho.",
  "O LangSmith registra cada chamada de uma chain como um trace.",
  "O Prometheus raspa o endpoint /metrics das aplicações.",
  "O Grafana monta painéis a partir de consultas PromQL.",
];

const palavras = (texto: string) =>
  new Set(
    texto
      .normalize("NFD")
      .replace(/\p{M}+/gu, "")
      .toLowerCase()
      .match(/[\p{L}\p{N}]{4,}/gu) ?? [],
  );

// @traceable do livro: cada chamada vira um run "retriever" dentro do trace de quem chamou.
export const retriever = traceable(
  async (query: string): Promise<string[]> => {
    const buscadas = palavras(query);
    return DOCUMENTOS.filter((doc) => [...palavras(doc)].some((p) => buscadas.has(p)));
  },
  { name: "retriever", run_type: "retriever" },
);

// wrappers.wrap_openai(OpenAI()) do livro. O cliente é criado na primeira chamada: o SDK lê OPENAI_API_KEY e
// OPENAI_BASE_URL ao ser construído, e no modo lab o workbook define essas variáveis quando o programa começa.
let openaiClient: OpenAI | undefined;
const cliente = () => (openaiClient ??= wrapOpenAI(new OpenAI()));

export const rag = traceable(
  async (question: string) => {
    const docs = await retriever(question);
    const systemMessage = `Responda usando apenas: ${docs.join(" ")}`;
    return cliente().chat.completions.create({
      messages: [
        { role: "system", content: systemMessage },
        { role: "user", content: question },
      ],
      model: "gpt-4o-mini",
    });
  },
  { name: "rag" },
);

export async function main(): Promise<void> {
  // O livro imprime o objeto inteiro da resposta; aqui, o texto e o uso de tokens.
  const resposta = await rag("Onde Harrison trabalhou?");
  console.log(resposta.choices[0]?.message.content);
  console.log(`(tokens: ${resposta.usage?.prompt_tokens} de entrada, ${resposta.usage?.completion_tokens} de saída)`);
  await flushTraces();
}

await runMain(import.meta.url, main);
