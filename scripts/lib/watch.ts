/**
 * The watch mode (`npm run watch`, `npm run ex:N -- --watch`): re-runs one exercise's checks every time
 * the student saves one of its files, with a warm vitest (warm-checks.ts) and a warm type checker
 * (warm-typecheck.ts), and shows the first failing check with what was expected, what came, and where the
 * hint is. Keys: h (hint), n (next exercise), r (run again), q (quit).
 *
 * One loop, a few events (rustlings' shape): a save (debounced), a key, a finished run. While a run is in
 * progress, saves are ignored; when it ends, the files are compared with how they were when it started and,
 * if something changed in the meantime, it runs once more, so no save is lost.
 */
import fs from "node:fs";
import path from "node:path";
import readline from "node:readline";
import { exercises, type Exercise } from "../../curriculum.ts";
import { checkFile, exerciseFiles, findExercise } from "../../lib/exercises.ts";
import { parseScriptArgs } from "../../lib/cli/args.ts";
import { WATCH_OPTIONS } from "./watch-options.ts";
import { describeCheckFailure, findSyntaxProblem, renderSyntaxProblem } from "./verdict.ts";
import { readProgress, updateProgress } from "../../lib/progress.ts";
import type { TypeDiagnostic } from "../../lib/typecheck.ts";
import { invisibleDifference } from "./differences.ts";
import { pollingReason, watchFiles, type FileWatcher } from "./file-watch.ts";
import type { CheckTestResult } from "./run-checks.ts";
import { c, rule } from "../../lib/cli/colors.ts";
import { WarmChecks, type WarmRunResult } from "./warm-checks.ts";
import { WarmTypecheck } from "./warm-typecheck.ts";

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

/** What one run produced, for `renderRun`. */
export interface RunView {
  exercise: Exercise;
  root: string;
  checks: WarmRunResult;
  /** undefined while the type check is still running. */
  types?: { diagnostics: TypeDiagnostic[]; error?: string };
  hint?: { index: number; total: number; text: string };
  watcher: { mode: "events" | "poll"; reason?: string; files: number };
  /** Wall time from the trigger to the checks' result, ms. */
  elapsedMs: number;
  runNumber: number;
}

const indent = (text: string, prefix = "   ") => text.split("\n").map((l) => prefix + l).join("\n");

function clip(text: string, maxLines = 6, maxChars = 600): string {
  let out = text.length > maxChars ? `${text.slice(0, maxChars)}…` : text;
  const lines = out.split("\n");
  if (lines.length > maxLines) out = [...lines.slice(0, maxLines), `… (+${lines.length - maxLines} linhas)`].join("\n");
  return out;
}

export function nextReadyExercise(after: Exercise, list: Exercise[] = exercises): Exercise | undefined {
  return list.find((e) => e.id > after.id && e.status === "ready");
}

function describeFailure(test: CheckTestResult, files: readonly string[], root: string): string {
  const parts = [c.red(c.bold(`✗ ${test.name}`))];
  // The stub still throws its TODO: name it and its file, without the assertion's leftovers.
  if (test.todo) return [...parts, indent(describeCheckFailure(test, files, root).join("\n"))].join("\n");
  if (test.message) parts.push(indent(clip(test.message, 10, 1200)));
  const expected = typeof test.expected === "string" ? test.expected : undefined;
  const actual = typeof test.actual === "string" ? test.actual : undefined;
  if (expected !== undefined && actual !== undefined && expected !== actual) {
    parts.push(indent(`${c.green("esperado:")} ${clip(expected).split("\n").join("\n             ")}`));
    parts.push(indent(`${c.red("recebido:")} ${clip(actual).split("\n").join("\n             ")}`));
    // vitest prints strings between double quotes: compare what is inside them.
    const unquote = (t: string) => (t.length >= 2 && t.startsWith('"') && t.endsWith('"') ? t.slice(1, -1) : t);
    const why = invisibleDifference(unquote(expected), unquote(actual));
    if (why) parts.push(indent(c.yellow(`Atenção: ${why}`)));
  }
  return parts.join("\n");
}

