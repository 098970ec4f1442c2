/**
 * Machine output of `--answers … --json` (one JSON object on stdout). Shape, version 1:
 * { version, mode, seed, total, correct, percent,
 *   questions: [{ id, bookNumber|null, section, answer, correctAnswer, isCorrect, exercise: { id, slug, command } }],
 *   weakSections: [{ section, title, correct, total }],
 *   redo: [{ id, slug, title, command, ready }] }
 * Letters are the bank's original lettering (the book's, for the book's questions).
 */
import type { AnswerRecord, SessionSummary } from "./grade.ts";
import { letterFor } from "./letters.ts";
import type { SessionPlan } from "./plan.ts";
import { sectionInfo } from "./sections.ts";

export function answersJson(plan: SessionPlan, records: readonly AnswerRecord[], summary: SessionSummary, seedUsed: boolean) {
  return {
    version: 1,
    mode: plan.mode,
    seed: seedUsed ? plan.seed : null,
    total: summary.answered,
    correct: summary.correct,
    percent: summary.percent,
    questions: records.map((r) => ({
      id: r.question.id,
      bookNumber: r.question.bookNumber ?? null,
      section: r.question.section,
      answer: letterFor(r.chosenIndex),
      correctAnswer: letterFor(r.question.correctIndex),
      isCorrect: r.correct,
      exercise: { id: r.question.exercise.id, slug: r.question.exercise.slug, command: `npm run ex:${r.question.exercise.id}` },
    })),
    weakSections: summary.weakSections.map((s) => ({
      section: s.section,
      title: sectionInfo(s.section).title,
      correct: s.correct,
      total: s.total,
    })),
    redo: summary.redo.map((e) => ({
      id: e.id,
      slug: e.slug,
      title: e.title,
      command: `npm run ex:${e.id}`,
      ready: e.status === "ready",
    })),
  };
}
