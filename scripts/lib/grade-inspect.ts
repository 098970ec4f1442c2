/**
 * Looking at a student's folder before any check runs: which exercise folders are there, which are still the
 * pristine stubs ("não iniciado"), which hold a link that points outside the student's folder (refused, never
 * run), and the first syntax error of each (reported as such, instead of a wall of failing checks).
 */
import fs from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import type ts from "typescript";
import type { Exercise } from "../../curriculum.ts";
import { folderName } from "../../lib/exercises.ts";
import { normalize, readSnapshot, snapshotKey, type PristineSnapshot } from "./pristine.ts";
import { linksOutside } from "./sandbox.ts";
import type { StudentDir } from "./student-dirs.ts";

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

/** What the inspection found, per exercise id. */
export interface Inspection {
  present: Set<number>;
  untouched: Set<number>;
  syntax: Map<number, string>;
  /** Exercises not run, with the pt-BR reason (a link pointing outside the student's folder). */
  refused: Map<number, string>;
}

const refusal = (exercise: Exercise, outside: string[]) =>
  `recusado: ${outside.map((f) => `${folderName(exercise)}/${f}`).join(", ")} é um link que aponta para fora da pasta do aluno (entregue arquivos, não links)`;

/** Inspects each graded exercise folder of the student (nothing at all when the student folder has a problem). */
export function inspectStudent(root: string, student: StudentDir, graded: Exercise[]): Inspection {
  const found: Inspection = { present: new Set(), untouched: new Set(), syntax: new Map(), refused: new Map() };
  const snapshot = readSnapshot(root);
  for (const exercise of graded) {
    const dir = path.join(student.dir, folderName(exercise));
    if (fs.existsSync(dir)) found.present.add(exercise.id);
    if (student.problem || !found.present.has(exercise.id)) continue;
    const outside = linksOutside(dir);
    if (outside.length) {
      found.refused.set(exercise.id, refusal(exercise, outside));
      continue;
    }
    if (isUntouched(dir, exercise, snapshot)) found.untouched.add(exercise.id);
    try {
      const error = syntaxError(dir, exercise);
      if (error) found.syntax.set(exercise.id, error);
    } catch {
      // unreadable file: the checks will say it
    }
  }
  return found;
}