/** The screen of one run (pure: tests render it without a terminal). */
export function renderRun(view: RunView): string {
  const { exercise, root, checks } = view;
  const files = exerciseFiles(exercise, path.join(root, "exercises")).map((f) => path.relative(root, f));
  const out: string[] = [];
  out.push(c.bold(`📘 Exercício ${exercise.id} — ${exercise.title}`) + c.dim("  (modo watch)"));
  out.push(c.dim(`   Seus arquivos: ${files.join(", ")}`));
  out.push("");

  const tests = checks.results.flatMap((r) => r.tests);
  const loadError = checks.results.find((r) => r.error)?.error;
  for (const test of tests) {
    if (test.state === "passed") out.push(`${c.green("✓")} ${test.name}`);
    else if (test.state === "failed") out.push(`${c.red("✗")} ${test.name}`);
    else out.push(c.dim(`· ${test.name} (não rodou)`));
  }
  const failed = tests.find((t) => t.state === "failed");
  const checksPassed = !loadError && tests.length > 0 && tests.every((t) => t.state === "passed");
  const diagnostics = view.types?.diagnostics ?? [];

  const syntax = findSyntaxProblem(loadError ?? failed?.message ?? "", root);
  if (syntax) {
    out.push("", c.red(c.bold("✗ O arquivo não compila")), indent(renderSyntaxProblem(syntax).join("\n")));
  } else if (failed) {
    out.push("", describeFailure(failed, exerciseFiles(exercise, path.join(root, "exercises")), root));
  } else if (loadError) {
    out.push("", c.red(c.bold("✗ Os checks não conseguiram rodar")), indent(clip(loadError, 12, 1500)));
  } else if (tests.length === 0) {
    out.push("", c.red("✗ Nenhum check rodou."));
  }
  if (diagnostics.length) {
    out.push("");
    for (const d of diagnostics.slice(0, 5)) out.push(c.red(`✗ erro de tipo em ${path.relative(root, d.file)}:${d.line}:${d.column} — ${clip(d.message, 3, 300)}`));
    if (diagnostics.length > 5) out.push(c.dim(`  … e mais ${diagnostics.length - 5} erros de tipo (npm run typecheck mostra todos)`));
  }
  if (view.types?.error) out.push("", c.yellow(`⚠️  Não consegui conferir os tipos: ${view.types.error}`));
  if (checks.logs.length) {
    out.push("", c.dim("Saída do seu código durante os checks:"));
    const last = checks.logs.slice(-8);
    for (const line of last) out.push(c.dim(`  │ ${clip(line, 1, 200)}`));
  }

  out.push("");
  // A failure of the type checker itself (our tooling) is shown as a warning but does not block the verdict.
  const solved = checksPassed && view.types !== undefined && diagnostics.length === 0;
  if (solved) {
    const next = nextReadyExercise(exercise);
    out.push(c.green(c.bold(`✅ Exercício ${exercise.id} resolvido!`)) + ` ${tests.length}/${tests.length} checks, sem erros de tipo.`);
    out.push(next ? `   Próximo: Exercício ${next.id} — ${next.title}. Tecle ${c.bold("n")} para ir até ele.` : "   Você chegou ao fim dos exercícios prontos. 🎉");
    out.push(c.dim(`   Compare com a solução de referência: npm run solucao ${exercise.id}`));
  } else if (checksPassed && view.types === undefined) {
    out.push(c.cyan("⏳ Os checks passaram; conferindo os tipos…"));
  } else {
    const ok = tests.filter((t) => t.state === "passed").length;
    out.push(c.yellow(c.bold("⏳ Ainda não resolvido")) + (tests.length ? c.dim(` (${ok}/${tests.length} checks passam)`) : ""));
    if (checksPassed && diagnostics.length) out.push("   Os checks passam, mas há erros de tipo: corrija-os (o TypeScript aponta arquivo:linha:coluna).");
    out.push(`   💡 Precisa de ajuda? Tecle ${c.bold("h")} para a próxima dica (ou npm run dica ${exercise.id}); os TODOs estão em ${files[0] ?? "exercises/"}.`);
  }
  if (view.hint) {
    out.push("", c.cyan(`💡 Dica ${view.hint.index}/${view.hint.total}:`) + ` ${view.hint.text}`);
    if (view.hint.index >= view.hint.total) out.push(c.dim("   Essa é a última dica. Releia a mensagem do check que falhou e o README do exercício."));
  }

  const seconds = (view.elapsedMs / 1000).toLocaleString("pt-BR", { minimumFractionDigits: 2, maximumFractionDigits: 2 });
  const mode = view.watcher.mode === "poll" ? `polling a cada 0,3 s: ${view.watcher.reason ?? "--poll"}` : "eventos do sistema";
  out.push("", rule(`execução ${view.runNumber}`));
  out.push(c.dim(`checks em ${seconds} s · vigiando ${view.watcher.files} arquivo${view.watcher.files === 1 ? "" : "s"} (${mode}) · salve para rodar de novo`));
  out.push(`${c.bold("[h]")} dica  ${c.bold("[n]")} próximo exercício  ${c.bold("[r]")} rodar de novo  ${c.bold("[q]")} sair`);
  return out.join("\n");
}

