// As a person would: a real terminal (tmux), keys typed one by one, the screen read back with capture-pane.
// Private tmux server (-S socket in a temp folder) per test, killed in `finally`; every wait polls the screen with a deadline.
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { loadBank, type Question } from "../../quiz/load.ts";
import { bookQuestions } from "../../quiz/plan.ts";
import { readQuizProgress } from "../../quiz/progress.ts";
import { repoRoot, tempStateDir } from "./helpers.ts";

const hasTmux = process.platform !== "win32" && spawnSync("tmux", ["-V"], { stdio: "ignore" }).status === 0;
const book = bookQuestions(loadBank());
const rightText = (q: Question) => q.options[q.correctIndex]!.text;

class Terminal {
  readonly stateDir = tempStateDir("quiz-tmux-");
  /** Private tmux server whose socket lives in our temp folder: nothing else is touched, nothing is left behind. */
  readonly socket = path.join(this.stateDir, "tmux.sock");

  tmux(...args: string[]): string {
    const r = spawnSync("tmux", ["-S", this.socket, ...args], { encoding: "utf8" });
    if (r.status !== 0) throw new Error(`tmux ${args[0]} failed: ${r.stderr}`);
    return r.stdout;
  }

  start(quizArgs: string[]) {
    const quote = (s: string) => `'${s.replace(/'/g, "'\\''")}'`;
    const command = [
      `WORKBOOK_STATE_DIR=${quote(this.stateDir)}`,
      quote(process.execPath),
      "--import tsx quiz/run.ts",
      ...quizArgs.map(quote),
      "; echo QUIZ_EXIT=$?; sleep 60",
    ].join(" ");
    this.tmux("new-session", "-d", "-s", "quiz", "-x", "160", "-y", "50", "-c", repoRoot, command);
  }

  screen(): string {
    return this.tmux("capture-pane", "-p", "-J", "-t", "quiz");
  }

  keys(...keys: string[]) {
    this.tmux("send-keys", "-t", "quiz", ...keys);
  }

  /** Polls the screen until `ready` returns something, or fails with the last screen. */
  async waitFor<T>(what: string, ready: (screen: string) => T | undefined, timeoutMs = 10_000): Promise<T> {
    const deadline = Date.now() + timeoutMs;
    let last = "";
    while (Date.now() < deadline) {
      last = this.screen();
      const value = ready(last);
      if (value !== undefined) return value;
      await new Promise((r) => setTimeout(r, 40));
    }
    throw new Error(`timed out waiting for ${what}; screen:\n${last}`);
  }

  close() {
    spawnSync("tmux", ["-S", this.socket, "kill-server"], { stdio: "ignore" });
    fs.rmSync(this.stateDir, { recursive: true, force: true });
  }
}

/** The open question's options as shown: letter, text and whether the cursor is on it. */
function openOptions(screen: string, prompt: string) {
  const lines = screen.split("\n");
  const at = lines.findLastIndex((l) => l.startsWith(`? ${prompt}`));
  if (at < 0) return undefined;
  const options = [];
  for (const line of lines.slice(at + 1)) {
    const m = /^(\S?)\s*([a-d])\) (.+?)\s*$/.exec(line);
    if (!m) break;
    options.push({ active: m[1] !== "", letter: m[2]!, text: m[3]! });
  }
  return options.length === 4 ? options : undefined;
}

async function answer(term: Terminal, q: Question, text: string) {
  const options = await term.waitFor(`question “${q.prompt}”`, (s) => openOptions(s, q.prompt));
  const target = options.find((o) => o.text === text);
  expect(target, `“${text}” on screen`).toBeDefined();
  term.keys(target!.letter); // the letter moves the cursor…
  await term.waitFor(`cursor on ${target!.letter})`, (s) => (openOptions(s, q.prompt)?.find((o) => o.active)?.letter === target!.letter ? true : undefined));
  term.keys("Enter"); // …and Enter answers
}

describe.skipIf(!hasTmux)("quiz in a real terminal (tmux)", () => {
  it("answering the book's 5 questions with the letters on screen gives 5/5", { timeout: 60_000 }, async () => {
    const term = new Terminal();
    try {
      term.start(["--livro"]); // random option order: the test reads the letters like a person
      for (const q of book) await answer(term, q, rightText(q));
      const final = await term.waitFor("the final score", (s) => (s.includes("QUIZ_EXIT=") ? s : undefined));
      expect(final).toContain("Resultado: 5 de 5 certas (100%)");
      expect(final).toContain("QUIZ_EXIT=0");
      const progress = readQuizProgress(path.join(term.stateDir, "quiz.json"));
      expect(progress.sessions).toEqual([expect.objectContaining({ answered: 5, correct: 5, finished: true, via: "terminal" })]);
    } finally {
      term.close();
    }
  });

  it("Ctrl-C in the middle exits with 130 and keeps the answer already given", { timeout: 60_000 }, async () => {
    const term = new Terminal();
    try {
      term.start(["--livro", "--seed", "8"]);
      const first = book[0]!;
      await answer(term, first, first.options.find((o) => !o.correct)!.text);
      await term.waitFor("question 2", (s) => openOptions(s, book[1]!.prompt));
      term.keys("C-c");
      const final = await term.waitFor("exit", (s) => (s.includes("QUIZ_EXIT=") ? s : undefined));
      expect(final).toContain("Quiz interrompido: 1 de 5 questões respondidas.");
      expect(final).toContain("QUIZ_EXIT=130");
      expect(final).not.toContain("ExitPromptError");
      const progress = readQuizProgress(path.join(term.stateDir, "quiz.json"));
      expect(progress.questions[first.id]).toMatchObject({ attempts: 1, lastCorrect: false });
      expect(progress.sessions[0]).toMatchObject({ answered: 1, finished: false });
    } finally {
      term.close();
    }
  });
});
