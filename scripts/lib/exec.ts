/** Child processes for the scripts: cross-platform (no shell), bounded in time, output captured or streamed. */
import { spawn } from "node:child_process";
import { TSX_WITH_SOLUTIONS } from "./solution-files.mjs";

export interface ExecResult {
  code: number | null;
  stdout: string;
  stderr: string;
  timedOut: boolean;
  ms: number;
}

export interface ExecOptions {
  cwd: string;
  env?: NodeJS.ProcessEnv;
  timeoutMs?: number;
  /** Stream the child's output to ours as it comes (still captured). */
  inherit?: boolean;
}

export function exec(command: string, args: string[], { cwd, env = process.env, timeoutMs = 120_000, inherit = false }: ExecOptions): Promise<ExecResult> {
  const started = performance.now();
  return new Promise((resolve) => {
    const child = spawn(command, args, { cwd, env, stdio: ["ignore", "pipe", "pipe"] });
    let stdout = "";
    let stderr = "";
    let timedOut = false;
    // setEncoding: an accent split across two chunks is decoded whole (Buffer#toString per chunk breaks it).
    child.stdout.setEncoding("utf8").on("data", (d: string) => {
      stdout += d;
      if (inherit) process.stdout.write(d);
    });
    child.stderr.setEncoding("utf8").on("data", (d: string) => {
      stderr += d;
      if (inherit) process.stderr.write(d);
    });
    const timer = setTimeout(() => {
      timedOut = true;
      child.kill("SIGKILL");
    }, timeoutMs);
    child.on("close", (code) => {
      clearTimeout(timer);
      resolve({ code, stdout, stderr, timedOut, ms: performance.now() - started });
    });
    child.on("error", (error) => {
      clearTimeout(timer);
      resolve({ code: -1, stdout, stderr: stderr + String(error), timedOut, ms: performance.now() - started });
    });
  });
}

/** `node --import tsx <file> ...args` with the same Node binary (and the solutions/ fallback: chapter examples import reference code). */
export function execTs(file: string, args: string[], options: ExecOptions): Promise<ExecResult> {
  return exec(process.execPath, [...TSX_WITH_SOLUTIONS, file, ...args], options);
}
