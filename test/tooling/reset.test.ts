// npm run reset N: asks (or --yes), backs up, restores only that exercise's stub, --desfazer brings it back.
import fs from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { makeWorkbook, type Workbook } from "./_workbook.ts";

const STUB = "exercises/01-hello-world-prod/hello_world_prod.ts";
const README = "exercises/01-hello-world-prod/README.md";
const PROGRESS = ".workbook/progresso.json";

let wb: Workbook;
let original: string;
beforeAll(() => {
  wb = makeWorkbook("reset-");
  original = wb.read(STUB);
});
afterAll(() => wb.cleanup());

describe("npm run reset", { timeout: 180_000 }, () => {
  it("without a terminal and without --yes it refuses, in pt-BR, and touches nothing", async () => {
    wb.write(STUB, "// meu trabalho\nexport const x = 1;\n");
    const run = await wb.run("reset.ts", ["1"]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("--yes");
    expect(run.stderr).toMatch(/Não há um terminal/);
    expect(wb.read(STUB)).toBe("// meu trabalho\nexport const x = 1;\n");
    expect(wb.exists(".workbook/backups")).toBe(false);
  });

  it("with --yes it backs up the student's files, restores the stub and leaves progress, README and other exercises alone", async () => {
    const progress = '{\n  "_aviso": "x",\n  "version": 1,\n  "exercises": { "1": { "attempts": 4, "passed": false, "hintsSeen": 2 } }\n}\n';
    wb.write(PROGRESS, progress);
    wb.write(README, "# minhas anotações\n");
    wb.write("exercises/99-outro/arquivo.ts", "// outro exercício\n");
    wb.write(STUB, "// meu trabalho v2\n");

    const run = await wb.run("reset.ts", ["01", "--yes"]);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toContain("Exercício 1 restaurado");
    expect(run.stdout).toContain("--desfazer");
    expect(wb.read(STUB)).toBe(original.replace(/\r\n/g, "\n"));
    expect(wb.read(PROGRESS)).toBe(progress);
    expect(wb.read(README)).toBe("# minhas anotações\n");
    expect(wb.read("exercises/99-outro/arquivo.ts")).toBe("// outro exercício\n");

    const base = path.join(wb.root, ".workbook/backups/01-hello-world-prod");
    const [backup] = fs.readdirSync(base);
    expect(backup).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}-\d{2}-\d{2}-\d{3}Z/);
    expect(fs.readFileSync(path.join(base, backup!, "arquivos/hello_world_prod.ts"), "utf8")).toBe("// meu trabalho v2\n");
    expect(JSON.parse(fs.readFileSync(path.join(base, backup!, "backup.json"), "utf8"))).toMatchObject({ kind: "reset", exercise: 1, files: ["hello_world_prod.ts"] });
  });

  it("--desfazer --yes brings the last backup back (and keeps a copy of the stub it replaces)", async () => {
    const run = await wb.run("reset.ts", ["1", "--desfazer", "--yes"]);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toContain("restaurados do backup");
    expect(wb.read(STUB)).toBe("// meu trabalho v2\n");
    const kinds = fs
      .readdirSync(path.join(wb.root, ".workbook/backups/01-hello-world-prod"))
      .map((d) => JSON.parse(wb.read(`.workbook/backups/01-hello-world-prod/${d}/backup.json`)).kind as string);
    expect(kinds.sort()).toEqual(["antes-de-desfazer", "reset"]);
  });

  it("says there is nothing to do when the exercise is already the original", async () => {
    wb.write(STUB, original);
    const run = await wb.run("reset.ts", ["hello-world-prod", "--yes"]);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain("nada a restaurar");
  });

  it("refuses clearly when no original exists (no snapshot, no git) and rejects unknown exercises", async () => {
    const snapshot = wb.read("scripts/lib/pristine-stubs.json");
    fs.rmSync(path.join(wb.root, "scripts/lib/pristine-stubs.json"));
    wb.write(STUB, "// editado\n");
    try {
      const run = await wb.run("reset.ts", ["1", "--yes"]);
      expect(run.code).toBe(1);
      expect(run.stderr).toContain("Não encontrei a versão original");
      expect(wb.read(STUB)).toBe("// editado\n");
    } finally {
      wb.write("scripts/lib/pristine-stubs.json", snapshot);
    }
    const unknown = await wb.run("reset.ts", ["helo-world-prod"]);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('Você quis dizer "hello-world-prod"');
  });
});
