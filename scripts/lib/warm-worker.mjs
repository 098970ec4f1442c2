// Entry of one test thread of the "warm-threads" pool (warm-pool.mjs). It is vitest's own worker runtime
// (`vitest/worker`, the documented entry for custom pools), plus two things:
//  - while it waits for its run, it imports the packages the previous run loaded from node_modules
//    (workerData.preload), so LangChain & co. are already evaluated when the checks start;
//  - after a run it reports which node_modules files the run imported, so the next thread can preload them.
// Each thread still runs ONE check-file run and is then terminated: module singletons (LangSmith clients,
// prom-client's registry, the global LLM cache) are never shared between runs.
import { pathToFileURL } from "node:url";
import { parentPort, workerData } from "node:worker_threads";
import { init, runBaseTests, setupEnvironment } from "vitest/worker";

if (!parentPort) throw new Error("warm-worker.mjs must run in a worker thread");
const port = parentPort;

init({
  post: (message) => port.postMessage(message),
  on: (callback) => port.on("message", callback),
  off: (callback) => port.off("message", callback),
  teardown: () => port.removeAllListeners("message"),
  runTests: async (state, traces) => {
    try {
      await runBaseTests("run", state, traces);
    } finally {
      const loaded = [];
      for (const [file, info] of state.moduleExecutionInfo ?? new Map()) {
        if (info && info.external && /[\\/]node_modules[\\/]/.test(file)) loaded.push(file);
      }
      port.postMessage({ __warmPool: "externals", files: loaded });
    }
  },
  collectTests: (state, traces) => runBaseTests("collect", state, traces),
  setup: setupEnvironment,
});

const started = performance.now();
for (const file of workerData?.preload ?? []) {
  try {
    await import(/^(file|node|data):/.test(file) ? file : pathToFileURL(file).href);
  } catch {
    // A package that fails to preload will fail (and be reported) in the run itself.
  }
}
port.postMessage({ __warmPool: "ready", ms: Math.round(performance.now() - started), count: workerData?.preload?.length ?? 0 });
