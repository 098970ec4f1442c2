/**
 * One student's result in the shape of exercism's test-runner results.json v3 (status pass/fail/error, tests
 * in file order with message, output ≤ 500 chars and task_id), plus score/max_score for partial credit:
 * built, purely, from what the checks reported and what the folder inspection found (grade-inspect.ts).
 * A syntax error or a missing folder overrides what the tests say; an exercise where nothing ran becomes one
 * error entry, so every graded exercise is in the report.
 */
import type { Exercise } from "../../curriculum.ts";
import { checkFile, folderName } from "../../lib/exercises.ts";
import type { CheckFileResult, CheckTestResult } from "./run-checks.ts";
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

/** What the inspection before the run found, per exercise id (see grade-inspect.ts). */
export interface InspectionInfo {
  syntax: Map<number, string>;
  present: Set<number>;
  durationMs: number;
  untouched?: Set<number>;
}

export const OUTPUT_LIMIT = 500;
/** Messages get more room than outputs: they carry the check's pt-BR explanation. */
const MESSAGE_LIMIT = 2000;

export function cap(text: string | undefined | null, limit = OUTPUT_LIMIT): string | null {
  if (text === undefined || text === null || text === "") return null;
  return text.length > limit ? `${text.slice(0, limit - 1)}…` : text;
}

/** Everything known about one exercise of one student before its tests are graded. */
interface ExerciseFacts {
  exercise: Exercise;
  syntax: string | undefined;
  missing: boolean;
  /** The whole run, or this exercise's check file, failed (not a single test). */
  runError: string | undefined;
  raws: CheckTestResult[];
  untouched: boolean;
}

function exerciseFacts(exercise: Exercise, raw: CheckFileResult[] | { error: string }, info: InspectionInfo): ExerciseFacts {
  const result = "error" in raw ? undefined : raw.find((r) => r.file === checkFile(exercise));
  return {
    exercise,
    syntax: info.syntax.get(exercise.id),
    missing: !info.present.has(exercise.id),
    // an error outside any check (the check file failed to load, a hook threw) arrives as the runtime wrote it, often in
    // English ("fetch failed"): the report says in pt-BR where it happened
    runError: "error" in raw ? raw.error : result?.error && `erro fora dos checks (ao carregar o arquivo de checks ou num preparo): ${result.error}`,
    raws: result?.tests ?? [],
    untouched: info.untouched?.has(exercise.id) ?? false,
  };
}

const notDelivered = (exercise: Exercise) => `não entregue: a pasta ${folderName(exercise)}/ não existe`;

function expectedReceived(test: CheckTestResult): string | null {
  const parts: string[] = [];
  if (typeof test.expected === "string") parts.push(`esperado: ${test.expected}`);
  if (typeof test.actual === "string") parts.push(`recebido: ${test.actual}`);
  return cap(parts.join("\n"));
}

/** One check as reported: a syntax error in the folder turns every test into an error. */
function gradeTest(t: CheckTestResult, facts: ExerciseFacts): GradedTest {
  const { exercise, syntax, missing } = facts;
  const status: Status = syntax ? "error" : t.state === "passed" ? "pass" : t.state === "failed" ? "fail" : "error";
  return {
    name: t.name,
    status,
    message: status === "pass" ? null : cap(syntax ?? (missing ? notDelivered(exercise) : t.message ?? `o check terminou como "${t.state}"`), MESSAGE_LIMIT),
    output: status === "pass" ? null : expectedReceived(t),
    task_id: exercise.id,
    score: status === "pass" ? 1 : 0,
    max_score: 1,
    duration_ms: Math.round(t.durationMs ?? 0),
  };
}

/** Nothing ran for this exercise (its check file did not load, the run crashed or timed out): one error entry. */
function nothingRanEntry({ exercise, syntax, runError }: ExerciseFacts): GradedTest {
  return {
    name: `Exercício ${exercise.id} — ${exercise.title}`,
    status: "error",
    message: cap(syntax ?? runError ?? "nenhum check rodou", MESSAGE_LIMIT),
    output: null,
    task_id: exercise.id,
    score: 0,
    max_score: 1,
    duration_ms: 0,
  };
}

function gradeTests(facts: ExerciseFacts): GradedTest[] {
  const tests = facts.raws.map((t) => gradeTest(t, facts));
  return tests.length ? tests : [nothingRanEntry(facts)];
}

function gradeExercise(facts: ExerciseFacts, tests: GradedTest[]): GradedExercise {
  const { exercise, syntax, missing, runError } = facts;
  const passed = tests.filter((t) => t.status === "pass").length;
  const nothingRan = facts.raws.length === 0;
  const status: Status = syntax || nothingRan ? "error" : passed === tests.length && !runError ? "pass" : "fail";
  const firstFailure = tests.find((t) => t.status !== "pass")?.message ?? null;
  return {
    id: exercise.id,
    slug: exercise.slug,
    title: exercise.title,
    status,
    message: status === "pass" ? null : cap(syntax ?? (missing ? notDelivered(exercise) : runError ?? firstFailure), MESSAGE_LIMIT),
    missing,
    not_started: !missing && facts.untouched,
    passed,
    total: tests.length,
    score: passed,
    max_score: tests.length,
    failing: tests.filter((t) => t.status !== "pass").map((t) => t.name),
    duration_ms: tests.reduce((sum, t) => sum + t.duration_ms, 0),
  };
}

/** Builds one student's result from the raw check results (pure: tests feed it fixtures). */
export function buildStudentResult(student: StudentDir, graded: Exercise[], raw: CheckFileResult[] | { error: string }, info: InspectionInfo): StudentResult {
  const tests: GradedTest[] = [];
  const exercisesOut: GradedExercise[] = [];
  for (const exercise of graded) {
    const facts = exerciseFacts(exercise, raw, info);
    const mine = gradeTests(facts);
    tests.push(...mine);
    exercisesOut.push(gradeExercise(facts, mine));
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
