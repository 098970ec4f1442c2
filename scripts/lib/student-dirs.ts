/**
 * Folders an instructor points the tools at (`npm run diff -- 3 --dir …`, `npm run grade -- --dir …`):
 * one student's folder shaped like exercises/ (01-hello-world-prod/, …), a student's whole copy of the
 * workbook (with exercises/ inside), or a class folder whose subfolders are students.
 */
import fs from "node:fs";
import path from "node:path";
import { exercises, type Exercise } from "../../curriculum.ts";
import { folderName } from "../../lib/exercises.ts";

export interface StudentDir {
  /** Display name: the folder's name. */
  name: string;
  /** The folder shaped like exercises/ that the checks grade. */
  dir: string;
  /** Set when the folder holds no exercise at all (graded as "error"). */
  problem?: string;
}

const isDir = (p: string) => {
  try {
    return fs.statSync(p).isDirectory();
  } catch {
    return false;
  }
};

/** How many of the manifest's exercise folders (NN-slug) are directly inside `dir`. */
function exerciseFolderCount(dir: string, list: Exercise[]): number {
  return list.filter((e) => isDir(path.join(dir, folderName(e)))).length;
}

/** The exercises/-shaped folder of a student: `dir` itself or `dir/exercises`; undefined if neither. */
export function exercisesFolderOf(dir: string, list: Exercise[] = exercises): string | undefined {
  if (exerciseFolderCount(dir, list) > 0) return dir;
  const inner = path.join(dir, "exercises");
  if (isDir(inner) && exerciseFolderCount(inner, list) > 0) return inner;
  return undefined;
}

export type Discovery = { students: StudentDir[] } | { error: string };

/** One student (the folder has exercises) or a class (its subfolders do). */
export function discoverStudents(dir: string, list: Exercise[] = exercises): Discovery {
  const abs = path.resolve(dir);
  if (!isDir(abs)) return { error: `A pasta ${dir} não existe (ou não é uma pasta).` };
  const own = exercisesFolderOf(abs, list);
  if (own) return { students: [{ name: path.basename(abs), dir: own }] };
  const children = fs
    .readdirSync(abs)
    .filter((n) => !n.startsWith(".") && n !== "node_modules" && isDir(path.join(abs, n)))
    .sort((a, b) => a.localeCompare(b, "pt-BR"));
  const students: StudentDir[] = children.map((name) => {
    const shaped = exercisesFolderOf(path.join(abs, name), list);
    return shaped
      ? { name, dir: shaped }
      : { name, dir: path.join(abs, name), problem: `nenhuma pasta de exercício (como ${folderName(list[0]!)}/) em ${name}/` };
  });
  if (!students.some((s) => !s.problem)) {
    return {
      error:
        `${dir} não parece a pasta de um aluno (com pastas como ${folderName(list[0]!)}/ ou exercises/) nem de uma turma (uma subpasta por aluno).`,
    };
  }
  return { students };
}
