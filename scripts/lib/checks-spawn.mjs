// Starts checks-child.mjs (vitest on check files) and collects its output. Plain JavaScript so the
// `npm run ex:N` launcher (scripts/ex.mjs) can start the checks before tsx is even loaded; run-checks.ts
// wraps it with types and parses the result.
import { spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";

const CHILD = path.join(path.dirname(fileURLToPath(import.meta.url)), "checks-child.mjs");
// Node ≥ 22.1 caches V8's compiled code of every module the child and its test worker load (vite, vitest, LangChain):
// ≈ 100 ms per run there. The folder tsx's own compile cache uses; Node 20 ignores the variable.
export const COMPILE_CACHE = process.env.NODE_COMPILE_CACHE ?? path.join(os.tmpdir(), "node-compile-cache");

/**
 * `early`: resolve as soon as the child printed its results (see checks-child.mjs), with the results line as `stdout`
 * and `code` null, without waiting for vitest to close and the child to exit; the caller ends the child when done.
 * @param {{ root: string, target: string, files: string[], env?: NodeJS.ProcessEnv, timeoutMs?: number, early?: boolean, onSpawn?: (child: import("node:child_process").ChildProcess) => void }} options
 * @returns {Promise<{ code: number | null, stdout: string, stderr: string, timedOut: boolean }>}
 */
export function spawnChecks({ root, target, files, env, timeoutMs, early, onSpawn }) {
  return new Promise((resolve, reject) => {
    const tag = early ? `\u001eresultados-${randomBytes(16).toString("hex")}:` : undefined;
    const child = spawn(process.execPath, [CHILD, root, path.resolve(root, target), ...files], {
      cwd: root,
      env: { ...process.env, NODE_COMPILE_CACHE: COMPILE_CACHE, ...env, FORCE_COLOR: "0", ...(early ? { WORKBOOK_CHECKS_EARLY: "1" } : {}) },
      stdio: [early ? "pipe" : "ignore", "pipe", "pipe"],
    });
    if (tag) child.stdin.on("error", () => {}).end(`${tag}\n`); // a child that died at once: its close reports it
    onSpawn?.(child);
    let stdout = "";
    let stderr = "";
    let settled = false;
    let timedOut = false;
    const timer = timeoutMs
      ? setTimeout(() => {
          timedOut = true;
          child.kill("SIGKILL");
        }, timeoutMs)
      : undefined;
    // setEncoding: a multi-byte character split across two chunks is decoded whole.
    child.stdout.setEncoding("utf8").on("data", (d) => {
      stdout += d;
      const at = tag && !settled ? stdout.indexOf(tag) : -1;
      const end = at < 0 ? -1 : stdout.indexOf("\n", at);
      if (end < 0) return;
      settled = true;
      clearTimeout(timer);
      resolve({ code: null, stdout: stdout.slice(at + tag.length, end), stderr, timedOut: false });
    });
    child.stderr.setEncoding("utf8").on("data", (d) => (stderr += d));
    child.on("error", reject);
    child.on("close", (code) => {
      clearTimeout(timer);
      if (settled) return;
      settled = true;
      resolve({ code, stdout, stderr, timedOut });
    });
  });
}
