// Exercício 7 — bloqueio de PII e de alucinação (livro: capitulo_09/pii_block.py, com Layerup Security).
// O mesmo padrão de guardrail, sem serviço externo: guardas de entrada e de saída em volta de um modelo de
// chat qualquer, traces sem dados pessoais e respostas de RAG conferidas contra os documentos.
// TODOs 8 a 10 (depois dos TODOs 1 a 7 em validadores.ts e guarda.ts).
// Enunciado: exercises/07-bloqueio-pii/README.md. Rode com: npm run ex:7
import type { BaseChatModel } from "@langchain/core/language_models/chat_models";
import { StringOutputParser } from "@langchain/core/output_parsers";
import { ChatPromptTemplate } from "@langchain/core/prompts";
import { RunnablePassthrough, type Runnable } from "@langchain/core/runnables";
import { ChatGoogleGenerativeAI } from "@langchain/google-genai";
import { traceable } from "langsmith/traceable";
import { geminiOptions } from "#lib/config";
import { runMain } from "#lib/main";
import {
  clienteSemPii,
  criarJuizLlm,
  enviarTraces,
  guardaDeAlucinacao,
  guardaDePii,
  ErroPiiBloqueado,
  RECUSA_PII,
  type PoliticaPii,
} from "./guarda.ts";
import { cpfValido } from "./validadores.ts";

/** A frase do exemplo do livro. */
export const FRASE_DO_LIVRO = "Meu nome é Bob Dylan. Meu SSN é 123-45-6789.";

/** Documentos que o "retriever" da loja devolveria. */
export const DOCUMENTOS_DA_LOJA = [
  "A Loja Exemplo aceita trocas em até 30 dias após o recebimento, com a nota fiscal.",
  "As entregas para capitais levam de 3 a 5 dias úteis.",
  "O atendimento funciona de segunda a sexta, das 9h às 18h.",
];

/** O modelo do livro era um gpt-3.5 da OpenAI; aqui, o Gemini do resto do capítulo. Qualquer chat model serve. */
export function criarModelo(): BaseChatModel {
  return new ChatGoogleGenerativeAI({ model: "gemini-2.5-flash", maxRetries: 1, ...geminiOptions() });
}

export const promptAtendente = ChatPromptTemplate.fromMessages([
  ["system", "Você é o assistente da Loja Exemplo. Responda em português, com educação."],
  ["human", "{pergunta}"],
]);

export const promptRag = ChatPromptTemplate.fromMessages([
  ["system", "Você é o assistente da Loja Exemplo. Responda usando apenas: {contexto}"],
  ["human", "{pergunta}"],
]);

export interface OpcoesResponder {
  /** "block" (padrão em criarResponder) ou "redact". */
  politica?: PoliticaPii;
  /** O modelo de chat (padrão: criarModelo()). */
  modelo?: BaseChatModel;
}

function exigirTexto(valor: unknown, nome: string): string {
  if (typeof valor !== "string" || valor.trim() === "") throw new TypeError(`${nome} precisa ser um texto não vazio.`);
  return valor;
}

/** prompt → guarda de entrada → modelo → guarda de saída → texto. */
export function criarChainProtegida({ politica = "block", modelo = criarModelo() }: OpcoesResponder = {}): Runnable<{ pergunta: string }, string> {
  // TODO 8: encadeie com .pipe(): promptAtendente → guardaDePii({ politica, lado: "entrada" }) → modelo
  //         → guardaDePii({ politica, lado: "saida" }) → new StringOutputParser().
  void [politica, modelo];
  throw new Error("TODO 8 (pii_block.ts): monte a chain protegida em criarChainProtegida.");
}

/**
 * O `layerup_security.invoke(...)` do livro: uma função rastreada ("pii_block") que responde com a chain
 * protegida e troca o bloqueio pela recusa em pt-BR. O trace vai pelo Client com anonymizer.
 */
