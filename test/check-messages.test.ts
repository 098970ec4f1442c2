/**
 * Every check that fails against the stubs in exercises/ must tell the student, in pt-BR, what was expected
 * and what to do — never vitest's bare "expected 1 to be 2". All ready exercises (curriculum.ts) run in ONE
 * runChecks call, the same path `npm run ex:N` uses to print messages.
 */
import path from "node:path";
import { fileURLToPath } from "node:url";
import { beforeAll, describe, expect, it } from "vitest";
import { exercises } from "../curriculum.ts";
import { checkFile } from "../lib/exercises.ts";
import { runChecks, type CheckFileResult } from "../scripts/lib/run-checks.ts";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const ready = exercises.filter((e) => e.status === "ready");
const TIMEOUT_MS = 300_000;

/** vitest's own wording, i.e. an expect without a message (or a bare assertion library error). */
const BARE = /^(AssertionError\b|expected\b|Expected\b|promise (rejected|resolved)\b|Snapshot\b|\[object Object\]$)/;
/** Cheap pt-BR signal: an accented letter or a very common Portuguese word. */
const PT_BR = /[ãõçáéíóúâêôà]|\b(não|deveria|você|use|seu|sua|para|com|uma?|do|da|de|que|sem|em|implemente|recebi|esperava|falta)\b/i;

function problemWith(message: string | undefined): string | undefined {
  const text = (message ?? "").trim();
  if (!text) return "no message at all";
  if (BARE.test(text)) return "vitest's bare default message (give the expect a pt-BR message)";
  if (!PT_BR.test(text)) return "does not look like pt-BR";
  return undefined;
}

describe("problemWith (the message rules themselves)", () => {
  it("rejects vitest defaults and empty or English-only messages, accepts teaching pt-BR", () => {
    expect(problemWith("expected 1 to be 2 // Object.is equality")).toMatch(/bare/);
    expect(problemWith("AssertionError: expected false to be true")).toMatch(/bare/);
    expect(problemWith("")).toMatch(/no message/);
    expect(problemWith("Something went wrong")).toMatch(/pt-BR/);
    expect(problemWith("TODO 1: implemente CacheComEscopo.update (cache.ts)")).toBeUndefined();
    expect(problemWith("O prompt que chegou ao modelo deveria ser \"Escreva uma frase sobre x\".")).toBeUndefined();
  });
});

describe("check messages against the stubs in exercises/", () => {
  let results: CheckFileResult[] = [];
  beforeAll(async () => {
    results = await runChecks({ root: ROOT, files: ready.map(checkFile), target: path.join(ROOT, "exercises"), timeoutMs: TIMEOUT_MS - 10_000 });
  }, TIMEOUT_MS);

  for (const exercise of ready) {
    const file = checkFile(exercise);
    it(`${file}: every failing check explains itself in pt-BR`, () => {
      const result = results.find((r) => r.file === file);
      expect(result, `${file} did not run`).toBeDefined();
      expect(result!.error, `${file} failed to load or run as a whole`).toBeUndefined();
      const failed = result!.tests.filter((t) => t.state === "failed");
      expect(failed.length, `the stub in exercises/ passes every check of ${file}: the checks don't test the TODOs`).toBeGreaterThan(0);
      const bad = failed.map((t) => ({ check: t.name, problem: problemWith(t.message), message: t.message?.slice(0, 200) })).filter((b) => b.problem);
      expect(bad, `failing checks with a poor message in ${file}`).toEqual([]);
    });
  }
});