function stamp(files: string[]): string {
  return files
    .map((f) => {
      try {
        const s = fs.statSync(f);
        return `${s.mtimeMs}:${s.size}`;
      } catch {
        return "-";
      }
    })
    .join("|");
}

/** Runs the watch loop until the student quits; resolves with the exit code. */
export async function runWatch(options: WatchOptions): Promise<number> {
  const { root } = options;
  const input = options.input ?? process.stdin;
  const output = options.output ?? process.stdout;
  const write = (text: string) => void output.write(`${text}\n`);
  const debounceMs = options.debounceMs ?? DEFAULT_DEBOUNCE_MS;
  let exercise = options.exercise;

  if (exercise.status !== "ready") {
    write(`📘 Exercício ${exercise.id} — ${exercise.title}\nEste exercício ainda não foi escrito nesta versão do workbook; não há o que vigiar.`);
    return 0;
  }

  const checks = new WarmChecks({ root });
  const types = new WarmTypecheck(root);
  let watcher: FileWatcher | undefined;
  let files: string[] = [];
  let running = false;
  let timer: NodeJS.Timeout | undefined;
  let runNumber = 0;
  let generation = 0;
  let lastView: RunView | undefined;
  let typesWarm = false;
  let hint: RunView["hint"];
  let quitting = false;
  let resolveDone!: (code: number) => void;
  const done = new Promise<number>((resolve) => (resolveDone = resolve));

  const screen = (text: string) => {
    if (output.isTTY) output.write("\x1b[2J\x1b[3J\x1b[H");
    write(text);
  };

  const exerciseDir = () => path.join(root, "exercises");
  const pollReason = () => (options.poll ? "--poll" : pollingReason(exerciseDir()));

  function watch(): void {
    watcher?.close();
    files = exerciseFiles(exercise, exerciseDir());
    const reason = pollReason();
    watcher = watchFiles(files, () => schedule(), { poll: !!reason, reason });
  }

  function schedule(delay = debounceMs): void {
    if (running || quitting) return; // ignored; the end of the run compares the files (see runOnce)
    clearTimeout(timer);
    timer = setTimeout(() => void runOnce(), delay);
  }

  async function runOnce(): Promise<void> {
    if (running || quitting) return;
    running = true;
    clearTimeout(timer);
    const myGeneration = generation;
    const current = exercise;
    const before = stamp(files);
    const started = performance.now();
    runNumber++;
    if (!output.isTTY || !lastView) write(c.dim(`⏳ rodando os checks do exercício ${current.id}…`));
    else output.write(c.dim("\n⏳ rodando os checks…\n"));

    const tsFiles = files.filter((f) => /\.(c|m)?tsx?$/.test(f));
    const checkTypes = (): Promise<NonNullable<RunView["types"]>> =>
      types.check(tsFiles).then(
        (diagnostics) => ({ diagnostics }),
        (error: unknown) => ({ diagnostics: [], error: error instanceof Error ? error.message : String(error) }),
      );
    // Warm, the type check (~0.2 s) runs alongside the checks. Cold (~2-6 s of CPU), it would slow the first
    // run of the checks on a 2-core machine: then it starts after them, and its result is added when it comes.
    let typesPromise = typesWarm ? checkTypes() : undefined;
    let result: WarmRunResult;
    try {
      result = await checks.run(checkFile(current), files);
    } catch (error) {
      result = { results: [{ file: checkFile(current), tests: [], error: error instanceof Error ? error.message : String(error) }], logs: [], ms: 0 };
    }
    typesPromise ??= checkTypes();
    void typesPromise.then(() => (typesWarm = true));
    if (quitting || myGeneration !== generation) return staleRun();
    const view: RunView = {
      exercise: current,
      root,
      checks: result,
      hint,
      watcher: { mode: watcher?.mode ?? "events", reason: watcher?.reason, files: files.length },
      elapsedMs: performance.now() - started,
      runNumber,
    };
    const typed = await Promise.race([typesPromise, new Promise<undefined>((r) => setTimeout(() => r(undefined), 150))]);
    if (typed) view.types = typed;
    else screen(renderRun(view));
    view.types = await typesPromise;
    if (quitting || myGeneration !== generation) return staleRun();
    view.hint = hint; // a hint asked for during the run
    lastView = view;
    screen(renderRun(view));

    const tests = result.results.flatMap((r) => r.tests);
    const passed =
      !result.results.some((r) => r.error) && tests.length > 0 && tests.every((t) => t.state === "passed") && view.types.diagnostics.length === 0;
    try {
      updateProgress(root, current.id, (p) => ({ ...p, attempts: p.attempts + 1, passed, lastRun: new Date().toISOString() }));
    } catch {
      // progress is a convenience; never stop the watch for it
    }
    running = false;
    // A save during the run was ignored: if the files changed meanwhile, run once more now.
    if (stamp(files) !== before) schedule(0);
  }

  /** The student switched exercise (n) during a run: drop its result and run the new exercise. */
  function staleRun(): void {
    running = false;
    if (!quitting) void runOnce();
  }

  function showHint(): void {
    if (exercise.hints.length === 0) {
      write("Este exercício não tem dicas.");
      return;
    }
    const seen = readProgress(root).exercises[String(exercise.id)]?.hintsSeen ?? 0;
    const index = Math.min(seen + 1, exercise.hints.length);
    hint = { index, total: exercise.hints.length, text: exercise.hints[index - 1]! };
    try {
      updateProgress(root, exercise.id, (p) => ({ ...p, hintsSeen: Math.max(p.hintsSeen ?? 0, index) }));
    } catch {
      // ignore
    }
    if (lastView && !running) {
      lastView.hint = hint;
      screen(renderRun(lastView));
    } else write(`\n${c.cyan(`💡 Dica ${index}/${exercise.hints.length}:`)} ${hint.text}`);
  }

  function goNext(): void {
    const next = nextReadyExercise(exercise);
    if (!next) {
      write(c.dim("Não há próximo exercício pronto nesta versão do workbook."));
      return;
    }
    generation++;
    exercise = next;
    hint = undefined;
    lastView = undefined;
    watch();
    if (!running) void runOnce(); // otherwise the run in progress hands over when it ends (staleRun)
  }

  async function quit(code = 0): Promise<void> {
    if (quitting) return;
    quitting = true;
    clearTimeout(timer);
    watcher?.close();
    if (input.isTTY && input.setRawMode) input.setRawMode(false);
    input.pause();
    write(c.dim("\nSaindo do modo watch. Até a próxima!"));
    await Promise.allSettled([checks.close(), types.close()]);
    resolveDone(code);
  }

  function onKey(key: string): void {
    switch (key.toLowerCase()) {
      case "h":
        showHint();
        break;
      case "n":
        goNext();
        break;
      case "r":
        if (running) write(c.dim("Os checks já estão rodando…"));
        else void runOnce();
        break;
      case "q":
      case "\u0003": // Ctrl-C in raw mode
      case "\u0004": // Ctrl-D
        void quit(0);
        break;
      default:
        break;
    }
  }

  // Keys: raw mode on a terminal; one command per line otherwise (tests, editors' task runners).
  if (input.isTTY && input.setRawMode) {
    input.setRawMode(true);
    input.setEncoding?.("utf8");
    input.on("data", (chunk: string | Buffer) => {
      for (const ch of String(chunk)) onKey(ch);
    });
    input.resume();
  } else {
    const lines = readline.createInterface({ input, terminal: false });
    lines.on("line", (line) => {
      const key = line.trim();
      if (key) onKey(key[0]!);
    });
    lines.on("close", () => void quit(0));
  }
  const onSignal = () => void quit(130);
  process.once("SIGINT", onSignal);
  process.once("SIGTERM", onSignal);

  write(c.dim(`⏳ Preparando o modo watch do exercício ${exercise.id} (o primeiro resultado leva alguns segundos; os seguintes são rápidos)…`));
  watch();
  void runOnce();
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
