// Starts checks-child.mjs (vitest on check files) and collects its output. Plain JavaScript so the
// `npm run ex:N` launcher (scripts/ex.mjs) can start the checks before tsx is even loaded; run-checks.ts
// wraps it with types and parses the result.
import { spawn } from "node:child_process";
import path from "node:path";
import { fileURLToPath } from "node:url";

const CHILD = path.join(path.dirname(fileURLToPath(import.meta.url)), "checks-child.mjs");

/**
 * @param {{ root: string, target: string, files: string[], env?: NodeJS.ProcessEnv, timeoutMs?: number, onSpawn?: (child: import("node:child_process").ChildProcess) => void }} options
 * @returns {Promise<{ code: number | null, stdout: string, stderr: string, timedOut: boolean }>}
 */
export function spawnChecks({ root, target, files, env, timeoutMs, onSpawn }) {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [CHILD, root, path.resolve(root, target), ...files], {
      cwd: root,
      env: { ...process.env, ...env, FORCE_COLOR: "0" },
      stdio: ["ignore", "pipe", "pipe"],
    });
    onSpawn?.(child);
    let stdout = "";
    let stderr = "";
    // setEncoding: a multi-byte character split across two chunks is decoded whole.
    child.stdout.setEncoding("utf8").on("data", (d) => (stdout += d));
    child.stderr.setEncoding("utf8").on("data", (d) => (stderr += d));
    child.on("error", reject);
    let timedOut = false;
    const timer = timeoutMs
      ? setTimeout(() => {
          timedOut = true;
          child.kill("SIGKILL");
        }, timeoutMs)
      : undefined;
    child.on("close", (code) => {
      clearTimeout(timer);
      resolve({ code, stdout, stderr, timedOut });
    });
  });
}
