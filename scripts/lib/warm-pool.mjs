// A vitest custom pool ("warm-threads") for the watch mode: the threads pool, with one spare thread
// started ahead of time.
//
// Why: in a plain `vitest run` most of the time of one check file goes to starting a worker and evaluating
// LangChain, langsmith, zod… inside it (0.5–1.5 s), before a single check runs. vitest starts a fresh worker
// for every run (isolation), and that isolation matters here: LangSmith clients remember the address of the
// previous run's lab, prom-client's registry rejects a metric registered twice, the global LLM cache would
// answer from a previous run. So instead of reusing a worker, this pool keeps ONE SPARE: as soon as a run
// ends, a new thread is started and imports the node_modules files the last run used, while the student
// is still typing. The next run takes that thread: nothing from the previous run is in it, but the
// libraries are already loaded. Only the check file, the student's files and lib/ are evaluated per run.
//
// It uses the custom-pool API of vitest 4 (`pool: { name, createPoolWorker }`, worker side `vitest/worker`).
import { Worker } from "node:worker_threads";

const ENTRY = new URL("./warm-worker.mjs", import.meta.url);
const NAME = "warm-threads";

/** node_modules files seen in previous runs (what a spare thread preloads). */
const preload = new Set();
/** @type {{ thread: Worker, ready: Promise<void> } | undefined} */
let spare;
/** Last pool options (env, execArgv) seen: a spare is started with the same ones. */
let lastOptions;
export const stats = { spareHits: 0, coldStarts: 0, lastPreloadMs: 0, lastPreloadCount: 0 };

function startThread(options) {
  const thread = new Worker(ENTRY, {
    env: options.env,
    execArgv: options.execArgv,
    stdout: true,
    stderr: true,
    workerData: { preload: [...preload] },
  });
  // A spare that dies before it is used is simply replaced; a running one reports through vitest.
  thread.on("error", () => {});
  const ready = new Promise((resolve) => {
    const onMessage = (message) => {
      if (message && message.__warmPool === "ready") {
        stats.lastPreloadMs = message.ms;
        stats.lastPreloadCount = message.count;
        thread.off("message", onMessage);
        resolve();
      }
    };
    thread.on("message", onMessage);
    thread.once("exit", () => resolve());
  });
  return { thread, ready };
}

function prepareSpare() {
  if (spare || !lastOptions) return;
  const created = startThread(lastOptions);
  spare = created;
  created.thread.once("exit", () => {
    if (spare === created) spare = undefined;
  });
}

/** Stops the spare thread (call after vitest.close()). */
export async function disposeWarmPool() {
  const current = spare;
  spare = undefined;
  lastOptions = undefined;
  if (current) await current.thread.terminate();
}

/** Resolves when the spare thread finished preloading (for benchmarks: measure warm runs fairly). */
export async function spareReady() {
  await spare?.ready;
}

class WarmThreadsWorker {
  name = NAME;

  constructor(options) {
    this.options = options;
    lastOptions = options;
    this.stdout = options.project.vitest.logger.outputStream;
    this.stderr = options.project.vitest.logger.errorStream;
    /** vitest's listeners → ours (which hide the pool's own messages from vitest). */
    this.listeners = new Map();
    this._thread = undefined;
  }

  get thread() {
    if (!this._thread) throw new Error("warm-threads: the worker thread is not running.");
    return this._thread;
  }

  on(event, callback) {
    if (event !== "message") return this.thread.on(event, callback);
    const listener = (message) => {
      if (message && message.__warmPool) {
        if (message.__warmPool === "externals") {
          for (const file of message.files) preload.add(file);
          // The run is over (vitest's stop handshake comes later): start the next run's thread right away.
          prepareSpare();
        }
        return;
      }
      callback(message);
    };
    this.listeners.set(callback, listener);
    this.thread.on("message", listener);
  }

  off(event, callback) {
    if (event !== "message") return this.thread.off(event, callback);
    const listener = this.listeners.get(callback);
    if (listener) this.thread.off("message", listener);
    this.listeners.delete(callback);
  }

  send(message) {
    this.thread.postMessage(message);
  }

  async start() {
    if (this._thread) return;
    if (spare && spare.thread.threadId !== -1) {
      stats.spareHits++;
      this._thread = spare.thread;
    } else {
      stats.coldStarts++;
      this._thread = startThread(this.options).thread;
    }
    spare = undefined;
    this.stdout.setMaxListeners(1 + this.stdout.getMaxListeners());
    this.stderr.setMaxListeners(1 + this.stderr.getMaxListeners());
    this._thread.stdout.pipe(this.stdout);
    this._thread.stderr.pipe(this.stderr);
  }

  async stop() {
    const thread = this._thread;
    if (!thread) return;
    await thread.terminate();
    thread.stdout.unpipe(this.stdout);
    thread.stderr.unpipe(this.stderr);
    this.stdout.setMaxListeners(Math.max(0, this.stdout.getMaxListeners() - 1));
    this.stderr.setMaxListeners(Math.max(0, this.stderr.getMaxListeners() - 1));
    this._thread = undefined;
    // Normally already started when the run reported its packages; this covers a run that crashed before.
    prepareSpare();
  }

  deserialize(data) {
    return data;
  }
}

/** `createVitest("test", { pool: warmThreadsPool, ... })` */
export const warmThreadsPool = {
  name: NAME,
  createPoolWorker: (options) => new WarmThreadsWorker(options),
};
