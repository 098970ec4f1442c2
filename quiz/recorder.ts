/** Saves a session's answers as they happen (one write per answer), tolerating an unreadable or read-only file. */
import { describeWriteError, keepInvalidCopy } from "../lib/cli/state.ts";
import type { SessionMode } from "./plan.ts";
import { applyAnswer, finishSession, loadQuizProgress, writeQuizProgress, type QuizProgress } from "./progress.ts";

export interface RecorderOptions {
  file: string;
  mode: SessionMode;
  seed: number | null;
  via: "terminal" | "answers";
  planned: number;
  now?: () => Date;
  /** pt-BR warnings (unreadable file backed up, file not writable). */
  warn: (message: string) => void;
}

export interface Recorder {
  record(questionId: string, correct: boolean): void;
  finish(): void;
  /** True once at least one answer was written. */
  readonly saved: boolean;
}

export function createRecorder(options: RecorderOptions): Recorder {
  const now = options.now ?? (() => new Date());
  const startedAt = now().toISOString();
  const session = { startedAt, mode: options.mode, seed: options.seed, via: options.via, planned: options.planned };
  const loaded = loadQuizProgress(options.file);
  let progress: QuizProgress = loaded.progress;
  let pendingBackup = loaded.status === "invalid";
  let failed = false;
  let saved = false;

  const persist = (next: QuizProgress) => {
    progress = next;
    if (failed) return;
    try {
      if (pendingBackup) {
        const backup = keepInvalidCopy(options.file);
        options.warn(`O arquivo de progresso estava ilegível; uma cópia foi guardada em ${backup}.`);
        pendingBackup = false;
      }
      writeQuizProgress(progress, options.file);
      saved = true;
    } catch (error) {
      failed = true;
      options.warn(`Não consegui salvar o progresso em ${options.file} (${describeWriteError(error)}). O quiz continua sem salvar.`);
    }
  };

  return {
    record(questionId, correct) {
      persist(applyAnswer(progress, session, questionId, correct, now()));
    },
    finish() {
      if (saved) persist(finishSession(progress, startedAt, now()));
    },
    get saved() {
      return saved;
    },
  };
}
