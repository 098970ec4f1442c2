/**
 * What a failing check must say to a student: a pt-BR explanation, never vitest's bare "expected 1 to be 2".
 * Used by `npm run verify` (step 4, against every stub) and by test/check-messages.test.ts.
 */

/** vitest's own wording, i.e. an expect without a message (or a bare assertion library error). */
const BARE = /^(AssertionError\b|expected\b|Expected\b|promise (rejected|resolved)\b|Snapshot\b|\[object Object\]$)/;
/** Cheap pt-BR signal: an accented letter or a very common Portuguese word. */
const PT_BR = /[ãõçáéíóúâêôà]|\b(não|deveria|você|use|seu|sua|para|com|uma?|do|da|de|que|sem|em|implemente|recebi|esperava|falta)\b/i;

/** Why a failing check's message would not teach (English text for maintainers), or undefined when it does. */
export function messageProblem(message: string | undefined): string | undefined {
  const text = (message ?? "").trim();
  if (!text) return "no message at all";
  if (BARE.test(text)) return "vitest's bare default message (give the expect a pt-BR message)";
  if (!PT_BR.test(text)) return "does not look like pt-BR";
  return undefined;
}
