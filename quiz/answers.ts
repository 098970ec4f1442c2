/**
 * Parses `--answers b,a,a,a,a`. Letters use the bank's ORIGINAL lettering (for the book's questions,
 * the book's a–d), never the shuffled letters of an interactive session. Case, spaces, `;` and CR/LF are tolerated;
 * "baaaa" (no separators) works too.
 */
import type { Question } from "./questions.ts";
import { indexForLetter } from "./letters.ts";

export type ParsedAnswers = { ok: true; indices: number[] } | { ok: false; message: string };

export function parseAnswers(raw: string, questions: readonly Question[]): ParsedAnswers {
  const text = raw.replace(/\r/g, "").trim();
  let tokens = text.split(/[\s,;]+/).filter((t) => t.length > 0);
  const first = tokens[0];
  if (tokens.length === 1 && first !== undefined && first.length === questions.length && first.length > 1) {
    tokens = [...first];
  }
  if (tokens.length !== questions.length) {
    return {
      ok: false,
      message: `--answers tem ${tokens.length} resposta(s), mas esta prova tem ${questions.length} questão(ões).`,
    };
  }
  const indices: number[] = [];
  for (const [i, token] of tokens.entries()) {
    const question = questions[i] as Question;
    const index = indexForLetter(token, question.options.length);
    if (index === undefined) {
      const last = String.fromCharCode(96 + question.options.length);
      return { ok: false, message: `resposta ${i + 1} (“${token}”) inválida: use uma letra de a a ${last}.` };
    }
    indices.push(index);
  }
  return { ok: true, indices };
}
