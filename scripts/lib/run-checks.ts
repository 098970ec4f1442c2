/**
 * Runs check files with vitest in a child process (plain node, see checks-child.mjs for why) and
 * returns plain results the scripts print in pt-BR, grade or serialise.
 */
import { spawn } from "node:child_process";
import path from "node:path";
import { fileURLToPath } from "node:url";

export type TestState = "passed" | "failed" | "skipped" | "pending";

export interface CheckTestResult {
  name: string;
  state: TestState;
  /** The teaching message of the first failed assertion (the check's pt-BR text). */
  message?: string;
  expected?: string;
  actual?: string;
  durationMs?: number;
}

export interface CheckFileResult {
  /** Check file, relative to the workbook root. */
  file: string;
  tests: CheckTestResult[];
  /** The file itself failed to load or run (not a single test). */
  error?: string;
}

export interface RunChecksOptions {
  root: string;
  /** Check files (absolute or relative to root). */
  files: string[];
  /** Folder graded by the checks (exercises/, solutions/ or a student's folder). */
  target: string;
  /** Extra environment for the run. */
  env?: NodeJS.ProcessEnv;
  /** Kill the run after this long and reject with a pt-BR message (default: no limit). */
  timeoutMs?: number;
}

const CHILD = path.join(path.dirname(fileURLToPath(import.meta.url)), "checks-child.mjs");

export function runChecks({ root, files, target, env, timeoutMs }: RunChecksOptions): Promise<CheckFileResult[]> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [CHILD, root, path.resolve(root, target), ...files], {
      cwd: root,
      env: { ...process.env, ...env, FORCE_COLOR: "0" },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (d: Buffer) => (stdout += d.toString()));
    child.stderr.on("data", (d: Buffer) => (stderr += d.toString()));
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
      if (timedOut) {
        reject(new Error(`os checks passaram de ${Math.round(timeoutMs! / 1000)} s e foram interrompidos (laço infinito ou espera sem fim no código?)`));
        return;
      }
      const line = stdout.trim().split("\n").at(-1) ?? "";
      try {
        resolve(JSON.parse(line) as CheckFileResult[]);
      } catch {
        reject(new Error(`os checks não rodaram (código ${code}):\n${stderr.trim() || stdout.trim()}`));
      }
    });
  });
}
