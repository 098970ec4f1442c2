/**
 * Shape of the question bank (quiz/bank/*.ts), checked with zod when the quiz starts.
 * Bank files import only the types (`import type`), so writing data costs no runtime.
 */
import { z, type Z } from "./zod.ts";
import { SECTION_IDS } from "./sections.ts";

export const MAX_OPTIONS = 6;

const text = (min: number) => z.string().trim().min(min);

export const optionSchema = z.strictObject({
  /** What the student reads next to the letter. */
  text: text(1),
  /** Exactly one option per question has `correct: true`. */
  correct: z.literal(true).optional(),
  /** Why this option is right, or why it is wrong (pt-BR, shown after the answer). */
  explanation: text(20),
});

export const sectionIdSchema = z.literal(SECTION_IDS, { error: "seção inválida: use 1..10 ou \"hands-on\"" });

export const questionSchema = z
  .strictObject({
    /** Stable id (kebab-case): progress is stored by id, so never reuse or rename one. */
    id: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, "use kebab-case: letras minúsculas, números e hífens"),
    /** "livro" = one of the 5 questions of §10 "Teste seu Conhecimento"; "autoral" = written for the workbook. */
    source: z.enum(["livro", "autoral"]),
    /** For book questions: the number in §10 (1..5). */
    bookNumber: z.int().min(1).max(5).optional(),
    /** Book section that teaches the answer: 1..10 or "hands-on". */
    section: sectionIdSchema,
    /** Slug of the exercise in curriculum.ts that practises it. */
    exercise: text(1),
    /** The question (pt-BR). */
    prompt: text(5),
    /** In the canonical order (for book questions: the book's a, b, c, d). */
    options: z.array(optionSchema).min(2).max(MAX_OPTIONS),
  })
  .superRefine((q, ctx) => {
    const right = q.options.filter((o) => o.correct === true).length;
    if (right !== 1) {
      ctx.addIssue({ code: "custom", path: ["options"], message: `precisa de exatamente 1 opção correta (tem ${right})` });
    }
    const texts = q.options.map((o) => o.text.toLowerCase());
    if (new Set(texts).size !== texts.length) {
      ctx.addIssue({ code: "custom", path: ["options"], message: "há opções com o mesmo texto" });
    }
    if ((q.source === "livro") !== (q.bookNumber !== undefined)) {
      ctx.addIssue({ code: "custom", path: ["bookNumber"], message: "bookNumber é obrigatório nas questões do livro e proibido nas autorais" });
    }
  });

export const bankSchema = z.array(questionSchema).min(1);

/** What a bank file contains (input side of the schema). */
export type QuestionData = Z.input<typeof questionSchema>;
export type OptionData = Z.input<typeof optionSchema>;
