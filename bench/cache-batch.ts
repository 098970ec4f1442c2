/**
 * Benchmark of response caching and batching against the lab (not a test: prints figures, exits 0 unless it cannot run).
 *
 *   npm run bench:custo                               defaults: 100 ms simulated latency, 3 rounds
 *   npm run bench:custo -- --latency 50 --rounds 5 --tracing
 *
 * Reuses the reference code students write (solutions/03 and solutions/04), in lab mode, in-process:
 *   cache   the same workload (N questions, U distinct) without and with InMemoryCache: calls, wall time, p50/p95, cost
 *   batch   N distinct questions one at a time vs model.batch with maxConcurrency 2/4/8/16
 * Each figure is the median of the rounds. Tracing is off by default (it costs CPU per call and is not what is
 * measured here); --tracing turns it on. The machine has 2 cores and is noisy: compare ratios from the same run.
 */
import { parseArgs } from "node:util";
import { applyEnvironment, readConfig } from "../lib/config.ts";
import { startLab } from "../lib/lab/server.ts";
import { formatUsd, PRICES_CHECKED_ON } from "../lib/pricing.ts";

const { values } = parseArgs({
  options: {
    latency: { type: "string", default: "100" },
    rounds: { type: "string", default: "3" },
    tracing: { type: "boolean", default: false },
  },
});
const latencyMs = Math.max(0, Number(values.latency) || 0);
const rounds = Math.max(1, Math.floor(Number(values.rounds) || 3));

const lab = await startLab();
applyEnvironment(readConfig({ WORKBOOK_MODE: "lab", LANGSMITH_TRACING: values.tracing ? "true" : "false" }), lab.url);
const { compararCache } = await import("../solutions/03-cache-custo/cache_custo.ts");
const { criarModelo, processarEmLote } = await import("../solutions/04-batch-paralelismo-filas/batch_filas.ts");

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor((xs.length - 1) / 2)]!;
const ms = (x: number) => `${x.toFixed(1).padStart(7)} ms`;
let salt = 0;
/** Distinct questions per round, so no round reuses another's cache entries. */
const questions = (n: number) => Array.from({ length: n }, (_, i) => `Escreva uma frase sobre o tema ${i} (${salt})`);

console.log(`Cache and batch benchmark — lab latency ${latencyMs} ms per call, ${rounds} round(s), tracing ${values.tracing ? "on" : "off"}, Node ${process.version}`);

// --- cache ---------------------------------------------------------------------------------------------
const N = 20;
const U = 5;
const cacheRows: Array<{ without: number; with: number; p50Without: number; p50With: number; p95With: number; callsWith: number; costWithout: number; costWith: number }> = [];
for (let r = 0; r < rounds; r++) {
  salt++;
  const distinct = questions(U);
  const workload = Array.from({ length: N }, (_, i) => distinct[i % U]!);
  await lab.reset();
  await lab.setLatency({ fixedMs: latencyMs });
  const { semCache, comCache } = await compararCache(workload);
  cacheRows.push({
    without: semCache.latenciaTotalMs,
    with: comCache.latenciaTotalMs,
    p50Without: semCache.p50Ms,
    p50With: comCache.p50Ms,
    p95With: comCache.p95Ms,
    callsWith: comCache.chamadas,
    costWithout: semCache.custoUsd,
    costWith: comCache.custoUsd,
  });
}
const pick = <K extends keyof (typeof cacheRows)[number]>(k: K) => median(cacheRows.map((row) => row[k]));
console.log(`\nCache: ${N} questions, ${U} distinct (sequential, like users arriving one by one)`);
console.log(`  without cache  ${N} calls   total ${ms(pick("without"))}   p50 ${ms(pick("p50Without"))}   cost ${formatUsd(pick("costWithout"))}`);
console.log(`  with cache     ${pick("callsWith")} calls    total ${ms(pick("with"))}   p50 ${ms(pick("p50With"))}   p95 ${ms(pick("p95With"))}   cost ${formatUsd(pick("costWith"))}`);
console.log(`  speedup ${(pick("without") / pick("with")).toFixed(1)}×, cost −${(100 * (1 - pick("costWith") / pick("costWithout"))).toFixed(0)} % (prices of ${PRICES_CHECKED_ON})`);

// --- batch ---------------------------------------------------------------------------------------------
const B = 16;
const limits = [2, 4, 8, 16];
const model = criarModelo();
const seqTimes: number[] = [];
const batchTimes = new Map<number, number[]>(limits.map((l) => [l, []]));
const seenConcurrency = new Map<number, number>();
for (let r = 0; r < rounds; r++) {
  await lab.reset();
  await lab.setLatency({ fixedMs: latencyMs });
  salt++;
  let qs = questions(B);
  let start = performance.now();
  for (const q of qs) await model.invoke(q);
  seqTimes.push(performance.now() - start);
  for (const limit of limits) {
    salt++;
    qs = questions(B);
    await lab.reset();
    await lab.setLatency({ fixedMs: latencyMs });
    start = performance.now();
    const results = await processarEmLote(model, qs, { maxConcurrency: limit });
    batchTimes.get(limit)!.push(performance.now() - start);
    if (results.some((x) => !x.ok)) throw new Error(`batch with maxConcurrency ${limit} had failures`);
    seenConcurrency.set(limit, Math.max(seenConcurrency.get(limit) ?? 0, (await lab.stats()).maxConcurrency));
  }
}
const seq = median(seqTimes);
console.log(`\nBatch: ${B} distinct questions`);
console.log(`  one at a time          ${ms(seq)}   1.0×   ideal ${ms(B * latencyMs)}`);
for (const limit of limits) {
  const t = median(batchTimes.get(limit)!);
  console.log(
    `  maxConcurrency ${String(limit).padEnd(6)}  ${ms(t)}   ${(seq / t).toFixed(1)}×   ideal ${ms(Math.ceil(B / limit) * latencyMs)}   provider saw ≤ ${seenConcurrency.get(limit)} in flight`,
  );
}

await lab.close();
process.exit(0);
