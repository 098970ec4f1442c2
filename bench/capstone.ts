/**
 * Capstone benchmark (`npm run bench:capstone`): throughput, p50/p99 latency and CPU per request of
 * POST /v1/chat with the lab at zero latency, the full service (validation, guards, rate limit, metrics,
 * tracing, logs) side by side with a bare fastify route calling the same model chain, in the same run (rounds
 * alternate A/B so machine noise hits both). Then RSS growth of the full service over a soak.
 * The lab runs in a process of its own (bench/lib/lab-process.ts): Gemini and LangSmith are remote in
 * production, so parsing trace batches and counting tokens must not be charged to the service's event loop.
 * CPU ms/request = this process's CPU time (service + autocannon, the same load generator on both sides)
 * over the requests answered: less sensitive to a busy machine than latency.
 * Both sides send traces as the chatbot's server.ts does (LANGSMITH_DISABLE_MULTIPART_STREAMING=true), unless
 * --multipart-stream (the SDK's default streamed upload, about twice the CPU per traced run).
 * Why --connections and --latency: at zero model latency and 10 connections the server is saturated, so p50 is
 * mostly queueing (≈ connections / throughput) and any CPU added shows up whole; with 1 connection p50 is the
 * service time itself, and --latency shows the overhead next to a model that takes time, as a real one does.
 * Options: --seconds N (per round, default 5), --rounds N (default 3), --soak-requests N (default 20,000;
 * the soak is counted in requests so its RSS figure compares across machines), --soak N (seconds instead),
 * --connections N (default 10), --latency MS (lab's fixed latency per model call, default 0),
 * --no-tracing (LANGSMITH_TRACING=false for both sides: isolates the cost of tracing).
 */
// @ts-expect-error autocannon ships no type declarations
import autocannon from "autocannon";
import Fastify from "fastify";
import { ChatPromptTemplate } from "@langchain/core/prompts";
import { ChatGoogleGenerativeAI } from "@langchain/google-genai";
import { pino } from "pino";
import { applyEnvironment, geminiOptions, readConfig } from "#lib/config";
import { flushTraces } from "#lib/tracing";
import { startRemoteLab } from "./lib/remote-lab.ts";
import { median } from "./lib/stats.ts";
// The reference capstone runs from solutions/, whose given files come from exercises/ (Node hooks registered
// above, so these imports are dynamic: static ones are resolved before any module body runs).
import "../scripts/lib/solution-hooks-register.mjs";
const { criarApp } = await import("../solutions/11-chatbot-producao/app.ts");
const { PROMPT_ATENDENTE, promptDeSistema } = await import("../solutions/11-chatbot-producao/atendimento.ts");

const arg = (name: string, fallback: number) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? Number(process.argv[i + 1]) : fallback;
};
const SECONDS = arg("seconds", 5);
const ROUNDS = arg("rounds", 3);
const SOAK = arg("soak", 0);
const SOAK_REQUESTS = arg("soak-requests", 20_000);
const CONNECTIONS = arg("connections", 10);
const LATENCY = arg("latency", 0);

const lab = await startRemoteLab();
applyEnvironment(readConfig({ WORKBOOK_MODE: "lab" }), lab.url);
if (process.argv.includes("--no-tracing")) process.env.LANGSMITH_TRACING = "false";
if (!process.argv.includes("--multipart-stream")) process.env.LANGSMITH_DISABLE_MULTIPART_STREAMING = "true";
await lab.setLatency({ fixedMs: LATENCY, perTokenMs: 0 });

// Full service: logs go to /dev/null (the cost of formatting them stays), cache off (every request reaches the model).
const full = await criarApp({ logger: pino({ level: "info" }, pino.destination({ dest: "/dev/null", sync: false })), cache: false, limite: { max: 1e9 } });
await full.listen({ host: "127.0.0.1", port: 0 });

// Bare route: the same model call the service makes (the store's system prompt + "Responda como atendente",
// formatted, then the model; the model's own LangChain run is traced), and nothing else.
const bare = Fastify();
const prompt = ChatPromptTemplate.fromMessages([
  ["system", promptDeSistema("CANARIO-0000000000000000")],
  ["human", PROMPT_ATENDENTE],
]);
const model = new ChatGoogleGenerativeAI({ model: "gemini-2.5-flash", temperature: 0, maxRetries: 0, ...geminiOptions() });
bare.post("/v1/chat", async (request) => {
  const { pergunta } = request.body as { pergunta: string };
  return { resposta: (await model.invoke(await prompt.formatMessages({ pergunta }))).text };
});
await bare.listen({ host: "127.0.0.1", port: 0 });

