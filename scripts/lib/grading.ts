/**
 * Grading students' folders (`npm run grade`): runs the checks against each student in isolation (one
 * vitest child per student, so one broken folder never stops the others), always in lab mode with the
 * grader's keys removed, and builds the results in the shape of exercism's test-runner results.json v3
 * (status pass/fail/error, tests in file order with message, output ≤ 500 chars and task_id), plus
 * score/max_score for partial credit. Formatters for text, JSON, CSV and JUnit XML live here too.
 */
import fs from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import type ts from "typescript";
import type { Exercise } from "../../curriculum.ts";
import { checkFile, folderName } from "../../lib/exercises.ts";
import { SECRET_VARIABLES } from "../../lib/secrets.ts";
import { exercises } from "../../curriculum.ts";
import { normalize, readSnapshot, snapshotKey, type PristineSnapshot } from "./pristine.ts";
import type { CheckFileResult } from "./run-checks.ts";
import { createWorkspace, linksOutside, removeWorkspace, runIsolated, sandboxUser, type Workspace } from "./sandbox.ts";
import type { StudentDir } from "./student-dirs.ts";

export type Status = "pass" | "fail" | "error";

export interface GradedTest {
  name: string;
  status: Status;
  message: string | null;
  /** What the check printed or received, at most 500 characters (exercism's limit). */
  output: string | null;
  /** The exercise number: links the test to the task (exercise) it grades. */
  task_id: number;
  score: number;
  max_score: number;
  duration_ms: number;
}

export interface GradedExercise {
  id: number;
  slug: string;
  title: string;
  status: Status;
  message: string | null;
  /** The exercise folder was not in the student's folder. */
  missing: boolean;
  /** Every file the student edits is still the pristine stub ("não iniciado"). */
  not_started: boolean;
  passed: number;
  total: number;
  score: number;
  max_score: number;
  failing: string[];
  duration_ms: number;
}

export interface StudentResult {
  /** exercism results.json version. */
  version: 3;
  status: Status;
  message: string | null;
  student: string;
  dir: string;
  score: number;
  max_score: number;
  exercises_passed: number;
  exercises_total: number;
  duration_ms: number;
  exercises: GradedExercise[];
  tests: GradedTest[];
}

export const OUTPUT_LIMIT = 500;

export function cap(text: string | undefined | null, limit = OUTPUT_LIMIT): string | null {
  if (text === undefined || text === null || text === "") return null;
  return text.length > limit ? `${text.slice(0, limit - 1)}…` : text;
}

/** The grader's environment minus every key: nothing a student's code runs can spend it. */
export function gradingEnv(base: NodeJS.ProcessEnv = process.env): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...base, WORKBOOK_MODE: "lab", FORCE_COLOR: "0" };
  // Empty (not deleted): dotenv never fills a variable that exists, so the grader's .env cannot put a key back.
  for (const name of [...SECRET_VARIABLES, "LANGSMITH_ENDPOINT", "LANGCHAIN_ENDPOINT", "OPENAI_BASE_URL", "GEMINI_BASE_URL", "LAB_URL"]) env[name] = "";
  return env;
}

// TypeScript is loaded only when a folder is actually graded (it costs ~0.5 s; usage errors stay instant).
let typescript: typeof ts | undefined;
const loadTypescript = () => (typescript ??= createRequire(import.meta.url)("typescript") as typeof ts);

/** First syntax error of the exercise's TypeScript/JavaScript files in the student's folder. */
export function syntaxError(exerciseDir: string, exercise: Exercise): string | undefined {
  const ts = loadTypescript();
  for (const file of exercise.files.filter((f) => /\.(c|m)?(t|j)sx?$/.test(f))) {
    const full = path.join(exerciseDir, file);
    if (!fs.existsSync(full)) continue;
    const text = fs.readFileSync(full, "utf8");
    const { diagnostics } = ts.transpileModule(text, {
      fileName: full,
      reportDiagnostics: true,
      compilerOptions: { target: ts.ScriptTarget.ES2022, module: ts.ModuleKind.ESNext, isolatedModules: true },
    });
    const d = diagnostics?.find((x) => x.category === ts.DiagnosticCategory.Error && x.file);
    if (d && d.file) {
      const { line, character } = d.file.getLineAndCharacterOfPosition(d.start ?? 0);
      return `erro de sintaxe em ${folderName(exercise)}/${file}:${line + 1}:${character + 1} — ${ts.flattenDiagnosticMessageText(d.messageText, " ")}`;
    }
  }
  return undefined;
}

