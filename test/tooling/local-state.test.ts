// Broken local state never crashes a command and never loses anything (issue 20 item 7): a malformed or
// unreadable progress file, an unwritable one, a reserved LAB_PORT, a key with a non-ASCII character,
// and `reset --desfazer` after new work.
import fs from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ConfigError, readConfig } from "../../lib/config.ts";
import { loadProgress, updateProgress } from "../../lib/progress.ts";
import { startLabOnPort } from "../../lib/session.ts";
import type { Lab } from "../../lib/lab/server.ts";
import { makeWorkbook, type Workbook } from "./_workbook.ts";

const PROGRESS = ".workbook/progresso.json";
let wb: Workbook;
beforeAll(() => {
  wb = makeWorkbook("estado-");
});
afterAll(() => wb.cleanup());

const tmpLeft = () => fs.readdirSync(path.join(wb.root, ".workbook")).filter((f) => f.endsWith(".tmp"));

describe("progress file", { timeout: 180_000 }, () => {
  it('"exercises": null: dica and progresso work, the file is kept aside before being replaced', async () => {
    const broken = JSON.stringify({ _aviso: "x", version: 1, exercises: null });
    wb.write(PROGRESS, broken);
    const table = await wb.run("progresso.ts");
    expect(table.code, table.stderr).toBe(0);
    expect(table.stderr).not.toMatch(/TypeError/);
    expect(table.stderr).toContain("está ilegível");
    const hint = await wb.run("dica.ts", ["1"]);
    expect(hint.code, hint.stderr).toBe(0);
    expect(hint.stdout).toContain("Dica 1/");
    expect(hint.stderr).toMatch(/estava ilegível; guardei uma cópia em \.workbook\/progresso\.json\.invalido/);
    expect(wb.read(`${PROGRESS}.invalido`)).toBe(broken);
    expect(JSON.parse(wb.read(PROGRESS)).exercises["1"].hintsSeen).toBe(1);
  });

  it("not JSON: the next write keeps a second copy without overwriting the first", async () => {
    wb.write(PROGRESS, "{ isto não é json");
    const hint = await wb.run("dica.ts", ["2"]);
    expect(hint.code, hint.stderr).toBe(0);
    expect(wb.read(`${PROGRESS}.invalido-2`)).toBe("{ isto não é json");
    expect(wb.exists(`${PROGRESS}.invalido`)).toBe(true);
  });

  it("wrong field types are dropped, not carried into arithmetic", () => {
    wb.write(PROGRESS, JSON.stringify({ version: 1, exercises: { "3": { attempts: "abc", passed: "sim", hintsSeen: -2 }, x: 1 } }));
    expect(loadProgress(wb.root)).toEqual({ status: "ok", progress: expect.objectContaining({ exercises: { "3": { attempts: 0, passed: false } } }) });
    const after = updateProgress(wb.root, 3, (p) => ({ ...p, attempts: p.attempts + 1 }), { warn: () => {} });
    expect(after.exercises["3"]!.attempts).toBe(1);
  });

  it("an unwritable progress file: dica and ex:N finish with a pt-BR warning and leave no temp file", async () => {
    fs.rmSync(path.join(wb.root, PROGRESS), { force: true });
    // A folder where the file should be fails every write, for root too (chmod does not stop root).
    fs.mkdirSync(path.join(wb.root, PROGRESS, "bloqueio"), { recursive: true });
    try {
      const hint = await wb.run("dica.ts", ["1"]);
      expect(hint.code, hint.stderr).toBe(0);
      expect(hint.stderr).toMatch(/Não consegui salvar o progresso em \.workbook\/progresso\.json .*o resultado acima continua valendo/);
      expect(hint.stderr).not.toMatch(/EISDIR|\bat |Error:/);
      const ex = await wb.run("ex.mjs", ["1"]);
      expect(ex.code).toBe(1); // the stub: not solved, but the verdict was printed
      expect(ex.stdout).toContain("Ainda não resolvido");
      expect(ex.stderr).toContain("Não consegui salvar o progresso");
      expect(tmpLeft()).toEqual([]);
    } finally {
      fs.rmSync(path.join(wb.root, PROGRESS), { recursive: true, force: true });
    }
  });
});