const urlOf = (app: { server: { address(): unknown } }) => `http://127.0.0.1:${(app.server.address() as { port: number }).port}/v1/chat`;
const body = JSON.stringify({ pergunta: "Quais são os horários de funcionamento?" });

async function run(url: string, seconds: number, amount?: number) {
  const cpu = process.cpuUsage();
  const r: { requests: { average: number; total: number }; latency: { p50: number; p99: number }; errors: number; non2xx: number } = await autocannon({ url, method: "POST", headers: { "content-type": "application/json" }, body, connections: CONNECTIONS, ...(amount ? { amount } : { duration: seconds }) });
  const used = process.cpuUsage(cpu);
  const cpuMs = (used.user + used.system) / 1000 / Math.max(r.requests.total, 1);
  return { rps: r.requests.average, p50: r.latency.p50, p99: r.latency.p99, cpuMs, errors: r.errors + r.non2xx, total: r.requests.total };
}

const results: Record<"full" | "bare", Array<Awaited<ReturnType<typeof run>>>> = { full: [], bare: [] };
await run(urlOf(full), 1); // warm-up
await run(urlOf(bare), 1);
for (let round = 0; round < ROUNDS; round++) {
  for (const name of round % 2 === 0 ? (["bare", "full"] as const) : (["full", "bare"] as const)) {
    results[name].push(await run(urlOf(name === "full" ? full : bare), SECONDS));
  }
}
const summary = (name: "full" | "bare") => ({
  rps: median(results[name].map((r) => r.rps)),
  p50: median(results[name].map((r) => r.p50)),
  p99: median(results[name].map((r) => r.p99)),
  cpuMs: median(results[name].map((r) => r.cpuMs)),
  errors: results[name].reduce((s, r) => s + r.errors, 0),
});
const f = summary("full");
const b = summary("bare");
console.log(`\nPOST /v1/chat, lab latency ${LATENCY} ms, tracing ${process.env.LANGSMITH_TRACING === "true" ? `on (multipart ${process.env.LANGSMITH_DISABLE_MULTIPART_STREAMING === "true" ? "buffered" : "streamed"})` : "off"}, ${CONNECTIONS} connections, ${ROUNDS} alternating rounds of ${SECONDS} s (medians)`);
const pct = (a: number, b: number) => `${(((a - b) / Math.max(b, 0.001)) * 100).toFixed(1)} %`;
console.log(`  bare route   : ${b.rps.toFixed(0)} req/s  p50 ${b.p50} ms  p99 ${b.p99} ms  CPU ${b.cpuMs.toFixed(2)} ms/req  errors ${b.errors}`);
console.log(`  full service : ${f.rps.toFixed(0)} req/s  p50 ${f.p50} ms  p99 ${f.p99} ms  CPU ${f.cpuMs.toFixed(2)} ms/req  errors ${f.errors}`);
console.log(`  overhead     : p50 ${pct(f.p50, b.p50)}  CPU/req ${pct(f.cpuMs, b.cpuMs)}  throughput ${(((b.rps - f.rps) / Math.max(b.rps, 0.001)) * 100).toFixed(1)} % lower (target: p50 ≤ 10 %)`);

// Soak: RSS before/after a sustained run of the full service (traces flushed, GC if exposed).
await flushTraces();
const gc = (globalThis as { gc?: () => void }).gc;
gc?.();
const before = process.memoryUsage();
const soak = SOAK > 0 ? await run(urlOf(full), SOAK) : await run(urlOf(full), 0, SOAK_REQUESTS);
await flushTraces();
gc?.();
const after = process.memoryUsage();
const mb = (n: number) => `${(n / 1e6).toFixed(0)} MB`;
console.log(
  `\nSoak ${soak.total} requests: ${soak.rps.toFixed(0)} req/s, ${soak.errors} errors; RSS ${mb(before.rss)} → ${mb(after.rss)} (${pct(after.rss, before.rss)}; target ≤ 10 %), ` +
    `heap ${mb(before.heapUsed)} → ${mb(after.heapUsed)}${gc ? "" : " (run with node --expose-gc for a steadier figure)"}`,
);
console.log(`Machine load average at the end: ${(await import("node:os")).loadavg().map((x) => x.toFixed(1)).join(" ")} (compare ratios from the same run only)`);

await Promise.all([full.close(), bare.close()]);
await lab.close();
process.exit(0);
