// npm run progresso: the table, the bar, the quiz line (optional), --json; it never writes the progress.
import fs from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { exercises } from "../../curriculum.ts";
import { makeWorkbook, plainEnv, type Workbook } from "./_workbook.ts";

let wb: Workbook;
beforeAll(() => {
  wb = makeWorkbook("progresso-");
});
afterAll(() => wb.cleanup());

interface Json {
  done: number;
  total: number;
  ready: number;
  exercises: Array<{ id: number; state: string; attempts: number; hintsSeen: number; solutionForced: boolean; edited: boolean | null }>;
  quiz: null | { bookRightLastTime: number; questionsAnswered: number };
}

describe("npm run progresso", { timeout: 180_000 }, () => {
  it("a fresh copy: nothing started, 0/N, the next step is ex:1", async () => {
    const run = await wb.run("progresso.ts");
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toMatch(/ 1 {2}Hello World em produção com tracing\s+· não iniciado/);
    expect(run.stdout).toContain(`0/${exercises.length} exercícios`);
    expect(run.stdout).toContain("Próximo passo: npm run ex:1");
    expect(run.stdout).not.toContain("\x1b[");
    expect(wb.exists(".workbook/progresso.json")).toBe(false);
  });

  it("reads attempts, hints, solutionForced and edits; --json has the same data", async () => {
    wb.write(
      ".workbook/progresso.json",
      JSON.stringify({ _aviso: "x", version: 1, exercises: { "1": { attempts: 3, passed: true, lastRun: new Date(Date.now() - 5 * 60_000).toISOString(), hintsSeen: 2, solutionForced: true } } }),
    );
    const table = await wb.run("progresso.ts");
    expect(table.stdout).toMatch(/ 1 {2}Hello World.*✓ feito\s+3 {2}há 5 minutos\s+2\/4 {2}\(viu a solução antes\)/);
    expect(table.stdout).toContain(`1/${exercises.length} exercícios`);

    const run = await wb.run("progresso.ts", ["--json"]);
    const data = JSON.parse(run.stdout) as Json;
    expect(data).toMatchObject({ done: 1, total: exercises.length, ready: exercises.filter((e) => e.status === "ready").length });
    expect(data.exercises[0]).toMatchObject({ id: 1, state: "feito", attempts: 3, hintsSeen: 2, solutionForced: true, edited: false });
    expect(data.exercises.find((e) => exercises.find((x) => x.id === e.id)?.status === "planned")?.state ?? "em-breve").toBe("em-breve");
  });

  it("an edited stub counts as 'em andamento' even before the first run", async () => {
    wb.write(".workbook/progresso.json", JSON.stringify({ _aviso: "x", version: 1, exercises: {} }));
    wb.write("exercises/01-hello-world-prod/hello_world_prod.ts", "// comecei\n");
    const data = JSON.parse((await wb.run("progresso.ts", ["--json"])).stdout) as Json;
    expect(data.exercises[0]).toMatchObject({ state: "em-andamento", edited: true, attempts: 0 });
  });

  it("shows the quiz score when quiz/progress.ts exports readQuizProgress(), and works without quiz/", async () => {
    const state = path.join(wb.root, "estado-quiz");
    fs.mkdirSync(state);
    const at = new Date().toISOString();
    fs.writeFileSync(
      path.join(state, "quiz.json"),
      JSON.stringify({
        version: 1,
        updatedAt: at,
        questions: {
          "livro-1": { attempts: 1, correct: 1, lastCorrect: true, lastAnsweredAt: at },
          "livro-2": { attempts: 1, correct: 0, lastCorrect: false, lastAnsweredAt: at },
          "secao-03-x": { attempts: 1, correct: 1, lastCorrect: true, lastAnsweredAt: at },
        },
        sessions: [{ startedAt: at, mode: "livro", seed: 1, via: "answers", planned: 3, answered: 3, correct: 2, finished: true }],
      }),
    );
    if (wb.exists("quiz/progress.ts")) {
      const withQuiz = await wb.run("progresso.ts", [], { env: plainEnv({ WORKBOOK_STATE_DIR: state }) });
      expect(withQuiz.stdout).toContain("Quiz: 1/5 questões do livro certas, 2/3 respondidas certas");
      expect(withQuiz.stdout).toContain("última rodada 2/3");
    }
    fs.rmSync(path.join(wb.root, "quiz"), { recursive: true, force: true });
    const without = await wb.run("progresso.ts", ["--json"], { env: plainEnv({ WORKBOOK_STATE_DIR: state }) });
    expect(without.code, without.stderr).toBe(0);
    expect((JSON.parse(without.stdout) as Json).quiz).toBeNull();
  });
});
