// The grade report's messages for what happened outside any check: in pt-BR, with the runtime's own words kept.
import { describe, expect, it } from "vitest";
import { exercises } from "../../curriculum.ts";
import { checkFile } from "../../lib/exercises.ts";
import { buildStudentResult } from "../../scripts/lib/grade-result.ts";

describe("grade report: an error outside the checks", () => {
  it("says in pt-BR that it happened outside the checks, keeping the runtime's message", () => {
    const exercise = exercises.find((e) => e.status === "ready")!;
    const raw = [{ file: checkFile(exercise), tests: [], error: "TypeError: fetch failed" }];
    const result = buildStudentResult({ name: "aluna", dir: "/tmp/aluna" }, [exercise], raw as never, { syntax: new Map(), present: new Set([exercise.id]), durationMs: 1 });
    const graded = JSON.stringify(result);
    expect(graded).toContain("erro fora dos checks");
    expect(graded).toContain("fetch failed");
  });
});
