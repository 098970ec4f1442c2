// npm run grade: a class folder outside the workbook with a passing, a failing and a syntactically broken
// student gives three correct rows; every format; lab mode with the grader's keys removed.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { toCsv, toJunit, toText, type StudentResult } from "../../scripts/lib/grading.ts";
import { sandboxEnv, type Workspace } from "../../scripts/lib/sandbox.ts";
import { makeWorkbook, type Workbook } from "./_workbook.ts";

const FOLDER = "01-hello-world-prod";
const FILE = `${FOLDER}/hello_world_prod.ts`;
let wb: Workbook;
let turma: string;

beforeAll(() => {
  wb = makeWorkbook("grade-");
  turma = fs.mkdtempSync(path.join(os.tmpdir(), "turma-"));
  const student = (name: string, content: string) => {
    fs.mkdirSync(path.join(turma, name, FOLDER), { recursive: true });
    fs.writeFileSync(path.join(turma, name, FILE), content);
  };
  student("ana", wb.read(`solutions/${FILE}`));
  student("bruno", wb.read(`exercises/${FILE}`));
  student("carla", `${wb.read(`exercises/${FILE}`)}\nexport const quebrado = (x: string => {\n`);
});
afterAll(() => {
  wb.cleanup();
  fs.rmSync(turma, { recursive: true, force: true });
});

type ClassJson = { version: 3; status: string; students: StudentResult[] };

