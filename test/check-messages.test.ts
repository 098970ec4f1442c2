/**
 * Every check that fails against the stubs in exercises/ must tell the student, in pt-BR, what was expected
 * and what to do — never vitest's bare "expected 1 to be 2". All ready exercises (curriculum.ts) run in ONE
 * runChecks call, the same path `npm run ex:N` uses to print messages. `npm run verify` leaves this file out of
 * step 2: its step 4 runs the same checks against the same stubs with the same rules (scripts/lib/message-rules.ts).
 */
import path from "node:path";
import { fileURLToPath } from "node:url";
import { beforeAll, describe, expect, it } from "vitest";
import { exercises } from "../curriculum.ts";
import { checkFile } from "../lib/exercises.ts";
import { messageProblem as problemWith } from "../scripts/lib/message-rules.ts";
import { runChecks, type CheckFileResult } from "../scripts/lib/run-checks.ts";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const ready = exercises.filter((e) => e.status === "ready");
const TIMEOUT_MS = 300_000;

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
