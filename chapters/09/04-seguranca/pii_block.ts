// Capítulo 9 — §4 Segurança: bloqueio de PII e alucinação (livro: capitulo_09/pii_block.py).
//
// O livro envolve o modelo com LayerupSecurity (langchain_community), um serviço externo com chave própria:
//   layerup_security = LayerupSecurity(llm=openai, ..., response_guardrails=["layerup.hallucination"])
//   layerup_security.invoke("Meu nome é Bob Dylan. Meu SSN é 123-45-6789.")
// Aqui está o MESMO padrão, sem serviço externo e com qualquer chat model: guardrails de prompt e de resposta
// montados como Runnables do LangChain em volta do modelo. O detector de PII e a checagem de ancoragem vêm do
// Exercício 7 (solutions/07-bloqueio-pii), onde você os escreve e testa.
//
// Rode: npm run exemplo -- pii_block
import type { BaseChatModel } from "@langchain/core/language_models/chat_models";
import { StringOutputParser } from "@langchain/core/output_parsers";
import { RunnableLambda, type Runnable, type RunnableConfig } from "@langchain/core/runnables";
import { ChatOpenAI } from "@langchain/openai";
import { Client } from "langsmith";
import { createAnonymizer } from "langsmith/anonymizer";
import { traceable } from "langsmith/traceable";
import { openAIOptions } from "#lib/config";
import { runMain } from "#lib/main";
import { avaliarAncoragem } from "../../../solutions/07-bloqueio-pii/grounding.ts";
import { detectarPii, mascararPii } from "../../../solutions/07-bloqueio-pii/pii.ts";

export const FRASE_DO_LIVRO = "Meu nome é Bob Dylan. Meu SSN é 123-45-6789.";
export const RECUSA = "Sua mensagem tem dados pessoais (nome, SSN, CPF…). Envie de novo sem eles.";
export const SEM_SUPORTE = "Não encontrei isso nos documentos.";

class DadoPessoalError extends Error {
  override name = "DadoPessoalError";
}

/** Guardrail de PII como Runnable: "block" lança (e ninguém chama o modelo); "redact" troca por [SSN], [NOME]… */
export function guardrailPii(politica: "block" | "redact"): Runnable<string, string> {
  return RunnableLambda.from((texto: string) => {
    const achados = detectarPii(texto);
    if (achados.length === 0) return texto;
    if (politica === "block") throw new DadoPessoalError(`dados pessoais: ${[...new Set(achados.map((a) => a.type))].join(", ")}`);
    return mascararPii(texto);
  }).withConfig({ runName: `guardrail_pii_${politica}` });
}

/** Guardrail de resposta "alucinação": a resposta precisa estar sustentada pelo contexto. */
export function guardrailAlucinacao(contexto: string): Runnable<string, string> {
  return RunnableLambda.from((resposta: string) => (avaliarAncoragem(resposta, contexto).grounded ? resposta : SEM_SUPORTE)).withConfig({
    runName: "guardrail_alucinacao",
  });
}

/**
 * O equivalente do LayerupSecurity(llm=..., prompt_guardrails, response_guardrails): um Runnable de texto para texto.
 * Prompt: PII (block ou redact). Resposta: PII sempre mascarada e, com contexto, checagem de alucinação.
 */
export function comGuardrails(llm: BaseChatModel, opcoes: { politica?: "block" | "redact"; contexto?: string } = {}): Runnable<string, string> {
  const { politica = "block", contexto } = opcoes;
  const cadeia = guardrailPii(politica).pipe(llm).pipe(new StringOutputParser()).pipe(guardrailPii("redact"));
  const completa = contexto ? cadeia.pipe(guardrailAlucinacao(contexto)) : cadeia;
  // O bloqueio vira a recusa; qualquer outro erro (rede, chave) continua subindo.
  return RunnableLambda.from(async (texto: string, config?: RunnableConfig) => {
    try {
      return await completa.invoke(texto, config);
    } catch (erro) {
      if (erro instanceof DadoPessoalError) return RECUSA;
      throw erro;
    }
  }).withConfig({ runName: "com_guardrails" });
}

export async function main(): Promise<void> {
  // O livro usa um modelo da OpenAI; gpt-3.5-turbo foi aposentado, então gpt-4o-mini. Sem chave: o laboratório local.
  const openai = new ChatOpenAI({ model: "gpt-4o-mini", maxRetries: 1, ...openAIOptions() });
  // O trace também não pode guardar o dado: o anonymizer limpa entradas e saídas antes do envio ao LangSmith.
  const client = new Client({ anonymizer: createAnonymizer((texto: string) => mascararPii(texto)) });
  const rastrear = (guardado: Runnable<string, string>) => traceable((texto: string) => guardado.invoke(texto), { name: "pii_block", client });

  console.log(`Entrada: ${FRASE_DO_LIVRO}`);
  console.log(`block  → ${await rastrear(comGuardrails(openai, { politica: "block" }))(FRASE_DO_LIVRO)}`);
  console.log(`redact → ${await rastrear(comGuardrails(openai, { politica: "redact" }))(FRASE_DO_LIVRO)}`);

  // O guardrail de alucinação do livro precisa de algo contra o que conferir: um contexto (RAG).
  const contexto = "A Loja Exemplo aceita trocas em até 30 dias após o recebimento, com a nota fiscal.";
  const pergunta = `Responda usando apenas: ${contexto}\nPergunta: Em quantos dias posso trocar um produto?`;
  const rag = rastrear(comGuardrails(openai, { contexto }));
  console.log(`\nRAG → ${await rag(pergunta)}`);
  const labUrl = process.env.LAB_URL;
  if (labUrl && process.env.OPENAI_BASE_URL === `${labUrl}/v1`) {
    // No laboratório, o modelo pode "alucinar" de propósito: ele acrescenta um fato que o contexto não tem.
    const { labClient } = await import("#lib/lab/client");
    const lab = labClient(labUrl);
    await lab.setHallucinate(true);
    try {
      console.log(`RAG com o modelo alucinando → ${await rag(pergunta)}`);
    } finally {
      await lab.setHallucinate(false);
    }
    const recebido = (await lab.calls()).map((c) => c.messages.map((m) => m.content).join(" | ").replace(/\s+/g, " "));
    console.log(`\nO que o modelo recebeu (${recebido.length} chamadas; a do block nem aconteceu):\n${recebido.map((r) => `  - ${r.slice(0, 110)}`).join("\n")}`);
  }
  await client.awaitPendingTraceBatches();
}

await runMain(import.meta.url, main);
