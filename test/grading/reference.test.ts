// The grader's baseline, in the same sandbox a class is graded in (separate user and Node's permission model when
// run as root on Linux): the reference solutions earn every point of every exercise. An exercise whose checks need
// something the sandbox withholds (06 runs git on the .gitignore, 10 runs the HEALTHCHECK and the workflow's steps in
// bash) would fail here for every student, honest ones included. The untouched stubs are not graded here: `verify`
// step 4 fails every check of every stub, and the sandbox only takes away (a stub that throws its TODO fails there
// too); grade.test.ts and merge.test.ts grade failing and not-started work through the same sandbox.
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
  }
});

afterAll(() => {
  wb?.cleanup();
  if (turma) fs.rmSync(turma, { recursive: true, force: true });
});

describe("npm run grade: the reference solutions", { timeout: 600_000 }, () => {
  it("the reference solutions score every point of every exercise", async () => {
    const out = path.join(turma, "notas.json");
    const run = await wb.run("grade.ts", ["--dir", path.join(turma, "referencia"), "--format", "json", "--out", out], { env: plainEnv(), timeoutMs: 580_000 });
    expect(run.code, run.stderr).toBe(0);
    // One student folder: the result is that student's, not a class report.
    const referencia = JSON.parse(fs.readFileSync(out, "utf8")) as StudentResult;
    for (const e of referencia.exercises) {
      expect([e.status, e.score], `solution ${e.id} (${e.slug}) in the sandbox: ${e.message ?? ""}`).toEqual(["pass", e.max_score]);
      expect(e.max_score, `exercise ${e.id} has checks`).toBeGreaterThan(0);
    }
    expect(referencia.exercises).toHaveLength(ready.length);
  });
});
