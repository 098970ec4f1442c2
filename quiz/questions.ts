/**
 * The bank in the shape the quiz uses (option index and letters, the right option, the exercise object of
 * curriculum.ts). No zod here: `draftBank()` lets the first question appear before the zod validation
 * (load.ts) finishes; nothing is graded until that validation has passed.
 */
import { exercises, type Exercise } from "../curriculum.ts";
import { letterFor } from "./letters.ts";
import type { QuestionData } from "./schema.ts";
import type { SectionId } from "./sections.ts";

export interface Option {
  /** Position in the bank file (for book questions, the book's lettering). */
  index: number;
  /** Letter in the bank file's order: "a" for index 0. */
  canonicalLetter: string;
  text: string;
  correct: boolean;
  explanation: string;
}

export interface Question {
  id: string;
  source: "livro" | "autoral";
  bookNumber?: number;
  section: SectionId;
  exercise: Exercise;
  prompt: string;
  options: Option[];
  /** Index of the right option in `options`. */
  correctIndex: number;
}

/** Maps one question of the bank file (already checked, or about to be) to the quiz's shape. */
export function toQuestion(data: QuestionData, exercise: Exercise): Question {
  const options: Option[] = data.options.map((o, index) => ({
    index,
    canonicalLetter: letterFor(index),
    text: o.text.trim(),
    correct: o.correct === true,
    explanation: o.explanation.trim(),
  }));
  return {
    id: data.id,
    source: data.source,
    ...(data.bookNumber !== undefined ? { bookNumber: data.bookNumber } : {}),
    section: data.section,
    exercise,
    prompt: data.prompt.trim(),
    options,
    correctIndex: options.findIndex((o) => o.correct),
  };
}

/** Best-effort mapping without validation, for the first screen only; throws on anything it cannot map. */
export function draftBank(data: readonly QuestionData[], catalog: readonly Exercise[] = exercises): Question[] {
  return data.map((q) => {
    const exercise = catalog.find((e) => e.slug === q.exercise);
    if (!exercise || !Array.isArray(q.options)) throw new Error(`cannot map question ${String(q.id)}`);
    return toQuestion(q, exercise);
  });
}
