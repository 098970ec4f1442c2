// The class workflow's last job: per-student results.json files (one per matrix job) joined by
// `npm run grade -- --merge` into one report, with the class summary and "não iniciado" for untouched work.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { StudentResult } from "../../scripts/lib/grading.ts";
import { makeWorkbook, type Workbook } from "../tooling/_workbook.ts";

const FOLDER = "01-hello-world-prod";
let wb: Workbook;
let turma: string;

beforeAll(() => {
  wb = makeWorkbook("grade-merge-");
  turma = fs.mkdtempSync(path.join(os.tmpdir(), "turma-merge-"));
  for (const [name, source] of [["ana", "solutions"], ["bia", "exercises"]] as const) {
    fs.cpSync(path.join(wb.root, source, FOLDER), path.join(turma, name, FOLDER), { recursive: true });
  }
});
afterAll(() => {
  wb?.cleanup();
  if (turma) fs.rmSync(turma, { recursive: true, force: true });
});

describe("npm run grade -- --merge", { timeout: 240_000 }, () => {
  it("joins per-student JSON results into one class report (json, text with the class summary)", async () => {
    const parts: string[] = [];
    for (const name of ["bia", "ana"]) {
      const file = path.join(wb.root, "notas", `${name}.json`);
      const run = await wb.run("grade.ts", ["--dir", path.join(turma, name), "--ex", "1", "--format", "json", "--out", file], { timeoutMs: 120_000 });
      expect(run.code, run.stderr).toBe(0);
      expect(run.stderr, "the saved-to line shows the absolute path").toContain(`salvo em ${file}`);
      parts.push(file);
    }
    const merged = await wb.run("grade.ts", ["--merge", ...parts, "--format", "json"]);
    expect(merged.code, merged.stderr).toBe(0);
    const data = JSON.parse(merged.stdout) as { version: number; students: StudentResult[] };
    expect(data.version).toBe(3);
    expect(data.students.map((s) => [s.student, s.status])).toEqual([
      ["ana", "pass"],
      ["bia", "fail"],
    ]);
    expect(data.students[1]!.exercises[0]!.not_started, "bia handed in the pristine stub").toBe(true);
    expect(data.students[0]!.tests.every((t) => !("test_code" in t))).toBe(true);

    const text = await wb.run("grade.ts", ["--merge", ...parts]);
    expect(text.stdout).toContain("Turma, por exercício");
    expect(text.stdout).toMatch(/01 hello-world-prod\s+50 % passaram \(1\/2\), 1 não iniciado/);
    expect(text.stdout).toContain("não iniciado");

    const bad = await wb.run("grade.ts", ["--merge", path.join(wb.root, "package.json")]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/não é um resultado do npm run grade/);
  });
});
