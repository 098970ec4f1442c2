/**
 * The workbook's local state: one folder, `.workbook/` at the root (`WORKBOOK_STATE_DIR` moves it; the
 * tests use a temporary one), holding progresso.json, quiz.json and backups/. One way to write a file
 * there: temp file + rename, so a reader in another terminal (watch, dica) never sees half a file; one way
 * to keep an unreadable file aside before replacing it; one pt-BR reason when a write fails.
 */
import fs from "node:fs";
import path from "node:path";
import { ROOT } from "./paths.mjs";

type Env = Record<string, string | undefined>;

export function stateDir(root: string = ROOT, env: Env = process.env): string {
  return env.WORKBOOK_STATE_DIR?.trim() ? path.resolve(env.WORKBOOK_STATE_DIR) : path.join(root, ".workbook");
}

/** `file` relative to `root` with forward slashes, for messages (an absolute path when outside it). */
export function displayPath(root: string, file: string): string {
  const relative = path.relative(root, file);
  return !relative || relative.startsWith("..") || path.isAbsolute(relative) ? file : relative.split(path.sep).join("/");
}

/** Copies an unreadable file aside as `<file>.invalido` (then `-2`, `-3`…: never overwrites an earlier copy). */
export function keepInvalidCopy(file: string): string {
  let name = `${file}.invalido`;
  for (let n = 2; fs.existsSync(name); n++) name = `${file}.invalido-${n}`;
  fs.copyFileSync(file, name);
  return name;
}

/** Writes `body` atomically (temp file + rename), creating the folder; throws, leaving no temp file behind. */
export function writeFileAtomic(file: string, body: string): void {
  const temp = `${file}.${process.pid}.tmp`;
  try {
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(temp, body, "utf8");
    try {
      fs.renameSync(temp, file);
    } catch {
      // Windows may refuse to replace a file another program holds open: write in place instead.
      fs.writeFileSync(file, body, "utf8");
      fs.rmSync(temp, { force: true });
    }
  } catch (error) {
    fs.rmSync(temp, { force: true });
    throw error;
  }
}

/** Why a write failed, in pt-BR words (read-only folder, full disk, a folder in the file's place…). */
export function describeWriteError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === "EACCES" || code === "EPERM" || code === "EROFS") return "sem permissão de escrita";
  if (code === "ENOSPC") return "disco cheio";
  if (code === "EISDIR" || code === "ENOTDIR") return "há uma pasta onde deveria estar o arquivo";
  return `erro ${code ?? (error instanceof Error ? error.message : "desconhecido")}`;
}
