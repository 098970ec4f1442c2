/**
 * Foundation figures (not a timed test): lab overhead per model call, `npm run ex:1` to verdict,
 * `npm test` with exercise 01. Run: npm run bench  (noisy on 2 cores: compare runs made together).
 */
import http from "node:http";
import type { AddressInfo } from "node:net";
import path from "node:path";
import { startLab } from "../lib/lab/server.ts";
import { exec } from "../scripts/lib/exec.ts";

import { ROOT } from "../lib/cli/paths.mjs";
import { median } from "./lib/stats.ts";
const runs = Number(process.env.BENCH_RUNS ?? 5);

async function perCall(url: string, n: number): Promise<number> {
  const body = JSON.stringify({ contents: [{ role: "user", parts: [{ text: "Escreva uma frase sobre filas de mensagens" }] }] });
  const call = () =>
    fetch(`${url}/v1beta/models/gemini-2.5-flash:generateContent`, { method: "POST", headers: { "content-type": "application/json", "x-goog-api-key": "lab" }, body }).then((r) => r.text());
  for (let i = 0; i < 50; i++) await call(); // warm-up
  const started = performance.now();
  for (let i = 0; i < n; i++) await call();
  return (performance.now() - started) / n;
}

// Baseline: a node:http server that answers a fixed body of the same shape (HTTP + JSON cost only).
const fixed = JSON.stringify({ candidates: [{ content: { role: "model", parts: [{ text: "x".repeat(100) }] } }], usageMetadata: { promptTokenCount: 1, candidatesTokenCount: 1, totalTokenCount: 2 } });
const baseline = http.createServer((req, res) => {
  req.resume();
  req.on("end", () => res.writeHead(200, { "content-type": "application/json" }).end(fixed));
});
await new Promise<void>((r) => baseline.listen(0, "127.0.0.1", r));
const lab = await startLab();
const n = 1000;
const baseMs = await perCall(`http://127.0.0.1:${(baseline.address() as AddressInfo).port}`, n);
const labMs = await perCall(lab.url, n);
await lab.close();
baseline.close();

async function timeCommand(args: string[]): Promise<number[]> {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const result = await exec(process.execPath, args, { cwd: ROOT, env: { ...process.env, WORKBOOK_MODE: "lab", FORCE_COLOR: "0" }, timeoutMs: 120_000 });
    times.push(result.ms);
  }
  return times;
}
const ex1 = await timeCommand(["scripts/ex.mjs", "1"]);
const test1 = await timeCommand(["--import", "tsx", "scripts/test.ts", "01-hello"]);

const fmt = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
console.log(`lab: ${labMs.toFixed(3)} ms por chamada (servidor HTTP mínimo: ${baseMs.toFixed(3)} ms) → overhead do laboratório ${(labMs - baseMs).toFixed(3)} ms (meta ≤ 2 ms)`);
console.log(`npm run ex:1 (esqueleto) até o veredito: mediana ${fmt(median(ex1))} [${ex1.map(fmt).join(", ")}] (meta ≤ 1,5 s)`);
console.log(`npm test (só o exercício 01): mediana ${fmt(median(test1))} [${test1.map(fmt).join(", ")}] (meta ≤ 2 s)`);
