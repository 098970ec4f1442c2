/**
 * Runs a program of the workbook as a child process with sentinel keys, in lab mode, and collects
 * everything it wrote: stdout, stderr and the runs the lab stored. Used by no-leaks.test.ts.
 */
import { spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { TSX_WITH_SOLUTIONS } from "../../scripts/lib/solution-files.mjs";

const ALNUM = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
const HEX = "0123456789abcdef";
const random = (n: number, alphabet = ALNUM) => [...randomBytes(n)].map((b) => alphabet[b % alphabet.length]).join("");

export type SentinelKeys = Record<"OPENAI_API_KEY" | "GOOGLE_API_KEY" | "LANGSMITH_API_KEY" | "LANGCHAIN_API_KEY", string>;

/** Fresh fake keys shaped like real ones (they pass lib/config's validation). */
export function sentinels(): SentinelKeys {
  return {
    OPENAI_API_KEY: `sk-proj-${random(48)}`,
    GOOGLE_API_KEY: `AIza${random(35)}`,
    LANGSMITH_API_KEY: `lsv2_pt_${random(32, HEX)}_${random(10, HEX)}`,
    // Legacy name the langsmith SDK still reads.
    LANGCHAIN_API_KEY: `lsv2_sk_${random(32, HEX)}_${random(10, HEX)}`,
  };
}

const PREFIX = /^(sk-proj-|sk-|AIza|lsv2_pt_|lsv2_sk_|lsv2_)/;
export const WINDOW = 12;

/** Which sentinel variable shows up in `text` (whole, or any 12-character piece of its random part). */
export function findLeak(text: string, keys: Record<string, string>): { variable: string; where: number } | undefined {
  for (const [variable, value] of Object.entries(keys)) {
    let where = text.indexOf(value);
    if (where >= 0) return { variable, where };
    const body = value.replace(PREFIX, "");
    for (let i = 0; i + WINDOW <= body.length; i++) {
      where = text.indexOf(body.slice(i, i + WINDOW));
      if (where >= 0) return { variable, where };
    }
  }
  return undefined;
}

export interface RunResult {
  code: number | null;
  timedOut: boolean;
  ms: number;
  stdout: string;
  stderr: string;
  /** Lines the lab appended to its trace file during the run. */
  traces: string;
}

export interface RunOptions {
  root: string;
  keys: Record<string, string>;
  args?: string[];
  timeoutMs?: number;
}

/** Environment of the child: sentinels for every key, lab mode forced, no terminal, lab trace file in a temp dir. */
function childEnv(keys: Record<string, string>, traceFile: string): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, ...keys, WORKBOOK_MODE: "lab", LAB_TRACE_FILE: traceFile, FORCE_COLOR: "0", NO_COLOR: "1" };
  for (const name of ["LANGSMITH_ENDPOINT", "OPENAI_BASE_URL", "GEMINI_BASE_URL", "LAB_URL", "LAB_PORT", "VITEST", "VITEST_WORKER_ID", "VITEST_POOL_ID"]) delete env[name];
  return env;
}

export function runProgram(file: string, { root, keys, args = [], timeoutMs = 60_000 }: RunOptions): Promise<RunResult> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "no-leaks-"));
  const traceFile = path.join(dir, "traces.jsonl");
  const started = performance.now();
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [...TSX_WITH_SOLUTIONS, file, ...args], { cwd: root, env: childEnv(keys, traceFile), stdio: ["ignore", "pipe", "pipe"] });
    let stdout = "";
    let stderr = "";
    let timedOut = false;
    child.stdout.setEncoding("utf8");
    child.stdout.on("data", (d: string) => (stdout += d));
    child.stderr.setEncoding("utf8");
    child.stderr.on("data", (d: string) => (stderr += d));
    const timer = setTimeout(() => {
      timedOut = true;
      child.kill("SIGKILL");
    }, timeoutMs);
    const finish = (code: number | null) => {
      clearTimeout(timer);
      const traces = fs.existsSync(traceFile) ? fs.readFileSync(traceFile, "utf8") : "";
      fs.rmSync(dir, { recursive: true, force: true });
      resolve({ code, timedOut, ms: performance.now() - started, stdout, stderr, traces });
    };
    child.on("close", finish);
    child.on("error", (error) => {
      stderr += String(error);
      finish(-1);
    });
  });
}

/** A tiny concurrency limiter (at most `n` children at once). */
export function limiter(n: number): <T>(task: () => Promise<T>) => Promise<T> {
  let active = 0;
  const waiting: Array<() => void> = [];
  return async (task) => {
    if (active >= n) await new Promise<void>((resolve) => waiting.push(resolve));
    active++;
    try {
      return await task();
    } finally {
      active--;
      waiting.shift()?.();
    }
  };
}
