// Modules stay small enough to read in one sitting: a code module in lib/, scripts/, quiz/ or checks/ longer
// than 300 lines states why at its top, as `// size: <reason>` on its first line (second after a shebang).
// A reason on a module that has shrunk back under the limit is stale and fails too, so reasons stay true.
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

const ROOT = path.resolve(import.meta.dirname, "../..");
const FOLDERS = ["lib", "scripts", "quiz", "checks"];
const SKIP_DIRS = new Set(["node_modules", ".workbook", ".lab", ".stryker-tmp"]);
const CODE = /\.(ts|mts|cts|js|mjs|cjs)$/;
const MAX_LINES = 300;
/** The reason: `// size:` followed by at least a few words. */
const REASON = /^\/\/ size: \S.{15,}/;

/** Lines as `wc -l` counts them (a final line without a newline still counts here). */
const lineCount = (text: string) => text.split("\n").length - (text.endsWith("\n") ? 1 : 0);

/** The stated reason, when the file's first line (after a shebang) carries one. */
function sizeReason(text: string): string | undefined {
  const lines = text.split(/\r?\n/, 2);
  const top = lines[0]?.startsWith("#!") ? lines[1] : lines[0];
  return top !== undefined && REASON.test(top) ? top : undefined;
}

/** What is wrong with one module's size, if anything. */
function sizeProblem(file: string, text: string): string | undefined {
  const lines = lineCount(text);
  const reason = sizeReason(text);
  if (lines > MAX_LINES && !reason) return `${file}: ${lines} lines, no "// size: <reason>" on its first line (split it, or state why not)`;
  if (lines <= MAX_LINES && /^(#!.*\r?\n)?\/\/ size:/.test(text)) return `${file}: ${lines} lines, ≤ ${MAX_LINES}: remove its stale "// size:" comment`;
  return undefined;
}

function codeModules(dir: string): string[] {
  if (!fs.existsSync(path.join(ROOT, dir))) return [];
  return fs.readdirSync(path.join(ROOT, dir), { withFileTypes: true }).flatMap((d) => {
    const relative = `${dir}/${d.name}`;
    if (d.isDirectory()) return SKIP_DIRS.has(d.name) ? [] : codeModules(relative);
    return d.isFile() && CODE.test(d.name) ? [relative] : [];
  });
}

describe("module size", () => {
  it(`every module over ${MAX_LINES} lines in ${FOLDERS.join("/, ")}/ states its reason at the top`, () => {
    const modules = FOLDERS.flatMap(codeModules);
    expect(modules.length).toBeGreaterThan(50);
    const problems = modules.map((file) => sizeProblem(file, fs.readFileSync(path.join(ROOT, file), "utf8"))).filter(Boolean);
    expect(problems, problems.join("\n")).toEqual([]);
  });

  it("the rule itself: long without reason fails, reason on the first line (or after a shebang) passes, stale reason fails", () => {
    const body = (n: number) => "const x = 1;\n".repeat(n);
    expect(sizeProblem("a.ts", body(MAX_LINES))).toBeUndefined();
    expect(sizeProblem("a.ts", body(MAX_LINES + 1))).toMatch(/301 lines, no "\/\/ size/);
    expect(sizeProblem("a.ts", `// size: one parser and its evaluator, kept together\n${body(MAX_LINES)}`)).toBeUndefined();
    expect(sizeProblem("a.mjs", `#!/usr/bin/env node\r\n// size: one parser and its evaluator, kept together\r\n${body(MAX_LINES)}`)).toBeUndefined();
    expect(sizeProblem("a.ts", `// a header\n// size: one parser and its evaluator, kept together\n${body(MAX_LINES)}`)).toMatch(/no "\/\/ size/);
    expect(sizeProblem("a.ts", `// size: big\n${body(MAX_LINES)}`)).toMatch(/no "\/\/ size/);
    expect(sizeProblem("a.ts", `// size: one parser and its evaluator, kept together\n${body(10)}`)).toMatch(/stale/);
    expect(lineCount("a\nb")).toBe(2);
    expect(lineCount("a\nb\n")).toBe(2);
  });
});
