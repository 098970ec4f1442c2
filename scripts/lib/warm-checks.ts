/**
 * Parent side of the watch mode's warm check runner (watch-child.mjs): one vitest instance kept alive in a
 * plain-node child for the whole session. `run()` re-runs one check file; a run that hangs (an infinite
 * loop in the student's code) kills the child, which is restarted for the next run.
 */
import { fork, type ChildProcess } from "node:child_process";
import path from "node:path";
import { fileURLToPath } from "node:url";
import type { CheckFileResult } from "./run-checks.ts";
import { COMPILE_CACHE } from "./checks-spawn.mjs";

const CHILD = path.join(path.dirname(fileURLToPath(import.meta.url)), "watch-child.mjs");

export interface WarmRunResult {
  results: CheckFileResult[];
  /** What the student's code printed while the checks ran (console.*), first 200 lines. */
  logs: string[];
  /** Time of the run inside the child (invalidate + vitest run), ms. */
  ms: number;
  /** Whether the run got a preloaded spare thread (see warm-pool.mjs). */
  pool?: { spare: boolean; preloadMs: number; preloaded: number };
  /** The run was stopped after `timeoutMs`. */
  timedOut?: boolean;
  /** The child died during the run (it is restarted on the next one). */
  crash?: string;
}

export interface WarmChecksOptions {
  root: string;
  /** Folder graded by the checks (default: exercises/). */
  target?: string;
  env?: NodeJS.ProcessEnv;
  /** Longest run before the child is killed and restarted (default 60 s). */
  timeoutMs?: number;
}

type Message =
  | { type: "ready"; ms: number }
  | { type: "idle"; id: number }
  | { type: "fatal"; message: string }
  | ({ type: "result"; id: number } & WarmRunResult);

export class WarmChecks {
  private child: ChildProcess | undefined;
  private ready: Promise<void> | undefined;
  private nextId = 1;
  private pending = new Map<number, (message: WarmRunResult) => void>();
  private closed = false;
  private idleWaiters = new Map<number, () => void>();
  /** Time the last child took to create its vitest instance (ms). */
  startupMs = 0;

  constructor(private readonly options: WarmChecksOptions) {}

  /** Starts the child and its vitest instance (idempotent). */
  start(): Promise<void> {
    if (this.ready) return this.ready;
    const { root, target = "exercises", env } = this.options;
    const child = fork(CHILD, [root, path.resolve(root, target)], {
      cwd: root,
      // Plain node: tsx's loader would make vitest start ~1 s slower (see checks-child.mjs).
      execArgv: [],
      env: { ...process.env, NODE_COMPILE_CACHE: COMPILE_CACHE, ...env, FORCE_COLOR: "0" },
      stdio: ["ignore", "ignore", "pipe", "ipc"],
    });
    this.child = child;
    let stderr = "";
    // Decoded as a stream: an accented letter split across two chunks stays one letter.
    child.stderr?.setEncoding("utf8").on("data", (d: string) => {
      stderr = (stderr + d).slice(-4000);
    });
    this.ready = new Promise<void>((resolve, reject) => {
      child.on("message", (message: Message) => {
        if (message.type === "ready") {
          this.startupMs = message.ms;
          resolve();
        } else if (message.type === "fatal") reject(new Error(`os checks não iniciaram:\n${message.message}`));
        else if (message.type === "idle") {
          this.idleWaiters.get(message.id)?.();
          this.idleWaiters.delete(message.id);
        } else if (message.type === "result") {
          const done = this.pending.get(message.id);
          this.pending.delete(message.id);
          done?.(message);
        }
      });
      child.on("exit", (code) => {
        if (this.child === child) {
          this.child = undefined;
          this.ready = undefined;
        }
        reject(new Error(`o processo dos checks terminou (código ${code}).${stderr.trim() ? `\n${stderr.trim()}` : ""}`));
        for (const [id, done] of this.pending) {
          this.pending.delete(id);
          done({ results: [], logs: [], ms: 0, crash: `o processo dos checks terminou de repente (código ${code}).${stderr.trim() ? `\n${stderr.trim().slice(-1500)}` : ""}` });
        }
        for (const [id, wake] of this.idleWaiters) {
          this.idleWaiters.delete(id);
          wake();
        }
      });
    });
    // Nobody may be waiting when the child dies between runs: the next run() restarts it.
    this.ready.catch(() => {});
    return this.ready;
  }

  /** Runs one check file (relative to root); `invalidate` = files that changed since the last run. */
  async run(checkFile: string, invalidate: string[] = []): Promise<WarmRunResult> {
    if (this.closed) throw new Error("WarmChecks já foi fechado.");
    await this.start();
    const child = this.child!;
    const id = this.nextId++;
    const timeoutMs = this.options.timeoutMs ?? 60_000;
    return new Promise<WarmRunResult>((resolve) => {
      const timer = setTimeout(() => {
        this.pending.delete(id);
        child.kill("SIGKILL");
        resolve({
          results: [{ file: checkFile, tests: [], error: `Os checks passaram de ${Math.round(timeoutMs / 1000)} s e foram interrompidos: seu código pode estar preso num laço infinito ou esperando algo que nunca chega.` }],
          logs: [],
          ms: timeoutMs,
          timedOut: true,
        });
      }, timeoutMs);
      this.pending.set(id, (message) => {
        clearTimeout(timer);
        const results = message.crash && message.results.length === 0 ? [{ file: checkFile, tests: [], error: message.crash }] : message.results;
        resolve({ results, logs: message.logs ?? [], ms: message.ms, pool: message.pool });
      });
      child.send({ type: "run", id, file: checkFile, invalidate });
    });
  }

  /** Resolves when the next run's thread has finished preloading (what a student's typing pause gives). */
  async idle(): Promise<void> {
    await this.start();
    const id = this.nextId++;
    await new Promise<void>((resolve) => {
      this.idleWaiters.set(id, resolve);
      this.child!.send({ type: "idle", id });
    });
  }

  /** Stops vitest and the child (waits at most 3 s, then kills it). */
  async close(): Promise<void> {
    this.closed = true;
    const child = this.child;
    if (!child) return;
    await new Promise<void>((resolve) => {
      const timer = setTimeout(() => {
        child.kill("SIGKILL");
        resolve();
      }, 3_000);
      child.once("exit", () => {
        clearTimeout(timer);
        resolve();
      });
      if (child.connected) child.send({ type: "close" });
      else child.kill();
    });
  }
}
