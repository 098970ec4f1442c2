// The grader's baseline, in the same sandbox a class is graded in (separate user and Node's permission model when
// run as root on Linux): the reference solutions earn every point of every exercise, and the untouched stubs earn
// none. An exercise whose checks need something the sandbox withholds (06 runs git on the .gitignore, 10 runs the
// HEALTHCHECK and the workflow's steps in bash) would fail here for every student, honest ones included.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { exercises } from "../../curriculum.ts";
import { folderName } from "../../lib/exercises.ts";
import type { StudentResult } from "../../scripts/lib/grading.ts";
import { copySolutionFolder } from "../../scripts/lib/solution-files.mjs";
import { makeWorkbook, plainEnv, type Workbook } from "../tooling/_workbook.ts";

let wb: Workbook;
let turma: string;
const ready = exercises.filter((e) => e.status === "ready");

beforeAll(() => {
  wb = makeWorkbook("grade-referencia-");
  turma = fs.mkdtempSync(path.join(os.tmpdir(), "turma-referencia-"));
  for (const exercise of ready) {
    const folder = folderName(exercise);
    copySolutionFolder(folder, path.join(turma, "referencia", folder), wb.root);
    fs.cpSync(path.join(wb.root, "exercises", folder), path.join(turma, "esqueleto", folder), { recursive: true });
  }
});

afterAll(() => {
  wb?.cleanup();
  if (turma) fs.rmSync(turma, { recursive: true, force: true });
});

describe("npm run grade: the reference and the stubs", { timeout: 600_000 }, () => {
  it("the reference solutions score every point of every exercise; the stubs score none", async () => {
    const out = path.join(turma, "notas.json");
    const run = await wb.run("grade.ts", ["--dir", turma, "--jobs", "2", "--format", "json", "--out", out], { env: plainEnv(), timeoutMs: 580_000 });
    expect(run.code, run.stderr).toBe(0);
    const { students } = JSON.parse(fs.readFileSync(out, "utf8")) as { students: StudentResult[] };
    const by = Object.fromEntries(students.map((s) => [s.student, s]));
    for (const e of by.referencia!.exercises) {
      expect([e.status, e.score], `solution ${e.id} (${e.slug}) in the sandbox: ${e.message ?? ""}`).toEqual(["pass", e.max_score]);
      expect(e.max_score, `exercise ${e.id} has checks`).toBeGreaterThan(0);
    }
    expect(by.referencia!.exercises).toHaveLength(ready.length);
    for (const e of by.esqueleto!.exercises) expect(e.score, `stub ${e.id} (${e.slug}) scored`).toBe(0);
  });
});
