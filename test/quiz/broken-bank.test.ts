// The first question appears before zod has validated the bank; these tests prove nothing is graded from a
// broken bank: the open question is aborted (or the answer refused) and the problems are printed, exit 1.
import fs from "node:fs";
import { afterEach, describe, expect, it, vi } from "vitest";
import type { AskFn } from "../../quiz/interactive.ts";
import type { QuestionData } from "../../quiz/schema.ts";
import { EXIT, main, type MainIO } from "../../quiz/main.ts";
import { readQuizProgress } from "../../quiz/progress.ts";
import { captureStream, tempStateDir } from "./helpers.ts";

vi.mock("../../quiz/bank/index.ts", async (importOriginal) => {
  const real = await importOriginal<typeof import("../../quiz/bank/index.ts")>();
  const broken = structuredClone(real.rawBank) as QuestionData[];
  broken[1]!.options[2]!.explanation = "curta"; // passes the draft mapping, fails zod (min 20 characters)
  return { rawBank: broken };
});

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});

function setup(createAsk: (signal: AbortSignal) => AskFn) {
  const dir = tempStateDir();
  dirs.push(dir);
  const stdout = captureStream(true);
  const stderr = captureStream();
  const io: MainIO = {
    stdout,
    stderr,
    stdinIsTTY: true,
    env: { WORKBOOK_STATE_DIR: dir, NO_COLOR: "1" },
    cwd: dir,
    createAsk: async (_style, signal) => createAsk(signal),
  };
  return { io, stdout, stderr, dir };
}

describe("a bank that fails validation", () => {
  it("aborts the question already on screen and prints the problem (exit 1)", async () => {
    const shown: string[] = [];
    const t = setup((signal) => async (view) => {
      shown.push(view.question.id);
      // A student still reading: the answer never comes; only the abort ends the prompt.
      return new Promise<number>((_, reject) =>
        signal.addEventListener("abort", () => reject(Object.assign(new Error("aborted"), { name: "AbortPromptError" }))),
      );
    });
    expect(await main(["--livro"], t.io)).toBe(EXIT.bankError);
    expect(shown).toEqual(["livro-1"]);
    expect(t.stderr.text).toContain("Banco de questões do quiz inválido");
    expect(t.stderr.text).toContain('"livro-2".options[2].explanation: Pequeno demais');
    expect(t.stdout.text).not.toContain("Resultado");
    expect(fs.existsSync(`${t.dir}/quiz.json`)).toBe(false);
  });

  it("refuses to grade an answer given before validation finished", async () => {
    const t = setup(() => async (view) => view.question.correctIndex);
    expect(await main(["--livro"], t.io)).toBe(EXIT.bankError);
    expect(t.stdout.text).not.toContain("Certo!");
    expect(readQuizProgress(`${t.dir}/quiz.json`).sessions).toEqual([]);
  });

  it("--answers validates before grading", async () => {
    const t = setup(() => async () => 0);
    expect(await main(["--answers", "b,a,a,a,a"], t.io)).toBe(EXIT.bankError);
    expect(t.stdout.text).toBe("");
    expect(t.stderr.text).toContain("Banco de questões do quiz inválido");
  });
});
