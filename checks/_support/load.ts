import path from "node:path";
import { pathToFileURL } from "node:url";
import { targetDir } from "./target.ts";

/**
 * Imports the graded file without letting a broken one crash the whole check file at load time:
 * every check then fails with the same pt-BR message pointing at the student's file and line.
 */
export async function loadTarget<T>(relativePath: string): Promise<() => T> {
  const file = path.join(targetDir, relativePath);
  try {
    const module = (await import(pathToFileURL(file).href)) as T;
    return () => module;
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    const message =
      `Não consegui carregar ${path.relative(process.cwd(), file)}: ${detail.split("\n").slice(0, 6).join("\n")}\n` +
      "Corrija esse erro (sintaxe, import ou algo que lança exceção ao carregar o arquivo) e rode de novo.";
    return () => {
      throw new Error(message);
    };
  }
}

/** A value the student cannot guess in advance (so hard-coded answers fail). */
export function pick<T>(items: readonly T[]): T {
  return items[Math.floor(Math.random() * items.length)]!;
}
