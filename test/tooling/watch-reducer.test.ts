// The watch mode's decisions, without processes, files, timers or a terminal: events in, state and effects out.
import { describe, expect, it } from "vitest";
import { exercises, type Exercise } from "../../curriculum.ts";
import type { WarmRunResult } from "../../scripts/lib/warm-checks.ts";
import { initialState, nextHint, reduce, runPassed, TYPES_GRACE_MS, type WatchEffect, type WatchEvent, type WatchState } from "../../scripts/lib/watch-state.ts";

const ready = exercises.filter((e) => e.status === "ready");
const first = ready[0]!;
const second = ready[1];

const passing: WarmRunResult = { results: [{ file: "checks/x.test.ts", tests: [{ name: "a", state: "passed" }] }], logs: [], ms: 5 };
const failing: WarmRunResult = { results: [{ file: "checks/x.test.ts", tests: [{ name: "a", state: "failed", message: "não" }] }], logs: [], ms: 5 };
const clean = { diagnostics: [] };

function start(exercise: Exercise = first, tty = false): { state: WatchState; effects: WatchEffect[] } {
  return reduce(initialState({ root: "/wb", debounceMs: 200, tty }, exercise), { type: "start" });
}

/** Applies the events in order; returns the last state and every effect, in order. */
function drive(state: WatchState, ...events: WatchEvent[]) {
  const effects: WatchEffect[] = [];
  for (const event of events) {
    const step = reduce(state, event);
    state = step.state;
    effects.push(...step.effects);
  }
  return { state, effects };
}

const kinds = (effects: WatchEffect[]) => effects.map((e) => e.type);
const printed = (effects: WatchEffect[]) => effects.flatMap((e) => (e.type === "print" ? [e.text] : []));
const screens = (effects: WatchEffect[]) => effects.flatMap((e) => (e.type === "screen" ? [e.view] : []));

