/**
 * The watch mode (`npm run watch`, `npm run ex:N -- --watch`): re-runs one exercise's checks every time
 * the student saves one of its files, with a warm vitest (warm-checks.ts) and a warm type checker
 * (warm-typecheck.ts), and shows the first failing check with what was expected, what came, and where the
 * hint is. Keys: h (hint), n (next exercise), r (run again), q (quit).
 *
 * An event loop over a pure state machine (rustlings' shape): watch-state.ts decides, from each event (a
 * save, a timer, a finished run, a key), the next state and what to do; this file does it (files, timers,
 * processes, terminal) and feeds the outcomes back as events. watch-screen.ts draws the screen.
 */
import path from "node:path";
import readline from "node:readline";
import { exercises, type Exercise } from "../../curriculum.ts";
import { checkFile, exerciseFiles, findExercise } from "../../lib/exercises.ts";
import { parseScriptArgs } from "../../lib/cli/args.ts";
import { readProgress, updateProgress } from "../../lib/progress.ts";
import { pollingReason, watchFiles, type FileWatcher } from "./file-watch.ts";
import { WarmChecks, type WarmRunResult } from "./warm-checks.ts";
import { WarmTypecheck } from "./warm-typecheck.ts";
import { WATCH_OPTIONS } from "./watch-options.ts";
import { renderRun, type TypesResult } from "./watch-screen.ts";
import { initialState, nextHint, reduce, type TimerName, type WatchEffect, type WatchEvent } from "./watch-state.ts";

export const DEFAULT_DEBOUNCE_MS = 200;

export interface WatchOptions {
  root: string;
  exercise: Exercise;
  /** Force polling (`--poll`); otherwise auto-detected (file-watch.ts). */
  poll?: boolean;
  debounceMs?: number;
  input?: NodeJS.ReadableStream & { isTTY?: boolean; setRawMode?: (mode: boolean) => unknown };
  output?: NodeJS.WritableStream & { isTTY?: boolean };
}

const message = (error: unknown) => (error instanceof Error ? error.message : String(error));
type Input = NonNullable<WatchOptions["input"]>;
type Output = NonNullable<WatchOptions["output"]>;

/** Runs the watch loop until the student quits; resolves with the exit code. */
export async function runWatch(options: WatchOptions): Promise<number> {
  const input = options.input ?? process.stdin;
  const output = options.output ?? process.stdout;
  if (options.exercise.status !== "ready") {
    output.write(`📘 Exercício ${options.exercise.id} — ${options.exercise.title}\nEste exercício ainda não foi escrito nesta versão do workbook; não há o que vigiar.\n`);
    return 0;
  }
  let state = initialState({ root: options.root, debounceMs: options.debounceMs ?? DEFAULT_DEBOUNCE_MS, tty: !!output.isTTY }, options.exercise);
  const queue: WatchEvent[] = [];
  let busy = false;
  /** Events are handled one at a time, in order, even when an effect dispatches one synchronously. */
  const dispatch = (event: WatchEvent): void => {
    queue.push(event);
    if (busy) return;
    busy = true;
    try {
      for (let next = queue.shift(); next; next = queue.shift()) {
        const step = reduce(state, next);
        state = step.state;
        for (const effect of step.effects) world.perform(effect);
      }
    } finally {
      busy = false;
    }
  };
  const world = new WatchWorld(options, input, output, dispatch);
  listenForKeys(input, dispatch);
  const onSignal = () => dispatch({ type: "quit", code: 130 });
  process.once("SIGINT", onSignal);
  process.once("SIGTERM", onSignal);
  dispatch({ type: "start" });
  const code = await world.done;
  process.off("SIGINT", onSignal);
  process.off("SIGTERM", onSignal);
  return code;
}

/** Keys: raw mode on a terminal; one command per line otherwise (tests, editors' task runners). */
function listenForKeys(input: Input, dispatch: (event: WatchEvent) => void): void {
  if (input.isTTY && input.setRawMode) {
    input.setRawMode(true);
    input.setEncoding?.("utf8");
    input.on("data", (chunk: string | Buffer) => {
      for (const key of String(chunk)) dispatch({ type: "key", key });
    });
    input.resume();
    return;
  }
  const lines = readline.createInterface({ input, terminal: false });
  lines.on("line", (line) => {
    const key = line.trim();
    if (key) dispatch({ type: "key", key: key[0]! });
  });
  lines.on("close", () => dispatch({ type: "quit", code: 0 }));
}

/** Everything the reducer may not touch: the terminal, the files, the timers, the warm checkers, the progress file. */
class WatchWorld {
  readonly done: Promise<number>;
  private resolveDone!: (code: number) => void;
  private readonly checks: WarmChecks;
  private readonly types: WarmTypecheck;
  private readonly timers = new Map<TimerName, NodeJS.Timeout>();
  private watcher: FileWatcher | undefined;
  private readonly exerciseDir: string;

