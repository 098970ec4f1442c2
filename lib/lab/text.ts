/** Small text helpers shared by the lab's model (accent-insensitive word matching). */

export function normalize(text: string): string {
  return text.normalize("NFD").replace(/\p{M}+/gu, "").toLowerCase();
}

const STOPWORDS = new Set(
  (
    "a o as os um uma uns umas de da do das dos em na no nas nos por para com sem que qual quais quem onde quando como " +
    "e ou se sua seu suas seus meu minha eu voce voces ele ela eles elas isso isto esse essa este esta ao aos " +
    "the an of to in on at for with is are was were be what which who where when how do does did and or you your i my it"
  ).split(" "),
);

/** Content words of a text, normalized, without stopwords or very short words. */
export function contentWords(text: string): string[] {
  return (normalize(text).match(/[\p{L}\p{N}]+/gu) ?? []).filter((w) => w.length > 2 && !STOPWORDS.has(w));
}

/** Splits a context into sentences (also unpacks Python/JSON-like lists of documents). */
export function sentences(text: string): string[] {
  return text
    .replace(/^\s*\[|\]\s*$/g, "")
    .split(/(?<=[.!?])\s+|\n+|['"],\s*['"]/)
    .map((s) => s.replace(/^[\s'"\-•*\d.)]+|['"\s]+$/g, "").trim())
    .filter((s) => s.length > 0);
}

/** A stable 32-bit hash (FNV-1a) so the model's choices depend only on its input. */
export { hashString as stableHash } from "../cli/rng.ts";
