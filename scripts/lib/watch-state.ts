/**
 * The watch mode as a pure state machine (rustlings' shape): `reduce(state, event)` returns the next state
 * and the effects to perform, and touches no file, clock, process or terminal. watch.ts is the small loop
 * that performs the effects and turns their outcomes back into events; the tests drive `reduce` alone.
 *
 * A run: the checks start (and the type check beside them once it is warm); when the checks finish the type
 * check starts if it had not; if it is not back within TYPES_GRACE_MS the screen shows the checks alone, then
 * again with the types. Saves during a run are not lost: the run ends, then runs once more. Switching
 * exercise (n) during a run drops that run's result and runs the new exercise.
 */
import type { Exercise } from "../../curriculum.ts";
import { c } from "../../lib/cli/colors.ts";
import { nextReadyExercise, type Hint, type RunView, type TypesResult, type WatcherInfo } from "./watch-screen.ts";
import type { WarmRunResult } from "./warm-checks.ts";

/** How long the screen waits for the type check before showing the checks alone. */
export const TYPES_GRACE_MS = 150;

export interface WatchConfig {
  root: string;
  debounceMs: number;
  /** Output is a terminal: the screen is cleared between runs. */
  tty: boolean;
}

/** One run of the checks (and the type check) on one exercise. */
export interface Run {
  id: number;
  exercise: Exercise;
  /** False when the student moved to another exercise during the run: its result is dropped. */
  current: boolean;
  checks?: { result: WarmRunResult; elapsedMs: number };
  typesStarted: boolean;
  types?: TypesResult;
  /** A file was saved while it ran: run again when it ends. */
  savedDuring: boolean;
}

export interface WatchState {
  config: WatchConfig;
  exercise: Exercise;
  quitting: boolean;
  /** Runs started so far (numbers the screen's "execução N"). */
  runs: number;
  run?: Run;
  /** The type checker answered once: later runs start it alongside the checks. */
  typesWarm: boolean;
  watcher: WatcherInfo;
  hint?: Hint;
  /** The last complete screen (re-rendered when a hint arrives between runs). */
  lastView?: RunView;
}

export type TimerName = "debounce" | "types-grace";

export type WatchEvent =
  | { type: "start" }
  | { type: "watching"; watcher: WatcherInfo }
  | { type: "saved" }
  | { type: "timer"; name: TimerName }
  | { type: "checks-finished"; run: number; result: WarmRunResult; elapsedMs: number }
  | { type: "typecheck-finished"; run: number; types: TypesResult }
  | { type: "key"; key: string }
  | { type: "hint-read"; hint: Hint }
  | { type: "quit"; code: number };

export type WatchEffect =
  | { type: "print"; text: string }
  | { type: "screen"; view: RunView }
  | { type: "watch-files"; exercise: Exercise }
  | { type: "set-timer"; name: TimerName; ms: number }
  | { type: "clear-timer"; name: TimerName }
  | { type: "run-checks"; run: number; exercise: Exercise }
  | { type: "run-typecheck"; run: number; exercise: Exercise }
  /** Read how many hints were seen, pick the next, remember it, answer with `hint-read`. */
  | { type: "read-hint"; exercise: Exercise }
  | { type: "record-run"; exercise: Exercise; passed: boolean }
  | { type: "exit"; code: number };

export interface Step {
  state: WatchState;
  effects: WatchEffect[];
}

export function initialState(config: WatchConfig, exercise: Exercise): WatchState {
  return { config, exercise, quitting: false, runs: 0, typesWarm: false, watcher: { mode: "events", files: 0 } };
}

/** The hint after `seen` (the last one again once all were seen). */
export function nextHint(exercise: Exercise, seen: number): Hint | undefined {
  if (exercise.hints.length === 0) return undefined;
  const index = Math.min(seen + 1, exercise.hints.length);
  return { index, total: exercise.hints.length, text: exercise.hints[index - 1]! };
}

/** Solved: every check passed, none failed to load, and the type check found nothing. */
export function runPassed(result: WarmRunResult, types: TypesResult): boolean {
  const tests = result.results.flatMap((r) => r.tests);
  return !result.results.some((r) => r.error) && tests.length > 0 && tests.every((t) => t.state === "passed") && types.diagnostics.length === 0;
}

const print = (text: string): WatchEffect => ({ type: "print", text });

function view(state: WatchState, run: Run, types: TypesResult | undefined): RunView {
  const checks = run.checks!;
  return {
    exercise: run.exercise,
    root: state.config.root,
    checks: checks.result,
    ...(types ? { types } : {}),
    ...(state.hint ? { hint: state.hint } : {}),
    watcher: state.watcher,
    elapsedMs: checks.elapsedMs,
    runNumber: run.id,
  };
}

function startRun(state: WatchState): Step {
  if (state.run || state.quitting) return { state, effects: [] };
  const id = state.runs + 1;
  const run: Run = { id, exercise: state.exercise, current: true, typesStarted: state.typesWarm, savedDuring: false };
  const announce = !state.config.tty || !state.lastView ? `⏳ rodando os checks do exercício ${run.exercise.id}…` : "\n⏳ rodando os checks…";
  // Warm, the type check (~0.2 s) runs alongside the checks. Cold (~2-6 s of CPU) it would slow the first run
  // of the checks on a 2-core machine: then it starts after them, and its result is added when it comes.
  return {
    state: { ...state, runs: id, run },
    effects: [
      { type: "clear-timer", name: "debounce" },
      print(c.dim(announce)),
      { type: "run-checks", run: id, exercise: run.exercise },
      ...(run.typesStarted ? [{ type: "run-typecheck", run: id, exercise: run.exercise } as const] : []),
    ],
  };
}