function expectedReceived(test: CheckFileResult["tests"][number]): string | null {
  const parts: string[] = [];
  if (typeof test.expected === "string") parts.push(`esperado: ${test.expected}`);
  if (typeof test.actual === "string") parts.push(`recebido: ${test.actual}`);
  return cap(parts.join("\n"));
}

/** Builds one student's result from the raw check results (pure: tests feed it fixtures). */
export function buildStudentResult(
  student: StudentDir,
  graded: Exercise[],
  raw: CheckFileResult[] | { error: string },
  info: { syntax: Map<number, string>; present: Set<number>; durationMs: number; untouched?: Set<number> },
): StudentResult {
  const tests: GradedTest[] = [];
  const exercisesOut: GradedExercise[] = [];
  for (const exercise of graded) {
    const result = "error" in raw ? undefined : raw.find((r) => r.file === checkFile(exercise));
    const syntax = info.syntax.get(exercise.id);
    const missing = !info.present.has(exercise.id);
    const runError = "error" in raw ? raw.error : result?.error;
    const raws = result?.tests ?? [];
    const mine: GradedTest[] = raws.map((t) => {
      const status: Status = syntax ? "error" : t.state === "passed" ? "pass" : t.state === "failed" ? "fail" : "error";
      return {
        name: t.name,
        status,
        message: status === "pass" ? null : cap(syntax ?? (missing ? `não entregue: a pasta ${folderName(exercise)}/ não existe` : t.message ?? `o check terminou como "${t.state}"`), 2000),
        output: status === "pass" ? null : expectedReceived(t),
        task_id: exercise.id,
        score: status === "pass" ? 1 : 0,
        max_score: 1,
        duration_ms: Math.round(t.durationMs ?? 0),
      };
    });
    if (mine.length === 0) {
      // Nothing ran for this exercise (its check file did not load, the run crashed or timed out): one error entry.
      mine.push({
        name: `Exercício ${exercise.id} — ${exercise.title}`,
        status: "error",
        message: cap(syntax ?? runError ?? "nenhum check rodou", 2000),
        output: null,
        task_id: exercise.id,
        score: 0,
        max_score: 1,
        duration_ms: 0,
      });
    }
    tests.push(...mine);
    const passed = mine.filter((t) => t.status === "pass").length;
    const nothingRan = raws.length === 0;
    const status: Status = syntax || nothingRan ? "error" : passed === mine.length && !runError ? "pass" : "fail";
    exercisesOut.push({
      id: exercise.id,
      slug: exercise.slug,
      title: exercise.title,
      status,
      message: status === "pass" ? null : cap(syntax ?? (missing ? `não entregue: a pasta ${folderName(exercise)}/ não existe` : runError ?? mine.find((t) => t.status !== "pass")?.message ?? null), 2000),
      missing,
      not_started: !missing && (info.untouched?.has(exercise.id) ?? false),
      passed,
      total: mine.length,
      score: passed,
      max_score: mine.length,
      failing: mine.filter((t) => t.status !== "pass").map((t) => t.name),
      duration_ms: mine.reduce((sum, t) => sum + t.duration_ms, 0),
    });
  }
  const allError = exercisesOut.length > 0 && exercisesOut.every((e) => e.status === "error");
  const status: Status = student.problem || allError ? "error" : exercisesOut.every((e) => e.status === "pass") ? "pass" : "fail";
  return {
    version: 3,
    status,
    message: student.problem ?? (allError ? exercisesOut.map((e) => `${e.id}: ${e.message}`).join("\n") : null),
    student: student.name,
    dir: student.dir,
    score: tests.reduce((s, t) => s + t.score, 0),
    max_score: tests.reduce((s, t) => s + t.max_score, 0),
    exercises_passed: exercisesOut.filter((e) => e.status === "pass").length,
    exercises_total: exercisesOut.length,
    duration_ms: Math.round(info.durationMs),
    exercises: exercisesOut,
    tests,
  };
}

