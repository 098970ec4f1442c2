/** Lookups over the manifest (curriculum.ts): folder names, paths, and the "which exercise?" resolver. */
import path from "node:path";
import { exercises, type Exercise } from "../curriculum.ts";

export const pad = (id: number) => String(id).padStart(2, "0");

/** "01-hello-world-prod" */
export function folderName(exercise: Exercise): string {
  return `${pad(exercise.id)}-${exercise.slug}`;
}

/** checks/01-hello-world-prod.test.ts (relative to the root) */
export function checkFile(exercise: Exercise): string {
  return `checks/${folderName(exercise)}.test.ts`;
}

export function exerciseFiles(exercise: Exercise, base: string): string[] {
  return exercise.files.map((file) => path.join(base, folderName(exercise), file));
}

function distance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let previous = row[0]!;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const current = row[j]!;
      row[j] = Math.min(row[j]! + 1, row[j - 1]! + 1, previous + (a[i - 1] === b[j - 1] ? 0 : 1));
      previous = current;
    }
  }
  return row[b.length]!;
}

export type Lookup = { exercise: Exercise } | { error: string };

/** Accepts 1, 01, "ex:1", the slug, "01-slug" or a path inside the exercise folder; suggests the nearest on a miss. */
export function findExercise(query: string | undefined, list: Exercise[] = exercises): Lookup {
  const valid = list.map((e) => `  ${String(e.id).padStart(2)}  ${e.slug}${e.status === "planned" ? " (em breve)" : ""}`).join("\n");
  if (!query) return { error: `Diga qual exercício, por exemplo: npm run ex:1\nExercícios:\n${valid}` };
  const q = query.trim().toLowerCase().replace(/\\/g, "/").replace(/^ex:?/, "");
  const byNumber = /^\d+$/.test(q) ? list.find((e) => e.id === Number(q)) : undefined;
  const fromPath = /(?:^|\/)(\d{2})-([a-z0-9-]+)(?:\/|\.test\.ts$|$)/.exec(q);
  const bySlug = list.find((e) => e.slug === q || folderName(e) === q || (fromPath && e.id === Number(fromPath[1])));
  const found = byNumber ?? bySlug;
  if (found) return { exercise: found };
  const nearest = [...list].sort((a, b) => distance(q, a.slug) - distance(q, b.slug))[0];
  const hint = nearest && !/^\d+$/.test(q) ? `Você quis dizer "${nearest.slug}" (npm run ex:${nearest.id})?\n` : "";
  return { error: `Não encontrei o exercício "${query}". ${hint}Exercícios:\n${valid}` };
}
