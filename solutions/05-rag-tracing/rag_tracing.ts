// Exercício 5 — Pipeline RAG com tracing e validação de entrada (livro: rag_tracing.py e Exercício prático 1)
// Solução de referência.
import { Document } from "@langchain/core/documents";
import { traceable } from "langsmith/traceable";
import { wrapOpenAI } from "langsmith/wrappers";
import OpenAI from "openai";
import { z } from "zod";
import { runMain } from "#lib/main";
import { flushTraces } from "#lib/tracing";

// ---------------------------------------------------------------------------------------------------
// Dados e utilitário já prontos (não altere: os checks fazem perguntas sobre estes fatos).
// ---------------------------------------------------------------------------------------------------
// Stryker disable all: dados e utilitário entregues prontos no enunciado (não são trabalho do aluno).

/** A pequena base de conhecimento que o retriever consulta. */
export const DOCUMENTOS: ReadonlyArray<{ id: string; conteudo: string }> = [
  { id: "harrison", conteudo: "Harrison Chase trabalhou na Kensho, uma empresa de inteligência artificial para finanças, antes de criar o LangChain." },
  { id: "kensho", conteudo: "A Kensho foi comprada pela S&P Global em 2018." },
  { id: "langsmith", conteudo: "O LangSmith registra cada execução de uma chain como um trace, com entradas, saídas, latência e tokens." },
  { id: "prometheus-porta", conteudo: "A porta padrão do Prometheus é a 9090." },
  { id: "prometheus-coleta", conteudo: "O Prometheus coleta métricas raspando o endpoint /metrics das aplicações em intervalos regulares." },
  { id: "grafana", conteudo: "O Grafana exibe painéis com gráficos construídos a partir de consultas PromQL." },
  { id: "preco", conteudo: "O modelo gpt-4o-mini custa 0,15 dólar por milhão de tokens de entrada e 0,60 dólar por milhão de tokens de saída." },
  { id: "rate-limit", conteudo: "Rate limiting limita o número de requisições por minuto para evitar bloqueios do provedor." },
];

const PALAVRAS_VAZIAS = new Set(
  (
    "a o as os um uma uns umas de da do das dos em na no nas nos por para com sem que qual quais quem onde quando como " +
    "e ou se sua seu suas seus eu voce ele ela eles elas isso isto esse essa este esta ao aos foi ser sao era " +
    "the an of to in on at for with is are was were what which who where when how"
  ).split(" "),
);

/** Palavras que importam num texto: minúsculas, sem acento, sem palavras vazias nem palavras curtas. */
export function palavrasChave(texto: string): string[] {
  const normalizado = texto.normalize("NFD").replace(/\p{M}+/gu, "").toLowerCase();
  return (normalizado.match(/[\p{L}\p{N}]+/gu) ?? []).filter((p) => p.length > 2 && !PALAVRAS_VAZIAS.has(p));
}

/** Quantos documentos o retriever devolve, no máximo. */
export const K = 2;
// Stryker restore all

// ---------------------------------------------------------------------------------------------------
// 1. Validação de entrada com zod: o que não passa aqui nunca chega ao modelo (nem gasta tokens).
// ---------------------------------------------------------------------------------------------------
export const PerguntaSchema = z
  .string({ error: "A pergunta precisa ser um texto (string)." })
  .trim()
  .min(1, { error: "A pergunta não pode ficar vazia." })
  .min(3, { error: "A pergunta é curta demais: use pelo menos 3 caracteres." })
  .max(500, { error: "A pergunta é longa demais: use no máximo 500 caracteres." });

/** Valida e devolve a pergunta já sem espaços nas pontas; lança um Error com a mensagem em português. */
export function validarPergunta(entrada: unknown): string {
  const resultado = PerguntaSchema.safeParse(entrada);
  // Stryker disable next-line OptionalChaining,StringLiteral: equivalente, um safeParse que falha sempre traz um issue com mensagem.
  if (!resultado.success) throw new Error(resultado.error.issues[0]?.message ?? "Pergunta inválida.");
  return resultado.data;
}

// ---------------------------------------------------------------------------------------------------
// 2. Retriever rastreado: ranqueia os documentos pela quantidade de palavras da pergunta que contêm.
// ---------------------------------------------------------------------------------------------------
export const retriever = traceable(
  async (pergunta: string): Promise<Document[]> => {
    const buscadas = new Set(palavrasChave(pergunta));
    return DOCUMENTOS.map((doc) => ({ doc, score: new Set(palavrasChave(doc.conteudo).filter((p) => buscadas.has(p))).size }))
      .filter(({ score }) => score > 0) // documento sem nenhuma palavra em comum não é relevante
      .sort((a, b) => b.score - a.score) // o mais relevante primeiro (sort é estável: empate mantém a ordem)
      .slice(0, K)
      .map(({ doc, score }) => new Document({ pageContent: doc.conteudo, metadata: { id: doc.id, score } }));
  },
  {
    name: "retriever",
    run_type: "retriever",
    // O LangSmith mostra os documentos de um run "retriever" quando a saída tem este formato.
    // Stryker disable all: formato extra da solução, o enunciado não exige processOutputs.
    processOutputs: ({ outputs }) => ({
      documents: outputs.map((d) => ({ page_content: d.pageContent, type: "Document", metadata: d.metadata })),
    }),
    // Stryker restore all
  },
);

// ---------------------------------------------------------------------------------------------------
// 3. Cliente OpenAI rastreado. Criado só na primeira chamada: o SDK lê OPENAI_API_KEY e OPENAI_BASE_URL
//    (o laboratório, no modo lab) quando é construído, e o ambiente só está pronto quando o programa começa.
// ---------------------------------------------------------------------------------------------------
let cliente: OpenAI | undefined;
function openai(): OpenAI {
  // Stryker disable next-line ObjectLiteral: opções extras da solução, o enunciado pede só new OpenAI().
  cliente ??= wrapOpenAI(new OpenAI({ maxRetries: 2, timeout: 30_000 }));
  return cliente;
}

// ---------------------------------------------------------------------------------------------------
// 4. O pipeline: um trace por pergunta, com retriever e modelo como filhos.
// ---------------------------------------------------------------------------------------------------
export const rag = traceable(
  async (entrada: unknown): Promise<string> => {
    // Validar DENTRO do traceable: a entrada recusada aparece no LangSmith como um run com erro.
    const pergunta = validarPergunta(entrada);
    const docs = await retriever(pergunta);
    const contexto = docs.map((d) => d.pageContent).join("\n");
    const resposta = await openai().chat.completions.create({
      model: "gpt-4o-mini",
      messages: [
        { role: "system", content: `Responda usando apenas: ${contexto}` },
        { role: "user", content: pergunta },
      ],
    });
    return resposta.choices[0]?.message.content ?? "";
  },
  { name: "rag", run_type: "chain" },
);

export async function main(): Promise<void> {
  console.log(await rag("Onde Harrison trabalhou?"));
  // Stryker disable all: demonstração entregue pronta no enunciado.
  try {
    await rag("   ");
  } catch (erro) {
    console.log(`Entrada recusada antes do modelo: ${(erro as Error).message}`);
  }
  // Stryker restore all
  await flushTraces();
}

await runMain(import.meta.url, main);
