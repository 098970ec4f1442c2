/**
 * A 6 MB prompt must not freeze the lab for other callers (issue 18 item 8). Sends tiny calls back to back
 * while one 6 MB prompt is in flight and reports their latency (max, median) beside the same tiny calls with
 * nothing else going on, and how long the big call took. The big call comes from a child process, so that
 * building and reading its 6 MB bodies does not block the event loop being measured (the lab's). Not a timed
 * test. Run:
 *
 *   node --import tsx bench/lab-big-prompt.ts
 *   LAB_LIB=/path/to/other/checkout/lib node --import tsx bench/lab-big-prompt.ts   (compare with another version)
 */
import { spawn } from "node:child_process";
import path from "node:path";
import { monitorEventLoopDelay } from "node:perf_hooks";
import { fileURLToPath, pathToFileURL } from "node:url";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const LIB = process.env.LAB_LIB ?? path.join(ROOT, "lib");
const BIG_MB = Number(process.env.BIG_MB ?? 6);
// 6 MB of prose is ~1.5 M tokens, over every simulated model's context (the lab answers 400 after counting);
// BIG_MB=3.5 with the default gpt-4.1-mini (1,047,576 tokens) goes through the whole model path.
const BIG_MODEL = process.env.BIG_MODEL ?? "gpt-4.1-mini";
const { startLab } = (await import(pathToFileURL(path.join(LIB, "lab", "server.ts")).href)) as typeof import("../lib/lab/server.ts");
const lab = await startLab();

const call = async (content: string) => {
  const started = performance.now();
  const response = await fetch(`${lab.url}/v1/chat/completions`, {
    method: "POST",
    headers: { "content-type": "application/json", authorization: "Bearer lab" },
    body: JSON.stringify({ model: "gpt-4o-mini", messages: [{ role: "user", content }] }),
  });
  const text = await response.text();
  return { ms: performance.now() - started, status: response.status, bytes: text.length };
};
const stats = (xs: number[]) => {
  const sorted = [...xs].sort((a, b) => a - b);
  return `n=${xs.length} median ${sorted[Math.floor(xs.length / 2)]!.toFixed(1)} ms, max ${sorted.at(-1)!.toFixed(1)} ms, over 50 ms: ${xs.filter((x) => x > 50).length}`;
};

for (let i = 0; i < 50; i++) await call("oi"); // warm-up
const quiet: number[] = [];
for (let i = 0; i < 100; i++) quiet.push((await call("Escreva uma frase sobre filas")).ms);

// pt-BR prose up to BIG_MB megabytes, sent by another process; it prints "status ms bytes".
const child = `
const unit = "O cliente perguntou sobre o prazo de entrega, a troca e o reembolso do pedido 12345. ";
const big = unit.repeat(Math.ceil((${BIG_MB} * 1024 * 1024) / unit.length));
const body = JSON.stringify({ model: "${BIG_MODEL}", messages: [{ role: "user", content: big }] });
const started = performance.now();
fetch(process.argv[1] + "/v1/chat/completions", { method: "POST", headers: { "content-type": "application/json", authorization: "Bearer lab" }, body })
  .then(async (r) => { const t = await r.text(); console.log(r.status, performance.now() - started, t.length); });`;
let done = false;
const bigCall = new Promise<{ ms: number; status: number; bytes: number }>((resolve, reject) => {
  const proc = spawn(process.execPath, ["-e", child, lab.url], { stdio: ["ignore", "pipe", "inherit"] });
  let out = "";
  proc.stdout.on("data", (c: Buffer) => (out += c));
  proc.on("error", reject);
  proc.on("close", () => {
    done = true;
    const [status, ms, bytes] = out.trim().split(" ").map(Number);
    resolve({ status: status!, ms: ms!, bytes: bytes! });
  });
});
// Tiny calls from the spawn until the big call's answer is read (the child's start-up included: max is what counts).
const beside: number[] = [];
const loop = monitorEventLoopDelay({ resolution: 5 });
loop.enable();
while (!done) beside.push((await call("Escreva uma frase sobre filas")).ms);
const result = await bigCall;
loop.disable();
await lab.close();

console.log(`lab big prompt — lib: ${LIB}`);
console.log(`tiny calls alone:            ${stats(quiet)}`);
console.log(`tiny calls beside ${BIG_MB} MB call: ${stats(beside)}`);
console.log(`event loop (the lab's) delay meanwhile: max ${(loop.max / 1e6).toFixed(0)} ms, p99 ${(loop.percentile(99) / 1e6).toFixed(0)} ms`);
console.log(`the ${BIG_MB} MB call (${BIG_MODEL}): ${result.ms.toFixed(0)} ms, status ${result.status}, answer ${(result.bytes / 1024 / 1024).toFixed(1)} MB`);
