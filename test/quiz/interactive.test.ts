// Must come first: it mocks the @inquirer/* prompts so `screen` drives them.
import { screen } from "@inquirer/testing/vitest";
import fs from "node:fs";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { runInteractiveSession, type AskFn } from "../../quiz/interactive.ts";
import { loadBank, type Question } from "../../quiz/load.ts";
import { EXIT, main, type MainIO } from "../../quiz/main.ts";
import { bookQuestions, planSession } from "../../quiz/plan.ts";
import { readQuizProgress } from "../../quiz/progress.ts";
import { captureStream, plainStyle, tempStateDir } from "./helpers.ts";

const book = bookQuestions(loadBank());
const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});

function io(extra: Partial<MainIO> = {}) {
  const dir = tempStateDir();
  dirs.push(dir);
  const stdout = captureStream(true);
  const stderr = captureStream();
  const value: MainIO = { stdout, stderr, stdinIsTTY: true, env: { WORKBOOK_STATE_DIR: dir, NO_COLOR: "1" }, cwd: dir, ...extra };
  return { io: value, stdout, stderr, file: path.join(dir, "quiz.json") };
}

/** Moves the select cursor to the option whose text is `text` (reads the screen like a person) and presses Enter. */
async function choose(text: string) {
  const lines = screen.getScreen().split("\n");
  const options = lines.filter((l) => /^[❯ ] [a-d]\) /.test(l));
  const target = options.findIndex((l) => l.slice(2).replace(/^[a-d]\) /, "") === text);
  expect(target, `option “${text}” on screen:\n${screen.getScreen()}`).toBeGreaterThanOrEqual(0);
  for (let i = 0; i < target; i++) screen.keypress("down");
  screen.keypress("enter");
}

const rightText = (q: Question) => q.options[q.correctIndex]!.text;
const wrongText = (q: Question) => q.options.find((o) => !o.correct)!.text;

describe("interactive quiz (inquirer select driven by @inquirer/testing)", () => {
  it("the book's right answers give 5/5, with feedback after each one and progress saved", async () => {
    const t = io();
    const done = main(["--livro", "--seed", "3"], t.io);
    for (const q of book) {
      await screen.next(); // main() loads the bank and the prompt first; then each answer leads to the next question
      expect(screen.getScreen()).toContain(q.prompt);
      await choose(rightText(q));
    }
    expect(await done).toBe(EXIT.ok);
    expect(t.stdout.text).toContain("Questão 1 de 5 · §3 Observabilidade · questão 1 do livro");
    expect(t.stdout.text.match(/✔ Certo!/g)).toHaveLength(5);
    expect(t.stdout.text).toContain("Resultado: 5 de 5 certas (100%)");
    expect(t.stdout.text).toContain("Nenhuma seção para revisar");
    expect(t.stdout.text).not.toMatch(/\x1b\[/); // NO_COLOR
    const progress = readQuizProgress(t.file);
    expect(Object.keys(progress.questions).sort()).toEqual(book.map((q) => q.id));
    expect(progress.sessions).toEqual([expect.objectContaining({ mode: "livro", seed: 3, answered: 5, correct: 5, finished: true })]);
  });

  it("a wrong answer shows the right option's explanation and why the chosen one is wrong", async () => {
    const t = io();
    const done = main(["--livro", "--seed", "11"], t.io);
    const first = book[0]!;
    await screen.next();
    await choose(wrongText(first));
    for (const q of book.slice(1)) {
      await screen.next();
      await choose(rightText(q));
    }
    expect(await done).toBe(EXIT.ok);
    const out = t.stdout.text;
    expect(out).toMatch(/✘ Errado\. A resposta certa é [a-d]\) Setar LANGSMITH_TRACING e LANGSMITH_API_KEY/);
    expect(out).toContain("LANGSMITH_TRACING=true liga o registro dos");
    expect(out).toContain(`${wrongText(first)} (sua resposta)`);
    expect(out).toContain("Resultado: 4 de 5 certas (80%)");
    expect(out).toContain("Seções para revisar: §3 Observabilidade (0 de 1)");
    expect(out).toContain("npm run ex:1 — Hello World em produção com tracing");
  });

  it("Ctrl-C stops cleanly (exit 130) and keeps what was answered", async () => {
    const t = io();
    const done = main(["--livro", "--seed", "5"], t.io);
    await screen.next();
    await choose(rightText(book[0]!));
    await screen.next();
    await choose(rightText(book[1]!));
    await screen.next();
    screen.keypress({ name: "c", ctrl: true });
    expect(await done).toBe(EXIT.interrupted);
    expect(t.stdout.text).toContain("Quiz interrompido: 2 de 5 questões respondidas.");
    expect(t.stdout.text).toContain("Resultado: 2 de 2 certas (100%)");
    const progress = readQuizProgress(t.file);
    expect(progress.sessions[0]).toMatchObject({ answered: 2, finished: false });
  });
});

describe("interactive loop with injected streams and fakes", () => {
  it("a fake prompt that always picks the book's letter “a” scores 4/5 (question 1 is “b”)", async () => {
    const alwaysA: AskFn = async (view) => view.question.options[0]!.index;
    const plan = planSession(loadBank(), { onlyBook: true, seed: 9 });
    const result = await runInteractiveSession(plan, { ask: alwaysA, write: () => {}, style: plainStyle() });
    expect(result.records.map((r) => r.correct)).toEqual([false, true, true, true, true]);
  });

  it("an ExitPromptError from the prompt ends the loop as interrupted; other errors propagate", async () => {
    const plan = planSession(loadBank(), { onlyBook: true, seed: 9 });
    const exit = Object.assign(new Error("closed"), { name: "ExitPromptError" });
    const interrupted = await runInteractiveSession(plan, { ask: () => Promise.reject(exit), write: () => {}, style: plainStyle() });
    expect(interrupted).toEqual({ records: [], interrupted: true });
    await expect(
      runInteractiveSession(plan, { ask: () => Promise.reject(new Error("boom")), write: () => {}, style: plainStyle() }),
    ).rejects.toThrow("boom");
  });

  it("without a terminal main() refuses at once with a pt-BR message (exit 2)", async () => {
    const t = io({ stdinIsTTY: false });
    expect(await main([], t.io)).toBe(EXIT.usage);
    expect(t.stderr.text).toContain("precisa de um terminal");
    expect(t.stderr.text).toContain("npm run quiz -- --answers b,a,a,a,a");
  });
});
