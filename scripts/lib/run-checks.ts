/**
 * Runs check files with vitest in a child process (plain node, see checks-child.mjs for why) and
 * returns plain results the scripts print in pt-BR, grade or serialise.
 */
import { spawnChecks, type SpawnChecksOutput } from "./checks-spawn.mjs";

export type TestState = "passed" | "failed" | "skipped" | "pending";

export interface CheckTestResult {
  name: string;
  state: TestState;
  /** The teaching message of the first failed assertion (the check's pt-BR text). */
  message?: string;
  expected?: string;
  actual?: string;
  durationMs?: number;
  /** The stub still throws its TODO: that TODO's text ("TODO 4 (guarda.ts): implemente …"). */
  todo?: string;
  /** Where the failure happened in the graded code, relative to the root ("exercises/…/x.ts:16:9"). */
  where?: string;
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

export async function runChecks({ root, files, target, env, timeoutMs }: RunChecksOptions): Promise<CheckFileResult[]> {
  return parseChecksOutput(await spawnChecks({ root, files, target, env, timeoutMs }), timeoutMs);
}

/** The child's last stdout line is the JSON results; anything else is a pt-BR error. */
export function parseChecksOutput({ code, stdout, stderr, timedOut }: SpawnChecksOutput, timeoutMs?: number): CheckFileResult[] {
  if (timedOut) throw new Error(`os checks passaram de ${Math.round((timeoutMs ?? 0) / 1000)} s e foram interrompidos (laço infinito ou espera sem fim no código?)`);
  const line = stdout.trim().split("\n").at(-1) ?? "";
  try {
    return JSON.parse(line) as CheckFileResult[];
  } catch {
    throw new Error(`os checks não rodaram (código ${code}):\n${stderr.trim() || stdout.trim()}`);
  }
}