  constructor(
    private readonly options: WatchOptions,
    private readonly input: Input,
    private readonly output: Output,
    private readonly dispatch: (event: WatchEvent) => void,
  ) {
    this.done = new Promise<number>((resolve) => (this.resolveDone = resolve));
    this.checks = new WarmChecks({ root: options.root });
    this.types = new WarmTypecheck(options.root);
    this.exerciseDir = path.join(options.root, "exercises");
  }

  private write(text: string): void {
    this.output.write(`${text}\n`);
  }

  private files(exercise: Exercise): string[] {
    return exerciseFiles(exercise, this.exerciseDir);
  }

  perform(effect: WatchEffect): void {
    const { root } = this.options;
    switch (effect.type) {
      case "print":
        return this.write(effect.text);
      case "screen":
        if (this.output.isTTY) this.output.write("\x1b[2J\x1b[3J\x1b[H");
        return this.write(renderRun(effect.view));
      case "watch-files":
        return this.watch(effect.exercise);
      case "set-timer":
        clearTimeout(this.timers.get(effect.name));
        this.timers.set(effect.name, setTimeout(() => this.dispatch({ type: "timer", name: effect.name }), effect.ms));
        return;
      case "clear-timer":
        return clearTimeout(this.timers.get(effect.name));
      case "run-checks":
        return this.runChecks(effect.run, effect.exercise);
      case "run-typecheck":
        return this.runTypecheck(effect.run, effect.exercise);
      case "read-hint": {
        const hint = nextHint(effect.exercise, readProgress(root).exercises[String(effect.exercise.id)]?.hintsSeen ?? 0);
        if (!hint) return;
        // progress is a convenience: updateProgress reports its own failures and never throws.
        updateProgress(root, effect.exercise.id, (p) => ({ ...p, hintsSeen: Math.max(p.hintsSeen ?? 0, hint.index) }));
        return this.dispatch({ type: "hint-read", hint });
      }
      case "record-run":
        updateProgress(root, effect.exercise.id, (p) => ({ ...p, attempts: p.attempts + 1, passed: effect.passed, lastRun: new Date().toISOString() }));
        return;
      case "exit":
        return void this.shutdown(effect.code);
    }
  }

  private watch(exercise: Exercise): void {
    this.watcher?.close();
    const files = this.files(exercise);
    const reason = this.options.poll ? "--poll" : pollingReason(this.exerciseDir);
    this.watcher = watchFiles(files, () => this.dispatch({ type: "saved" }), { poll: !!reason, reason });
    this.dispatch({ type: "watching", watcher: { mode: this.watcher.mode, reason: this.watcher.reason, files: files.length } });
  }

  private runChecks(run: number, exercise: Exercise): void {
    const started = performance.now();
    const file = checkFile(exercise);
    const finished = (result: WarmRunResult) => this.dispatch({ type: "checks-finished", run, result, elapsedMs: performance.now() - started });
    this.checks.run(file, this.files(exercise)).then(finished, (error: unknown) =>
      finished({ results: [{ file, tests: [], error: message(error) }], logs: [], ms: 0 }),
    );
  }

  private runTypecheck(run: number, exercise: Exercise): void {
    const tsFiles = this.files(exercise).filter((f) => /\.(c|m)?tsx?$/.test(f));
    this.types
      .check(tsFiles)
      .then(
        (diagnostics): TypesResult => ({ diagnostics }),
        (error: unknown): TypesResult => ({ diagnostics: [], error: message(error) }),
      )
      .then((types) => this.dispatch({ type: "typecheck-finished", run, types }));
  }

  private async shutdown(code: number): Promise<void> {
    this.watcher?.close();
    if (this.input.isTTY && this.input.setRawMode) this.input.setRawMode(false);
    this.input.pause();
    await Promise.allSettled([this.checks.close(), this.types.close()]);
    this.resolveDone(code);
  }
}

/** For `ex.ts` and `watch.ts`: parses `--poll` / `--debounce <ms>` and runs the watch. */
export { WATCH_OPTIONS };

export async function watchFromArgs(root: string, exercise: Exercise, args: string[]): Promise<number> {
  const { values } = parseScriptArgs(args, WATCH_OPTIONS, "Uso: npm run watch [N] [-- --poll] [--debounce MS]");
  const debounce = values.debounce !== undefined ? Number(values.debounce) : undefined;
  return runWatch({
    root,
    exercise,
    poll: !!values.poll,
    debounceMs: debounce !== undefined && Number.isFinite(debounce) && debounce >= 0 ? debounce : undefined,
  });
}

/** `npm run watch [N]`: the exercise asked for, or the first ready one not yet solved. */
export function pickExercise(root: string, query: string | undefined): { exercise: Exercise } | { error: string } | { allDone: true } {
  if (query) return findExercise(query);
  const progress = readProgress(root);
  const ready = exercises.filter((e) => e.status === "ready");
  const next = ready.find((e) => !progress.exercises[String(e.id)]?.passed);
  return next ? { exercise: next } : { allDone: true };
}
