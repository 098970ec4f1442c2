import { describe, expect, it } from "vitest";
import { parseAnswers } from "../../quiz/answers.ts";
import { gradeAnswer, summarize, WEAK_SECTION_THRESHOLD } from "../../quiz/grade.ts";
import { displayedLetter, layoutQuestion } from "../../quiz/layout.ts";
import { loadBank } from "../../quiz/load.ts";
import { bookQuestions, DEFAULT_SAMPLE_SIZE, planSession } from "../../quiz/plan.ts";

const bank = loadBank();
const book = bookQuestions(bank);
const q1 = book[0]!;

describe("grading by option identity", () => {
  it("right option → correct, any other → wrong", () => {
    expect(gradeAnswer(q1, q1.correctIndex).correct).toBe(true);
    for (const o of q1.options.filter((x) => !x.correct)) expect(gradeAnswer(q1, o.index).correct).toBe(false);
    expect(() => gradeAnswer(q1, 9)).toThrow(RangeError);
  });

  it("shuffling changes letters, never the grade", () => {
    for (let seed = 0; seed < 30; seed++) {
      const view = layoutQuestion(q1, seed);
      const shown = view.options.find((d) => d.option.correct)!;
      expect(gradeAnswer(q1, shown.option.index).correct).toBe(true);
      expect(displayedLetter(view, q1.correctIndex)).toBe(shown.letter);
      expect(view.options.map((d) => d.option.index).sort()).toEqual([0, 1, 2, 3]);
    }
  });

  it("the same seed gives the same layout; no seed keeps the book's order", () => {
    expect(layoutQuestion(q1, 42)).toEqual(layoutQuestion(q1, 42));
    expect(layoutQuestion(q1, undefined).options.map((d) => `${d.letter}) ${d.option.text}`)).toEqual(
      q1.options.map((o) => `${o.canonicalLetter}) ${o.text}`),
    );
  });

  it("the right letter of the book's questions varies with the seed (not always “a”)", () => {
    for (const q of book) {
      const letters = new Set(Array.from({ length: 20 }, (_, seed) => displayedLetter(layoutQuestion(q, seed), q.correctIndex)));
      expect(letters.size, q.id).toBeGreaterThan(1);
    }
    const oneSession = book.map((q) => displayedLetter(layoutQuestion(q, 1), q.correctIndex));
    expect(new Set(oneSession).size).toBeGreaterThan(1);
  });
});

describe("summary", () => {
  it("counts the score, flags weak sections and lists exercises to redo", () => {
    const records = book.map((q, i) => gradeAnswer(q, i === 1 ? (q.correctIndex + 1) % 4 : q.correctIndex));
    const summary = summarize(records, 5);
    expect(summary).toMatchObject({ planned: 5, answered: 5, correct: 4, percent: 80 });
    // question 2 (§4) wrong, question 4 (§4) right → §4 is 1/2 = 50% < threshold
    expect(WEAK_SECTION_THRESHOLD).toBe(0.7);
    expect(summary.weakSections.map((s) => s.section)).toEqual([4]);
    expect(summary.redo.map((e) => e.slug)).toEqual(["protecao-chaves"]);
    expect(summary.sections.map((s) => s.section)).toEqual([2, 3, 4, 6]);
  });

  it("all right → nothing weak, nothing to redo; empty → 0%", () => {
    const all = summarize(book.map((q) => gradeAnswer(q, q.correctIndex)), 5);
    expect(all).toMatchObject({ correct: 5, percent: 100, weakSections: [], redo: [] });
    expect(summarize([], 5)).toMatchObject({ answered: 0, percent: 0 });
  });
});

describe("--answers parsing (book lettering)", () => {
  it("accepts the book's answers in several spellings", () => {
    for (const raw of ["b,a,a,a,a", "B, A, A, A, A", "b a a a a", "b;a;a;a;a\r\n", "baaaa"]) {
      const parsed = parseAnswers(raw, book);
      expect(parsed, raw).toEqual({ ok: true, indices: [1, 0, 0, 0, 0] });
    }
  });

  it("refuses a wrong count or a letter out of range, in pt-BR", () => {
    expect(parseAnswers("b,a,a", book)).toMatchObject({ ok: false, message: expect.stringContaining("tem 3 resposta(s)") });
    expect(parseAnswers("b,a,a,a,e", book)).toMatchObject({ ok: false, message: expect.stringContaining("resposta 5 (“e”) inválida") });
    expect(parseAnswers("", book)).toMatchObject({ ok: false });
  });

  it("the book's answers grade 5/5", () => {
    const parsed = parseAnswers("b,a,a,a,a", book);
    if (!parsed.ok) throw new Error(parsed.message);
    const summary = summarize(book.map((q, i) => gradeAnswer(q, parsed.indices[i]!)), 5);
    expect(summary.correct).toBe(5);
  });
});

describe("session plans", () => {
  it("default: the book's 5 first, then a seeded sample of the bank", () => {
    const plan = planSession(bank, { seed: 42 });
    expect(plan.mode).toBe("padrao");
    expect(plan.questions.slice(0, 5)).toEqual(book);
    expect(plan.questions).toHaveLength(5 + DEFAULT_SAMPLE_SIZE);
    expect(plan.questions.slice(5).every((q) => q.source === "autoral")).toBe(true);
    expect(planSession(bank, { seed: 42 }).questions).toEqual(plan.questions);
    expect(planSession(bank, { seed: 43 }).questions).not.toEqual(plan.questions);
  });

  it("--livro, --secao, --n, --sem-livro", () => {
    expect(planSession(bank, { seed: 1, onlyBook: true })).toMatchObject({ mode: "livro", questions: book });
    expect(planSession(bank, { seed: 1, section: 10 }).questions).toEqual(book);

    const s4 = planSession(bank, { seed: 1, section: 4 });
    expect(s4.mode).toBe("secao");
    expect(s4.questions.slice(5).every((q) => q.section === 4 && q.source === "autoral")).toBe(true);
    expect(s4.questions.length).toBe(5 + bank.filter((q) => q.section === 4 && q.source === "autoral").length);

    const sample = planSession(bank, { seed: 7, count: 3, skipBook: true });
    expect(sample.mode).toBe("amostra");
    expect(sample.questions).toHaveLength(3);
    expect(new Set(sample.questions.map((q) => q.id)).size).toBe(3);

    const handsOn = planSession(bank, { seed: 7, section: "hands-on", count: 2, skipBook: true });
    expect(handsOn.questions.map((q) => q.section)).toEqual(["hands-on", "hands-on"]);
  });
});