/** The run has both results (or was dropped): show, record, and run again if something asks for it. */
function endRun(state: WatchState, run: Run): Step {
  const idle: WatchState = { ...state, run: undefined };
  if (!run.current) return startRun(idle);
  const complete = view(state, run, run.types!);
  const effects: WatchEffect[] = [
    { type: "clear-timer", name: "types-grace" },
    // Recorded before it is shown: whoever reads "resolvido" on the screen finds it in the progress file too.
    { type: "record-run", exercise: run.exercise, passed: runPassed(run.checks!.result, run.types!) },
    { type: "screen", view: complete },
  ];
  // A save during the run was left for now: run once more.
  if (run.savedDuring) effects.push({ type: "set-timer", name: "debounce", ms: 0 });
  return { state: { ...idle, lastView: complete }, effects };
}

function onKey(state: WatchState, key: string): Step {
  switch (key.toLowerCase()) {
    case "h":
      if (state.exercise.hints.length === 0) return { state, effects: [print("Este exercício não tem dicas.")] };
      return { state, effects: [{ type: "read-hint", exercise: state.exercise }] };
    case "n": {
      const next = nextReadyExercise(state.exercise);
      if (!next) return { state, effects: [print(c.dim("Não há próximo exercício pronto nesta versão do workbook."))] };
      const run = state.run && { ...state.run, current: false };
      const moved: WatchState = { ...state, exercise: next, run, hint: undefined, lastView: undefined };
      // A run in progress hands over when it ends (endRun); otherwise the new exercise runs now.
      const started = startRun(moved);
      return { state: started.state, effects: [{ type: "watch-files", exercise: next }, ...started.effects] };
    }
    case "r":
      if (state.run) return { state, effects: [print(c.dim("Os checks já estão rodando…"))] };
      return startRun(state);
    case "q":
    case "\u0003": // Ctrl-C in raw mode
    case "\u0004": // Ctrl-D
      return quit(state, 0);
    default:
      return { state, effects: [] };
  }
}

function quit(state: WatchState, code: number): Step {
  if (state.quitting) return { state, effects: [] };
  return {
    state: { ...state, quitting: true },
    effects: [
      { type: "clear-timer", name: "debounce" },
      { type: "clear-timer", name: "types-grace" },
      print(c.dim("\nSaindo do modo watch. Até a próxima!")),
      { type: "exit", code },
    ],
  };
}

export function reduce(state: WatchState, event: WatchEvent): Step {
  // Once quitting, only the results of work already under way arrive: nothing more to do.
  if (state.quitting) return { state, effects: [] };
  const run = state.run;
  switch (event.type) {
    case "start": {
      const started = startRun(state);
      return {
        state: started.state,
        effects: [
          print(c.dim(`⏳ Preparando o modo watch do exercício ${state.exercise.id} (o primeiro resultado leva alguns segundos; os seguintes são rápidos)…`)),
          { type: "watch-files", exercise: state.exercise },
          ...started.effects,
        ],
      };
    }
    case "watching":
      return { state: { ...state, watcher: event.watcher }, effects: [] };
    case "saved":
      if (run) return { state: { ...state, run: { ...run, savedDuring: true } }, effects: [] };
      return { state, effects: [{ type: "set-timer", name: "debounce", ms: state.config.debounceMs }] };
    case "timer":
      if (event.name === "debounce") return startRun(state);
      // The type check is slow: show the checks now, the types when they come.
      if (run?.current && run.checks && !run.types) return { state, effects: [{ type: "screen", view: view(state, run, undefined) }] };
      return { state, effects: [] };
    case "checks-finished": {
      if (!run || run.id !== event.run) return { state, effects: [] };
      const finished: Run = { ...run, checks: { result: event.result, elapsedMs: event.elapsedMs }, typesStarted: true };
      if (!finished.current) return endRun(state, finished);
      if (finished.types) return endRun(state, finished);
      const next = { ...state, run: finished };
      const effects: WatchEffect[] = run.typesStarted ? [] : [{ type: "run-typecheck", run: run.id, exercise: run.exercise }];
      effects.push({ type: "set-timer", name: "types-grace", ms: TYPES_GRACE_MS });
      return { state: next, effects };
    }
    case "typecheck-finished": {
      const warm = { ...state, typesWarm: true };
      if (!run || run.id !== event.run) return { state: warm, effects: [] };
      const typed: Run = { ...run, types: event.types };
      return typed.checks ? endRun(warm, typed) : { state: { ...warm, run: typed }, effects: [] };
    }
    case "key":
      return onKey(state, event.key);
    case "hint-read": {
      const next = { ...state, hint: event.hint };
      if (state.lastView && !run) {
        const lastView = { ...state.lastView, hint: event.hint };
        return { state: { ...next, lastView }, effects: [{ type: "screen", view: lastView }] };
      }
      return { state: next, effects: [print(`\n${c.cyan(`💡 Dica ${event.hint.index}/${event.hint.total}:`)} ${event.hint.text}`)] };
    }
    case "quit":
      return quit(state, event.code);
  }
}
