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
