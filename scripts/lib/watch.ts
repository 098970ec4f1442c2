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

/** Runs the watch loop until the student quits; resolves with the exit code. */
export async function runWatch(options: WatchOptions): Promise<number> {
  const { root } = options;
  const input = options.input ?? process.stdin;
  const output = options.output ?? process.stdout;
  const write = (text: string) => void output.write(`${text}\n`);
  if (options.exercise.status !== "ready") {
    write(`📘 Exercício ${options.exercise.id} — ${options.exercise.title}\nEste exercício ainda não foi escrito nesta versão do workbook; não há o que vigiar.`);
    return 0;
  }

  const exerciseDir = path.join(root, "exercises");
  const checks = new WarmChecks({ root });
  const types = new WarmTypecheck(root);
  const timers = new Map<TimerName, NodeJS.Timeout>();
  let watcher: FileWatcher | undefined;
  let resolveDone!: (code: number) => void;
  const done = new Promise<number>((resolve) => (resolveDone = resolve));

  let state = initialState({ root, debounceMs: options.debounceMs ?? DEFAULT_DEBOUNCE_MS, tty: !!output.isTTY }, options.exercise);
  const queue: WatchEvent[] = [];
  let busy = false;
  /** Events are handled one at a time, in order, even when an effect dispatches one synchronously. */
  function dispatch(event: WatchEvent): void {
    queue.push(event);
    if (busy) return;
    busy = true;
    try {
      for (let next = queue.shift(); next; next = queue.shift()) {
        const step = reduce(state, next);
        state = step.state;
        for (const effect of step.effects) perform(effect);
      }
    } finally {
      busy = false;
    }
  }

  function perform(effect: WatchEffect): void {
    switch (effect.type) {
      case "print":
        return write(effect.text);
      case "screen":
        if (output.isTTY) output.write("\x1b[2J\x1b[3J\x1b[H");
        return write(renderRun(effect.view));
      case "watch-files": {
        watcher?.close();
        const files = exerciseFiles(effect.exercise, exerciseDir);
        const reason = options.poll ? "--poll" : pollingReason(exerciseDir);
        watcher = watchFiles(files, () => dispatch({ type: "saved" }), { poll: !!reason, reason });
        return dispatch({ type: "watching", watcher: { mode: watcher.mode, reason: watcher.reason, files: files.length } });
      }
      case "set-timer":
        clearTimeout(timers.get(effect.name));
        timers.set(effect.name, setTimeout(() => dispatch({ type: "timer", name: effect.name }), effect.ms));
        return;
      case "clear-timer":
        return clearTimeout(timers.get(effect.name));
      case "run-checks": {
        const started = performance.now();
        const file = checkFile(effect.exercise);
        void checks.run(file, exerciseFiles(effect.exercise, exerciseDir)).then(
          (result) => dispatch({ type: "checks-finished", run: effect.run, result, elapsedMs: performance.now() - started }),
          (error: unknown) => {
            const result: WarmRunResult = { results: [{ file, tests: [], error: message(error) }], logs: [], ms: 0 };
            dispatch({ type: "checks-finished", run: effect.run, result, elapsedMs: performance.now() - started });
          },
        );
        return;
      }
      case "run-typecheck": {
        const tsFiles = exerciseFiles(effect.exercise, exerciseDir).filter((f) => /\.(c|m)?tsx?$/.test(f));
        void types.check(tsFiles).then(
          (diagnostics): TypesResult => ({ diagnostics }),
          (error: unknown): TypesResult => ({ diagnostics: [], error: message(error) }),
        ).then((result) => dispatch({ type: "typecheck-finished", run: effect.run, types: result }));
        return;
      }
      case "read-hint": {
        const { exercise } = effect;
        const hint = nextHint(exercise, readProgress(root).exercises[String(exercise.id)]?.hintsSeen ?? 0);
        if (!hint) return;
        // progress is a convenience: updateProgress reports its own failures and never throws.
        updateProgress(root, exercise.id, (p) => ({ ...p, hintsSeen: Math.max(p.hintsSeen ?? 0, hint.index) }));
        return dispatch({ type: "hint-read", hint });
      }
      case "record-run":
        updateProgress(root, effect.exercise.id, (p) => ({ ...p, attempts: p.attempts + 1, passed: effect.passed, lastRun: new Date().toISOString() }));
        return;
      case "exit":
        void shutdown(effect.code);
        return;
    }
  }

  async function shutdown(code: number): Promise<void> {
    watcher?.close();
    if (input.isTTY && input.setRawMode) input.setRawMode(false);
    input.pause();
    await Promise.allSettled([checks.close(), types.close()]);
    resolveDone(code);
  }

  // Keys: raw mode on a terminal; one command per line otherwise (tests, editors' task runners).
  if (input.isTTY && input.setRawMode) {
    input.setRawMode(true);
    input.setEncoding?.("utf8");
    input.on("data", (chunk: string | Buffer) => {
      for (const key of String(chunk)) dispatch({ type: "key", key });
    });
    input.resume();
  } else {
    const lines = readline.createInterface({ input, terminal: false });
    lines.on("line", (line) => {
      const key = line.trim();
      if (key) dispatch({ type: "key", key: key[0]! });
    });
    lines.on("close", () => dispatch({ type: "quit", code: 0 }));
  }
  const onSignal = () => dispatch({ type: "quit", code: 130 });
  process.once("SIGINT", onSignal);
  process.once("SIGTERM", onSignal);

  dispatch({ type: "start" });
  const code = await done;
  process.off("SIGINT", onSignal);
  process.off("SIGTERM", onSignal);
  return code;
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
