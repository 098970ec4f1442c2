/** Which questions a session asks, in which order. */
import type { Question } from "./questions.ts";
import { seededRandom, shuffled } from "../lib/cli/rng.ts";
import type { SectionId } from "./sections.ts";

/** Bank questions drawn after the book's when no --secao/--n is given. */
export const DEFAULT_SAMPLE_SIZE = 10;

export type SessionMode = "padrao" | "livro" | "secao" | "amostra";

/** The book's questions in the book's order. */
export function bookQuestions(bank: readonly Question[]): Question[] {
  return bank
    .filter((q) => q.bookNumber !== undefined)
    .sort((a, b) => (a.bookNumber ?? 0) - (b.bookNumber ?? 0));
}

export interface PlanOptions {
  /** --livro: only the book's 5. */
  onlyBook?: boolean;
  /** --sem-livro: skip the book's 5. */
  skipBook?: boolean;
  /** --secao: every bank question of this section (after the book's). */
  section?: SectionId;
  /** --n: a random sample of this size (after the book's; from --secao if both are given). */
  count?: number;
  /** Seed for the sample (the option order uses it too). */
  seed: number;
}

export interface SessionPlan {
  mode: SessionMode;
  seed: number;
  questions: Question[];
}

export function planSession(bank: readonly Question[], options: PlanOptions): SessionPlan {
  const book = bookQuestions(bank);
  // §10 *is* "Teste seu Conhecimento": --secao 10 means the book's questions.
  if (options.onlyBook || options.section === 10) {
    return { mode: "livro", seed: options.seed, questions: book };
  }
  const head = options.skipBook ? [] : book;
  let pool = bank.filter((q) => q.source === "autoral");
  if (options.section !== undefined) pool = pool.filter((q) => q.section === options.section);

  let tail: Question[];
  let mode: SessionMode;
  if (options.count !== undefined) {
    tail = shuffled(pool, seededRandom(options.seed)).slice(0, options.count);
    mode = options.section !== undefined ? "secao" : "amostra";
  } else if (options.section !== undefined) {
    tail = pool;
    mode = "secao";
  } else {
    tail = shuffled(pool, seededRandom(options.seed)).slice(0, DEFAULT_SAMPLE_SIZE);
    mode = "padrao";
  }
  return { mode, seed: options.seed, questions: [...head, ...tail] };
}