describe("npm run grade", { timeout: 180_000 }, () => {
  let results: StudentResult[];

  it("grades a class folder: pass, fail, error (syntax), in results.json v3 shape", async () => {
    const out = path.join(wb.root, "notas", "turma.json");
    const run = await wb.run("grade.ts", ["--dir", turma, "--ex", "1", "--format", "json", "--out", out], { timeoutMs: 240_000 });
    expect(run.code, run.stderr).toBe(0);
    expect(run.stderr).toContain("Corrigindo 3 alunos");
    const data = JSON.parse(fs.readFileSync(out, "utf8")) as ClassJson;
    results = data.students;
    expect(data.version).toBe(3);
    expect(results.map((r) => [r.student, r.status])).toEqual([
      ["ana", "pass"],
      ["bruno", "fail"],
      ["carla", "error"],
    ]);
    const [ana, bruno, carla] = results as [StudentResult, StudentResult, StudentResult];
    const n = ana.tests.length;
    expect(n).toBeGreaterThan(0);
    expect(ana).toMatchObject({ score: n, max_score: n, exercises_passed: 1, exercises_total: 1 });
    expect(ana.tests.every((t) => t.status === "pass" && t.task_id === 1 && t.message === null)).toBe(true);
    expect(bruno.tests.some((t) => t.status === "fail")).toBe(true);
    expect(bruno.tests.find((t) => t.status === "fail")!.message).toBeTruthy();
    expect(bruno.exercises[0]!.failing.length).toBe(bruno.tests.filter((t) => t.status !== "pass").length);
    expect(carla.tests.every((t) => t.status === "error")).toBe(true);
    expect(carla.exercises[0]).toMatchObject({ status: "error" });
    expect(carla.exercises[0]!.message).toMatch(/erro de sintaxe em 01-hello-world-prod\/hello_world_prod\.ts:\d+:\d+/);
    for (const r of results) {
      expect(r.tests.length).toBe(n); // the same checks, in file order, for everyone
      expect(r.tests.map((t) => t.name)).toEqual(ana.tests.map((t) => t.name));
      for (const t of r.tests) {
        expect(t.output === null || t.output.length <= 500).toBe(true);
        expect(t).toHaveProperty("score");
        expect(t).toHaveProperty("max_score", 1);
      }
    }
  });

  it("CSV has one row per student and exercise; JUnit and text carry the same verdicts", () => {
    const [ana, bruno] = results as [StudentResult, StudentResult, StudentResult];
    const n = ana.tests.length;
    const brunoOk = bruno.tests.filter((t) => t.status === "pass").length;
    const csv = toCsv(results).trim().split("\n");
    expect(csv[0]).toBe("aluno,exercicio,slug,status,checks_ok,checks_total,pontos,pontos_max,tempo_s,falhas,mensagem");
    expect(csv.slice(1).map((line) => line.split(",").slice(0, 6).join(","))).toEqual([
      `ana,1,hello-world-prod,pass,${n},${n}`,
      `bruno,1,hello-world-prod,fail,${brunoOk},${n}`,
      `carla,1,hello-world-prod,error,0,${n}`,
    ]);
    const junit = toJunit(results);
    expect(junit).toMatch(new RegExp(`^<\\?xml version="1\\.0" encoding="UTF-8"\\?>\\n<testsuites name="npm run grade" tests="${3 * n}" failures="${n - brunoOk}" errors="${n}"`));
    expect(junit).toContain(`<testsuite name="ana/01-hello-world-prod" tests="${n}" failures="0" errors="0"`);
    expect((junit.match(/<failure /g) ?? []).length).toBe(n - brunoOk);
    expect((junit.match(/<error /g) ?? []).length).toBe(n);
    const plain = { green: String, red: String, yellow: String, dim: String, bold: String };
    const text = toText(results, plain);
    expect(text).toMatch(new RegExp(`✓ ana\\s+${n}/${n} pontos\\s+100 %`));
    expect(text).toMatch(new RegExp(`✗ bruno\\s+${brunoOk}/${n} pontos`));
    expect(text).toMatch(new RegExp(`! carla\\s+0/${n} pontos`));
  });

  it("one student's folder: JUnit to a file, exit 0 even when the student fails", async () => {
    const out = path.join(wb.root, "notas", "bruno.xml");
    const run = await wb.run("grade.ts", ["--dir", path.join(turma, "bruno"), "--ex", "hello-world-prod", "--format", "junit", "--out", out], { timeoutMs: 120_000 });
    expect(run.code, run.stderr).toBe(0);
    const xml = fs.readFileSync(out, "utf8");
    expect(xml).toMatch(/<testsuite name="bruno\/01-hello-world-prod" tests="(\d+)" failures="[1-9]\d*" errors="0"/);
  });

  it("usage errors exit 2 in pt-BR", async () => {
    const none = await wb.run("grade.ts", []);
    expect(none.code).toBe(2);
    expect(none.stderr).toContain("--dir");
    const empty = fs.mkdtempSync(path.join(os.tmpdir(), "vazia-"));
    try {
      const run = await wb.run("grade.ts", ["--dir", empty]);
      expect(run.code).toBe(2);
      expect(run.stderr).toContain("não parece a pasta de um aluno");
    } finally {
      fs.rmSync(empty, { recursive: true, force: true });
    }
    const format = await wb.run("grade.ts", ["--dir", turma, "--format", "xml"]);
    expect(format.code).toBe(2);
    expect(format.stderr).toContain("Formato desconhecido");
  });

  it("grades in lab mode with an environment built from scratch: the grader's keys never reach it, blanked so dotenv cannot refill them", () => {
    const saved = { ...process.env };
    Object.assign(process.env, { GOOGLE_API_KEY: "AIzaCHAVE-DO-PROFESSOR-0123456789", OPENAI_API_KEY: "sk-professor-0123456789", LANGSMITH_API_KEY: "lsv2_pt_professor0123456789", SEGREDO_DO_PROFESSOR: "x" });
    try {
      const ws = { home: "/sandbox/home", tmp: "/sandbox/tmp" } as Workspace;
      const env = sandboxEnv(ws, 512);
      expect(env.WORKBOOK_MODE).toBe("lab");
      expect(env.GOOGLE_API_KEY).toBe("");
      expect(env.OPENAI_API_KEY).toBe("");
      expect(env.LANGSMITH_API_KEY).toBe("");
      expect(env.SEGREDO_DO_PROFESSOR).toBeUndefined();
      expect(JSON.stringify(env)).not.toMatch(/PROFESSOR|professor/);
      expect(env.HOME).toBe("/sandbox/home");
    } finally {
      for (const k of Object.keys(process.env)) if (!(k in saved)) delete process.env[k];
      Object.assign(process.env, saved);
    }
  });
});