describe("watch reducer: a run", () => {
  it("start: announces, watches the exercise's files and runs its checks (the cold type check waits)", () => {
    const { state, effects } = start();
    expect(kinds(effects)).toEqual(["print", "watch-files", "clear-timer", "print", "run-checks"]);
    expect(printed(effects)[0]).toContain(`Preparando o modo watch do exercício ${first.id}`);
    expect(effects).toContainEqual({ type: "run-checks", run: 1, exercise: first });
    expect(state.run).toMatchObject({ id: 1, exercise: first, current: true, typesStarted: false });
  });

  it("checks done → the type check starts with a grace timer; types done → one screen, progress recorded", () => {
    const s = start().state;
    const afterChecks = drive(s, { type: "checks-finished", run: 1, result: passing, elapsedMs: 800 });
    expect(afterChecks.effects).toEqual([
      { type: "run-typecheck", run: 1, exercise: first },
      { type: "set-timer", name: "types-grace", ms: TYPES_GRACE_MS },
    ]);
    const done = drive(afterChecks.state, { type: "typecheck-finished", run: 1, types: clean });
    expect(kinds(done.effects)).toEqual(["clear-timer", "record-run", "screen"]);
    expect(screens(done.effects)[0]).toMatchObject({ runNumber: 1, types: clean, elapsedMs: 800, checks: passing });
    expect(done.effects).toContainEqual({ type: "record-run", exercise: first, passed: true });
    expect(done.state.run).toBeUndefined();
    expect(done.state.typesWarm).toBe(true);
    expect(done.state.lastView?.runNumber).toBe(1);
  });

  it("a slow type check: the grace timer shows the checks alone, then the full screen comes", () => {
    const s = drive(start().state, { type: "checks-finished", run: 1, result: failing, elapsedMs: 10 }).state;
    const grace = drive(s, { type: "timer", name: "types-grace" });
    expect(screens(grace.effects)).toHaveLength(1);
    expect(screens(grace.effects)[0]!.types).toBeUndefined();
    const done = drive(grace.state, { type: "typecheck-finished", run: 1, types: { diagnostics: [{ file: "/wb/a.ts", line: 1, column: 1, message: "x" }] } as never });
    expect(done.effects).toContainEqual({ type: "record-run", exercise: first, passed: false });
  });

  it("warm: later runs start the type check alongside the checks, and types may arrive first", () => {
    let s = drive(start().state, { type: "checks-finished", run: 1, result: passing, elapsedMs: 1 }, { type: "typecheck-finished", run: 1, types: clean }).state;
    const again = drive(s, { type: "saved" });
    expect(again.effects).toEqual([{ type: "set-timer", name: "debounce", ms: 200 }]);
    const run2 = drive(again.state, { type: "timer", name: "debounce" });
    expect(kinds(run2.effects)).toEqual(["clear-timer", "print", "run-checks", "run-typecheck"]);
    s = drive(run2.state, { type: "typecheck-finished", run: 2, types: clean }).state;
    expect(s.run?.types).toEqual(clean);
    const done = drive(s, { type: "checks-finished", run: 2, result: passing, elapsedMs: 1 });
    expect(kinds(done.effects)).toEqual(["clear-timer", "record-run", "screen"]);
    expect(screens(done.effects)[0]!.runNumber).toBe(2);
  });

  it("the second announcement on a terminal is short (the screen is still there)", () => {
    const s = drive(start(first, true).state, { type: "checks-finished", run: 1, result: passing, elapsedMs: 1 }, { type: "typecheck-finished", run: 1, types: clean }).state;
    expect(printed(drive(s, { type: "key", key: "r" }).effects)).toEqual([expect.stringContaining("\n⏳ rodando os checks…")]);
    const piped = drive(start().state, { type: "checks-finished", run: 1, result: passing, elapsedMs: 1 }, { type: "typecheck-finished", run: 1, types: clean }).state;
    expect(printed(drive(piped, { type: "key", key: "r" }).effects)).toEqual([expect.stringContaining(`rodando os checks do exercício ${first.id}`)]);
  });

  it("a save during a run is not lost: it runs once more when the run ends (and not before)", () => {
    const during = drive(start().state, { type: "saved" }, { type: "saved" });
    expect(during.effects).toEqual([]);
    const done = drive(during.state, { type: "checks-finished", run: 1, result: failing, elapsedMs: 1 }, { type: "typecheck-finished", run: 1, types: clean });
    expect(done.effects.at(-1)).toEqual({ type: "set-timer", name: "debounce", ms: 0 });
    const rerun = drive(done.state, { type: "timer", name: "debounce" });
    expect(rerun.effects).toContainEqual({ type: "run-checks", run: 2, exercise: first });
  });

  it("without a save during the run, nothing runs again", () => {
    const done = drive(start().state, { type: "checks-finished", run: 1, result: passing, elapsedMs: 1 }, { type: "typecheck-finished", run: 1, types: clean });
    expect(done.effects.filter((e) => e.type === "set-timer" && e.name === "debounce")).toEqual([]);
  });

  it("results of another run are ignored", () => {
    const s = start().state;
    expect(reduce(s, { type: "checks-finished", run: 7, result: passing, elapsedMs: 1 })).toEqual({ state: s, effects: [] });
  });

  it("the verdict needs every check passed, none failing to load, at least one check and no type error", () => {
    expect(runPassed(passing, clean)).toBe(true);
    expect(runPassed(failing, clean)).toBe(false);
    expect(runPassed({ results: [{ file: "x", tests: [] }], logs: [], ms: 0 }, clean)).toBe(false);
    expect(runPassed({ results: [{ file: "x", tests: [{ name: "a", state: "passed" }], error: "boom" }], logs: [], ms: 0 }, clean)).toBe(false);
    expect(runPassed(passing, { diagnostics: [{ file: "a.ts", line: 1, column: 1, message: "x" }] } as never)).toBe(false);
  });
});