export interface GradeOptions {
  root: string;
  exercises: Exercise[];
  /** Per exercise (default 180 s): a hang in one exercise costs only that exercise. */
  timeoutMs?: number;
  /** Heap cap of each run, in MB (default 768). */
  memoryMb?: number;
  /** Parallel slot (1…jobs): each slot has its own sandbox user. */
  slot?: number;
}

/** True when every file the student edits in this exercise is still the pristine stub. */
export function isUntouched(exerciseDir: string, exercise: Exercise, snapshot: PristineSnapshot | undefined): boolean {
  if (!snapshot) return false;
  return exercise.files.every((file) => {
    const original = snapshot.files[snapshotKey(exercise, file)];
    const full = path.join(exerciseDir, file);
    if (original === undefined || !fs.existsSync(full)) return false;
    return normalize(fs.readFileSync(full, "utf8")) === original;
  });
}

/** Solutions the capstone's given wiring imports through #solucoes (02–09): present only when 11 is graded. */
function solutionFoldersFor(root: string, exercise: Exercise): string[] {
  if (exercise.id !== 11) return [];
  return fs
    .readdirSync(path.join(root, "solutions"))
    .filter((f) => /^(0[2-9])-/.test(f));
}

/** Runs the checks for one student, one exercise at a time, each in a fresh sandbox. Never throws. */
export async function gradeStudent(student: StudentDir, options: GradeOptions): Promise<StudentResult> {
  const started = performance.now();
  const graded = options.exercises;
  const syntax = new Map<number, string>();
  const present = new Set<number>();
  const refused = new Map<number, string>();
  const untouched = new Set<number>();
  const snapshot = readSnapshot(options.root);
  for (const exercise of graded) {
    const dir = path.join(student.dir, folderName(exercise));
    if (fs.existsSync(dir)) present.add(exercise.id);
    if (student.problem || !present.has(exercise.id)) continue;
    const outside = linksOutside(dir);
    if (outside.length === 0 && isUntouched(dir, exercise, snapshot)) untouched.add(exercise.id);
    if (outside.length) {
      refused.set(exercise.id, `recusado: ${outside.map((f) => `${folderName(exercise)}/${f}`).join(", ")} é um link que aponta para fora da pasta do aluno (entregue arquivos, não links)`);
      continue;
    }
    try {
      const error = syntaxError(dir, exercise);
      if (error) syntax.set(exercise.id, error);
    } catch {
      // unreadable file: the checks will say it
    }
  }
  let raw: CheckFileResult[] | { error: string };
  if (student.problem) raw = { error: student.problem };
  else {
    const isolation = sandboxUser(options.slot ?? 1);
    const allFolders = exercises.map(folderName).filter((f) => fs.existsSync(path.join(student.dir, f)) && linksOutside(path.join(student.dir, f)).length === 0);
    const collected: CheckFileResult[] = [];
    for (const exercise of graded) {
      if (refused.has(exercise.id)) {
        collected.push({ file: checkFile(exercise), tests: [], error: refused.get(exercise.id) });
        continue;
      }
      if (!present.has(exercise.id)) {
        collected.push({ file: checkFile(exercise), tests: [] });
        continue;
      }
      let ws: Workspace | undefined;
      try {
        ws = createWorkspace(options.root, student.dir, allFolders, solutionFoldersFor(options.root, exercise), isolation);
        const outcome = await runIsolated({
          root: options.root,
          ws,
          isolation,
          checkFiles: [checkFile(exercise)],
          timeoutMs: options.timeoutMs ?? 180_000,
          memoryMb: options.memoryMb ?? 768,
        });
        if ("error" in outcome) collected.push({ file: checkFile(exercise), tests: [], error: outcome.error });
        else collected.push(...outcome);
      } catch (error) {
        collected.push({ file: checkFile(exercise), tests: [], error: `não consegui preparar a correção: ${error instanceof Error ? error.message : String(error)}` });
      } finally {
        if (ws) removeWorkspace(ws);
      }
    }
    raw = collected;
  }
  return buildStudentResult(student, graded, raw, { syntax, present, untouched, durationMs: performance.now() - started });
}

