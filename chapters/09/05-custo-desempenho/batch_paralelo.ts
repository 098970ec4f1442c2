// Capítulo 9 — §2 e §5: batch de queries, paralelismo e fila (dica "Cache e paralelismo": ainvoke/abatch).
// Rode: npm run exemplo -- batch_paralelo   (ou: npx tsx chapters/09/05-custo-desempenho/batch_paralelo.ts)
//
// Python (livro)                    TypeScript (LangChain.js)
//   await llm.ainvoke(p)              await llm.invoke(p)         ← em JS, invoke já devolve uma Promise
//   await llm.abatch(ps)              await llm.batch(ps)
//   llm.batch(ps, config={"max_concurrency": 4}, return_exceptions=True)
//                                     await llm.batch(ps, { maxConcurrency: 4 }, { returnExceptions: true })
import { ChatGoogleGenerativeAI } from "@langchain/google-genai";
import PQueue from "p-queue";
import { geminiOptions } from "#lib/config";
import { labClient } from "#lib/lab/client";
import { runMain } from "#lib/main";

const TOPICOS = ["cache", "filas", "tracing", "rate limiting", "guardrails", "deploy", "métricas", "custos", "segurança", "testes", "CI/CD", "Docker"];
export const PERGUNTAS = TOPICOS.map((t) => `Escreva uma frase sobre ${t}`);

/** O Gemini do livro sem retentativas: uma falha simulada aparece na hora, sem 80 s de backoff (§2). */
export function criarModelo(): ChatGoogleGenerativeAI {
  return new ChatGoogleGenerativeAI({ model: "gemini-2.5-flash", maxRetries: 0, ...geminiOptions() });
}

async function cronometrar(fn: () => Promise<unknown>): Promise<number> {
  const inicio = performance.now();
  await fn();
  return performance.now() - inicio;
}

/** Tempo da mesma carga uma por vez e com batch em várias concorrências. */
export async function medirConcorrencias(modelo: ChatGoogleGenerativeAI, perguntas: string[], limites: number[]): Promise<Array<{ maxConcurrency: number | "uma por vez"; ms: number }>> {
  const linhas: Array<{ maxConcurrency: number | "uma por vez"; ms: number }> = [];
  linhas.push({
    maxConcurrency: "uma por vez",
    ms: await cronometrar(async () => {
      for (const p of perguntas) await modelo.invoke(p);
    }),
  });
  for (const maxConcurrency of limites) linhas.push({ maxConcurrency, ms: await cronometrar(() => modelo.batch(perguntas, { maxConcurrency })) });
  return linhas;
}

/** Com returnExceptions, cada falha vira um Error na posição dela; sem, o lote inteiro rejeita na primeira. */
export async function loteComFalhas(modelo: ChatGoogleGenerativeAI, perguntas: string[]): Promise<string[]> {
  const saidas = await modelo.batch(perguntas, { maxConcurrency: 4 }, { returnExceptions: true });
  return saidas.map((s) => (s instanceof Error ? `ERRO: ${s.message.replace(/^.*\] /, "").slice(0, 60)}` : s.text.slice(0, 60)));
}

/**
 * Uma fila com p-queue: no máximo `concorrencia` chamadas em voo, e o produtor espera quando há
 * `limite` tarefas esperando (onSizeLessThan), em vez de enfileirar tudo de uma vez.
 */
export async function produtorComFila(modelo: ChatGoogleGenerativeAI, perguntas: string[], concorrencia: number, limite: number): Promise<{ respostas: string[]; maiorFila: number }> {
  const fila = new PQueue({ concurrency: concorrencia });
  const respostas: Promise<string>[] = [];
  let maiorFila = 0;
  for (const pergunta of perguntas) {
    await fila.onSizeLessThan(limite);
    respostas.push(fila.add(async () => (await modelo.invoke(pergunta)).text));
    maiorFila = Math.max(maiorFila, fila.size);
  }
  return { respostas: await Promise.all(respostas), maiorFila };
}

export async function main(): Promise<void> {
  // Só no laboratório: 50 ms de latência por chamada, como um provedor real; senão tudo é instantâneo.
  const lab = process.env.GEMINI_BASE_URL && process.env.LAB_URL ? labClient(process.env.LAB_URL) : undefined;
  await lab?.setLatency({ fixedMs: 50 });
  try {
    const modelo = criarModelo();
    const linhas = await medirConcorrencias(modelo, PERGUNTAS, [2, 4, 8]);
    const base = linhas[0]!.ms;
    console.log(`${PERGUNTAS.length} perguntas:`);
    for (const { maxConcurrency, ms } of linhas)
      console.log(`  ${String(maxConcurrency).padEnd(12)} ${ms.toFixed(0).padStart(5)} ms  (${(base / ms).toFixed(1)}×)`);

    await lab?.setFaults([{ status: 503, times: 2 }]);
    console.log("\nbatch com returnExceptions (2 falhas 503 simuladas no laboratório):");
    for (const [i, linha] of (await loteComFalhas(modelo, PERGUNTAS.slice(0, 5))).entries()) console.log(`  ${i}. ${linha}`);

    const { respostas, maiorFila } = await produtorComFila(modelo, PERGUNTAS, 3, 2);
    console.log(`\nfila p-queue (concorrência 3, produtor espera com 2 na fila): ${respostas.length} respostas; a fila nunca passou de ${maiorFila} esperando.`);
    if (lab) console.log(`o provedor viu no máximo ${(await lab.stats()).maxConcurrency} chamadas simultâneas nesta execução.`);
  } finally {
    await lab?.setLatency({ fixedMs: 0 });
  }
}

await runMain(import.meta.url, main);
