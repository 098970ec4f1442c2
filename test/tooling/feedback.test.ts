// What a student reads from `npm test` and `npm run ex:N`: short, pt-BR, no vitest or Node internals.
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { fileDeclaring, translateParserMessage } from "../../scripts/lib/verdict.ts";
import { makeWorkbook, REPO, type Workbook } from "./_workbook.ts";

let wb: Workbook;
beforeAll(() => {
  wb = makeWorkbook("feedback-");
});
afterAll(() => wb.cleanup());

// vitest's and Node's own English, which must not reach the student by default.
const RAW = /AssertionError|FAIL |Test Files|⎯⎯|expected .* to |at Socket\.emit|node:events|TransformError|scripts[\\/]ex\.ts/;

describe("npm test on a fresh copy", { timeout: 240_000 }, () => {
  it("prints the summary and the first unsolved exercise only, within 60 lines, in pt-BR", async () => {
    const run = await wb.run("test.ts");
    expect(run.code).toBe(1);
    const lines = run.stdout.trimEnd().split("\n");
    expect(lines.length, run.stdout).toBeLessThanOrEqual(60);
    expect(run.stdout).toContain("Resumo por exercício");
    expect(run.stdout).toMatch(/Progresso: .* 0\/\d+ exercícios/);
    expect(run.stdout).toContain("── Exercício 1 — ");
    expect(run.stdout).not.toContain("── Exercício 2 — ");
    expect(run.stdout).toMatch(/Seu código ainda lança o TODO do esqueleto \(exercises\/01-hello-world-prod\/hello_world_prod\.ts:\d+\)/);
    expect(run.stdout).toContain("npm test -- --todos");
    expect(run.stdout + run.stderr).not.toMatch(RAW);
  });

  it("--todos details every unsolved exercise; a filter runs only the matching ones", async () => {
    const run = await wb.run("test.ts", ["02", "07", "--todos"]);
    expect(run.stdout).toContain("── Exercício 2 — ");
    expect(run.stdout).toContain("── Exercício 7 — ");
    expect(run.stdout).toMatch(/ 1 Hello World.*não rodou nesta execução/);
    expect(run.stdout).toContain("0/2 exercícios");
    expect(run.stdout).not.toMatch(/esperado: undefined/);
    expect(run.stdout + run.stderr).not.toMatch(RAW);
  });

  it("a mistyped flag is a pt-BR error, not ignored", async () => {
    const run = await wb.run("test.ts", ["--todo"]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("opção desconhecida: --todo");
    expect(run.stderr).toContain("Uso: npm test");
  });
});

describe("npm run ex:N errors", { timeout: 180_000 }, () => {
  it("a syntax error: one report with file:line:column, in pt-BR, no esbuild or Node frames", async () => {
    const file = "exercises/01-hello-world-prod/hello_world_prod.ts";
    const original = wb.read(file);
    wb.write(file, original.replace("throw new Error(`TODO: implemente hello_chain", "throw new Error((`TODO: implemente hello_chain"));
    try {
      const run = await wb.run("ex.mjs", ["1"]);
      expect(run.code).toBe(1);
      const out = run.stdout + run.stderr;
      expect(out.match(/Erro de sintaxe em exercises\/01-hello-world-prod\/hello_world_prod\.ts:\d+:\d+: esperava/g), out).toHaveLength(1);
      expect(out).toContain("o arquivo não compila");
      expect(out).not.toMatch(RAW);
      expect(out).not.toMatch(/PARSE_ERROR|Transform failed/);
    } finally {
      wb.write(file, original);
    }
  });

  it("a stub that still throws its TODO: which TODO and which file, no esperado/recebido leftovers", async () => {
    const run = await wb.run("ex.mjs", ["2"]);
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/Seu código ainda lança o TODO do esqueleto \(exercises\/02-retry-rate-limit\/\w+\.ts:\d+\):\n\s+TODO 8: implemente callLlmWithRetry/);
    expect(run.stdout).not.toMatch(/esperado: undefined|recebido:/);
    expect(run.stdout).toMatch(/Procure os TODOs em exercises\/02-retry-rate-limit\/\w+\.ts;/);
    expect(run.stdout + run.stderr).not.toMatch(RAW);
  });

  it("an import of a file that does not exist: pt-BR, relative paths", async () => {
    const file = "exercises/01-hello-world-prod/hello_world_prod.ts";
    const original = wb.read(file);
    wb.write(file, original.replace('import { runMain } from "#lib/main";', 'import { runMain } from "#lib/main";\nimport { x } from "./naoexiste.ts";\nvoid x;'));
    try {
      const run = await wb.run("ex.mjs", ["1"]);
      expect(run.stdout).toContain('não encontrei o arquivo "exercises/01-hello-world-prod/naoexiste.ts" importado em exercises/01-hello-world-prod/hello_world_prod.ts');
      expect(run.stdout).not.toMatch(/Cannot find module/);
    } finally {
      wb.write(file, original);
    }
  });

  it("a runtime error shows only the student's frames, relative paths", async () => {
    const run = await wb.run("ex.mjs", ["1"]);
    expect(run.stdout).toMatch(/at hello_chain \(exercises\/01-hello-world-prod\/hello_world_prod\.ts:\d+:\d+\)/);
    expect(run.stdout).not.toMatch(/scripts[\\/]|node_modules|node:internal/);
  });
});

describe("npm run verify -- --etapa N", { timeout: 120_000 }, () => {
  it("runs only that step; a failure says why and how to rerun only it", async () => {
    // A quiz that crashes makes step 6 fail in a second (step 3 would run every check file).
    const file = "quiz/run.ts";
    const original = wb.read(file);
    wb.write(file, "process.exit(3);\n");
    try {
      const run = await wb.run("verify.ts", ["--etapa", "6"], { timeoutMs: 100_000 });
      expect(run.code, run.stdout + run.stderr).toBe(1);
      expect(run.stdout).not.toContain("▶ 1. Tipos");
      expect(run.stdout).not.toContain("▶ 3. Checks");
      expect(run.stdout).toContain("▶ 6. Quiz sem terminal");
      expect(run.stdout).toMatch(/Falhas:\n\s+quiz --answers [^\n]*\n[\s\S]*↻ rode só esta etapa: npm run verify -- --etapa 6/);
      expect(run.stdout).toMatch(/verify: \d+ passed, 1 failed/);
    } finally {
      wb.write(file, original);
    }
    const wrong = await wb.run("verify.ts", ["--etapa", "8"]);
    expect(wrong.code).toBe(2);
    expect(wrong.stderr).toContain("etapa “8” não existe");
  });
});

describe("verdict helpers", () => {
  it("points at the file that declares what the failing check talks about", () => {
    const dir = path.join(REPO, "exercises", "04-batch-paralelismo-filas");
    const files = ["batch_filas.ts", "fila.ts"].map((f) => path.join(dir, f));
    expect(fileDeclaring("concorrência 0: a FilaLimitada recusa já na construção", files)).toBe(files[1]);
    expect(fileDeclaring("processarEmLote respeita maxConcurrency", files)).toBe(files[0]);
    expect(fileDeclaring("nada que se reconheça", files)).toBeUndefined();
  });

  it("translates the common parser messages", () => {
    expect(translateParserMessage('Expected ")" but found ";"')).toBe('esperava ")" mas encontrou ";"');
    expect(translateParserMessage("Expected `,` or `)` but found `;`")).toBe('esperava "," ou ")" mas encontrou ";"');
    expect(translateParserMessage("Unterminated string literal")).toBe("texto entre aspas sem fechar");
  });
});
