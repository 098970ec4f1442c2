/**
 * A graded folder cannot borrow the answers. One line at the top of every check file (01–11):
 *
 *   rejeitaImportDeSolucoes("02-retry-rate-limit");
 *
 * It registers a `beforeEach` that scans every source file of that exercise in the graded folder and, when one
 * imports or re-exports the reference solutions (`#solucoes/...`, a relative or absolute path into `solutions/`,
 * `import()`/`require()` of such a path), fails every check of the file with a pt-BR message naming the file and
 * the import. The given capstone wiring (exercise 11's `componentes.ts`) is excepted by the explicit list below.
 * Grading `solutions/` itself stays allowed: imports inside the graded folder (e.g. 08 reusing ../07) are the student's own.
 */
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { beforeEach } from "vitest";
import { targetDir } from "./target.ts";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
const SOLUTIONS = path.join(ROOT, "solutions");

/** Given files allowed to import the reference solutions, with exactly the specifiers they are given with. */
export const IMPORTS_PERMITIDOS: Record<string, readonly string[]> = {
  "11-chatbot-producao/componentes.ts": [
    "#solucoes/02-retry-rate-limit/retry.ts",
    "#solucoes/03-cache-custo/cache.ts",
    "#solucoes/04-batch-paralelismo-filas/fila.ts",
    "#solucoes/06-protecao-chaves/logger.ts",
    "#solucoes/06-protecao-chaves/config.ts",
    "#solucoes/07-bloqueio-pii/pii.ts",
    "#solucoes/07-bloqueio-pii/grounding.ts",
    "#solucoes/08-injecao-prompt/detector.ts",
    "#solucoes/08-injecao-prompt/canary.ts",
    "#solucoes/09-metricas-feedback/metricas.ts",
    "#solucoes/09-metricas-feedback/feedback.ts",
  ],
};

const SOURCE = /\.(?:[cm]?[jt]s|tsx|jsx)$/;

/** Every string literal of a JS/TS source (comments skipped; template literals taken whole). */
export function stringLiterals(code: string): string[] {
  const found: string[] = [];
  let i = 0;
  while (i < code.length) {
    const c = code[i]!;
    if (c === "/" && code[i + 1] === "/") {
      const end = code.indexOf("\n", i);
      i = end < 0 ? code.length : end;
    } else if (c === "/" && code[i + 1] === "*") {
      const end = code.indexOf("*/", i + 2);
      i = end < 0 ? code.length : end + 2;
    } else if (c === '"' || c === "'" || c === "`") {
      let j = i + 1;
      let text = "";
      while (j < code.length && code[j] !== c) {
        if (code[j] === "\\") {
          text += code[j + 1] ?? "";
          j += 2;
          continue;
        }
        if (c !== "`" && code[j] === "\n") break;
        text += code[j];
        j++;
      }
      found.push(text);
      i = j + 1;
    } else i++;
  }
  return found;
}

function inside(child: string, parent: string): boolean {
  const rel = path.relative(parent, child);
  return rel === "" || (!rel.startsWith("..") && !path.isAbsolute(rel));
}

/** Does `spec`, written in `file` of graded folder `base`, reach the reference solutions (not the student's own files)? */
function reachesSolutions(spec: string, file: string, base: string): boolean {
  const s = spec.trim();
  if (/^#solucoes(?:\/|$)/.test(s)) return true;
  let resolved: string | undefined;
  if (s.startsWith("file:")) {
    try {
      resolved = fileURLToPath(s);
    } catch {
      resolved = undefined;
    }
  } else if (s.startsWith(".")) resolved = path.resolve(path.dirname(file), s);
  else if (path.isAbsolute(s) || /^[a-z]:[\\/]/i.test(s)) resolved = path.resolve(s);
  if (resolved !== undefined) return inside(resolved, SOLUTIONS) && !inside(resolved, base);
  // A path built at run time (path.join(raiz, "solutions/02-…")) still names the folder.
  return /(?:^|[\\/])solutions[\\/]\d\d-/.test(s) && !inside(base, SOLUTIONS);
}

function sourceFiles(dir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  const out: string[] = [];
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    if (entry.name === "node_modules" || entry.name.startsWith(".")) continue;
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) out.push(...sourceFiles(full));
    else if (SOURCE.test(entry.name)) out.push(full);
  }
  return out;
}

/** The imports of the reference solutions found in exercise `folder` of `base`: `arquivo: especificador` each. */
export function importsDeSolucoes(folder: string, base: string = targetDir): string[] {
  const exerciseDir = path.join(base, folder);
  const offenders: string[] = [];
  for (const file of sourceFiles(exerciseDir)) {
    const relative = path.relative(base, file).split(path.sep).join("/");
    const allowed = new Set(IMPORTS_PERMITIDOS[relative] ?? []);
    for (const spec of stringLiterals(fs.readFileSync(file, "utf8"))) {
      if (!allowed.has(spec.trim()) && reachesSolutions(spec, file, path.resolve(base))) offenders.push(`${relative}: "${spec.trim()}"`);
    }
  }
  return offenders;
}

/** The pt-BR failure for `offenders` (undefined when there are none). */
export function mensagemImportDeSolucoes(offenders: string[]): string | undefined {
  if (offenders.length === 0) return undefined;
  return (
    `Seu código importa as soluções de referência em vez de implementar o exercício: ${offenders.join("; ")}. ` +
    "Um exercício feito com o código de solutions/ (por caminho ou por #solucoes) ou que o reexporta não conta: " +
    "apague esse import e escreva a sua versão (npm run dica mostra uma dica por vez)."
  );
}

/** The one-liner: every check of this file fails, with the pt-BR reason, if exercise `folder` borrows the answers. */
export function rejeitaImportDeSolucoes(folder: string): void {
  // beforeEach, not beforeAll: every check then FAILS with the reason (a failing beforeAll only skips them).
  let message: string | undefined | null = null;
  beforeEach(() => {
    if (message === null) message = mensagemImportDeSolucoes(importsDeSolucoes(folder));
    if (message) throw new Error(message);
  });
}
