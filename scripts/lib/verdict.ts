/**
 * The short pt-BR explanation of a failure, shared by `npm run ex:N`, `npm test` and the watch mode:
 * one syntax-error report with file:line:column, the stub's own TODO named with its file, and the
 * file to open next.
 */
import fs from "node:fs";
import path from "node:path";
import type { CheckTestResult } from "./run-checks.ts";

/** A student file's text, or undefined when it cannot be read (deleted, renamed, a folder). */
function readText(file: string): string | undefined {
  try {
    return fs.readFileSync(file, "utf8");
  } catch {
    return undefined;
  }
}

export interface SyntaxProblem {
  /** Relative to the root, "/" separators. */
  file: string;
  line: number;
  column: number;
  message: string;
  /** The offending source line, when the file could be read. */
  source?: string;
}

/** esbuild's and oxc's parser messages, the common ones in pt-BR; the rest as they are. */
export function translateParserMessage(message: string): string {
  const m = message.trim();
  let match: RegExpExecArray | null;
  if ((match = /^Expected (.+?) but found (.+)$/.exec(m))) return `esperava ${match[1]!.replace(/`/g, '"').replace(/ or /g, " ou ")} mas encontrou ${match[2]!.replace(/`/g, '"')}`;
  if ((match = /^Unexpected (.+)$/.exec(m))) return `${match[1]!.replace(/`/g, '"')} inesperado`;
  if (/^Unterminated string literal/i.test(m)) return "texto entre aspas sem fechar";
  if (/^Unterminated template/i.test(m)) return "template string (crase) sem fechar";
  if (/^Unterminated regular expression/i.test(m)) return "expressão regular sem fechar";
  if ((match = /^The symbol "(.+)" has already been declared$/.exec(m))) return `"${match[1]}" já foi declarado`;
  if (/^Unexpected end of file/i.test(m)) return "o arquivo terminou antes da hora (falta fechar algo?)";
  return m;
}

/**
 * Finds a parse error in an error thrown by tsx (esbuild's TransformError) or in the text of a check's
 * load failure (vite's oxc "[PARSE_ERROR] … ╭─[ file:line:col ]"). undefined when it is not one.
 */
export function findSyntaxProblem(error: unknown, root: string): SyntaxProblem | undefined {
  const text = error instanceof Error ? `${error.name}: ${error.message}` : String(error ?? "");
  const rel = (file: string) => path.relative(root, path.resolve(root, file)).split(path.sep).join("/");
  let found: Omit<SyntaxProblem, "source"> | undefined;
  const esbuild = /(\S+\.[cm]?[jt]sx?):(\d+):(\d+): ERROR: (.+)/.exec(text);
  if (esbuild && /TransformError|Transform failed/.test(text)) {
    found = { file: rel(esbuild[1]!), line: Number(esbuild[2]), column: Number(esbuild[3]), message: translateParserMessage(esbuild[4]!) };
  } else {
    const oxc = /\[PARSE_ERROR\][^\n]*?:?\s*([^\n]+)\n[\s\S]*?╭─\[\s*([^\]\n]+?):(\d+):(\d+)\s*\]/.exec(text);
    if (oxc) found = { file: rel(oxc[2]!), line: Number(oxc[3]), column: Number(oxc[4]), message: translateParserMessage(oxc[1]!.replace(/^(?:Error|error):\s*/, "")) };
  }
  if (!found) return undefined;
  let source: string | undefined;
  try {
    source = fs.readFileSync(path.resolve(root, found.file), "utf8").split(/\r?\n/)[found.line - 1];
  } catch {
    source = undefined;
  }
  return { ...found, source };
}

/** Node's and vite's English "module not found" messages, in pt-BR with paths relative to the root. */
export function translateKnownErrors(text: string, root: string): string {
  const rel = (file: string) => {
    const clean = file.replace(/^file:\/\//, "");
    return path.isAbsolute(clean) ? path.relative(root, clean).split(path.sep).join("/") : clean;
  };
  return text
    .replace(/(?:Error: )?Cannot find package '([^']+)' imported from (\S+)/g, (_m, pkg: string, from: string) => `o pacote "${pkg}" não está instalado (importado em ${rel(from)}): confira o nome ou rode npm ci`)
    .replace(/(?:Error: )?Cannot find module '([^']+)' imported from (\S+)/g, (_m, spec: string, from: string) => `não encontrei o arquivo "${rel(spec)}" importado em ${rel(from)}: confira o caminho e a extensão .ts`)
    .replace(/Failed to load url (\S+) \(resolved id: [^)]*\) in (\S+)\. Does the file exist\?/g, (_m, spec: string, from: string) => `não encontrei o arquivo "${rel(spec)}" importado em ${rel(from)}: confira o caminho e a extensão .ts`);
}

/** Three lines: where, what, and the source line with a caret under the column. */
export function renderSyntaxProblem(problem: SyntaxProblem): string[] {
  const lines = [`Erro de sintaxe em ${problem.file}:${problem.line}:${problem.column}: ${problem.message}`];
  if (problem.source !== undefined) {
    const gutter = `${problem.line} │ `;
    lines.push(`${gutter}${problem.source.replace(/\t/g, " ")}`, `${" ".repeat(gutter.length + Math.max(0, problem.column - 1))}^`);
  }
  return lines;
}

/** Where a TODO lives: the first line of the exercise's files that names it (its comment, else its throw). */
export function locateTodo(todo: string, files: readonly string[], root: string): { file: string; line: number } | undefined {
  const label = /^TODO\s*\d+/.exec(todo)?.[0];
  // Without a number, the throw's fixed text up to its first interpolation or parenthesis.
  const needle = label ?? todo.split(/[($]/)[0]!.trim();
  if (needle.length < 6) return undefined;
  const pattern = label ? new RegExp(`${label.replace(/\s+/, "\\s*")}(?!\\d)`) : undefined;
  for (const file of files) {
    const text = readText(file);
    if (text === undefined) continue;
    const index = text.split(/\r?\n/).findIndex((l) => (pattern ? pattern.test(l) : l.includes(needle)));
    if (index >= 0) return { file: path.relative(root, file).split(path.sep).join("/"), line: index + 1 };
  }
  return undefined;
}

/**
 * The pt-BR lines explaining one failed check: the check's message, or — when the stub still throws its
 * own TODO — that TODO and where it is (no "esperado/recebido" leftovers of the assertion).
 */
export function describeCheckFailure(test: CheckTestResult, files: readonly string[], root: string): string[] {
  if (test.todo) {
    const at = locateTodo(test.todo, files, root);
    const where = at ? `${at.file}:${at.line}` : test.where;
    return [`Seu código ainda lança o TODO do esqueleto${where ? ` (${where})` : ""}:`, `  ${test.todo}`];
  }
  const problem = test.message ? findSyntaxProblem(test.message, root) : undefined;
  if (problem) return renderSyntaxProblem(problem);
  return translateKnownErrors(test.message ?? "", root).split("\n");
}

/** The file to open next: where the failure happened, else the one holding the TODO, else the first file. */
export function fileToOpen(test: CheckTestResult | undefined, files: readonly string[], root: string): string {
  const rel = (f: string) => path.relative(root, f).split(path.sep).join("/");
  if (test?.where) return test.where.replace(/:\d+:\d+$/, "");
  if (test?.todo) {
    const at = locateTodo(test.todo, files, root);
    if (at) return at.file;
  }
  const problem = test?.message ? findSyntaxProblem(test.message, root) : undefined;
  if (problem) return problem.file;
  // A file the check's message names.
  const named = files.find((f) => test?.message?.includes(path.basename(f)));
  if (named) return rel(named);
  const declaring = fileDeclaring(`${test?.name ?? ""}\n${test?.message ?? ""}`, files);
  return rel(declaring ?? files[0] ?? root);
}

/**
 * The exercise file that exports the most identifiers the check's name and message mention (ties: the
 * first such file), e.g. "a FilaLimitada recusa…" → fila.ts; or the only one holding a "TODO N" the message cites.
 */
export function fileDeclaring(text: string, files: readonly string[]): string | undefined {
  let best: string | undefined;
  let bestScore = 0;
  const todo = /\bTODO\s*(\d+)\b/.exec(text)?.[1];
  const withTodo: string[] = [];
  for (const file of files) {
    const source = readText(file);
    if (source === undefined) continue;
    const names = [...source.matchAll(/export\s+(?:default\s+)?(?:async\s+)?(?:function\*?|const|let|class|interface|type|enum)\s+([A-Za-z_$][\w$]{3,})/g)].map((m) => m[1]!);
    const score = new Set(names.filter((n) => new RegExp(`(?<![\\w$])${n.replace(/\$/g, "\\$")}(?![\\w$])`).test(text))).size;
    if (score > bestScore) {
      best = file;
      bestScore = score;
    }
    if (todo && new RegExp(`TODO\\s*${todo}(?!\\d)`).test(source)) withTodo.push(file);
  }
  return best ?? (withTodo.length === 1 ? withTodo[0] : undefined);
}
