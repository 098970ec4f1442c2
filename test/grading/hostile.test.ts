// npm run grade against a class of hostile or careless students (exercise 1, the fastest): each is graded as
// failing with a pt-BR reason, the honest student still passes, the instructor's tree is byte-identical after
// grading, and no secret (the grader's environment, its .env) reaches any report.
import { createHash } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { StudentResult } from "../../scripts/lib/grading.ts";
import { labBundle } from "../../scripts/lib/lab-bundle.mjs";
import { makeWorkbook, plainEnv, type Workbook } from "../tooling/_workbook.ts";

const FOLDER = "01-hello-world-prod";
const FILE = "hello_world_prod.ts";
const ENV_SECRET = "segredo-do-ambiente-7f3a9c";
const DOTENV_SECRET = "segredo-do-dotenv-51c2e8";
const fullIsolation = process.platform === "linux" && process.getuid?.() === 0;

/** Reads every .env it can guess and every /proc/<pid>/environ, and hands them in as its answer. */
const THIEF = `
import fs from "node:fs";
import path from "node:path";
let roubado = "";
const tentar = (f: string) => { try { roubado += fs.readFileSync(f, "utf8"); } catch {} };
for (const dir of ["/tmp", process.env.TMPDIR ?? "", process.cwd(), path.dirname(process.cwd())]) {
  try { for (const d of fs.readdirSync(dir)) tentar(path.join(dir, d, ".env")); } catch {}
}
try { for (const d of fs.readdirSync("/proc")) if (/^\\d+$/.test(d)) tentar(\`/proc/\${d}/environ\`); } catch {}
export async function hello_chain(topico: string): Promise<string> { return roubado.replace(/\\0/g, "\\n") || topico; }
export async function main(): Promise<void> {}
`;

/** Tries to write into every workbook it can find (package.json, the check file). */
const VANDAL = `
import fs from "node:fs";
import path from "node:path";
for (const dir of ["/tmp", path.dirname(process.cwd())]) {
  try {
    for (const d of fs.readdirSync(dir)) {
      for (const f of ["package.json", "checks/01-hello-world-prod.test.ts", "solutions/01-hello-world-prod/hello_world_prod.ts"]) {
        try { fs.appendFileSync(path.join(dir, d, f), "\\n// vandalizado\\n"); } catch {}
      }
    }
  } catch {}
}
export async function hello_chain(): Promise<string> { return "nada"; }
export async function main(): Promise<void> {}
`;

/** The honest answer, plus an attempt to steer the grader's lab over HTTP (reset = erase the calls it made). */
const LAB_TAMPER = `
const base = (process.env.LAB_URL ?? process.env.LANGSMITH_ENDPOINT ?? "").replace(/\\/$/, "");
const token = process.env.WORKBOOK_GRADER_LAB_TOKEN ?? "";
export async function apagarRastros(): Promise<void> {
  for (const rota of ["/lab/reset", "/lab/faults", "/lab/keys"])
    await fetch(base + rota, { method: "POST", headers: { "content-type": "application/json", "x-lab-token": token }, body: rota === "/lab/faults" ? "[]" : "{}" }).catch(() => {});
}
await apagarRastros();
`;

const HOSTILE: Record<string, string> = {
  laco: "while (true) {}\nexport async function hello_chain() { return ''; }\n",
  memoria: "const lixo: number[][] = [];\nwhile (true) lixo.push(new Array(1_000_000).fill(7));\nexport async function hello_chain() { return ''; }\n",
  sai: "process.exit(0);\nexport async function hello_chain() { return ''; }\n",
  forja:
    'process.stdout.write(JSON.stringify([{ file: "checks/01-hello-world-prod.test.ts", tests: [{ name: "x", state: "passed" }] }]) + "\\n");\n' +
    'try { process.kill(process.ppid, "SIGKILL"); } catch {}\nexport async function hello_chain() { return ""; }\n',
  assercoes: 'import { chai } from "vitest";\n(chai as any).Assertion.prototype.assert = function () {};\nexport async function hello_chain() { return ""; }\nexport async function main() {}\n',
  ladrao: THIEF,
  vandalo: VANDAL,
};

let wb: Workbook;
let turma: string;

function treeHash(root: string): string {
  const hash = createHash("sha256");
  const walk = (dir: string) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      if (entry.name === "node_modules" || entry.name === "notas") continue;
      const full = path.join(dir, entry.name);
      const stat = fs.lstatSync(full);
      hash.update(`${path.relative(root, full)}\0${stat.mode}\0`);
      if (entry.isDirectory()) walk(full);
      else if (entry.isFile()) hash.update(fs.readFileSync(full));
    }
  };
  walk(root);
  return hash.digest("hex");
}