// ---------------------------------------------------------------- formatters

const seconds = (ms: number) => (ms / 1000).toLocaleString("pt-BR", { minimumFractionDigits: 1, maximumFractionDigits: 1 });
const percent = (score: number, max: number) => (max === 0 ? 0 : Math.round((score / max) * 100));

export function toJson(results: StudentResult[], single: boolean): string {
  if (single && results.length === 1) return `${JSON.stringify(results[0], null, 2)}\n`;
  const status: Status = results.every((r) => r.status === "pass") ? "pass" : results.every((r) => r.status === "error") ? "error" : "fail";
  return `${JSON.stringify({ version: 3, status, students: results }, null, 2)}\n`;
}

function csvCell(value: string | number): string {
  const text = String(value);
  return /[",\n\r;]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function toCsv(results: StudentResult[]): string {
  const header = ["aluno", "exercicio", "slug", "status", "checks_ok", "checks_total", "pontos", "pontos_max", "tempo_s", "falhas", "mensagem"];
  const rows = results.flatMap((r) =>
    r.exercises.map((e) =>
      [r.student, e.id, e.slug, e.status, e.passed, e.total, e.score, e.max_score, (e.duration_ms / 1000).toFixed(2), e.failing.join(" | "), (e.message ?? "").split("\n")[0]!.slice(0, 300)]
        .map(csvCell)
        .join(","),
    ),
  );
  return `${[header.join(","), ...rows].join("\n")}\n`;
}

const xml = (text: string) =>
  text
    // characters XML 1.0 cannot carry at all
    // eslint-disable-next-line no-control-regex
    .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F]/g, "")
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;");

export function toJunit(results: StudentResult[]): string {
  const lines = ['<?xml version="1.0" encoding="UTF-8"?>'];
  const all = results.flatMap((r) => r.tests);
  const count = (s: Status) => all.filter((t) => t.status === s).length;
  const total = results.reduce((s, r) => s + r.duration_ms, 0) / 1000;
  lines.push(`<testsuites name="npm run grade" tests="${all.length}" failures="${count("fail")}" errors="${count("error")}" time="${total.toFixed(3)}">`);
  for (const r of results) {
    for (const e of r.exercises) {
      const tests = r.tests.filter((t) => t.task_id === e.id);
      const suite = `${r.student}/${String(e.id).padStart(2, "0")}-${e.slug}`;
      lines.push(
        `  <testsuite name="${xml(suite)}" tests="${tests.length}" failures="${tests.filter((t) => t.status === "fail").length}" errors="${tests.filter((t) => t.status === "error").length}" time="${(e.duration_ms / 1000).toFixed(3)}">`,
      );
      for (const t of tests) {
        const open = `    <testcase classname="${xml(`${r.student}.${String(e.id).padStart(2, "0")}-${e.slug}`)}" name="${xml(t.name)}" time="${(t.duration_ms / 1000).toFixed(3)}"`;
        if (t.status === "pass") {
          lines.push(`${open}/>`);
          continue;
        }
        const tag = t.status === "fail" ? "failure" : "error";
        const body = [t.message, t.output].filter(Boolean).join("\n");
        lines.push(`${open}>`, `      <${tag} message="${xml((t.message ?? "").split("\n")[0]!.slice(0, 300))}">${xml(body)}</${tag}>`, "    </testcase>");
      }
      lines.push("  </testsuite>");
    }
  }
  lines.push("</testsuites>");
  return `${lines.join("\n")}\n`;
}

