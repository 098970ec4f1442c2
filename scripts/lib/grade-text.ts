/**
 * The human report of `npm run grade` (pt-BR): each student's exercises with a mark and why they failed,
 * a summary line per student (points, percent, exercises, time) and, for a class, what each exercise looked
 * like across students. Colours are passed in, so the same text goes plain into `--out` files.
 */
import type { GradedExercise, StudentResult } from "./grade-result.ts";

export interface Colours {
  green(s: string): string;
  red(s: string): string;
  yellow(s: string): string;
  dim(s: string): string;
  bold(s: string): string;
}

const seconds = (ms: number) => (ms / 1000).toLocaleString("pt-BR", { minimumFractionDigits: 1, maximumFractionDigits: 1 });
const percent = (score: number, max: number) => (max === 0 ? 0 : Math.round((score / max) * 100));
const markOf = (status: StudentResult["status"], c: Colours) => (status === "pass" ? c.green("✓") : status === "fail" ? c.red("✗") : c.yellow("!"));

/** The check that failed for most students who started the exercise (ties: alphabetical). */
function mostFailed(rows: GradedExercise[]): [string, number] | [] {
  const counts = new Map<string, number>();
  for (const e of rows) if (!e.not_started && !e.missing) for (const name of e.failing) counts.set(name, (counts.get(name) ?? 0) + 1);
  return [...counts.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0] ?? [];
}

/** Per exercise: how many students passed, how many did not start, and the check that failed most often. */
export function classSummary(results: StudentResult[], c: Colours): string[] {
  const out = ["", c.bold("Turma, por exercício")];
  const ids = [...new Set(results.flatMap((r) => r.exercises.map((e) => e.id)))].sort((a, b) => a - b);
  for (const id of ids) {
    const rows = results.map((r) => r.exercises.find((e) => e.id === id)).filter((e): e is GradedExercise => !!e);
    const passed = rows.filter((e) => e.status === "pass").length;
    const notStarted = rows.filter((e) => e.not_started || e.missing).length;
    const [worst, times] = mostFailed(rows);
    const slug = rows[0]?.slug ?? "";
    out.push(
      `  ${`${String(id).padStart(2, "0")} ${slug}`.padEnd(30)} ${String(percent(passed, rows.length)).padStart(3)} % passaram (${passed}/${rows.length})` +
        (notStarted ? c.dim(`, ${notStarted} não iniciado${notStarted === 1 ? "" : "s"}`) : "") +
        (worst ? c.dim(`; check que mais falhou (${times}×): ${worst}`) : ""),
    );
  }
  return out;
}

/** Why an exercise got its mark: time when it passed, the error, "não entregue/iniciado" or the first failing check. */
function exerciseDetail(e: GradedExercise, c: Colours): string {
  if (e.status === "pass") return c.dim(`${seconds(e.duration_ms)} s`);
  if (e.status === "error") return c.yellow(`erro: ${(e.message ?? "").split("\n")[0]}`);
  if (e.missing) return c.red("não entregue");
  if (e.not_started) return c.dim("não iniciado");
  return c.red(`falhou: ${e.failing[0] ?? "?"}${e.failing.length > 1 ? ` (+${e.failing.length - 1})` : ""}`);
}

function studentBlock(r: StudentResult, c: Colours): string[] {
  const out = ["", c.bold(`${r.student}`) + c.dim(`  (${r.dir})`)];
  for (const e of r.exercises) {
    const label = `${String(e.id).padStart(2, "0")} ${e.slug}`;
    out.push(`  ${markOf(e.status, c)} ${label.padEnd(30)} ${`${e.passed}/${e.total} checks`.padEnd(12)} ${exerciseDetail(e, c)}`);
  }
  return out;
}

function summaryLine(r: StudentResult, width: number, c: Colours): string {
  return (
    `  ${markOf(r.status, c)} ${r.student.padEnd(width)}  ${`${r.score}/${r.max_score} pontos`.padEnd(15)} ${String(percent(r.score, r.max_score)).padStart(3)} %   ` +
    `${r.exercises_passed}/${r.exercises_total} exercícios   ${c.dim(`${seconds(r.duration_ms)} s`)}` +
    (r.status === "error" && r.message ? c.yellow(`   ${r.message.split("\n")[0]}`) : "")
  );
}

export function toText(results: StudentResult[], c: Colours): string {
  const width = Math.max(5, ...results.map((r) => r.student.length));
  const out = results.flatMap((r) => studentBlock(r, c));
  out.push("", c.bold("Resumo"), ...results.map((r) => summaryLine(r, width, c)));
  if (results.length > 1) out.push(...classSummary(results, c));
  out.push(c.dim("\nPontos: 1 por check que passa. Corrigido no modo lab (nenhuma chave de API foi usada)."));
  return `${out.join("\n")}\n`;
}
