import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { exercises } from "../../curriculum.ts";
import { rawBank } from "../../quiz/bank/index.ts";
import { BankError, loadBank, validateBank, type Question } from "../../quiz/load.ts";
import { bookQuestions } from "../../quiz/plan.ts";
import { SECTION_IDS } from "../../quiz/sections.ts";
import { BOOK_QUESTIONS } from "./helpers.ts";

const bank = loadBank();
const authored = bank.filter((q) => q.source === "autoral");
const byId = (id: string): Question => {
  const q = bank.find((x) => x.id === id);
  if (!q) throw new Error(`question ${id} not in bank`);
  return q;
};
const correctText = (q: Question) => q.options[q.correctIndex]?.text ?? "";

describe("question bank", () => {
  it("holds the book's 5 questions plus at least 25 written for the chapter", () => {
    expect(bookQuestions(bank)).toHaveLength(5);
    expect(authored.length).toBeGreaterThanOrEqual(25);
  });

  it("every question has exactly one right option and an explanation for every option", () => {
    for (const q of bank) {
      expect(q.options.filter((o) => o.correct), q.id).toHaveLength(1);
      expect(q.options[q.correctIndex]?.correct, q.id).toBe(true);
      for (const o of q.options) expect(o.explanation.trim().length, `${q.id}: ${o.text}`).toBeGreaterThanOrEqual(20);
    }
  });

  it("references point to real book sections and to exercises of curriculum.ts", () => {
    const slugs = new Set(exercises.map((e) => e.slug));
    for (const q of bank) {
      expect(SECTION_IDS as readonly unknown[], q.id).toContain(q.section);
      expect(slugs.has(q.exercise.slug), q.id).toBe(true);
      expect(exercises).toContain(q.exercise); // the very object of the manifest, not a copy
    }
  });

  it("covers every content section of the chapter (1–9 and the hands-on part)", () => {
    const covered = new Set(authored.map((q) => q.section));
    for (const section of SECTION_IDS.filter((s) => s !== 10)) expect(covered.has(section), `section ${section}`).toBe(true);
  });

  it("covers the topics the spec lists", () => {
    const text = authored.map((q) => [q.prompt, ...q.options.map((o) => `${o.text} ${o.explanation}`)].join(" ")).join("\n");
    for (const topic of [
      "LANGSMITH_TRACING",
      "LANGSMITH_API_KEY",
      "Retry-After",
      "jitter",
      "maxConcurrency",
      "fila",
      "CPF",
      "canário",
      "delimitadores",
      "gemini-2.5-flash",
      "gpt-4o-mini",
      "multi-stage",
      "root",
      "rollback",
      "Histogram",
      "cardinalidade",
      "feedback",
      "cache",
    ]) {
      expect(text, topic).toContain(topic);
    }
  });

  it("ids are unique and kebab-case", () => {
    const ids = bank.map((q) => q.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
  });
});

describe("the book's questions (§10)", () => {
  it("are verbatim, in the book's order and lettering, with the book's answers b, a, a, a, a", () => {
    const book = bookQuestions(bank);
    book.forEach((q, i) => {
      const expected = BOOK_QUESTIONS[i];
      expect(q.bookNumber).toBe(i + 1);
      expect(q.prompt).toBe(expected?.prompt);
      expect(q.options.map((o) => o.text)).toEqual(expected?.options);
      expect(q.options[q.correctIndex]?.canonicalLetter).toBe(expected?.answer);
    });
  });

  // §10 of the chapter ("Teste seu Conhecimento"), kept verbatim in the repository: the book's questions are the mission.
  const chapter = path.join(import.meta.dirname, "fixtures", "capitulo_09-secao-10.md");
  it("match §10 of the chapter text (CRLF tolerant)", () => {
    const text = fs.readFileSync(chapter, "utf8").replace(/\r\n?/g, "\n");
    const section = text.slice(text.indexOf("### 10. Teste seu Conhecimento"));
    for (const [i, q] of bookQuestions(bank).entries()) {
      expect(section).toContain(`${i + 1}. ${q.prompt}`);
      q.options.forEach((o) => expect(section).toContain(`${o.canonicalLetter}) ${o.text}`));
    }
    const answers = /\*\*Respostas:\*\*\n((?:\d+\. [a-d]\n?)+)/.exec(section)?.[1] ?? "";
    const letters = [...answers.matchAll(/\d+\. ([a-d])/g)].map((m) => m[1]);
    expect(letters).toEqual(bookQuestions(bank).map((q) => q.options[q.correctIndex]?.canonicalLetter));
  });
});

describe("facts inside questions", () => {
  it("cost answers match the price table (USD per 1M tokens, checked 2026-11-24)", () => {
    const cost = (tokensIn: number, tokensOut: number, priceIn: number, priceOut: number) =>
      (tokensIn / 1e6) * priceIn + (tokensOut / 1e6) * priceOut;
    const brl = (usd: number) => `US$ ${usd.toFixed(2).replace(".", ",")}`;
    expect(correctText(byId("s5-custo-gemini"))).toBe(brl(cost(2_000_000, 500_000, 0.3, 2.5)));
    expect(correctText(byId("s5-custo-gpt-4o-mini"))).toBe(brl(cost(2_000_000, 500_000, 0.15, 0.6)));
  });

  it("the CPF question's right option is the only valid CPF", () => {
    const validCpf = (raw: string) => {
      const d = raw.replace(/\D/g, "").split("").map(Number);
      if (d.length !== 11 || d.every((x) => x === d[0])) return false;
      const digit = (n: number) => {
        const sum = d.slice(0, n).reduce((acc, x, i) => acc + x * (n + 1 - i), 0);
        const r = sum % 11;
        return r < 2 ? 0 : 11 - r;
      };
      return digit(9) === d[9] && digit(10) === d[10];
    };
    const q = byId("s4-cpf-valido");
    for (const o of q.options) expect(validCpf(o.text), o.text).toBe(o.correct);
  });

  it("the backoff question follows the book's formula", () => {
    const delays = [0, 1, 2].map((i) => 1 * 2 ** i);
    expect(correctText(byId("s2-calculo-backoff"))).toBe(`${delays[0]} s, ${delays[1]} s e ${delays[2]} s`);
  });
});

describe("validateBank rejects broken questions with pt-BR messages", () => {
  const base = () => structuredClone(rawBank.filter((q) => q.source === "autoral").slice(0, 2)) as Array<Record<string, any>>;
  const opts = { requireBookQuestions: false };

  it("accepts a valid slice", () => {
    expect(validateBank(base(), opts)).toHaveLength(2);
  });

  const cases: Array<[string, (data: Array<Record<string, any>>) => void, RegExp]> = [
    ["two right options", (d) => (d[0]!.options[0].correct = true, d[0]!.options[1].correct = true), /exatamente 1 opção correta \(tem 2\)/],
    ["no right option", (d) => d[0]!.options.forEach((o: Record<string, unknown>) => delete o.correct), /exatamente 1 opção correta \(tem 0\)/],
    ["missing explanation", (d) => (d[0]!.options[1].explanation = "  "), /options\[1\]\.explanation: Pequeno demais/],
    ["unknown exercise", (d) => (d[0]!.exercise = "nao-existe"), /exercício "nao-existe" não existe em curriculum.ts/],
    ["unknown section", (d) => (d[0]!.section = 11), /seção inválida/],
    ["duplicate id", (d) => (d[1]!.id = d[0]!.id), /id repetido/],
    ["book number on an authored question", (d) => (d[0]!.bookNumber = 3), /bookNumber/],
    ["duplicate option text", (d) => (d[0]!.options[1].text = d[0]!.options[0].text), /mesmo texto/],
  ];
  for (const [name, mutate, message] of cases) {
    it(name, () => {
      const data = base();
      mutate(data);
      expect(() => validateBank(data, opts)).toThrow(BankError);
      expect(() => validateBank(data, opts)).toThrow(message);
    });
  }

  it("requires the book's 5 questions by default", () => {
    expect(() => validateBank(base())).toThrow(/falta a questão 1 do livro/);
  });
});
