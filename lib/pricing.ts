/**
 * Model prices in USD per 1 million tokens. Checked on 2026-11-24 on the providers' pricing pages
 * (Google AI for Developers "Gemini API pricing"; OpenAI "API pricing"). To update: change the numbers
 * and PRICES_CHECKED_ON in one commit; everything that shows cost reads this table.
 */
export const PRICES_CHECKED_ON = "2026-11-24";

export interface ModelPrice {
  input: number;
  /** Price of input tokens served from the provider's prompt cache, where it has one. */
  cachedInput?: number;
  output: number;
}

export const PRICES: Record<string, ModelPrice> = {
  "gemini-2.5-flash": { input: 0.3, output: 2.5 },
  "gpt-4o-mini": { input: 0.15, cachedInput: 0.075, output: 0.6 },
};

/** Finds the price of a model name as providers report it (e.g. "models/gemini-2.5-flash", "gpt-4o-mini-2024-07-18"). */
export function priceFor(model: string | undefined): ModelPrice | undefined {
  if (!model) return undefined;
  const name = model.replace(/^models\//, "");
  if (PRICES[name]) return PRICES[name];
  const base = Object.keys(PRICES)
    .sort((a, b) => b.length - a.length)
    .find((known) => name.startsWith(known));
  return base ? PRICES[base] : undefined;
}

export interface TokenUsage {
  input_tokens?: number;
  output_tokens?: number;
  /** Cached input tokens (LangChain: input_token_details.cache_read). */
  cached_input_tokens?: number;
}

/** Estimated cost in USD, or undefined when the model is not in the table. */
export function estimateCost(model: string | undefined, usage: TokenUsage): number | undefined {
  const price = priceFor(model);
  if (!price) return undefined;
  const cached = usage.cached_input_tokens ?? 0;
  const fresh = Math.max(0, (usage.input_tokens ?? 0) - cached);
  return (fresh * price.input + cached * (price.cachedInput ?? price.input) + (usage.output_tokens ?? 0) * price.output) / 1_000_000;
}

/** "US$ 0,000123" (pt-BR digits, enough precision for single calls). */
export function formatUsd(value: number): string {
  const digits = value === 0 ? 2 : value < 0.01 ? 6 : 4;
  return `US$ ${value.toLocaleString("pt-BR", { minimumFractionDigits: digits, maximumFractionDigits: digits })}`;
}
