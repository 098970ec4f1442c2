/**
 * How a question appears on screen: options shuffled with a seed derived from (session seed, question id),
 * letters a, b, c… given by display position. Grading never uses display letters, only `option.index`.
 */
import type { Option, Question } from "./questions.ts";
import { letterFor } from "./letters.ts";
import { hashString, seededRandom, shuffled } from "../lib/cli/rng.ts";

export interface DisplayedOption {
  /** Letter shown on screen for this session. */
  letter: string;
  option: Option;
}

export interface QuestionView {
  question: Question;
  options: DisplayedOption[];
}

/** `seed` undefined → the bank's order (what --answers letters refer to). */
export function layoutQuestion(question: Question, seed: number | undefined): QuestionView {
  const order =
    seed === undefined ? question.options : shuffled(question.options, seededRandom(hashString(`${seed}:${question.id}`)));
  return {
    question,
    options: order.map((option, position) => ({ letter: letterFor(position), option })),
  };
}

export function displayedLetter(view: QuestionView, optionIndex: number): string {
  const found = view.options.find((d) => d.option.index === optionIndex);
  if (!found) throw new RangeError(`Option ${optionIndex} is not part of question ${view.question.id}`);
  return found.letter;
}
