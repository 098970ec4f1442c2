/**
 * Backups of a student's exercise files in `.workbook/backups/NN-slug/<data-hora>/`, taken before
 * `npm run reset N` overwrites them (and before `--desfazer` overwrites the stub back), with a small
 * backup.json that says what kind of backup it is and which files did not exist.
 */
import fs from "node:fs";
import path from "node:path";
import type { Exercise } from "../../curriculum.ts";
import { folderName } from "../../lib/exercises.ts";
import { stateDir } from "../../lib/cli/state.ts";

export type BackupKind = "reset" | "antes-de-desfazer";

export interface BackupInfo {
  _aviso: string;
  kind: BackupKind;
  createdAt: string;
  exercise: number;
  /** Files copied, relative to the exercise folder. */
  files: string[];
  /** Files of the exercise that did not exist when the backup was taken. */
  missing: string[];
}

export interface Backup extends BackupInfo {
  dir: string;
}

export function backupsDir(root: string, exercise: Exercise): string {
  return path.join(stateDir(root), "backups", folderName(exercise));
}

/** Folder name from a date, safe on Windows (no ":"): 2026-11-25T12-30-05-123Z */
export function stampName(date: Date): string {
  return date.toISOString().replace(/[:.]/g, "-");
}

/** Copies the exercise's files (as they are now in `exerciseDir`) into a new backup folder. */
export function createBackup(root: string, exercise: Exercise, exerciseDir: string, kind: BackupKind, now = new Date()): Backup {
  const base = backupsDir(root, exercise);
  let dir = path.join(base, stampName(now));
  for (let n = 2; fs.existsSync(dir); n++) dir = path.join(base, `${stampName(now)}-${n}`);
  fs.mkdirSync(dir, { recursive: true });
  const files: string[] = [];
  const missing: string[] = [];
  for (const file of exercise.files) {
    const source = path.join(exerciseDir, file);
    if (!fs.existsSync(source)) {
      missing.push(file);
      continue;
    }
    const target = path.join(dir, "arquivos", file);
    fs.mkdirSync(path.dirname(target), { recursive: true });
    fs.copyFileSync(source, target);
    files.push(file);
  }
  const info: BackupInfo = {
    _aviso: "Cópia de segurança feita por npm run reset; restaure com npm run reset N -- --desfazer.",
    kind,
    createdAt: now.toISOString(),
    exercise: exercise.id,
    files,
    missing,
  };
  fs.writeFileSync(path.join(dir, "backup.json"), `${JSON.stringify(info, null, 2)}\n`);
  return { ...info, dir };
}

/** Backups of the exercise, newest first (unreadable folders are skipped). */
export function listBackups(root: string, exercise: Exercise): Backup[] {
  const base = backupsDir(root, exercise);
  if (!fs.existsSync(base)) return [];
  const out: Backup[] = [];
  for (const name of fs.readdirSync(base)) {
    try {
      const info = JSON.parse(fs.readFileSync(path.join(base, name, "backup.json"), "utf8")) as BackupInfo;
      if (info.kind && Array.isArray(info.files)) out.push({ ...info, missing: info.missing ?? [], dir: path.join(base, name) });
    } catch {
      // not a backup folder
    }
  }
  return out.sort((a, b) => b.createdAt.localeCompare(a.createdAt) || b.dir.localeCompare(a.dir));
}

/** Puts the backup's files back in `exerciseDir`; files that did not exist at backup time are removed. */
export function restoreBackup(backup: Backup, exerciseDir: string): void {
  for (const file of backup.files) {
    const target = path.join(exerciseDir, file);
    fs.mkdirSync(path.dirname(target), { recursive: true });
    fs.copyFileSync(path.join(backup.dir, "arquivos", file), target);
  }
  for (const file of backup.missing) fs.rmSync(path.join(exerciseDir, file), { force: true });
}
