/**
 * The student's progress: `.workbook/progresso.json`, small and git-friendly, written only by
 * `updateProgress`. Passing checks is the truth; this file only remembers what happened.
 */
import fs from "node:fs";
import path from "node:path";

export interface ExerciseProgress {
  attempts: number;
  passed: boolean;
  lastRun?: string;
  /** How many hints were shown (npm run dica). */
  hintsSeen?: number;
  /** The solution was opened with --force before passing. */
  solutionForced?: boolean;
}

export interface Progress {
  /** Written by the workbook's scripts; do not edit by hand. */
  _aviso: string;
  version: 1;
  exercises: Record<string, ExerciseProgress>;
}

const WARNING = "Arquivo gerado pelos scripts do workbook (npm run ex:N, dica, progresso). Pode levar para outra máquina; não edite à mão.";

export function progressFile(root: string): string {
  return path.join(root, ".workbook", "progresso.json");
}

export function readProgress(root: string): Progress {
  try {
    const parsed = JSON.parse(fs.readFileSync(progressFile(root), "utf8")) as Progress;
    if (parsed && parsed.version === 1 && typeof parsed.exercises === "object") return parsed;
  } catch {
    // Missing or unreadable: start fresh (the checks are the truth anyway).
  }
  return { _aviso: WARNING, version: 1, exercises: {} };
}

export function updateProgress(root: string, id: number, change: (current: ExerciseProgress) => ExerciseProgress): Progress {
  const progress = readProgress(root);
  const key = String(id);
  progress.exercises[key] = change(progress.exercises[key] ?? { attempts: 0, passed: false });
  const file = progressFile(root);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  // Temp file + rename: the watch mode and `npm run dica` in another terminal never see half a file.
  const body = `${JSON.stringify({ ...progress, _aviso: WARNING }, null, 2)}\n`;
  const temp = `${file}.${process.pid}.tmp`;
  fs.writeFileSync(temp, body);
  try {
    fs.renameSync(temp, file);
  } catch {
    // Windows may refuse to replace a file another program holds open: write in place instead.
    fs.writeFileSync(file, body);
    fs.rmSync(temp, { force: true });
  }
  return progress;
}
