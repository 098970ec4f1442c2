/**
 * The student's progress: `.workbook/progresso.json`, small and git-friendly, written only by
 * `updateProgress`. Passing checks is the truth; this file only remembers what happened, so a broken
 * or unwritable file never stops a command: it is read as empty, kept aside before being replaced,
 * and a write that fails is reported in pt-BR and skipped.
 */
import fs from "node:fs";
import path from "node:path";
import { describeWriteError, displayPath, keepInvalidCopy, stateDir, writeFileAtomic } from "./cli/state.ts";

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

/** "invalid": not JSON, or not the shape above (e.g. `"exercises": null`). */
export type ProgressStatus = "ok" | "missing" | "invalid";

const WARNING = "Arquivo gerado pelos scripts do workbook (npm run ex:N, dica, progresso). Pode levar para outra máquina; não edite à mão.";

export function progressFile(root: string): string {
  return path.join(stateDir(root), "progresso.json");
}

const empty = (): Progress => ({ _aviso: WARNING, version: 1, exercises: {} });
const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null && !Array.isArray(v);
const count = (v: unknown) => (typeof v === "number" && Number.isInteger(v) && v >= 0 ? v : undefined);

/** One entry with wrong fields dropped (a hand edit must not turn `attempts + 1` into "abc1"). */
function cleanEntry(raw: unknown): ExerciseProgress | undefined {
  if (!isRecord(raw)) return undefined;
  const entry: ExerciseProgress = { attempts: count(raw.attempts) ?? 0, passed: raw.passed === true };
  if (typeof raw.lastRun === "string") entry.lastRun = raw.lastRun;
  const hints = count(raw.hintsSeen);
  if (hints !== undefined) entry.hintsSeen = hints;
  if (raw.solutionForced === true) entry.solutionForced = true;
  return entry;
}

/** Reads and validates; never throws. */
export function loadProgress(root: string): { progress: Progress; status: ProgressStatus } {
  let text: string;
  try {
    text = fs.readFileSync(progressFile(root), "utf8");
  } catch {
    return { progress: empty(), status: "missing" };
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return { progress: empty(), status: "invalid" };
  }
  if (!isRecord(parsed) || parsed.version !== 1 || !isRecord(parsed.exercises)) return { progress: empty(), status: "invalid" };
  const progress = empty();
  for (const [id, raw] of Object.entries(parsed.exercises)) {
    const entry = cleanEntry(raw);
    if (/^\d+$/.test(id) && entry) progress.exercises[id] = entry;
  }
  return { progress, status: "ok" };
}

export function readProgress(root: string): Progress {
  return loadProgress(root).progress;
}

export interface UpdateOptions {
  /** Where pt-BR warnings go (default: stderr). */
  warn?: (message: string) => void;
}

/**
 * Applies `change` to one exercise's entry and saves. An unreadable file is copied aside (pt-BR warning)
 * before being replaced; a failed write (read-only file or folder, full disk) is reported and skipped,
 * leaving no temp file behind. Never throws: the checks' verdict matters more than this file.
 */
export function updateProgress(
  root: string,
  id: number,
  change: (current: ExerciseProgress) => ExerciseProgress,
  { warn = (m) => console.error(m) }: UpdateOptions = {},
): Progress {
  const { progress, status } = loadProgress(root);
  const key = String(id);
  progress.exercises[key] = change(progress.exercises[key] ?? { attempts: 0, passed: false });
  const file = progressFile(root);
  const body = `${JSON.stringify({ ...progress, _aviso: WARNING }, null, 2)}\n`;
  try {
    if (status === "invalid") {
      const backup = keepInvalidCopy(file);
      warn(`⚠️  ${displayPath(root, file)} estava ilegível; guardei uma cópia em ${displayPath(root, backup)} e recomecei o registro (os checks continuam sendo a verdade).`);
    }
    writeFileAtomic(file, body);
  } catch (error) {
    warn(`⚠️  Não consegui salvar o progresso em ${displayPath(root, file)} (${describeWriteError(error)}); o resultado acima continua valendo, só não ficou registrado. Confira as permissões da pasta .workbook/.`);
  }
  return progress;
}
