// Exercício 5 — Pipeline RAG com tracing e validação de entrada (livro: rag_tracing.py e Exercício prático 1)
// Enunciado completo: exercises/05-rag-tracing/README.md. Rode com: npm run ex:5
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

// ---------------------------------------------------------------------------------------------------
// 1. Validação de entrada com zod: o que não passa aqui nunca chega ao modelo (nem gasta tokens).
// ---------------------------------------------------------------------------------------------------
// TODO 1: complete o schema. A pergunta precisa ser string (senão: mensagem em português), sem espaços nas
//         pontas (.trim()), e depois disso ter de 3 a 500 caracteres. Vazia → uma mensagem com a palavra "vazia";
//         longa demais → uma mensagem que cite o limite (500).
export const PerguntaSchema = z.string();

/** Valida e devolve a pergunta já sem espaços nas pontas; lança um Error com a mensagem em português. */
export function validarPergunta(entrada: unknown): string {
  // TODO 2: use PerguntaSchema.safeParse(entrada). Se falhar, lance new Error(<a mensagem do primeiro problema>)
  //         (a mensagem de um ZodError é um JSON em inglês: não é isso que o usuário deve ver).
  return String(entrada);
}

// ---------------------------------------------------------------------------------------------------
// 2. Retriever rastreado: ranqueia os documentos pela quantidade de palavras da pergunta que contêm.
// ---------------------------------------------------------------------------------------------------
// TODO 3: transforme em traceable(..., { name: "retriever", run_type: "retriever" }) e implemente:
//         score = quantas palavrasChave(pergunta) diferentes aparecem em palavrasChave(doc.conteudo);
//         descarte score 0, ordene do maior para o menor, fique com os K primeiros e devolva
//         new Document({ pageContent: doc.conteudo, metadata: { id: doc.id, score } }).
export const retriever = async (pergunta: string): Promise<Document[]> => {
  throw new Error(`TODO: implemente o retriever (pergunta recebida: ${pergunta})`);
};

// ---------------------------------------------------------------------------------------------------
// 3. Cliente OpenAI rastreado.
// ---------------------------------------------------------------------------------------------------
// TODO 4: crie o cliente com wrapOpenAI(new OpenAI()) só na primeira chamada (o SDK lê OPENAI_API_KEY e
//         OPENAI_BASE_URL quando é construído, e no modo lab quem define essas variáveis é o workbook, ao iniciar).
function openai(): OpenAI {
  throw new Error("TODO: crie o cliente com wrapOpenAI(new OpenAI())");
}

// ---------------------------------------------------------------------------------------------------
// 4. O pipeline: um trace por pergunta, com retriever e modelo como filhos.
// ---------------------------------------------------------------------------------------------------
// TODO 5: transforme rag em traceable(..., { name: "rag" }). Dentro dela, nesta ordem:
//         valide a entrada (validarPergunta) → busque os documentos (retriever) → chame
//         openai().chat.completions.create com model "gpt-4o-mini", a mensagem de sistema
//         `Responda usando apenas: <conteúdo dos documentos>` e a pergunta como mensagem do usuário →
//         devolva o texto da resposta (choices[0].message.content).
export const rag = async (entrada: unknown): Promise<string> => {
  throw new Error(`TODO: implemente rag (entrada recebida: ${String(entrada)})`);
};

export async function main(): Promise<void> {
  console.log(await rag("Onde Harrison trabalhou?"));
  try {
    await rag("   ");
  } catch (erro) {
    console.log(`Entrada recusada antes do modelo: ${(erro as Error).message}`);
  }
  // TODO 6: os traces saem em segundo plano; espere a entrega antes de o processo terminar.
}

// Guarda para não deixar os imports sem uso enquanto você não termina os TODOs.
void [traceable, wrapOpenAI, flushTraces, openai];

await runMain(import.meta.url, main);
