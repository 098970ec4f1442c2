import type { ChildProcess } from "node:child_process";
export interface SpawnChecksOptions {
  root: string;
  target: string;
  files: string[];
  env?: NodeJS.ProcessEnv;
  timeoutMs?: number;
  /** Resolve on the child's results line, before it exits (checks-child.mjs); the caller kills the child. */
  early?: boolean;
  onSpawn?: (child: ChildProcess) => void;
}
export interface SpawnChecksOutput {
  code: number | null;
  stdout: string;
  stderr: string;
  timedOut: boolean;
}
export function spawnChecks(options: SpawnChecksOptions): Promise<SpawnChecksOutput>;
/** Folder of Node's V8 compile cache for the checks children (Node ≥ 22.1; ignored by Node 20). */
export const COMPILE_CACHE: string;
/** Set by scripts/ex.mjs: the checks of exercise N, started before tsx loaded. */
export interface EarlyChecks {
  file: string;
  output: Promise<SpawnChecksOutput>;
  cancel(): void;
}
