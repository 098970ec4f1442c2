// Runs vitest on check files and prints the results as one JSON line on stdout.
// Plain JavaScript on purpose: importing vitest under tsx's loader costs ~1 s more than under
// plain node (measured: 1.3 s vs 0.32 s), and `npm run ex:N` must feel instant.
// Usage: node scripts/lib/checks-child.mjs <root> <target> <checkFile>...
// With WORKBOOK_CHECKS_EARLY=1 a secret tag arrives as the first line on stdin; the results are then also printed,
// as soon as the run ends, on a line starting with that tag (before vitest closes and this process exits, which
// costs 20–200 ms the caller need not wait for). Read from stdin, not the environment: the code under test runs
// in this process and can read its environment (even /proc/self/environ), so it could forge an env-given tag.
import fs from "node:fs";
import path from "node:path";
import { isatty } from "node:tty";
import { fileURLToPath } from "node:url";
import { Worker } from "node:worker_threads";
import { collectModules } from "./vitest-results.mjs";

const [root, target, ...files] = process.argv.slice(2);
process.env.WORKBOOK_TARGET = path.resolve(root, target);
const tag = process.env.WORKBOOK_CHECKS_EARLY === "1" ? readTag() : undefined;

/** The first stdin line, read before any code under test loads (stdin is then at EOF for it). */
function readTag() {
  const buffer = Buffer.alloc(256);
  let text = "";
  while (!text.includes("\n")) {
    let n;
    try {
      n = fs.readSync(0, buffer, 0, buffer.length, null);
    } catch (error) {
      if (error.code === "EAGAIN") continue; // non-blocking pipe, the line not written yet
      if (error.code === "EOF") break; // Windows: the pipe closed with nothing (more) in it
      throw error;
    }
    if (n === 0) break;
    text += buffer.toString("utf8", 0, n);
  }
  return text.split("\n")[0] || undefined;
}

const pool = process.env.WORKBOOK_CHECKS_POOL ?? "threads";
const prespawned = pool !== "threads" || process.env.WORKBOOK_CHECKS_PRESPAWN === "0" ? undefined : prespawnWorker();

/**
 * Starts vitest's threads worker now, while this thread is still loading vitest and its config (≈ 300 ms), so the
 * worker's own start-up (≈ 100 ms: a Node isolate and vitest's runtime) runs beside it instead of after it. The
 * worker gets the env and execArgv vitest would give it; vitest adopts it only if they turn out to be exactly those
 * (checked when its pool starts the worker), and otherwise ends it and starts its own as usual.
 */
function prespawnWorker() {
  const dist = path.dirname(fileURLToPath(import.meta.resolve("vitest/node")));
  const production = process.env.NODE_ENV === "production";
  const execArgv = ["--experimental-import-meta-resolve", "--require", path.join(dist, "..", "suppress-warnings.cjs"), "--conditions", "node", "--conditions", production ? "production" : "development"];
  // Vitest's own variables, Vite's (NODE_ENV is "development" once Vite loaded the config), then the checks project's env.
  const env = {
    ...process.env,
    ...{ TEST: "true", VITEST: "true", NODE_ENV: process.env.NODE_ENV || "development", VITEST_MODE: "RUN", FORCE_TTY: isatty(1) ? "true" : "" },
    ...{ BASE_URL: "/", MODE: "test", DEV: production ? "" : "1", PROD: production ? "1" : "" },
    WORKBOOK_TARGET_DIR: process.env.WORKBOOK_TARGET,
  };
  if (process.platform === "win32") for (const name in env) env[name.toUpperCase()] = env[name]; // as vitest does
  const thread = new Worker(path.join(dist, "workers", "threads.js"), { env, execArgv, stdout: true, stderr: true });
  const spawned = { thread, env, execArgv };
  // A worker that failed before being handed over is not handed over (vitest then starts its own).
  const drop = () => {
    if (spawned.thread === thread) spawned.thread = undefined;
  };
  thread.once("error", drop).once("exit", drop);
  return spawned;
}

const { createVitest, ThreadsPoolWorker } = await import("vitest/node");
if (prespawned) {
  const start = ThreadsPoolWorker.prototype.start;
  ThreadsPoolWorker.prototype.start = function () {
    const candidate = prespawned.thread;
    prespawned.thread = undefined;
    if (candidate && !this._thread) {
      if (sameEnv(this.env, prespawned.env) && sameArgs(this.execArgv, prespawned.execArgv)) this._thread = candidate;
      else {
        if (process.env.WORKBOOK_CHECKS_PRESPAWN_DEBUG) process.stderr.write(`prespawn mismatch ${JSON.stringify(diff(this.env, prespawned.env))} ${JSON.stringify([this.execArgv, prespawned.execArgv])}\n`);
        void candidate.terminate();
      }
    }
    return start.call(this);
  };
}
let results = [];
const vitest = await createVitest(
  "test",
  {
    root,
    config: path.join(root, "vitest.config.ts"),
    watch: false,
    project: ["checks"],
    // Threads start faster than forks (≈ 130 ms here) and are what the watch mode's warm runner uses.
    pool,
    // Transforms cached on disk between runs (keyed by content; ≈ 150 ms per ex:N). Only ex:N asks for
    // it: grading and verify keep vitest's default.
    experimental: { fsModuleCache: process.env.WORKBOOK_CHECKS_CACHE === "1" },
    reporters: [
      {
        onTestRunEnd: (modules) => {
          results = collectModules(modules, root);
          if (tag) process.stdout.write(`${tag}${JSON.stringify(results)}\n`);
        },
      },
    ],
  },
  {},
);
try {
  await vitest.start(files.map((f) => path.resolve(root, f)));
} finally {
  await vitest.close();
}
process.stdout.write(`${JSON.stringify(results)}\n`);
process.exit(0);

function sameArgs(a, b) {
  return a.length === b.length && a.every((x, i) => x === b[i]);
}
function sameEnv(a, b) {
  const keys = Object.keys(a);
  return keys.length === Object.keys(b).length && keys.every((k) => Object.hasOwn(b, k) && String(a[k]) === String(b[k]));
}
function diff(a, b) {
  return [...new Set([...Object.keys(a), ...Object.keys(b)])].filter((k) => a[k] !== b[k]).map((k) => [k, a[k], b[k]]);
}
