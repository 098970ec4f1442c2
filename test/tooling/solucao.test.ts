// npm run solucao N: locked until the exercise passes (progress or a fresh run of its checks), --force records it.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { makeWorkbook, type Workbook } from "./_workbook.ts";

const FILE = "01-hello-world-prod/hello_world_prod.ts";
const PROGRESS = ".workbook/progresso.json";
let wb: Workbook;
let solution: string;
beforeAll(() => {
  wb = makeWorkbook("solucao-");
  solution = wb.read(`solutions/${FILE}`);
});
afterAll(() => wb.cleanup());

const progress = () => JSON.parse(wb.read(PROGRESS)) as { exercises: Record<string, { solutionForced?: boolean; passed?: boolean }> };

describe("npm run solucao", { timeout: 180_000 }, () => {
  it("stays locked while the stub fails its checks, and says how to unlock", async () => {
    const run = await wb.run("solucao.ts", ["1"]);
    expect(run.code, run.stderr).toBe(1);
    expect(run.stdout).toContain("abre quando os checks passarem");
    expect(run.stdout).toContain("npm run solucao 1 -- --force");
    expect(run.stdout).not.toContain("traceable(");
    expect(wb.exists(PROGRESS)).toBe(false);
  });

  it("--force shows it and records solutionForced", async () => {
    const run = await wb.run("solucao.ts", ["1", "--force"]);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain(solution.trim().split("\n")[5]!);
    expect(run.stdout).toContain("--force");
    expect(progress().exercises["1"]?.solutionForced).toBe(true);
  });

  it("opens when the progress says the exercise is solved", async () => {
    wb.write(PROGRESS, JSON.stringify({ _aviso: "x", version: 1, exercises: { "1": { attempts: 1, passed: true } } }));
    const run = await wb.run("solucao.ts", ["hello-world-prod"]);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain("Você já resolveu este exercício");
    expect(run.stdout).toContain("npm run diff -- 1");
  });

  it("hides the mutation-testing pragmas (// Stryker disable …), like npm run diff", async () => {
    wb.write(PROGRESS, JSON.stringify({ _aviso: "x", version: 1, exercises: { "1": { attempts: 1, passed: true } } }));
    wb.write(`solutions/${FILE}`, `// Stryker disable all: demo\n${solution}    // Stryker disable next-line StringLiteral: demo\n// Stryker restore all\n`);
    const run = await wb.run("solucao.ts", ["1"]);
    wb.write(`solutions/${FILE}`, solution);
    expect(run.code).toBe(0);
    expect(run.stdout).not.toContain("Stryker");
    expect(run.stdout).toContain(solution.trim().split("\n")[5]!);
  });

  it("opens when the checks pass now, even if the progress does not know it yet", async () => {
    wb.write(PROGRESS, JSON.stringify({ _aviso: "x", version: 1, exercises: {} }));
    wb.write(`exercises/${FILE}`, solution);
    const run = await wb.run("solucao.ts", ["1"]);
    expect(run.code, run.stdout + run.stderr).toBe(0);
    expect(run.stdout).toContain("Seus checks passam");
    expect(progress().exercises["1"]?.solutionForced).toBeUndefined();
  });
});
