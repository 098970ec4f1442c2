/**
 * A throw-away copy of the workbook for the tooling tests: the commands write files (progress, backups,
 * reset stubs), so they run in a temporary folder that looks exactly like a student's clone (no .git:
 * a zip download), with node_modules linked to the real one (a junction on Windows, no admin needed).
 * Scripts run as `node --import tsx <copy>/scripts/x.ts` with the copy as cwd, the way `npm run` does.
 */
import { spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";

export const REPO = path.resolve(import.meta.dirname, "..", "..");

const COPY = ["package.json", "tsconfig.json", "vitest.config.ts", "curriculum.ts", ".gitignore", ".env.example", ".nvmrc", "lib", "scripts", "checks", "exercises", "solutions", "quiz", "test"];

export interface Workbook {
  root: string;
  /** Runs `node --import tsx scripts/<script> ...args` in the copy. */
  run(script: string, args?: string[], options?: RunOptions): Promise<RunResult>;
  read(relative: string): string;
  write(relative: string, content: string): void;
  exists(relative: string): boolean;
  cleanup(): void;
}

export interface RunOptions {
  env?: NodeJS.ProcessEnv;
  /** Text written to stdin (then closed). */
  input?: string;
  timeoutMs?: number;
}

export interface RunResult {
  code: number | null;
  stdout: string;
  stderr: string;
  ms: number;
}

/** Environment of a student with no keys and no colours (output is piped). */
export function plainEnv(extra: NodeJS.ProcessEnv = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, NO_COLOR: "1", FORCE_COLOR: "0", WORKBOOK_MODE: "lab", ...extra };
  const drop = ["GOOGLE_API_KEY", "OPENAI_API_KEY", "LANGSMITH_API_KEY", "LANGSMITH_ENDPOINT", "OPENAI_BASE_URL", "LAB_URL", "LAB_PORT", "WORKBOOK_STATE_DIR", "WORKBOOK_TARGET", "WORKBOOK_TARGET_DIR", "WORKBOOK_POLL", "NODE_OPTIONS"];
  for (const name of Object.keys(env)) {
    // The test runner's own variables must not leak into the vitest the scripts start.
    if ((drop.includes(name) || name.startsWith("VITEST")) && !(name in extra)) delete env[name];
  }
  return env;
}

export function makeWorkbook(prefix = "workbook-"): Workbook {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  for (const item of COPY) {
    const source = path.join(REPO, item);
    if (!fs.existsSync(source)) continue;
    fs.cpSync(source, path.join(root, item), { recursive: true, filter: (src) => !/[\\/](node_modules|\.workbook|\.lab)([\\/]|$)/.test(src) });
  }
  fs.symlinkSync(path.join(REPO, "node_modules"), path.join(root, "node_modules"), process.platform === "win32" ? "junction" : "dir");

  return {
    root,
    run(script, args = [], { env, input, timeoutMs = 120_000 } = {}) {
      const started = performance.now();
      return new Promise((resolve) => {
        const child = spawn(process.execPath, ["--import", "tsx", path.join(root, "scripts", script), ...args], {
          cwd: root,
          env: env ?? plainEnv(),
          stdio: ["pipe", "pipe", "pipe"],
        });
        let stdout = "";
        let stderr = "";
        child.stdout.setEncoding("utf8").on("data", (d: string) => (stdout += d));
        child.stderr.setEncoding("utf8").on("data", (d: string) => (stderr += d));
        const timer = setTimeout(() => child.kill("SIGKILL"), timeoutMs);
        child.on("close", (code) => {
          clearTimeout(timer);
          resolve({ code, stdout, stderr, ms: performance.now() - started });
        });
        if (input !== undefined) child.stdin.end(input);
        else child.stdin.end();
      });
    },
    read: (relative) => fs.readFileSync(path.join(root, relative), "utf8"),
    write: (relative, content) => {
      fs.mkdirSync(path.dirname(path.join(root, relative)), { recursive: true });
      fs.writeFileSync(path.join(root, relative), content);
    },
    exists: (relative) => fs.existsSync(path.join(root, relative)),
    cleanup: () => fs.rmSync(root, { recursive: true, force: true }),
  };
}
