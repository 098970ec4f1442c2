/**
 * OpenAI's response headers (docs/protocols.md §14.5): `x-request-id` and the `x-ratelimit-*` family, with the
 * lab's own numbers: 500 requests and 200,000 tokens per minute (gpt-4o-mini's first usage tier), counted in
 * fixed one-minute windows from the first request after start or reset. Informative only: the lab never refuses
 * a request for them (inject a 429 with `lab.setFaults` to exercise rate limiting). Every answer carries them,
 * errors included; a successful one also counts its prompt and output tokens.
 */
import { randomBytes } from "node:crypto";

export const LAB_RATE_LIMITS = { requests: 500, tokens: 200_000, windowMs: 60_000 } as const;

/** Go-style durations as OpenAI writes them: "12ms", "1.5s", "59.873s", "1m0s". */
export function formatDuration(ms: number): string {
  const whole = Math.max(0, Math.round(ms));
  if (whole < 1000) return `${whole}ms`;
  const minutes = Math.floor(whole / 60_000);
  const seconds = (whole % 60_000) / 1000;
  const s = `${Number(seconds.toFixed(3))}s`;
  return minutes ? `${minutes}m${s}` : s;
}

export class RateWindow {
  private start = 0;
  private requests = 0;
  private tokens = 0;

  constructor(private readonly now: () => number = Date.now) {}

  clear(): void {
    this.start = 0;
    this.requests = 0;
    this.tokens = 0;
  }

  /** Adds tokens to the request just counted (its answer is known later) and returns the updated token header. */
  addTokens(tokens: number): Record<string, string> {
    this.tokens += Math.max(0, tokens);
    return { "x-ratelimit-remaining-tokens": String(Math.max(0, LAB_RATE_LIMITS.tokens - this.tokens)) };
  }

  /** Counts one request using `tokens` tokens and returns the headers of its answer. */
  take(tokens: number): Record<string, string> {
    const now = this.now();
    if (!this.start || now - this.start >= LAB_RATE_LIMITS.windowMs) {
      this.start = now;
      this.requests = 0;
      this.tokens = 0;
    }
    this.requests += 1;
    this.tokens += Math.max(0, tokens);
    const reset = formatDuration(this.start + LAB_RATE_LIMITS.windowMs - now);
    return {
      "x-ratelimit-limit-requests": String(LAB_RATE_LIMITS.requests),
      "x-ratelimit-limit-tokens": String(LAB_RATE_LIMITS.tokens),
      "x-ratelimit-remaining-requests": String(Math.max(0, LAB_RATE_LIMITS.requests - this.requests)),
      "x-ratelimit-remaining-tokens": String(Math.max(0, LAB_RATE_LIMITS.tokens - this.tokens)),
      "x-ratelimit-reset-requests": reset,
      "x-ratelimit-reset-tokens": reset,
    };
  }
}

/** A request id shaped like OpenAI's ("req_" and 32 hex digits). */
export function requestId(): string {
  return `req_${randomBytes(16).toString("hex")}`;
}
