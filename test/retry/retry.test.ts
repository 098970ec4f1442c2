// Unit tests of the reusable retry core (solutions/02-retry-rate-limit/retry.ts), which the capstone imports.
import { describe, expect, it, vi } from "vitest";
import {
  ErroPrazoDaTentativa,
  esperaDeBackoff,
  statusDoErro,
  ErroOpcaoInvalida,
  permiteRetry,
  lerRetryAfter,
  resolverOpcoesDeRetry,
  esperaPedidaMs,
  ErroRetryEsgotado,
  executarTentativa,
  comRetry,
  type EventoDeRetry,
} from "../../solutions/02-retry-rate-limit/retry.ts";
import { FakeClock } from "./fake-clock.ts";

const httpError = (status: number, extra: Record<string, unknown> = {}) => Object.assign(new Error(`${status} falha`), { status }, extra);

describe("lerRetryAfter", () => {
  const now = Date.parse("2026-11-25T12:00:00Z");
  it.each([
    ["7", 7000],
    [" 3 ", 3000],
    ["0", 0],
    ["1.5", 1500],
  ])("seconds %j → %i ms", (value, ms) => expect(lerRetryAfter(value, now)).toBe(ms));

  it("HTTP-date in the future → the difference; in the past → 0", () => {
    expect(lerRetryAfter("Wed, 25 Nov 2026 12:00:09 GMT", now)).toBe(9000);
    expect(lerRetryAfter("Wed, 25 Nov 2026 11:59:00 GMT", now)).toBe(0);
  });

  it.each([undefined, "", "   ", "-3", "abc", "1e3", "Thu, 99 Foo 2026"])("rejects %j", (value) => {
    expect(lerRetryAfter(value, now)).toBeUndefined();
  });
});

describe("esperaPedidaMs: where each SDK keeps the server's wait", () => {
  const now = Date.parse("2026-11-25T12:00:00Z");
  it("openai / ChatOpenAI: error.headers is a Headers", () => {
    expect(esperaPedidaMs(httpError(429, { headers: new Headers({ "retry-after": "4" }) }), now)).toBe(4000);
    expect(esperaPedidaMs(httpError(503, { headers: new Headers({ "retry-after": "Wed, 25 Nov 2026 12:00:02 GMT" }) }), now)).toBe(2000);
  });

  it("retry-after-ms (sent by OpenAI) wins over retry-after", () => {
    expect(esperaPedidaMs(httpError(429, { headers: new Headers({ "retry-after-ms": "250", "retry-after": "1" }) }), now)).toBe(250);
  });

  it("plain header objects (any case) and axios-style error.response.headers", () => {
    expect(esperaPedidaMs(httpError(429, { headers: { "Retry-After": "2" } }), now)).toBe(2000);
    expect(esperaPedidaMs({ response: { status: 429, headers: { "retry-after": ["6"] } } }, now)).toBe(6000);
  });

  it("Gemini: google.rpc.RetryInfo in errorDetails (protobuf duration)", () => {
    const details = [
      { "@type": "type.googleapis.com/google.rpc.QuotaFailure", violations: [] },
      { "@type": "type.googleapis.com/google.rpc.RetryInfo", retryDelay: "45.837906927s" },
    ];
    expect(esperaPedidaMs(httpError(429, { errorDetails: details }), now)).toBe(45838);
    expect(esperaPedidaMs(httpError(429, { errorDetails: [{ "@type": "type.googleapis.com/google.rpc.RetryInfo", retryDelay: "38s" }] }), now)).toBe(38000);
  });

  it("nothing usable → undefined", () => {
    expect(esperaPedidaMs(httpError(429), now)).toBeUndefined();
    expect(esperaPedidaMs(httpError(429, { headers: new Headers({ "retry-after": "soon" }) }), now)).toBeUndefined();
    expect(esperaPedidaMs(httpError(429, { errorDetails: [{ "@type": "x.RetryInfo", retryDelay: "5m" }] }), now)).toBeUndefined();
    expect(esperaPedidaMs("boom", now)).toBeUndefined();
    expect(esperaPedidaMs(null, now)).toBeUndefined();
  });
});

describe("statusDoErro and permiteRetry", () => {
  it("finds the status where SDKs put it", () => {
    expect(statusDoErro(httpError(503))).toBe(503);
    expect(statusDoErro({ statusCode: 502 })).toBe(502);
    expect(statusDoErro({ response: { status: 429 } })).toBe(429);
    expect(statusDoErro({ status: "504" })).toBe(504);
    expect(statusDoErro(new Error("x"))).toBeUndefined();
    expect(statusDoErro(undefined)).toBeUndefined();
  });

  it.each([408, 429, 500, 502, 503, 504, 529])("%i is retryable", (status) => expect(permiteRetry(httpError(status))).toBe(true));
  it.each([400, 401, 403, 404, 409, 422, 501])("%i is not", (status) => expect(permiteRetry(httpError(status))).toBe(false));

  it("a 429 for an exhausted quota is not retryable (waiting will not refill it)", () => {
    expect(permiteRetry(httpError(429, { code: "insufficient_quota" }))).toBe(false);
  });

  it("timeouts and network failures are retryable; bugs and parse errors are not", () => {
    expect(permiteRetry(new ErroPrazoDaTentativa(100))).toBe(true);
    expect(permiteRetry(Object.assign(new Error("read"), { code: "ECONNRESET" }))).toBe(true);
    expect(permiteRetry(new TypeError("fetch failed"))).toBe(true);
    expect(permiteRetry(new Error("[GoogleGenerativeAI Error]: Error fetching from http://x: fetch failed"))).toBe(true);
    expect(permiteRetry(new Error("wrapped", { cause: Object.assign(new Error("x"), { code: "ETIMEDOUT" }) }))).toBe(true);
    expect(permiteRetry(new SyntaxError("Unexpected end of JSON input"))).toBe(false);
    expect(permiteRetry(new TypeError("Cannot read properties of undefined"))).toBe(false);
    expect(permiteRetry("string")).toBe(false);
  });
});

