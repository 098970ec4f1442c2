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

const PIECE = /'(?:s|t|re|ve|m|ll|d)|[\p{L}\p{M}]+|\p{N}{1,3}| ?[^\s\p{L}\p{M}\p{N}]+|\s+/gu;

export function approximateTokens(text: string): number {
  let count = 0;
  for (const match of text.matchAll(PIECE)) {
    const piece = match[0];
    if (/^\s+$/.test(piece)) {
      if (piece.length > 1) count += 1;
      continue;
    }
    count += /^[\p{L}\p{M}]/u.test(piece) ? (piece.length <= 7 ? 1 : Math.ceil(piece.length / 5)) : Math.max(1, Math.ceil(piece.trim().length / 3));
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
