/**
 * Loads the question bank: zod validation of quiz/bank/*.ts plus the checks a schema cannot make
 * alone (unique ids, the book's questions 1..5, exercise slugs that exist in curriculum.ts).
 */
import { exercises, type Exercise } from "../curriculum.ts";
import { rawBank } from "./bank/index.ts";
import { toQuestion, type Question } from "./questions.ts";
import { bankSchema } from "./schema.ts";
import { z } from "./zod.ts";

export type { Option, Question } from "./questions.ts";

export class BankError extends Error {
  constructor(readonly problems: string[]) {
    super(`Banco de questões do quiz inválido:\n${problems.map((p) => `  - ${p}`).join("\n")}`);
    this.name = "BankError";
  }
}

export const BOOK_QUESTION_COUNT = 5;

interface ValidateOptions {
  /** Exercises the references must point to (default: curriculum.ts). */
  catalog?: readonly Exercise[];
  /** Require the book's questions 1..5 (default true). */
  requireBookQuestions?: boolean;
}

export function validateBank(data: unknown, options: ValidateOptions = {}): Question[] {
  const catalog = options.catalog ?? exercises;
  // zod's own messages in pt-BR (the custom ones already are), without touching zod's global config.
  const parsed = bankSchema.safeParse(data, { error: z.locales.ptBR().localeError });
  if (!parsed.success) {
    throw new BankError(parsed.error.issues.map((issue) => describeIssue(data, issue.path, issue.message)));
  }

  const problems: string[] = [];
  const seenIds = new Set<string>();
  const seenBookNumbers = new Set<number>();
  const questions: Question[] = [];

  for (const q of parsed.data) {
    if (seenIds.has(q.id)) problems.push(`id repetido: "${q.id}"`);
    seenIds.add(q.id);
    if (q.bookNumber !== undefined) {
      if (seenBookNumbers.has(q.bookNumber)) problems.push(`questão do livro ${q.bookNumber} aparece duas vezes`);
      seenBookNumbers.add(q.bookNumber);
    }
    const exercise = catalog.find((e) => e.slug === q.exercise);
    if (!exercise) {
      problems.push(`"${q.id}": exercício "${q.exercise}" não existe em curriculum.ts`);
      continue;
    }
    questions.push(toQuestion(q, exercise));
  }

  if (options.requireBookQuestions ?? true) {
    for (let n = 1; n <= BOOK_QUESTION_COUNT; n++) {
      if (!seenBookNumbers.has(n)) problems.push(`falta a questão ${n} do livro (§10)`);
    }
  }
  if (problems.length > 0) throw new BankError(problems);
  return questions;
}

let cached: Question[] | undefined;

/** The workbook's bank, validated once per process. */
export function loadBank(): Question[] {
  cached ??= validateBank(rawBank);
  return cached;
}

function describeIssue(data: unknown, path: readonly PropertyKey[], message: string): string {
  const [first, ...rest] = path;
  let where = "banco";
  if (typeof first === "number") {
    const item = Array.isArray(data) ? (data[first] as { id?: unknown } | undefined) : undefined;
    where = typeof item?.id === "string" ? `"${item.id}"` : `questão #${first + 1}`;
  }
  const field = rest.map((p) => (typeof p === "number" ? `[${p}]` : `.${String(p)}`)).join("");
  return `${where}${field}: ${message}`;
}