describe("esperaDeBackoff (full jitter)", () => {
  it("random × min(max, base × 2^(n−1))", () => {
    const policy = { baseDelayMs: 100, maxDelayMs: 500 };
    expect([1, 2, 3, 4, 5].map((n) => esperaDeBackoff(n, policy, () => 1))).toEqual([100, 200, 400, 500, 500]);
    expect(esperaDeBackoff(3, policy, () => 0.5)).toBe(200);
    expect(esperaDeBackoff(3, policy, () => 0)).toBe(0);
  });

  it("stays within [0, cap] for any random and huge attempt numbers", () => {
    for (let i = 0; i < 500; i++) {
      const n = 1 + Math.floor(Math.random() * 60);
      const d = esperaDeBackoff(n, { baseDelayMs: 250, maxDelayMs: 10_000 });
      expect(d).toBeGreaterThanOrEqual(0);
      expect(d).toBeLessThanOrEqual(10_000);
    }
    expect(esperaDeBackoff(2, { baseDelayMs: 100, maxDelayMs: 1000 }, () => 7)).toBe(200); // a broken random is clamped
  });
});

describe("resolverOpcoesDeRetry", () => {
  it("fills defaults", () => {
    const p = resolverOpcoesDeRetry();
    expect(p).toMatchObject({ maxAttempts: 5, baseDelayMs: 500, maxDelayMs: 20_000, deadlineMs: 60_000, attemptTimeoutMs: 30_000 });
    expect(p.now).toBe(Date.now);
  });

  it.each([
    [{ maxAttempts: 0 }, "maxAttempts"],
    [{ maxAttempts: 2.5 }, "maxAttempts"],
    [{ maxAttempts: 21 }, "maxAttempts"],
    [{ maxAttempts: "3" }, "maxAttempts"],
    [{ baseDelayMs: -1 }, "baseDelayMs"],
    [{ baseDelayMs: Number.NaN }, "baseDelayMs"],
    [{ baseDelayMs: 1000, maxDelayMs: 10 }, "maxDelayMs"],
    [{ deadlineMs: 0 }, "deadlineMs"],
    [{ deadlineMs: Number.POSITIVE_INFINITY }, "deadlineMs"],
    [{ attemptTimeoutMs: -5 }, "attemptTimeoutMs"],
    [{ sleep: 5 }, "sleep"],
    [{ random: "x" }, "random"],
    [{ signal: {} }, "signal"],
    [{ limiter: {} }, "limiter"],
  ])("%j → ErroOpcaoInvalida naming %s", (options, option) => {
    let error: unknown;
    try {
      resolverOpcoesDeRetry(options as never);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ErroOpcaoInvalida);
    expect((error as ErroOpcaoInvalida).option).toBe(option);
    expect((error as Error).message).toContain(option);
    expect((error as Error).message).toMatch(/inválida|use/);
  });
});

