// npm run diff -- N [--dir]: unified diff against solutions/ with the `diff` package, plain when piped.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { makeWorkbook, type Workbook } from "./_workbook.ts";

const FILE = "01-hello-world-prod/hello_world_prod.ts";
let wb: Workbook;
let student: string;
beforeAll(() => {
  wb = makeWorkbook("diff-");
  // A student's folder outside the workbook, with the solution saved with Windows line endings.
  student = fs.mkdtempSync(path.join(os.tmpdir(), "aluno-"));
  fs.mkdirSync(path.join(student, "01-hello-world-prod"));
  fs.writeFileSync(path.join(student, FILE), wb.read(`solutions/${FILE}`).replace(/\n/g, "\r\n"));
});
afterAll(() => {
  wb.cleanup();
  fs.rmSync(student, { recursive: true, force: true });
});

describe("npm run diff", { timeout: 180_000 }, () => {
  it("shows a unified diff of the stub against the solution, exit 1, no colour codes when piped", async () => {
    const run = await wb.run("diff.ts", ["1"]);
    expect(run.code, run.stderr).toBe(1);
    expect(run.stdout).toContain(`--- exercises/${FILE}`);
    expect(run.stdout).toContain(`+++ solutions/${FILE}`);
    expect(run.stdout).toMatch(/^-.*TODO/m);
    expect(run.stdout).toMatch(/^\+(?!\+\+).*\S/m);
    expect(run.stdout).toMatch(/^@@ -\d+,\d+ \+\d+,\d+ @@/m);
    expect(run.stdout).not.toContain("\x1b[");
  });

  it("exit 0 when the student's file is the solution", async () => {
    wb.write(`exercises/${FILE}`, wb.read(`solutions/${FILE}`));
    const run = await wb.run("diff.ts", ["hello-world-prod"]);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain("igual à solução");
  });

  it("mutation-testing pragmas in the solution (// Stryker disable …) are not shown as differences", async () => {
    const solution = wb.read(`solutions/${FILE}`);
    wb.write(`exercises/${FILE}`, solution);
    wb.write(`solutions/${FILE}`, `// Stryker disable all: demo\n${solution}  // Stryker restore all\n`);
    const run = await wb.run("diff.ts", ["1"]);
    wb.write(`solutions/${FILE}`, solution);
    expect(run.code, run.stdout).toBe(0);
    expect(run.stdout).not.toContain("Stryker");
  });

  it("--dir compares another student's folder and names an invisible difference in words", async () => {
    const run = await wb.run("diff.ts", ["1", "--dir", student]);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain("quebras de linha");
  });

  it("bad --dir and bad exercise give pt-BR errors with exit 2", async () => {
    const missing = await wb.run("diff.ts", ["1", "--dir", path.join(student, "nao-existe")]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain("não tem exercícios");
    const unknown = await wb.run("diff.ts", ["99"]);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain("Não encontrei o exercício");
  });
});
