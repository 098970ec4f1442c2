/** Grading by option identity, and the end-of-session summary (score, weak sections, exercises to redo). */
import type { Exercise } from "../curriculum.ts";
import type { Question } from "./questions.ts";
import { sectionOrder, type SectionId } from "./sections.ts";

export interface AnswerRecord {
  question: Question;
  /** `option.index` of the chosen option (bank order). */
  chosenIndex: number;
  correct: boolean;
}

/** A section is "weak" in a session when less than this share of its questions was right. */
export const WEAK_SECTION_THRESHOLD = 0.7;

export function gradeAnswer(question: Question, chosenIndex: number): AnswerRecord {
  const option = question.options[chosenIndex];
  if (!option) throw new RangeError(`Question ${question.id} has no option ${chosenIndex}`);
  return { question, chosenIndex, correct: option.correct };
}

export interface SectionScore {
  section: SectionId;
  correct: number;
  total: number;
}

export interface SessionSummary {
  /** Questions planned for the session. */
  planned: number;
  answered: number;
  correct: number;
  /** Whole percent of the answered questions (0 when none). */
  percent: number;
  sections: SectionScore[];
  weakSections: SectionScore[];
  /** Exercises behind the wrong answers, by id. */
  redo: Exercise[];
}

export function summarize(records: readonly AnswerRecord[], planned: number): SessionSummary {
  const bySection = new Map<SectionId, SectionScore>();
  const redo = new Map<number, Exercise>();
  let correct = 0;
  for (const r of records) {
    const score = bySection.get(r.question.section) ?? { section: r.question.section, correct: 0, total: 0 };
    score.total += 1;
    if (r.correct) {
      score.correct += 1;
      correct += 1;
    } else {
      redo.set(r.question.exercise.id, r.question.exercise);
    }
    bySection.set(r.question.section, score);
  }
  const sections = [...bySection.values()].sort((a, b) => sectionOrder(a.section) - sectionOrder(b.section));
  return {
    planned,
    answered: records.length,
    correct,
    percent: records.length === 0 ? 0 : Math.round((correct / records.length) * 100),
    sections,
    weakSections: sections.filter((s) => s.correct / s.total < WEAK_SECTION_THRESHOLD),
    redo: [...redo.values()].sort((a, b) => a.id - b.id),
  };
}
