/**
 * Token counting for the lab's usage metadata.
 *
 * Default: a fast deterministic approximation of a BPE tokenizer (pieces split like GPT pre-tokenizers,
 * words up to 7 letters cost one token, longer ones one per ~5 characters). Building js-tiktoken's real o200k encoding costs
 * 0.6–1.1 s per process on this machine, which would blow the 1.5 s budget of `npm run ex:N`;
 * set LAB_TOKENIZER=tiktoken for exact o200k counts (loaded once, lazily). test/lab-tokens.test.ts
 * keeps the approximation within 25 % of the real tokenizer on pt-BR and English text.
 */
import { createRequire } from "node:module";

// One alternative per piece kind, so the capture group says which kind matched (no second regex per piece).
const PIECES = /('(?:s|t|re|ve|m|ll|d))|([\p{L}\p{M}]+)|(\p{N}{1,3})|( ?[^\s\p{L}\p{M}\p{N}]+)|(\s+)/gu;

export function approximateTokens(text: string): number {
  let count = 0;
  const pieces = new RegExp(PIECES); // own lastIndex: safe if ever called re-entrantly
  for (let m = pieces.exec(text); m; m = pieces.exec(text)) {
    if (m[5] !== undefined) count += m[5].length > 1 ? 1 : 0;
    else if (m[2] !== undefined) count += m[2].length <= 7 ? 1 : Math.ceil(m[2].length / 5);
    else if (m[4] !== undefined) count += Math.max(1, Math.ceil(m[4].trim().length / 3));
    else count += 1; // a contraction ('s, 're, …) or one to three digits
  }
  return count;
}

let tiktoken: { encode(text: string): number[] } | undefined;

function realTokens(text: string): number {
  if (!tiktoken) {
    const require = createRequire(import.meta.url);
    const { Tiktoken } = require("js-tiktoken/lite") as typeof import("js-tiktoken/lite");
    const ranks = require("js-tiktoken/ranks/o200k_base") as import("js-tiktoken/lite").TiktokenBPE;
    tiktoken = new Tiktoken(ranks);
  }
  return tiktoken.encode(text).length;
}

export type Tokenizer = "approx" | "tiktoken";

export function countTokens(text: string, tokenizer: Tokenizer = (process.env.LAB_TOKENIZER as Tokenizer) || "approx"): number {
  return tokenizer === "tiktoken" ? realTokens(text) : approximateTokens(text);
}

/** Text longer than this is counted in slices, yielding to the event loop between them. */
export const COUNT_SLICE_CHARS = 256 * 1024;
const SPACE = /\s/;

/**
 * countTokens for prompts of any size without stalling the lab: a 6 MB prompt costs about a second of counting,
 * done here in ~256 KB slices with a yield between them, so other callers' requests run in between
 * (bench/lab-big-prompt.ts). Slices end just before a whitespace that follows a non-space character, which is a
 * piece boundary for both tokenizers, so the count equals countTokens(text); a slice with no such boundary in
 * the next 64 KB (no spaces at all) is cut anyway, which may shift the count by a token per cut.
 */
export async function countTokensAsync(text: string, tokenizer?: Tokenizer): Promise<number> {
  if (text.length <= COUNT_SLICE_CHARS) return countTokens(text, tokenizer);
  let total = 0;
  for (let start = 0; start < text.length; ) {
    let end = Math.min(text.length, start + COUNT_SLICE_CHARS);
    const limit = Math.min(text.length, end + 64 * 1024);
    while (end < limit && !(SPACE.test(text[end]!) && !SPACE.test(text[end - 1]!))) end++;
    if (end < text.length && /[\uD800-\uDBFF]/.test(text[end - 1]!)) end++; // never split a surrogate pair
    total += countTokens(text.slice(start, end), tokenizer);
    start = end;
    if (start < text.length) await new Promise<void>((resolve) => setImmediate(resolve));
  }
  return total;
}
