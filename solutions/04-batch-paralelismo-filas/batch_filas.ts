// Exercício 4 — Batch, paralelismo e filas (livro: §2 e §5; a dica "Cache e paralelismo")
import type { BaseChatModel } from "@langchain/core/language_models/chat_models";
import { ChatGoogleGenerativeAI } from "@langchain/google-genai";
import { geminiOptions } from "#lib/config";
import { labClient } from "#lib/lab/client";
import { runMain } from "#lib/main";
import { FilaLimitada, validarConcorrencia, type OpcoesFila } from "./fila.ts";

/** O resultado de uma pergunta: na mesma posição da entrada, com a resposta ou o erro (nada some). */
export type Resultado =
  | { indice: number; pergunta: string; ok: true; resposta: string }
  | { indice: number; pergunta: string; ok: false; erro: string };

/** O Gemini do livro sem retentativas: aqui uma falha precisa aparecer no resultado, não virar 80 s de espera (§2). */
// Stryker disable next-line all: entregue pronta no enunciado.
export function criarModelo(): ChatGoogleGenerativeAI {
  return new ChatGoogleGenerativeAI({ model: "gemini-2.5-flash", maxRetries: 0, ...geminiOptions() });
}

function mensagemDe(erro: unknown): string {
  return erro instanceof Error ? erro.message : String(erro);
}

/**
 * Todas as perguntas com model.batch: no máximo `maxConcurrency` chamadas em voo, e uma falha vira um
 * Resultado com ok: false em vez de derrubar o lote inteiro (returnExceptions).
 */
export async function processarEmLote(modelo: BaseChatModel, perguntas: string[], { maxConcurrency }: { maxConcurrency: number }): Promise<Resultado[]> {
  validarConcorrencia(maxConcurrency, "maxConcurrency");
  // Stryker disable next-line ConditionalExpression: equivalente, batch([]) também devolve [].
  if (perguntas.length === 0) return [];
  const saidas = await modelo.batch(perguntas, { maxConcurrency }, { returnExceptions: true });
  return saidas.map((saida, indice): Resultado => {
    const pergunta = perguntas[indice]!;
    return saida instanceof Error ? { indice, pergunta, ok: false, erro: mensagemDe(saida) } : { indice, pergunta, ok: true, resposta: saida.text };
  });
}

/**
 * As perguntas (de uma lista ou de um produtor assíncrono) passam por uma FilaLimitada: o produtor só
 * entrega a próxima quando há vaga (backpressure), cada chamada tem prazo, e os resultados saem na ordem.
 */
export async function processarComFila(
  modelo: BaseChatModel,
  perguntas: Iterable<string> | AsyncIterable<string>,
  opcoes: OpcoesFila,
): Promise<Resultado[]> {
  const fila = new FilaLimitada(opcoes);
  const resultados: Promise<Resultado>[] = [];
  let indice = 0;
  for await (const pergunta of perguntas) {
    await fila.aguardarVaga();
    const i = indice++;
    resultados.push(
      fila.adicionar((sinal) => modelo.invoke(pergunta, { signal: sinal })).then(
        (resposta): Resultado => ({ indice: i, pergunta, ok: true, resposta: resposta.text }),
        (erro: unknown): Resultado => ({ indice: i, pergunta, ok: false, erro: mensagemDe(erro) }),
      ),
    );
  }
  return Promise.all(resultados);
}

export interface Comparacao {
  sequencialMs: number;
  paraleloMs: number;
  /** sequencialMs / paraleloMs */
  speedup: number;
}

/** Mede a mesma carga uma pergunta por vez e depois com processarEmLote(maxConcurrency). */
export async function compararVelocidade(modelo: BaseChatModel, perguntas: string[], maxConcurrency: number): Promise<Comparacao> {
  // Stryker disable next-line all: validação extra da solução (processarEmLote já valida), o enunciado não pede.
  validarConcorrencia(maxConcurrency, "maxConcurrency");
  let inicio = performance.now();
  for (const pergunta of perguntas) await modelo.invoke(pergunta);
  const sequencialMs = performance.now() - inicio;
  inicio = performance.now();
  await processarEmLote(modelo, perguntas, { maxConcurrency });
  const paraleloMs = performance.now() - inicio;
  return { sequencialMs, paraleloMs, speedup: sequencialMs / paraleloMs };
}

// Stryker disable all: TOPICOS e main() vêm prontos no enunciado (demonstração).
const TOPICOS = ["cache", "filas", "tracing", "rate limiting", "guardrails", "deploy", "métricas", "custos"];

export async function main(): Promise<void> {
  // Só no laboratório: simula a latência de um provedor real (30 ms por chamada), senão tudo é instantâneo.
  const lab = process.env.GEMINI_BASE_URL && process.env.LAB_URL ? labClient(process.env.LAB_URL) : undefined;
  await lab?.setLatency({ fixedMs: 30 });
  try {
    const modelo = criarModelo();
    const perguntas = TOPICOS.map((t) => `Escreva uma frase sobre ${t}`);
    const { sequencialMs, paraleloMs, speedup } = await compararVelocidade(modelo, perguntas, 8);
    console.log(`${perguntas.length} perguntas: uma por vez ${sequencialMs.toFixed(0)} ms; batch com maxConcurrency 8 ${paraleloMs.toFixed(0)} ms (${speedup.toFixed(1)}× mais rápido).`);

    await lab?.setFaults([{ status: 503, times: 2 }]);
    const lote = await processarEmLote(modelo, perguntas, { maxConcurrency: 4 });
    console.log(`batch com 2 falhas simuladas: ${lote.filter((r) => r.ok).length} ok, ${lote.filter((r) => !r.ok).length} com erro (nenhuma perdida):`);
    for (const r of lote) console.log(`  ${r.indice}. ${r.ok ? "ok  " : "ERRO"} ${r.pergunta}${r.ok ? "" : ` → ${r.erro.replace(/^.*\] /, "").slice(0, 80)}`}`);

    const fila = await processarComFila(modelo, perguntas, { concorrencia: 2, tamanhoMaximo: 2, timeoutMs: 2_000 });
    console.log(`fila (concorrência 2, até 2 esperando): ${fila.filter((r) => r.ok).length}/${fila.length} respondidas, na ordem de entrada.`);
  } finally {
    await lab?.setLatency({ fixedMs: 0 });
  }
}
// Stryker restore all

await runMain(import.meta.url, main);