describe("LAB_PORT that cannot be opened", () => {
  const fakeLab = (port: number, portFallback = false) => ({ port, portFallback, url: `http://127.0.0.1:${port}` }) as unknown as Lab;

  it("a reserved port (EACCES) falls back to a free one, with a pt-BR line", async () => {
    const lines: string[] = [];
    const tried: number[] = [];
    const lab = await startLabOnPort(
      async (port) => {
        tried.push(port);
        if (port === 80) throw Object.assign(new Error("listen EACCES: permission denied 127.0.0.1:80"), { code: "EACCES" });
        return fakeLab(41234);
      },
      80,
      (l) => lines.push(l),
    );
    expect(tried).toEqual([80, 0]);
    expect(lab.port).toBe(41234);
    expect(lines).toEqual(["A porta 80 (LAB_PORT) precisa de permissão de administrador (portas abaixo de 1024 são reservadas); o laboratório usou a 41234."]);
  });

  it("a busy port says so; no LAB_PORT says nothing; a failure on any port is not hidden", async () => {
    const lines: string[] = [];
    await startLabOnPort(async () => fakeLab(5000, true), 8787, (l) => lines.push(l));
    expect(lines).toEqual(["A porta 8787 (LAB_PORT) está ocupada; o laboratório usou a 5000."]);
    await startLabOnPort(async () => fakeLab(5001), 0, (l) => lines.push(l));
    expect(lines).toHaveLength(1);
    const refused = Object.assign(new Error("listen EPERM"), { code: "EPERM" });
    await expect(startLabOnPort(async () => Promise.reject(refused), 0, () => {})).rejects.toBe(refused);
  });
});

describe("API keys with characters an HTTP header cannot carry", () => {
  it("are refused by the config, in pt-BR, naming the variable and not echoing the key", () => {
    const key = "AIzaSyD-exemplo-de-chave-com-çedilha-0123456";
    let error: unknown;
    try {
      readConfig({ GOOGLE_API_KEY: key });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ConfigError);
    expect((error as ConfigError).variable).toBe("GOOGLE_API_KEY");
    expect((error as Error).message).toMatch(/GOOGLE_API_KEY tem um caractere que não pode estar numa chave \(“ç”/);
    expect((error as Error).message).not.toContain(key);
    expect(() => readConfig({ OPENAI_API_KEY: "sk-proj-abc\u201Cdef0123456789" })).toThrow(/OPENAI_API_KEY tem um caractere/);
    expect(readConfig({ GOOGLE_API_KEY: "AIzaSyD-exemplo-de-chave-ascii_0123456" }).modes.gemini).toBe("real");
  });
});

describe("reset --desfazer after new work", { timeout: 180_000 }, () => {
  it("refuses instead of replacing the new work by the old backup; --forcar restores and keeps the new work", async () => {
    const file = "exercises/01-hello-world-prod/hello_world_prod.ts";
    const stub = wb.read(file);
    wb.write(file, `${stub}\n// trabalho antigo\n`);
    expect((await wb.run("reset.ts", ["1", "--yes"])).code).toBe(0);
    wb.write(file, `${stub}\n// trabalho novo\n`);
    const undo = await wb.run("reset.ts", ["1", "--desfazer", "--yes"]);
    expect(undo.code).toBe(1);
    expect(undo.stderr).toMatch(/Você mexeu em exercises[\\/]01-hello-world-prod[\\/]hello_world_prod\.ts depois do reset/);
    expect(undo.stderr).toContain("npm run reset 1 -- --desfazer --forcar");
    expect(wb.read(file)).toContain("// trabalho novo");
    const forced = await wb.run("reset.ts", ["1", "--desfazer", "--forcar", "--yes"]);
    expect(forced.code, forced.stderr).toBe(0);
    expect(wb.read(file)).toContain("// trabalho antigo");
    const backups = path.join(wb.root, ".workbook", "backups", "01-hello-world-prod");
    const kept = fs.readdirSync(backups).map((d) => path.join(backups, d, "arquivos", "hello_world_prod.ts")).filter((f) => fs.existsSync(f));
    expect(kept.some((f) => fs.readFileSync(f, "utf8").includes("// trabalho novo"))).toBe(true);
    const typo = await wb.run("reset.ts", ["1", "--desfaze"]);
    expect(typo.code).toBe(2);
    expect(typo.stderr).toContain("opção desconhecida: --desfaze");
  });
});
