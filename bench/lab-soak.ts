/**
 * Lab soak (issue 20 item 2, issue 18 item 7): drives N model calls, each with its traced runs (a chain, a
 * retriever and an LLM run, posted then patched as the LangSmith SDK does), through an in-process lab that
 * persists to a temporary traces.jsonl, and reports RSS and heap before, during and after, plus what the lab
 * kept. Not a timed test. Run:
 *
 *   node --expose-gc --import tsx bench/lab-soak.ts            (SOAK_CALLS=20000, SOAK_CONCURRENCY=8)
 *   LAB_LIB=/path/to/other/checkout/lib node --expose-gc --import tsx bench/lab-soak.ts   (compare with another version)
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const LIB = process.env.LAB_LIB ?? path.join(ROOT, "lib");
const CALLS = Number(process.env.SOAK_CALLS ?? 20_000);
const CONCURRENCY = Number(process.env.SOAK_CONCURRENCY ?? 8);
const SAMPLE_EVERY = Math.max(1, Math.floor(CALLS / 10));

const { startLab } = (await import(pathToFileURL(path.join(LIB, "lab", "server.ts")).href)) as typeof import("../lib/lab/server.ts");
const dir = fs.mkdtempSync(path.join(os.tmpdir(), "lab-soak-"));
const traceFile = path.join(dir, "traces.jsonl");
const lab = await startLab({ traceFile });

const gc = (globalThis as { gc?: () => void }).gc;
const mb = (bytes: number) => Math.round((bytes / 1024 / 1024) * 10) / 10;
function memory() {
  gc?.();
  const { rss, heapUsed } = process.memoryUsage();
  return { rssMb: mb(rss), heapMb: mb(heapUsed) };
}

// A capstone-sized exchange: a system prompt with two retrieved documents and a question (~1.5 KB).
const DOCS = [
  "Prazo de entrega: pedidos confirmados até as 14h saem no mesmo dia útil; o prazo médio é de 3 a 5 dias úteis.",
  "Trocas e devoluções: o cliente tem 7 dias corridos após o recebimento para pedir a troca, sem custo de frete.",
];
const SYSTEM = `Você é o atendente da loja. Responda só com base nos documentos.\n${DOCS.map((d, i) => `[${i + 1}] ${d}`).join("\n")}`.repeat(3);

async function post(pathname: string, body: unknown, headers: Record<string, string> = {}) {
  const response = await fetch(`${lab.url}${pathname}`, { method: "POST", headers: { "content-type": "application/json", ...headers }, body: JSON.stringify(body) });
  const text = await response.text();
  if (!response.ok) throw new Error(`${pathname}: ${response.status} ${text.slice(0, 200)}`);
  return text;
}

async function exchange(i: number) {
  const question = `Qual o prazo de entrega do pedido ${i}?`;
  const answer = JSON.parse(
    await post("/v1/chat/completions", { model: "gpt-4o-mini", messages: [{ role: "system", content: SYSTEM }, { role: "user", content: question }] }, { authorization: "Bearer lab" }),
  ) as { choices: Array<{ message: { content: string } }> };
  const text = answer.choices[0]!.message.content;
  const id = (n: number) => `00000000-0000-4000-800${n}-${String(i + 1_000).padStart(12, "0")}`;
  const ids = [id(0), id(1), id(2)];
  const trace = ids[0]!;
  const start = new Date().toISOString();
  await post("/runs/batch", {
    post: [
      { id: ids[0], trace_id: trace, dotted_order: `${start}${ids[0]}`, name: "chatbot", run_type: "chain", start_time: start, inputs: { pergunta: question } },
      { id: ids[1], trace_id: trace, parent_run_id: trace, name: "retriever", run_type: "retriever", start_time: start, inputs: { query: question } },
      { id: ids[2], trace_id: trace, parent_run_id: trace, name: "ChatOpenAI", run_type: "llm", start_time: start, inputs: { messages: [SYSTEM, question] } },
    ],
  });
  const end = new Date().toISOString();
  await post("/runs/batch", {
    patch: [
      { id: ids[1], trace_id: trace, end_time: end, outputs: { documents: DOCS } },
      { id: ids[2], trace_id: trace, end_time: end, outputs: { generations: [{ text }] }, extra: { metadata: { usage: { total_tokens: 300 } } } },
      { id: ids[0], trace_id: trace, end_time: end, outputs: { resposta: text } },
    ],
  });
}

for (let i = 0; i < 100; i++) await exchange(-1 - i); // warm-up
await lab.reset();
const before = memory();
const samples: Array<{ calls: number; rssMb: number; heapMb: number }> = [];
const started = performance.now();
let next = 0;
await Promise.all(
  Array.from({ length: CONCURRENCY }, async () => {
    while (next < CALLS) {
      const i = next++;
      await exchange(i);
      if ((i + 1) % SAMPLE_EVERY === 0) samples.push({ calls: i + 1, ...memory() });
    }
  }),
);
const seconds = (performance.now() - started) / 1000;
const after = memory();
const stats = (await lab.stats()) as unknown as Record<string, unknown>;
const files = fs.readdirSync(dir).map((f) => `${f} ${mb(fs.statSync(path.join(dir, f)).size)} MB`);
const kept = { calls: (await lab.calls()).length, runs: (await lab.runs()).length };
await lab.close();

const restartStarted = performance.now();
const reopened = await startLab({ traceFile });
const restartMs = Math.round(performance.now() - restartStarted);
const reloaded = (await reopened.runs()).length;
await reopened.close();
fs.rmSync(dir, { recursive: true, force: true });

console.log(`lab soak — lib: ${LIB}${gc ? "" : "  (no --expose-gc: figures include garbage)"}`);
console.log(`${CALLS} exchanges (model call + 3 runs posted and patched), concurrency ${CONCURRENCY}, ${seconds.toFixed(1)} s`);
console.log(`RSS before ${before.rssMb} MB, after ${after.rssMb} MB (heap ${before.heapMb} → ${after.heapMb} MB)`);
console.log(`samples: ${samples.map((s) => `${s.calls}:${s.rssMb}`).join("  ")}`);
console.log(`kept: ${JSON.stringify(kept)}  stats: ${JSON.stringify(stats)}`);
console.log(`trace files: ${files.join(", ")}; restart with them: ${restartMs} ms, ${reloaded} runs reloaded`);