describe("watch reducer: keys", () => {
  const idle = () => drive(start().state, { type: "checks-finished", run: 1, result: failing, elapsedMs: 1 }, { type: "typecheck-finished", run: 1, types: clean }).state;

  it("r runs again when idle; during a run it says the checks are already running", () => {
    expect(drive(idle(), { type: "key", key: "R" }).effects).toContainEqual({ type: "run-checks", run: 2, exercise: first });
    const busy = drive(start().state, { type: "key", key: "r" });
    expect(kinds(busy.effects)).toEqual(["print"]);
    expect(printed(busy.effects)[0]).toContain("Os checks já estão rodando");
  });

  it("h asks for the next hint; between runs it redraws the screen with it, during a run it prints it", () => {
    expect(drive(idle(), { type: "key", key: "h" }).effects).toEqual([{ type: "read-hint", exercise: first }]);
    const hint = nextHint(first, 0)!;
    const shown = drive(idle(), { type: "hint-read", hint });
    expect(screens(shown.effects)[0]!.hint).toEqual(hint);
    expect(shown.state.hint).toEqual(hint);
    const running = drive(start().state, { type: "hint-read", hint });
    expect(printed(running.effects)[0]).toContain(`💡 Dica 1/${first.hints.length}:`);
    // and the run in progress then shows it on its screen
    const end = drive(running.state, { type: "checks-finished", run: 1, result: failing, elapsedMs: 1 }, { type: "typecheck-finished", run: 1, types: clean });
    expect(screens(end.effects)[0]!.hint).toEqual(hint);
  });

  it("hints advance and stop at the last one; an exercise without hints says so", () => {
    expect(nextHint(first, 0)?.index).toBe(1);
    expect(nextHint(first, 99)?.index).toBe(first.hints.length);
    const bare = { ...first, hints: [] };
    expect(nextHint(bare, 0)).toBeUndefined();
    expect(printed(drive(start(bare).state, { type: "key", key: "h" }).effects)).toEqual(["Este exercício não tem dicas."]);
  });

  it.runIf(second)("n between runs: watches and runs the next ready exercise, forgetting the hint and the last screen", () => {
    const s = drive(idle(), { type: "hint-read", hint: nextHint(first, 0)! }).state;
    const moved = drive(s, { type: "key", key: "n" });
    expect(moved.effects.slice(0, 1)).toEqual([{ type: "watch-files", exercise: second }]);
    expect(moved.effects).toContainEqual({ type: "run-checks", run: 2, exercise: second });
    expect(moved.state).toMatchObject({ exercise: second, hint: undefined, lastView: undefined });
  });

  it.runIf(second)("n during a run: that run's result is dropped and the next exercise runs when it ends", () => {
    const moved = drive(start().state, { type: "key", key: "n" });
    expect(kinds(moved.effects)).toEqual(["watch-files"]);
    const end = drive(moved.state, { type: "checks-finished", run: 1, result: passing, elapsedMs: 1 });
    expect(kinds(end.effects)).not.toContain("screen");
    expect(kinds(end.effects)).not.toContain("record-run");
    expect(end.effects).toContainEqual({ type: "run-checks", run: 2, exercise: second });
    // the dropped run's type check still warms the checker, and changes nothing else
    const late = drive(end.state, { type: "typecheck-finished", run: 1, types: clean });
    expect(late.effects).toEqual([]);
    expect(late.state.typesWarm).toBe(true);
    expect(late.state.run?.id).toBe(2);
  });

  it("n on the last ready exercise says there is none", () => {
    const last = ready.at(-1)!;
    const s = drive(start(last).state, { type: "checks-finished", run: 1, result: passing, elapsedMs: 1 }, { type: "typecheck-finished", run: 1, types: clean }).state;
    const out = drive(s, { type: "key", key: "n" });
    expect(printed(out.effects)[0]).toContain("Não há próximo exercício pronto");
    expect(out.state.exercise).toBe(last);
  });

  for (const key of ["q", "Q", "\u0003", "\u0004"]) {
    it(`${JSON.stringify(key)} quits once, with code 0; afterwards every event is ignored`, () => {
      const out = drive(start().state, { type: "key", key });
      expect(out.effects.at(-1)).toEqual({ type: "exit", code: 0 });
      expect(printed(out.effects).at(-1)).toContain("Saindo do modo watch");
      const after = drive(out.state, { type: "key", key: "q" }, { type: "saved" }, { type: "checks-finished", run: 1, result: passing, elapsedMs: 1 }, { type: "quit", code: 130 });
      expect(after.effects).toEqual([]);
    });
  }

  it("a signal quits with its code; unknown keys do nothing", () => {
    expect(drive(start().state, { type: "quit", code: 130 }).effects.at(-1)).toEqual({ type: "exit", code: 130 });
    expect(drive(idle(), { type: "key", key: "x" }).effects).toEqual([]);
  });

  it("records where the files are watched, for the screen's footer", () => {
    const s = drive(start().state, { type: "watching", watcher: { mode: "poll", reason: "--poll", files: 2 } }, { type: "checks-finished", run: 1, result: passing, elapsedMs: 1 }, { type: "typecheck-finished", run: 1, types: clean });
    expect(screens(s.effects)[0]!.watcher).toEqual({ mode: "poll", reason: "--poll", files: 2 });
  });
});
