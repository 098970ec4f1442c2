import fs from "node:fs";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import {
  applyAnswer,
  emptyQuizProgress,
  finishSession,
  loadQuizProgress,
  MAX_SESSIONS,
  quizProgressFile,
  readQuizProgress,
  summarizeQuizProgress,
  writeQuizProgress,
} from "../../quiz/progress.ts";
import { createRecorder } from "../../quiz/recorder.ts";
import { repoRoot, tempStateDir } from "./helpers.ts";

const dirs: string[] = [];
const fileIn = () => {
  const dir = tempStateDir();
  dirs.push(dir);
  return path.join(dir, "sub", "quiz.json");
};
afterEach(() => {
  for (const dir of dirs.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});

const session = { startedAt: "2026-11-25T10:00:00.000Z", mode: "livro" as const, seed: null, via: "terminal" as const, planned: 5 };
const at = new Date("2026-11-25T10:01:00.000Z");

describe("quiz progress file", () => {
  it("lives in .workbook/ of the repository unless WORKBOOK_STATE_DIR says otherwise", () => {
    expect(quizProgressFile({})).toBe(path.join(repoRoot, ".workbook", "quiz.json"));
    expect(quizProgressFile({ WORKBOOK_STATE_DIR: "/tmp/x" })).toBe(path.resolve("/tmp/x", "quiz.json"));
  });

  it("reads as empty when missing, and never throws on garbage", () => {
    const file = fileIn();
    expect(loadQuizProgress(file)).toEqual({ progress: emptyQuizProgress(), status: "missing" });
    fs.mkdirSync(path.dirname(file), { recursive: true });
    for (const garbage of ["{oops", "[]", JSON.stringify({ version: 99, questions: {}, sessions: [] })]) {
      fs.writeFileSync(file, garbage);
      expect(loadQuizProgress(file).status).toBe("invalid");
      expect(readQuizProgress(file)).toEqual(emptyQuizProgress());
    }
  });

  it("round-trips through the single writer (creates the folder, documented header, CRLF-safe JSON)", () => {
    const file = fileIn();
    let progress = applyAnswer(emptyQuizProgress(), session, "livro-1", true, at);
    progress = applyAnswer(progress, session, "livro-2", false, at);
    progress = applyAnswer(progress, session, "livro-1", false, at);
    progress = finishSession(progress, session.startedAt, at);
    writeQuizProgress(progress, file);
    const raw = fs.readFileSync(file, "utf8");
    expect(JSON.parse(raw)._aviso).toContain("não edite");
    fs.writeFileSync(file, raw.replace(/\n/g, "\r\n")); // edited on Windows: still readable
    const back = readQuizProgress(file);
    expect(back.questions["livro-1"]).toEqual({ attempts: 2, correct: 1, lastCorrect: false, lastAnsweredAt: at.toISOString() });
    expect(back.sessions).toEqual([{ ...session, answered: 3, correct: 1, finished: true }]);
    expect(summarizeQuizProgress(back)).toMatchObject({ questionsAnswered: 2, questionsRightLastTime: 0, bookRightLastTime: 0, sessions: 1 });
    expect(fs.readdirSync(path.dirname(file))).toEqual(["quiz.json"]); // no temp file left behind
  });

  it(`keeps the last ${MAX_SESSIONS} sessions`, () => {
    let progress = emptyQuizProgress();
    for (let i = 0; i < MAX_SESSIONS + 5; i++) {
      progress = applyAnswer(progress, { ...session, startedAt: `s${String(i).padStart(2, "0")}` }, "livro-1", true, at);
    }
    expect(progress.sessions).toHaveLength(MAX_SESSIONS);
    expect(progress.sessions[0]?.startedAt).toBe("s05");
  });

  it("the recorder saves after every answer and backs up an unreadable file before replacing it", () => {
    const file = fileIn();
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, "not json");
    const warnings: string[] = [];
    const recorder = createRecorder({ file, mode: "livro", seed: 3, via: "answers", planned: 2, warn: (m) => warnings.push(m), now: () => at });
    expect(recorder.saved).toBe(false);
    recorder.record("livro-1", true);
    expect(recorder.saved).toBe(true);
    expect(readQuizProgress(file).sessions[0]).toMatchObject({ answered: 1, finished: false, seed: 3, via: "answers" });
    recorder.record("livro-2", false);
    recorder.finish();
    expect(readQuizProgress(file).sessions[0]).toMatchObject({ answered: 2, correct: 1, finished: true });
    expect(fs.readFileSync(`${file}.invalido`, "utf8")).toBe("not json");
    expect(warnings).toEqual([expect.stringContaining("ilegível")]);
  });

  it("the recorder warns once and keeps going when the file cannot be written", () => {
    const dir = tempStateDir();
    dirs.push(dir);
    const blocker = path.join(dir, "blocker");
    fs.writeFileSync(blocker, "a file where a folder should be");
    const warnings: string[] = [];
    const recorder = createRecorder({ file: path.join(blocker, "quiz.json"), mode: "livro", seed: null, via: "terminal", planned: 2, warn: (m) => warnings.push(m) });
    recorder.record("livro-1", true);
    recorder.record("livro-2", true);
    expect(recorder.saved).toBe(false);
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toContain("Não consegui salvar o progresso");
  });
});
