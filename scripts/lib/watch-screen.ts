/**
 * The watch mode's screen: what one run produced (`RunView`) rendered as text. Pure: the tests render it
 * without a terminal, and the loop (watch.ts) only clears the screen and prints it.
 */
import path from "node:path";
import { exercises, type Exercise } from "../../curriculum.ts";
import { exerciseFiles } from "../../lib/exercises.ts";
import type { TypeDiagnostic } from "../../lib/typecheck.ts";
import { c, rule } from "../../lib/cli/colors.ts";
import { invisibleDifference } from "./differences.ts";
import type { CheckTestResult } from "./run-checks.ts";
import { describeCheckFailure, findSyntaxProblem, renderSyntaxProblem } from "./verdict.ts";
import type { WarmRunResult } from "./warm-checks.ts";

/** The type check's outcome; `error` when the checker itself failed (shown as a warning, never blocks). */
export interface TypesResult {
  diagnostics: TypeDiagnostic[];
  error?: string;
}

export interface WatcherInfo {
  mode: "events" | "poll";
  reason?: string;
  files: number;
}

export interface Hint {
  index: number;
  total: number;
  text: string;
}

/** What one run produced, for `renderRun`. */
export interface RunView {
  exercise: Exercise;
  root: string;
  checks: WarmRunResult;
  /** undefined while the type check is still running. */
  types?: TypesResult;
  hint?: Hint;
  watcher: WatcherInfo;
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