export interface Colours {
  green(s: string): string;
  red(s: string): string;
  yellow(s: string): string;
  dim(s: string): string;
  bold(s: string): string;
}

/** Per exercise: how many students passed, how many did not start, and the check that failed most often. */
export function classSummary(results: StudentResult[], c: Colours): string[] {
  const out = ["", c.bold("Turma, por exercício")];
  const ids = [...new Set(results.flatMap((r) => r.exercises.map((e) => e.id)))].sort((a, b) => a - b);
  for (const id of ids) {
    const rows = results.map((r) => r.exercises.find((e) => e.id === id)).filter((e): e is GradedExercise => !!e);
    const passed = rows.filter((e) => e.status === "pass").length;
    const notStarted = rows.filter((e) => e.not_started || e.missing).length;
    const counts = new Map<string, number>();
    for (const e of rows) if (!e.not_started && !e.missing) for (const name of e.failing) counts.set(name, (counts.get(name) ?? 0) + 1);
    const [worst, times] = [...counts.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0] ?? [];
    const slug = rows[0]?.slug ?? "";
    out.push(
      `  ${`${String(id).padStart(2, "0")} ${slug}`.padEnd(30)} ${String(percent(passed, rows.length)).padStart(3)} % passaram (${passed}/${rows.length})` +
        (notStarted ? c.dim(`, ${notStarted} não iniciado${notStarted === 1 ? "" : "s"}`) : "") +
        (worst ? c.dim(`; check que mais falhou (${times}×): ${worst}`) : ""),
    );
  }
  return out;
}

export function toText(results: StudentResult[], c: Colours): string {
  const out: string[] = [];
  const width = Math.max(5, ...results.map((r) => r.student.length));
  for (const r of results) {
    out.push("");
    out.push(c.bold(`${r.student}`) + c.dim(`  (${r.dir})`));
    for (const e of r.exercises) {
      const mark = e.status === "pass" ? c.green("✓") : e.status === "fail" ? c.red("✗") : c.yellow("!");
      const label = `${String(e.id).padStart(2, "0")} ${e.slug}`;
      const detail =
        e.status === "pass"
          ? c.dim(`${seconds(e.duration_ms)} s`)
          : e.status === "error"
            ? c.yellow(`erro: ${(e.message ?? "").split("\n")[0]}`)
            : e.missing
              ? c.red("não entregue")
              : e.not_started
                ? c.dim("não iniciado")
              : c.red(`falhou: ${e.failing[0] ?? "?"}${e.failing.length > 1 ? ` (+${e.failing.length - 1})` : ""}`);
      out.push(`  ${mark} ${label.padEnd(30)} ${`${e.passed}/${e.total} checks`.padEnd(12)} ${detail}`);
    }
  }
  out.push("", c.bold("Resumo"));
  for (const r of results) {
    const mark = r.status === "pass" ? c.green("✓") : r.status === "fail" ? c.red("✗") : c.yellow("!");
    out.push(
      `  ${mark} ${r.student.padEnd(width)}  ${`${r.score}/${r.max_score} pontos`.padEnd(15)} ${String(percent(r.score, r.max_score)).padStart(3)} %   ` +
        `${r.exercises_passed}/${r.exercises_total} exercícios   ${c.dim(`${seconds(r.duration_ms)} s`)}` +
        (r.status === "error" && r.message ? c.yellow(`   ${r.message.split("\n")[0]}`) : ""),
    );
  }
  if (results.length > 1) out.push(...classSummary(results, c));
  out.push(c.dim("\nPontos: 1 por check que passa. Corrigido no modo lab (nenhuma chave de API foi usada)."));
  return `${out.join("\n")}\n`;
}
