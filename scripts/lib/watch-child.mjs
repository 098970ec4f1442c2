// The watch mode's long-running check runner: ONE vitest instance (Node API), kept alive for the whole
// watch session, that re-runs one check file on request. Plain node (no tsx), like checks-child.mjs.
// Talks to its parent over the IPC channel (child_process.fork), so whatever the student's code prints
// never mixes with the protocol:
//   parent → child  { type: "run", id, file, invalidate: [abs paths] }  |  { type: "idle", id }  |  { type: "close" }
//   child → parent  { type: "ready", ms }  |  { type: "result", id, results, logs, ms, pool }  |  { type: "idle", id }
//                   |  { type: "fatal", message }
// "idle" answers once the spare thread for the next run has finished preloading (benchmarks use it).
// Usage: node scripts/lib/watch-child.mjs <root> <target>
import path from "node:path";
import { Writable } from "node:stream";
import { stripVTControlCharacters } from "node:util";
import { collectModules } from "./vitest-results.mjs";
import { disposeWarmPool, spareReady, stats, warmThreadsPool } from "./warm-pool.mjs";

const [root, target] = process.argv.slice(2);
if (!root || !target || typeof process.send !== "function") {
  console.error("uso: fork(watch-child.mjs, [root, target]) com canal IPC");
  process.exit(2);
}
process.env.WORKBOOK_TARGET = path.resolve(root, target);

const send = (message) => {
  if (process.connected) process.send(message);
};

// vitest's own log lines (and stray worker output) go nowhere: the parent renders the results.
const sink = () => new Writable({ write: (_chunk, _encoding, done) => done() });

let results = [];
let logs = [];
const reporter = {
  onTestRunEnd: (modules) => void (results = collectModules(modules, root)),
  onUserConsoleLog: (log) => {
    if (logs.length < 200) logs.push(stripVTControlCharacters(String(log.content ?? "")).replace(/\n$/, ""));
  },
};

const started = performance.now();
let vitest;
try {
  const { createVitest } = await import("vitest/node");
  vitest = await createVitest(
    "test",
    {
      root,
      config: path.join(root, "vitest.config.ts"),
      watch: false,
      project: ["checks"],
      pool: warmThreadsPool,
      reporters: [reporter],
    },
    {},
    { stdout: sink(), stderr: sink() },
  );
} catch (error) {
  send({ type: "fatal", message: stripVTControlCharacters(error instanceof Error ? error.stack ?? error.message : String(error)) });
  process.exit(1);
}
send({ type: "ready", ms: Math.round(performance.now() - started) });

let queue = Promise.resolve();
async function run({ id, file, invalidate = [] }) {
  const t0 = performance.now();
  results = [];
  logs = [];
  const before = { ...stats };
  try {
    for (const changed of invalidate) vitest.invalidateFile(path.resolve(changed));
    await vitest.runTestFiles([path.resolve(root, file)]);
    const pool = { spare: stats.spareHits > before.spareHits, preloadMs: stats.lastPreloadMs, preloaded: stats.lastPreloadCount };
    send({ type: "result", id, results, logs, ms: Math.round(performance.now() - t0), pool });
  } catch (error) {
    const message = stripVTControlCharacters(error instanceof Error ? error.message : String(error));
    send({ type: "result", id, results: [{ file, tests: [], error: message }], logs, ms: Math.round(performance.now() - t0) });
  }
}

async function shutdown(code) {
  try {
    await vitest.close();
  } catch {
    // closing anyway
  }
  await disposeWarmPool();
  process.exit(code);
}

process.on("message", (message) => {
  if (!message || typeof message !== "object") return;
  if (message.type === "run") queue = queue.then(() => run(message));
  else if (message.type === "idle") queue = queue.then(() => spareReady()).then(() => send({ type: "idle", id: message.id }));
  else if (message.type === "close") queue = queue.then(() => shutdown(0));
});
// The parent went away (crash, Ctrl-C): do not linger.
process.on("disconnect", () => void shutdown(0));