export function criarResponder(opcoes: OpcoesResponder = {}): (pergunta: string) => Promise<string> {
  const chain = criarChainProtegida(opcoes);
  // TODO 9: devolva traceable(async (pergunta: string) => { ... }, { name: "pii_block", run_type: "chain", client: clienteSemPii() }).
  //         Dentro: chain.invoke({ pergunta: exigirTexto(pergunta, "A pergunta") }); se der ErroPiiBloqueado,
  //         devolva RECUSA_PII (qualquer outro erro continua subindo).
  void [chain, traceable, clienteSemPii, ErroPiiBloqueado, RECUSA_PII];
  return async () => {
    throw new Error("TODO 9 (pii_block.ts): implemente criarResponder com traceable e o client sem PII.");
  };
}

/**
 * RAG protegido: a guarda de entrada vem ANTES do prompt (ela mascara pergunta e documentos, e a guarda de
 * alucinação precisa do contexto como o modelo o viu); depois, a resposta é conferida contra o contexto e
 * passa pela guarda de saída. Com um modelo real configurado, um segundo modelo confirma a ancoragem.
 */
export function criarResponderComDocumentos({ politica = "redact", modelo = criarModelo() }: OpcoesResponder = {}): (
  pergunta: string,
  documentos: readonly string[],
) => Promise<string> {
  const gerar = promptRag.pipe(modelo).pipe(new StringOutputParser());
  // Com um modelo real, um segundo modelo confirma a ancoragem (LLM-as-judge); no laboratório, só a heurística.
  const juiz = geminiOptions().baseUrl ? undefined : criarJuizLlm(modelo);
  // TODO 10: monte a chain: guardaDePii({ politica, lado: "entrada" }) → RunnablePassthrough.assign({ resposta: gerar })
  //          → guardaDeAlucinacao({ juiz }) → guardaDePii({ politica, lado: "saida" }).
  //          Devolva traceable(async (pergunta, documentos) => ..., { name: "rag_protegido", run_type: "chain", client: clienteSemPii() }):
  //          valide a pergunta (exigirTexto) e os documentos (lista de textos), invoque com
  //          { pergunta, contexto: documentos.join("\n") } e troque ErroPiiBloqueado por RECUSA_PII.
  void [gerar, juiz, RunnablePassthrough, guardaDeAlucinacao];
  return async () => {
    throw new Error("TODO 10 (pii_block.ts): implemente criarResponderComDocumentos.");
  };
}

export async function main(): Promise<void> {
  // Um CPF de teste (válido, de ninguém) e o mesmo com o último dígito trocado.
  console.log(`0) validadores: 529.982.247-25 é CPF? ${cpfValido("529.982.247-25")}; e 529.982.247-26? ${cpfValido("529.982.247-26")}\n`);
  console.log(`Entrada (a frase do livro): ${FRASE_DO_LIVRO}\n`);
  console.log(`1) política block  → ${await criarResponder({ politica: "block" })(FRASE_DO_LIVRO)}`);
  console.log(`2) política redact → ${await criarResponder({ politica: "redact" })(FRASE_DO_LIVRO)}`);

  const rag = criarResponderComDocumentos();
  const pergunta = "Em quantos dias posso trocar um produto?";
  console.log(`\n3) RAG: ${pergunta}\n   → ${await rag(pergunta, DOCUMENTOS_DA_LOJA)}`);

  // No laboratório dá para ligar a "alucinação": o modelo acrescenta um fato que os documentos não têm.
  const labUrl = process.env.LAB_URL;
  if (labUrl && geminiOptions().baseUrl === labUrl) {
    const { labClient } = await import("#lib/lab/client");
    await labClient(labUrl).setHallucinate(true);
    try {
      console.log(`4) o mesmo RAG com o modelo alucinando → ${await rag(pergunta, DOCUMENTOS_DA_LOJA)}`);
    } finally {
      await labClient(labUrl).setHallucinate(false);
    }
  }
  await enviarTraces();
}

await runMain(import.meta.url, main);
