/**
 * Quiz progress in `.workbook/quiz.json` (another team's `npm run progresso` reads it via readQuizProgress()).
 * Written ONLY by writeQuizProgress(), after every answer, so Ctrl-C never loses what was answered.
 *
 * Format (version 1):
 * {
 *   "_aviso": "…",                              // do not edit by hand
 *   "version": 1,
 *   "updatedAt": "2026-11-25T12:00:00.000Z",      // ISO date of the last write, null when empty
 *   "questions": {                                 // by question id (quiz/bank/*.ts)
 *     "livro-1": { "attempts": 2, "correct": 1, "lastCorrect": true, "lastAnsweredAt": "…" }
 *   },
 *   "sessions": [                                  // oldest first, at most MAX_SESSIONS
 *     { "startedAt": "…", "mode": "livro", "seed": 42, "via": "terminal",
 *       "planned": 5, "answered": 5, "correct": 4, "finished": true }
 *   ]
 * }
 * mode: "padrao" | "livro" | "secao" | "amostra"; via: "terminal" (interactive) | "answers" (--answers).
 * Location: $WORKBOOK_STATE_DIR/quiz.json when that variable is set (tests use it), else <repo>/.workbook/quiz.json.
 */
import fs from "node:fs";
import path from "node:path";
import { ROOT } from "../lib/cli/paths.mjs";
import { stateDir, writeFileAtomic } from "../lib/cli/state.ts";
import { z, type Z } from "./zod.ts";

export const QUIZ_PROGRESS_VERSION = 1;
export const MAX_SESSIONS = 20;
const NOTICE = "Gerado por npm run quiz; não edite à mão. Formato descrito em quiz/README.md.";

const isoDate = z.string().min(1);

const questionProgressSchema = z.object({
  attempts: z.int().min(0),
  correct: z.int().min(0),
  lastCorrect: z.boolean(),
  lastAnsweredAt: isoDate,
});

const sessionProgressSchema = z.object({
  startedAt: isoDate,
  mode: z.enum(["padrao", "livro", "secao", "amostra"]),
  seed: z.int().min(0).nullable(),
  via: z.enum(["terminal", "answers"]),
  planned: z.int().min(0),
  answered: z.int().min(0),
  correct: z.int().min(0),
  finished: z.boolean(),
});

const quizProgressSchema = z.object({
  _aviso: z.string().optional(),
  version: z.literal(QUIZ_PROGRESS_VERSION),
  updatedAt: isoDate.nullable(),
  questions: z.record(z.string(), questionProgressSchema),
  sessions: z.array(sessionProgressSchema),
});

export type QuestionProgress = Z.infer<typeof questionProgressSchema>;
export type SessionProgress = Z.infer<typeof sessionProgressSchema>;
export type QuizProgress = Z.infer<typeof quizProgressSchema>;

export type LoadStatus = "ok" | "missing" | "invalid";

export function quizProgressFile(env: Record<string, string | undefined> = process.env): string {
  return path.join(stateDir(ROOT, env), "quiz.json");
}

export function emptyQuizProgress(): QuizProgress {
  return { version: QUIZ_PROGRESS_VERSION, updatedAt: null, questions: {}, sessions: [] };
}

/** Reads and validates; never throws. "invalid" = unreadable JSON, wrong shape or a newer version. */
export function loadQuizProgress(file: string = quizProgressFile()): { progress: QuizProgress; status: LoadStatus } {
  let text: string;
  try {
    text = fs.readFileSync(file, "utf8");
  } catch {
    return { progress: emptyQuizProgress(), status: "missing" };
  }
  try {
    const parsed = quizProgressSchema.safeParse(JSON.parse(text));
    if (parsed.success) return { progress: parsed.data, status: "ok" };
  } catch {
    // fall through: not JSON
  }
  return { progress: emptyQuizProgress(), status: "invalid" };
}

/** The quiz progress, or an empty one when there is none yet (or it is unreadable). For `npm run progresso`. */
export function readQuizProgress(file: string = quizProgressFile()): QuizProgress {
  return loadQuizProgress(file).progress;
}

/** The only function that writes quiz.json (atomic: temp file + rename). */
export function writeQuizProgress(progress: QuizProgress, file: string = quizProgressFile()): void {
  const { _aviso: _previous, ...data } = progress;
  writeFileAtomic(file, `${JSON.stringify({ _aviso: NOTICE, ...data, version: QUIZ_PROGRESS_VERSION }, null, 2)}\n`);
}

/** Pure: progress with one more answer counted, in the question and in the session started at `session.startedAt`. */
export function applyAnswer(
  progress: QuizProgress,
  session: Omit<SessionProgress, "answered" | "correct" | "finished">,
  questionId: string,
  correct: boolean,
  at: Date,
): QuizProgress {
  const when = at.toISOString();
  const previous = progress.questions[questionId];
  const question: QuestionProgress = {
    attempts: (previous?.attempts ?? 0) + 1,
    correct: (previous?.correct ?? 0) + (correct ? 1 : 0),
    lastCorrect: correct,
    lastAnsweredAt: when,
  };
  const existing = progress.sessions.find((s) => s.startedAt === session.startedAt);
  const updated: SessionProgress = {
    ...session,
    answered: (existing?.answered ?? 0) + 1,
    correct: (existing?.correct ?? 0) + (correct ? 1 : 0),
    finished: existing?.finished ?? false,
  };
  const others = progress.sessions.filter((s) => s.startedAt !== session.startedAt);
  return {
    ...progress,
    updatedAt: when,
    questions: { ...progress.questions, [questionId]: question },
    sessions: [...others, updated].slice(-MAX_SESSIONS),
  };
}

/** Pure: marks a session as finished (all planned questions answered). */
export function finishSession(progress: QuizProgress, startedAt: string, at: Date): QuizProgress {
  return {
    ...progress,
    updatedAt: at.toISOString(),
    sessions: progress.sessions.map((s) => (s.startedAt === startedAt ? { ...s, finished: true } : s)),
  };
}

export interface QuizProgressSummary {
  /** Distinct questions answered at least once. */
  questionsAnswered: number;
  /** Questions whose last answer was right. */
  questionsRightLastTime: number;
  /** Book questions (livro-1..5) whose last answer was right. */
  bookRightLastTime: number;
  sessions: number;
  lastSession?: SessionProgress;
}

/** Numbers for a progress table; pass the bank size yourself if you want "x of N". */
export function summarizeQuizProgress(progress: QuizProgress): QuizProgressSummary {
  const entries = Object.entries(progress.questions);
  const last = progress.sessions.at(-1);
  return {
    questionsAnswered: entries.length,
    questionsRightLastTime: entries.filter(([, q]) => q.lastCorrect).length,
    bookRightLastTime: entries.filter(([id, q]) => id.startsWith("livro-") && q.lastCorrect).length,
    sessions: progress.sessions.length,
    ...(last ? { lastSession: last } : {}),
  };
}