describe("comRetry with a fake clock", () => {
  const setup = (options: Record<string, unknown> = {}) => {
    const clock = new FakeClock();
    return { clock, options: { sleep: clock.sleep, now: clock.now, random: () => 1, baseDelayMs: 100, maxDelayMs: 1_000, ...options } };
  };

  it("returns the first success, after retrying transient errors, and reports each wait", async () => {
    const { clock, options } = setup();
    const events: EventoDeRetry[] = [];
    const op = vi.fn().mockRejectedValueOnce(httpError(503)).mockRejectedValueOnce(httpError(429, { headers: new Headers({ "retry-after": "3" }) })).mockResolvedValue("ok");
    await expect(comRetry(op, { ...options, onRetry: (e) => events.push(e) })).resolves.toBe("ok");
    expect(op).toHaveBeenCalledTimes(3);
    expect(op.mock.calls.map((c) => c[0].attempt)).toEqual([1, 2, 3]);
    expect(clock.sleeps).toEqual([100, 3000]);
    expect(events.map((e) => [e.attempt, e.delayMs, e.source, e.status])).toEqual([
      [1, 100, "backoff", 503],
      [2, 3000, "retry-after", 429],
    ]);
  });

  it("non-retryable errors propagate untouched, at once", async () => {
    const { clock, options } = setup();
    const original = httpError(401);
    const op = vi.fn().mockRejectedValue(original);
    await expect(comRetry(op, options)).rejects.toBe(original);
    expect(op).toHaveBeenCalledTimes(1);
    expect(clock.sleeps).toEqual([]);
  });

  it("gives up after maxAttempts without sleeping after the last one, keeping the last cause", async () => {
    const { clock, options } = setup({ maxAttempts: 3 });
    const last = httpError(504);
    const op = vi.fn().mockRejectedValueOnce(httpError(500)).mockRejectedValueOnce(httpError(502)).mockRejectedValueOnce(last);
    const error = await comRetry(op, options).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ErroRetryEsgotado);
    expect(error).toMatchObject({ reason: "attempts", attempts: 3 });
    expect((error as Error).cause).toBe(last);
    expect((error as Error).message).toMatch(/Desisti: esgotei as 3 tentativas.*504/);
    expect(clock.sleeps).toHaveLength(2);
  });

  it("stops before a wait that would cross the deadline", async () => {
    const { clock, options } = setup({ maxAttempts: 20, baseDelayMs: 1_000, maxDelayMs: 8_000, deadlineMs: 5_000 });
    const start = clock.now();
    const error = await comRetry(() => Promise.reject(httpError(503)), options).catch((e: unknown) => e);
    expect(error).toMatchObject({ name: "ErroRetryEsgotado", reason: "deadline" });
    expect(clock.sleeps).toEqual([1000, 2000]);
    expect(clock.now() - start).toBeLessThanOrEqual(5_000);
  });

  it("a Retry-After longer than the deadline gives up immediately and says why", async () => {
    const { clock, options } = setup({ deadlineMs: 10_000 });
    const error = await comRetry(() => Promise.reject(httpError(429, { headers: new Headers({ "retry-after": "120" }) })), options).catch((e: unknown) => e);
    expect(clock.sleeps).toEqual([]);
    expect((error as Error).message).toContain("o servidor pediu 120.0 s");
  });

  it("an abort during the wait rejects with signal.reason and makes no new attempt", async () => {
    const { clock, options } = setup();
    const controller = new AbortController();
    const reason = new Error("cancelado");
    clock.onSleep = () => controller.abort(reason);
    const op = vi.fn().mockRejectedValue(httpError(503));
    await expect(comRetry(op, { ...options, signal: controller.signal })).rejects.toBe(reason);
    expect(op).toHaveBeenCalledTimes(1);
  });

  it("the limiter is asked before every attempt, with the signal", async () => {
    const { options } = setup();
    const acquire = vi.fn().mockResolvedValue(undefined);
    const signal = new AbortController().signal;
    const op = vi.fn().mockRejectedValueOnce(httpError(500)).mockResolvedValue(1);
    await comRetry(op, { ...options, limiter: { acquire }, signal });
    expect(acquire).toHaveBeenCalledTimes(2);
    expect(acquire).toHaveBeenCalledWith(signal);
  });

  it("an operation that throws synchronously is handled like a rejection", async () => {
    const { options } = setup();
    const op = vi.fn((): Promise<number> => {
      throw httpError(400);
    });
    await expect(comRetry(op, options)).rejects.toMatchObject({ status: 400 });
  });

  it("invalid options reject before the operation runs", async () => {
    const op = vi.fn();
    await expect(comRetry(op, { maxAttempts: 0 })).rejects.toBeInstanceOf(ErroOpcaoInvalida);
    expect(op).not.toHaveBeenCalled();
  });
});

describe("executarTentativa", () => {
  it("times out an operation that ignores its signal (like ChatGoogleGenerativeAI.invoke) without an unhandled rejection", async () => {
    const unhandled = vi.fn();
    process.on("unhandledRejection", unhandled);
    try {
      let late: (e: Error) => void = () => undefined;
      const started = performance.now();
      const error = await executarTentativa(() => new Promise((_, reject) => (late = reject)), 30).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(ErroPrazoDaTentativa);
      expect(performance.now() - started).toBeLessThan(500);
      late(new Error("the SDK finally gave up"));
      await new Promise((r) => setTimeout(r, 10));
      expect(unhandled).not.toHaveBeenCalled();
    } finally {
      process.off("unhandledRejection", unhandled);
    }
  });

  it("passes an abortable signal and reports the caller's reason, not the SDK's", async () => {
    const outer = new AbortController();
    const reason = new Error("usuário saiu");
    const attempt = executarTentativa(
      (signal) =>
        new Promise((_, reject) => signal.addEventListener("abort", () => reject(Object.assign(new Error("Request was aborted."), { name: "AbortError" })))),
      5_000,
      outer.signal,
    );
    outer.abort(reason);
    await expect(attempt).rejects.toBe(reason);
  });
});

describe("executarTentativa with an already-aborted signal", () => {
  it("does not call the operation and rejects with the reason", async () => {
    const reason = new Error("antes");
    let called = false;
    await expect(executarTentativa(async () => (called = true), 1_000, AbortSignal.abort(reason))).rejects.toBe(reason);
    expect(called).toBe(false);
  });
});
