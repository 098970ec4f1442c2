/**
 * Output limits, several choices and prompt caching for the lab's model (docs/protocols.md §14.2–§14.4):
 * `max_tokens`/`max_completion_tokens`/`maxOutputTokens` cut the answer (finish reason length/MAX_TOKENS),
 * OpenAI `n` / Gemini `candidateCount` give several distinct answers, and a prompt whose prefix was already seen
 * in this lab session reports cached input tokens the way each provider does.
 */
import { createHash } from "node:crypto";
import type { LabMessage } from "./model.ts";
import { BadRequest } from "./providers.ts";
import { countTokens, countTokensAsync } from "./tokens.ts";
import type { ModelProvider } from "./types.ts";

export interface Choice {
  text: string;
  /** True when the output limit cut the text. */
  truncated: boolean;
}

function positiveInt(value: unknown, name: string, max: number): number | undefined {
  if (value === undefined || value === null) return undefined;
  if (typeof value !== "number" || !Number.isInteger(value) || value < 1 || value > max)
    throw new BadRequest(`Laboratório: \`${name}\` precisa ser um inteiro entre 1 e ${max} (recebido: ${JSON.stringify(value)}).`);
  return value;
}

/** The output token limit the request sets (undefined: none). Bad values are the provider's 400. */
export function outputLimit(provider: ModelProvider, params: Record<string, unknown>): number | undefined {
  if (provider === "gemini") return positiveInt(params.maxOutputTokens, "maxOutputTokens", 1_000_000);
  return positiveInt(params.max_completion_tokens, "max_completion_tokens", 1_000_000) ?? positiveInt(params.max_tokens, "max_tokens", 1_000_000);
}

/** How many answers the request asks for: OpenAI `n` (1–128), Gemini `candidateCount` (1–8). */
export function choiceCount(provider: ModelProvider, params: Record<string, unknown>): number {
  if (provider === "gemini") return positiveInt(params.candidateCount, "candidateCount", 8) ?? 1;
  return positiveInt(params.n, "n", 128) ?? 1;
}

/**
 * The first `max` tokens of `text` (whole pieces: words keep their trailing space cut off), counted with the
 * lab's tokenizer, so countTokens(result) <= max.
 */
export function truncateToTokens(text: string, max: number): Choice {
  if (countTokens(text) <= max) return { text, truncated: false };
  const words = text.match(/\S+\s*/g) ?? [];
  let kept = "";
  for (const word of words) {
    const next = kept + word;
    if (countTokens(next.trimEnd()) > max) break;
    kept = next;
  }
  kept = kept.trimEnd();
  // A first word longer than the limit: cut it by characters.
  if (!kept) {
    let cut = words[0] ?? text;
    while (cut.length > 1 && countTokens(cut) > max) cut = cut.slice(0, Math.max(1, Math.floor(cut.length * 0.8)));
    kept = cut;
  }
  return { text: kept, truncated: true };
}

const OPENERS_PT = ["Outra resposta possível:", "Dito de outro jeito:", "Mais uma versão:", "Em outras palavras:"];
const OPENERS_EN = ["Another possible answer:", "Put another way:", "One more version:", "In other words:"];

/** Choice `index` of the answer: index 0 is the answer itself; the others open with a different phrase. */
export function variant(answer: string, index: number): string {
  if (index === 0) return answer;
  const english = /^(?:Your|You|This is)\b/.test(answer);
  const openers = english ? OPENERS_EN : OPENERS_PT;
  const opener = openers[(index - 1) % openers.length]!;
  const round = Math.floor((index - 1) / openers.length);
  return `${opener}${round ? ` (${round + 1})` : ""} ${answer}`;
}

/** The choices of an answer: `n` variants (or copies, when `distinct` is false), each cut to `limit` tokens. */
export function makeChoices(answer: string, n: number, limit: number | undefined, distinct = true): Choice[] {
  return Array.from({ length: n }, (_, i) => {
    const text = distinct ? variant(answer, i) : answer;
    return limit === undefined ? { text, truncated: false } : truncateToTokens(text, limit);
  });
}

// ---------------------------------------------------------------- prompt caching (docs/protocols.md §14.4)

/** OpenAI caches a prefix of at least 1,024 tokens and counts hits in 128-token steps past it. */
export const OPENAI_CACHE_MIN = 1024;
export const OPENAI_CACHE_STEP = 128;

/** Gemini's implicit cache: 2.5 and later models only, with a minimum per model (none for 2.0). */
export function geminiCacheMin(model: string): number | undefined {
  const name = model.replace(/^models\//, "");
  if (/^gemini-2\.0/.test(name)) return undefined;
  if (/^gemini-[3-9]/.test(name)) return 4096;
  return 2048;
}

/** Prefixes seen, as chained hashes of whole messages (with their token count once a hit needed it); bounded, forgotten on lab reset. */
export class PromptCache {
  private seen = new Map<string, number | undefined>();
  constructor(private readonly max = 20_000) {}

  clear(): void {
    this.seen.clear();
  }

  /**
   * Cached input tokens for this prompt, then remembers its prefixes. The match is message by message: the
   * longest run of leading messages (with the tool declarations first) already sent to this provider and model.
   */
  async cachedTokens(provider: ModelProvider, model: string, messages: LabMessage[], inputTokens: number, head = ""): Promise<number> {
    const min = provider === "openai" ? OPENAI_CACHE_MIN : geminiCacheMin(model);
    const hashes: string[] = [];
    let hash = createHash("sha256").update(`${provider}\u0000${model}\u0000${head}`).digest("hex");
    for (const m of messages) {
      hash = createHash("sha256").update(`${hash}\u0000${m.role}\u0000${m.content}`).digest("hex");
      hashes.push(hash);
    }
    let matched = 0;
    for (let k = hashes.length; k > 0; k--) if (this.seen.has(hashes[k - 1]!)) { matched = k; break; }
    if (this.seen.size + hashes.length > this.max) this.seen.clear();
    for (const h of hashes) if (!this.seen.has(h)) this.seen.set(h, undefined);
    if (min === undefined || matched === 0 || inputTokens < min) return 0;
    const key = hashes[matched - 1]!;
    let counted = this.seen.get(key);
    if (counted === undefined) {
      counted = await countTokensAsync(messages.slice(0, matched).map((m) => m.content).join("\n"));
      this.seen.set(key, counted);
    }
    const tokens = Math.min(inputTokens, counted);
    if (tokens < min) return 0;
    return provider === "openai" ? Math.min(inputTokens, Math.floor(tokens / OPENAI_CACHE_STEP) * OPENAI_CACHE_STEP) : tokens;
  }
}
