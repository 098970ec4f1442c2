/**
 * The per-student run of `npm run grade`: inspect the folder (grade-inspect.ts), then run each exercise's
 * check file in a fresh sandbox (sandbox.ts) so a hang or crash costs only that exercise, always in lab mode
 * with the grader's keys removed, and build the result (grade-result.ts). Never throws.
 */
import fs from "node:fs";
import path from "node:path";
import type { Exercise } from "../../curriculum.ts";
import { exercises } from "../../curriculum.ts";
import { checkFile, folderName } from "../../lib/exercises.ts";
import { inspectStudent, type Inspection } from "./grade-inspect.ts";
import { buildStudentResult, type StudentResult } from "./grade-result.ts";
import type { CheckFileResult } from "./run-checks.ts";
import { createWorkspace, linksOutside, removeWorkspace, runIsolated, type Workspace } from "./sandbox.ts";
import { sandboxUser, type Isolation } from "./sandbox-user.ts";
import type { StudentDir } from "./student-dirs.ts";

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

/** Solutions the capstone's given wiring imports through #solucoes (02–09): present only when 11 is graded. */
function solutionFoldersFor(root: string, exercise: Exercise): string[] {
  if (exercise.id !== 11) return [];
  return fs
    .readdirSync(path.join(root, "solutions"))
    .filter((f) => /^(0[2-9])-/.test(f));
}

/** What one student's sandboxes share: the exercise folders copied into each (links out are never copied). */
interface StudentRun {
  student: StudentDir;
  options: GradeOptions;
  isolation: Isolation;
  allFolders: string[];
}

/** One exercise's check file in a fresh sandbox, removed afterwards whatever happened. */
async function runExercise(run: StudentRun, exercise: Exercise): Promise<CheckFileResult[]> {
  const { student, options, isolation, allFolders } = run;
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
    return "error" in outcome ? [{ file: checkFile(exercise), tests: [], error: outcome.error }] : outcome;
  } catch (error) {
    return [{ file: checkFile(exercise), tests: [], error: `não consegui preparar a correção: ${error instanceof Error ? error.message : String(error)}` }];
  } finally {
    if (ws) removeWorkspace(ws);
  }
}

/** The graded exercises one at a time: refused and missing folders are reported without running anything. */
async function runExercises(student: StudentDir, options: GradeOptions, found: Inspection): Promise<CheckFileResult[]> {
  const isolation = sandboxUser(options.slot ?? 1);
  const allFolders = exercises.map(folderName).filter((f) => fs.existsSync(path.join(student.dir, f)) && linksOutside(path.join(student.dir, f)).length === 0);
  const run: StudentRun = { student, options, isolation, allFolders };
  const collected: CheckFileResult[] = [];
  for (const exercise of options.exercises) {
    if (found.refused.has(exercise.id)) collected.push({ file: checkFile(exercise), tests: [], error: found.refused.get(exercise.id) });
    else if (!found.present.has(exercise.id)) collected.push({ file: checkFile(exercise), tests: [] });
    else collected.push(...(await runExercise(run, exercise)));
  }
  return collected;
}

/** Runs the checks for one student, one exercise at a time, each in a fresh sandbox. Never throws. */
export async function gradeStudent(student: StudentDir, options: GradeOptions): Promise<StudentResult> {
  const started = performance.now();
  const found = inspectStudent(options.root, student, options.exercises);
  const raw = student.problem ? { error: student.problem } : await runExercises(student, options, found);
  const { syntax, present, untouched } = found;
  return buildStudentResult(student, options.exercises, raw, { syntax, present, untouched, durationMs: performance.now() - started });
}