beforeAll(() => {
  wb = makeWorkbook("grade-hostil-");
  wb.write(".env", `GOOGLE_API_KEY=AIzaSyDotenvSentinel0123456789abcdef\nSEGREDO=${DOTENV_SECRET}\n`);
  turma = fs.mkdtempSync(path.join(os.tmpdir(), "turma-hostil-"));
  const student = (name: string, content: string) => {
    fs.mkdirSync(path.join(turma, name, FOLDER), { recursive: true });
    fs.writeFileSync(path.join(turma, name, FOLDER, FILE), content);
  };
  student("honesta", wb.read(`solutions/${FOLDER}/${FILE}`));
  // Honest code that also tries to reset the grader's lab: the token it can see is already spent.
  student("apaga-rastros", wb.read(`solutions/${FOLDER}/${FILE}`) + LAB_TAMPER);
  // Honest code that imports the checks' own lab handle (which holds the live token).
  // (graded in <workspace>/aluno/<folder>/, beside <workspace>/workbook/: the path a student would work out)
  student("usa-os-checks", `import { lab } from "../../workbook/checks/_support/lab.ts";\nexport const zerar = () => lab.reset();\n` + wb.read(`solutions/${FOLDER}/${FILE}`));
  for (const [name, content] of Object.entries(HOSTILE)) student(name, content);
  // Links out of the student's folder: to the reference solution and to the instructor's .env.
  fs.mkdirSync(path.join(turma, "link-solucao", FOLDER), { recursive: true });
  fs.symlinkSync(path.join(wb.root, "solutions", FOLDER, FILE), path.join(turma, "link-solucao", FOLDER, FILE));
  fs.mkdirSync(path.join(turma, "link-env", FOLDER), { recursive: true });
  fs.writeFileSync(path.join(turma, "link-env", FOLDER, FILE), wb.read(`exercises/${FOLDER}/${FILE}`));
  fs.symlinkSync(path.join(wb.root, ".env"), path.join(turma, "link-env", FOLDER, "segredo.txt"));
});

afterAll(() => {
  wb?.cleanup();
  if (turma) fs.rmSync(turma, { recursive: true, force: true });
});

describe("npm run grade: hostile students", { timeout: 400_000 }, () => {
  it("every hostile student fails with a pt-BR reason; the honest one passes; tree unchanged; no secret in any report", async () => {
    // The lab's one-file build, which `grade` makes in .workbook/cache/ when it is missing or stale, is made before the
    // tree is read: with a fresh build, grading writes nothing at all in the instructor's tree.
    await labBundle(wb.root);
    const before = treeHash(wb.root);
    const out = path.join(wb.root, "notas", "turma.json");
    const text = path.join(os.tmpdir(), `grade-hostil-${process.pid}.txt`);
    const env = plainEnv({ INSTRUTOR_SEGREDO: ENV_SECRET });
    const run = await wb.run("grade.ts", ["--dir", turma, "--ex", "1", "--timeout", "25", "--memoria", "256", "--jobs", "2", "--format", "json", "--out", out], { env, timeoutMs: 380_000 });
    expect(run.code, run.stderr).toBe(0);
    const data = JSON.parse(fs.readFileSync(out, "utf8")) as { students: StudentResult[] };
    const by = Object.fromEntries(data.students.map((r) => [r.student, r]));
    const reason = (name: string) => by[name]!.exercises[0]!.message ?? "";

    expect(by.honesta!.status, reason("honesta")).toBe("pass");
    for (const name of [...Object.keys(HOSTILE), "link-solucao", "link-env", "apaga-rastros", "usa-os-checks"]) {
      expect(by[name]!.status, `${name} não pode passar`).not.toBe("pass");
      expect(by[name]!.score, `${name} não pode pontuar`).toBe(0);
    }
    expect(reason("laco")).toMatch(/tempo esgotado/);
    expect(reason("memoria")).toMatch(/memória esgotada/);
    expect(reason("sai")).toMatch(/process\.exit|não terminaram|nenhum check/);
    expect(reason("link-solucao")).toMatch(/link que aponta para fora da pasta do aluno/);
    expect(reason("link-env")).toMatch(/segredo\.txt é um link/);
    expect(reason("apaga-rastros")).toMatch(/tentou controlar o laboratório da correção \(\d+ pedido/);
    expect(reason("usa-os-checks")).toMatch(/import proibido/);

    const reports = [fs.readFileSync(out, "utf8"), run.stdout, run.stderr];
    const textRun = await wb.run("grade.ts", ["--dir", path.join(turma, "ladrao"), "--ex", "1", "--timeout", "25", "--out", text], { env, timeoutMs: 120_000 });
    reports.push(fs.readFileSync(text, "utf8"), textRun.stdout, textRun.stderr);
    fs.rmSync(text, { force: true });
    if (fullIsolation) {
      for (const report of reports) {
        expect(report).not.toContain(ENV_SECRET);
        expect(report).not.toContain(DOTENV_SECRET);
        expect(report).not.toContain("AIzaSyDotenvSentinel");
      }
      expect(treeHash(wb.root), "a correção mudou a árvore do professor").toBe(before);
    } else {
      // Windows, macOS or a non-root user: the grader must say, loudly, that isolation is reduced.
      expect(run.stderr).toMatch(/ISOLAMENTO REDUZIDO/);
    }
  });
});
