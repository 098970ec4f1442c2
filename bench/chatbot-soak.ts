/**
 * `npm run bench:chatbot`: memory of the chatbot in lab mode (no keys: the lab runs inside the chatbot's process
 * and keeps what it receives, as with `npm run chatbot`) over a soak of N requests, as an operator would leave it.
 * The rate limit is lifted and the response cache is off, so every request reaches the lab and makes a trace.
 * Prints RSS and heap before and after (this process: service, lab and load generator) and what the lab kept.
 *   npm run bench:chatbot -- --requests 20000 --connections 10
 * `WORKBOOK_ROOT=<checkout>` measures another checkout (e.g. an older commit) with the same driver.
 */
import fs from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";
// @ts-expect-error autocannon ships no type declarations
import autocannon from "autocannon";
import { ROOT as HERE } from "../lib/cli/paths.mjs";

const ROOT = path.resolve(process.env.WORKBOOK_ROOT ?? HERE);
const arg = (name: string, fallback: number) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? Number(process.argv[i + 1]) : fallback;
};
const REQUESTS = arg("requests", 20_000);
const CONNECTIONS = arg("connections", 10);
const load = (relative: string) => import(pathToFileURL(path.join(ROOT, relative)).href);

process.env.LAB_TRACE_FILE = path.join(fs.mkdtempSync(path.join(process.env.TMPDIR ?? "/tmp", "soak-")), "traces.jsonl");
for (const name of ["GOOGLE_API_KEY", "OPENAI_API_KEY", "LANGSMITH_API_KEY", "LAB_URL"]) process.env[name] = "";
process.env.LANGSMITH_DISABLE_MULTIPART_STREAMING = "true";
// solutions/ keeps only the student's files since the solutions/exercises split: the given ones come from exercises/.
if (fs.existsSync(path.join(ROOT, "scripts/lib/solution-hooks-register.mjs"))) await load("scripts/lib/solution-hooks-register.mjs");
const { startSession } = await load("lib/session.ts");
const session = await startSession();
// the capstone's factory is criarApp since the naming rule was applied (docs/naming.md); buildApp in older checkouts
const capstone = await load("solutions/11-chatbot-producao/app.ts");
const createApp = capstone.criarApp ?? capstone.buildApp;
const app = await createApp({ logger: false, cache: false, limite: { max: 1e9 } });
const url = await app.listen({ host: "127.0.0.1", port: 0 });

let n = 0;
const run = (amount: number): Promise<{ requests: { total: number }; non2xx: number }> =>
  autocannon({
    url: `${url}/v1/chat`,
    connections: CONNECTIONS,
    amount,
    method: "POST",
    headers: { "content-type": "application/json" },
    requests: [{ setupRequest: (req: Record<string, unknown>) => ({ ...req, body: JSON.stringify({ pergunta: `Qual o prazo de entrega do pedido ${++n}?` }) }) }],
  });
const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(0)} MB`;
const settle = async () => {
  await new Promise((r) => setTimeout(r, 1_000));
  (globalThis as { gc?: () => void }).gc?.();
  return process.memoryUsage();
};
await run(500); // warm-up
const before = await settle();
const result = await run(REQUESTS);
const after = await settle();
// A second soak of the same size: memory that is bounded stops growing here.
const again = await run(REQUESTS);
const last = await settle();
const stats = session.lab ? await session.lab.stats() : undefined;
console.log(
  `chatbot in lab mode (${path.basename(ROOT)}): ${result.requests.total} requests, ${result.non2xx} not 2xx; ` +
    `RSS ${mb(before.rss)} → ${mb(after.rss)} (${(((after.rss - before.rss) / before.rss) * 100).toFixed(0)} %), heap ${mb(before.heapUsed)} → ${mb(after.heapUsed)}` +
    `; after another ${again.requests.total}: RSS ${mb(last.rss)}, heap ${mb(last.heapUsed)}, external ${mb(last.external)}` +
    (stats ? `; lab kept ${stats.calls - (stats.dropped?.calls ?? 0)} calls${stats.dropped ? `, dropped ${stats.dropped.calls} calls and ${stats.dropped.runs} runs` : ""}` : ""),
);
await app.close();
await session.finish({ printTree: false });
process.exit(0);
