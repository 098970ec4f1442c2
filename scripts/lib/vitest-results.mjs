// Turns vitest's reported test modules into the plain results the scripts print, grade or serialise
// (same shape as checks-child.mjs prints: CheckFileResult[] in run-checks.ts). Plain JavaScript because it
// runs inside the plain-node children (watch-child.mjs); see checks-child.mjs for why they avoid tsx.
import path from "node:path";
import { stripVTControlCharacters } from "node:util";

/** vitest formats assertion errors as "<message>: expected … // …": keep the check's own (pt-BR) message. */
export function teachingMessage(raw) {
  const text = stripVTControlCharacters(String(raw ?? ""));
  const cut = text.search(/: expected [\s\S]*$/);
  return (cut > 0 ? text.slice(0, cut) : text).trim();
}

function clean(value) {
  return typeof value === "string" ? stripVTControlCharacters(value) : value;
}

/** A stub's own `throw new Error("TODO …")` reached the check: its text, found in the error or in what the check received. */
export function todoLeftover(error) {
  if (!error) return undefined;
  const unquote = (t) => {
    try {
      return /^".*"$/s.test(t) ? String(JSON.parse(t)) : t;
    } catch {
      return t;
    }
  };
  const texts = [error.actual, error.message, error.cause?.message].map((t) => unquote(stripVTControlCharacters(String(t ?? ""))));
  for (const text of texts) {
    // "TODO 8: …", "TODO 1 (guarda.ts): …", "TODO: …" — not a check's own "falta um TODO: TODO 8…".
    const match = /TODO(?:\s*\d+)?(?:\s*\([^)\n]*\))?\s*:\s*(?!TODO)[^\n]*/.exec(text);
    if (match) return match[0].trim().slice(0, 300);
  }
  return undefined;
}

/** The first stack frame inside the graded folder ("exercises/01-…/arquivo.ts:16:9"), relative to root. */
export function codeLocation(error, root) {
  const target = process.env.WORKBOOK_TARGET ? path.resolve(process.env.WORKBOOK_TARGET) : path.join(root, "exercises");
  const frames = [...(error?.stacks ?? []), ...(error?.cause?.stacks ?? [])];
  for (const frame of frames) {
    const file = String(frame.file ?? "").replace(/^file:\/\//, "");
    if (file && path.resolve(file).startsWith(target + path.sep)) {
      return `${path.relative(root, file).split(path.sep).join("/")}:${frame.line}:${frame.column}`;
    }
  }
  // Parsed frames may be missing (errors thrown across the lab's HTTP boundary): read the raw stack.
  const raw = stripVTControlCharacters(String(error?.stack ?? ""));
  for (const match of raw.matchAll(/\(?((?:file:\/\/)?\/[^():\s]+|[A-Za-z]:\\[^():]+):(\d+):(\d+)\)?/g)) {
    const file = match[1].replace(/^file:\/\//, "");
    if (path.resolve(file).startsWith(target + path.sep)) return `${path.relative(root, file).split(path.sep).join("/")}:${match[2]}:${match[3]}`;
  }
  return undefined;
}

/** @param {readonly import("vitest/node").TestModule[]} modules */
export function collectModules(modules, root) {
  return modules.map((module) => {
    const tests = [...module.children.allTests()].map((test) => {
      const result = test.result();
      const error = result.errors?.[0];
      return {
        name: test.name,
        state: result.state,
        message: error ? teachingMessage(error.message ?? String(error)) : undefined,
        expected: clean(error?.expected),
        actual: clean(error?.actual),
        durationMs: test.diagnostic()?.duration,
        todo: todoLeftover(error),
        where: error ? codeLocation(error, root) : undefined,
      };
    });
    const errors = module.errors();
    return {
      file: path.relative(root, module.moduleId).split(path.sep).join("/"),
      tests,
      error: errors.length ? errors.map((e) => stripVTControlCharacters(e.message ?? String(e))).join("\n") : undefined,
    };
  });
}
