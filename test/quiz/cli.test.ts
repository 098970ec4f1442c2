// The quiz as a student's shell runs it: a child process, stdout/stderr piped (so: no terminal, no colors).
import { spawn } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { repoRoot, runScript, tempStateDir } from "./helpers.ts";

const stateDir = tempStateDir("quiz-cli-");
afterAll(() => fs.rmSync(stateDir, { recursive: true, force: true }));

interface Result {
  code: number | null;
  stdout: string;
  stderr: string;
  ms: number;
}

function runQuiz(args: string[], options: { npm?: boolean; env?: Record<string, string> } = {}): Promise<Result> {
  const started = performance.now();
  const npm = process.platform === "win32" ? "npm.cmd" : "npm";
  const [command, argv] = options.npm
    ? [npm, ["run", "--silent", "quiz", "--", ...args]]
    : [process.execPath, ["--import", "tsx", runScript, ...args]];
  return new Promise((resolve, reject) => {
    const child = spawn(command, argv, {
      cwd: repoRoot,
      env: { ...process.env, WORKBOOK_STATE_DIR: stateDir, ...options.env },
      stdio: ["pipe", "pipe", "pipe"], // stdin is a pipe, not a terminal
      shell: options.npm === true && process.platform === "win32",
    });
    let stdout = "";
    let stderr = "";
    child.stdout.setEncoding("utf8").on("data", (c: string) => (stdout += c));
    child.stderr.setEncoding("utf8").on("data", (c: string) => (stderr += c));
    const timer = setTimeout(() => child.kill(), 15_000); // a hang would be a bug: fail instead of waiting forever
    child.on("error", reject);
    child.on("close", (code) => {
      clearTimeout(timer);
      resolve({ code, stdout, stderr, ms: performance.now() - started });
    });
  });
}

describe("npm run quiz without a terminal", () => {
  it("--answers b,a,a,a,a grades the book's questions 5/5 and exits 0, plain text when piped", async () => {
    const r = await runQuiz(["--answers", "b,a,a,a,a"]);
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("Resultado: 5 de 5 certas (100%)");
    expect(r.stdout).not.toMatch(/\x1b\[/);
  });

  it("wrong answers show the right explanation, the weak sections and the exercises to redo", async () => {
    const r = await runQuiz(["--answers", "a,a,a,a,b"]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("certa: b) Setar LANGSMITH_TRACING e LANGSMITH_API_KEY");
    expect(r.stdout).toContain("LANGSMITH_TRACING=true");
    expect(r.stdout).toContain("certa: a) Isolamento e automação de deploy");
    expect(r.stdout).toContain("Resultado: 3 de 5 certas (60%)");
    expect(r.stdout).toContain("npm run ex:1");
    expect(r.stdout).toContain("npm run ex:10");
  });

  it("--json prints one JSON document for machines", async () => {
    const r = await runQuiz(["--answers", "B,A,A,A,C", "--json"]);
    expect(r.code).toBe(0);
    const report = JSON.parse(r.stdout);
    expect(report).toMatchObject({ version: 1, mode: "livro", total: 5, correct: 4, percent: 80 });
    expect(report.questions.map((q: { id: string }) => q.id)).toEqual(["livro-1", "livro-2", "livro-3", "livro-4", "livro-5"]);
    expect(report.questions[4]).toMatchObject({ answer: "c", correctAnswer: "a", isCorrect: false, exercise: { command: "npm run ex:10" } });
    expect(report.redo).toEqual([expect.objectContaining({ slug: "deploy-docker-ci", command: "npm run ex:10" })]);
  });

  it("with no terminal and no --answers: a pt-BR message and exit 2, at once (no hang)", async () => {
    const r = await runQuiz([]);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe("");
    expect(r.stderr).toContain("O quiz é interativo e precisa de um terminal");
    expect(r.stderr).toContain("npm run quiz -- --answers b,a,a,a,a");
  });

  it("bad flags → pt-BR usage on stderr and exit 2", async () => {
    const r = await runQuiz(["--secao", "99"]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("Erro: seção “99” não existe");
    expect(r.stderr).toContain("Uso: npm run quiz -- [opções]");
    const wrongCount = await runQuiz(["--answers", "b,a"]);
    expect(wrongCount.code).toBe(2);
    expect(wrongCount.stderr).toContain("--answers tem 2 resposta(s), mas esta prova tem 5 questão(ões).");
  });

  it("through the npm script, as documented", async () => {
    const r = await runQuiz(["--answers", "b,a,a,a,a", "--json"], { npm: true });
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toMatchObject({ correct: 5, total: 5 });
  });
});

describe("progress written by the CLI", () => {
  it("saves the graded answers in WORKBOOK_STATE_DIR/quiz.json", async () => {
    const own = tempStateDir("quiz-cli-own-");
    try {
      const r = await runQuiz(["--answers", "b,b,a,a,a"], { env: { WORKBOOK_STATE_DIR: own } });
      expect(r.code).toBe(0);
      const saved = JSON.parse(fs.readFileSync(path.join(own, "quiz.json"), "utf8"));
      expect(saved.version).toBe(1);
      expect(saved.questions["livro-2"]).toMatchObject({ attempts: 1, correct: 0, lastCorrect: false });
      expect(saved.sessions).toEqual([expect.objectContaining({ via: "answers", mode: "livro", answered: 5, correct: 4, finished: true })]);
    } finally {
      fs.rmSync(own, { recursive: true, force: true });
    }
  });
});
