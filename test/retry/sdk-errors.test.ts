// The real SDK error objects, produced by the lab over the wire: where the status and the server's requested wait
// surface for ChatGoogleGenerativeAI, ChatOpenAI and the openai SDK, and how the retry core classifies them.
// This is the evidence behind the table in exercises/02-retry-rate-limit/README.md.
import { ChatGoogleGenerativeAI } from "@langchain/google-genai";
import { ChatOpenAI } from "@langchain/openai";
import OpenAI from "openai";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { geminiRetryInfo } from "../../lib/lab/providers.ts";
import { startLab, type Lab } from "../../lib/lab/server.ts";
import { callLlmWithRetry, criarModelo, statusDoErro, permiteRetry, esperaPedidaMs } from "../../solutions/02-retry-rate-limit/rate_limit_retry.ts";
import { FakeClock } from "./fake-clock.ts";

let lab: Lab;
beforeAll(async () => {
  lab = await startLab();
  process.env.LANGSMITH_TRACING = "false";
});
afterAll(() => lab.close());
beforeEach(() => lab.reset());

const gemini = (url = lab.url) => new ChatGoogleGenerativeAI({ model: "gemini-2.5-flash", maxRetries: 0, baseUrl: url, apiKey: "lab" });
const chatOpenAI = (url = lab.url) => new ChatOpenAI({ model: "gpt-4o-mini", maxRetries: 0, configuration: { baseURL: `${url}/v1` }, apiKey: "lab" });
const openai = () => new OpenAI({ maxRetries: 0, baseURL: `${lab.url}/v1`, apiKey: "lab" });

const clients = {
  gemini: () => gemini().invoke("oi"),
  chatOpenAI: () => chatOpenAI().invoke("oi"),
  openai: () => openai().chat.completions.create({ model: "gpt-4o-mini", messages: [{ role: "user", content: "oi" }] }),
};

async function failure(name: keyof typeof clients): Promise<unknown> {
  try {
    await clients[name]();
  } catch (error) {
    return error;
  }
  throw new Error(`${name} did not fail`);
}

describe("lab: Gemini puts the wait in the body (google.rpc.RetryInfo), like the real API", () => {
  it("geminiRetryInfo renders seconds and HTTP-dates as a protobuf duration", () => {
    const now = Date.parse("2026-11-25T12:00:00Z");
    expect(geminiRetryInfo(5, now)).toEqual({ "@type": "type.googleapis.com/google.rpc.RetryInfo", retryDelay: "5s" });
    expect(geminiRetryInfo("2.5", now)?.retryDelay).toBe("2.5s");
    expect(geminiRetryInfo("Wed, 25 Nov 2026 12:00:07 GMT", now)?.retryDelay).toBe("7s");
    expect(geminiRetryInfo("Wed, 25 Nov 2026 11:00:00 GMT", now)?.retryDelay).toBe("0s");
    expect(geminiRetryInfo("garbage", now)).toBeUndefined();
    expect(geminiRetryInfo(undefined, now)).toBeUndefined();
  });
});

describe.each(["gemini", "chatOpenAI", "openai"] as const)("%s errors", (name) => {
  const provider = name === "gemini" ? "gemini" : "openai";

  it.each([429, 500, 502, 503, 504])("%i: status readable, retryable", async (status) => {
    await lab.setFaults([{ status, provider }]);
    const error = await failure(name);
    expect(statusDoErro(error)).toBe(status);
    expect(permiteRetry(error)).toBe(true);
  });

  it.each([400, 401, 403, 404])("%i: status readable, not retryable", async (status) => {
    await lab.setFaults([{ status, provider }]);
    const error = await failure(name);
    expect(statusDoErro(error)).toBe(status);
    expect(permiteRetry(error)).toBe(false);
  });

  it("429 with Retry-After in seconds and as an HTTP-date: the wait is readable", async () => {
    await lab.setFaults([{ status: 429, retryAfter: 7, provider }]);
    expect(esperaPedidaMs(await failure(name), Date.now())).toBe(7000);
    const date = new Date(Math.ceil((Date.now() + 9_000) / 1000) * 1000);
    await lab.setFaults([{ status: 503, retryAfter: date.toUTCString(), provider }]);
    const now = Date.now();
    const wait = esperaPedidaMs(await failure(name), now)!;
    // Gemini: the lab turns the date into a duration when it answers, a few ms after `now`.
    expect(wait).toBeLessThanOrEqual(date.getTime() - now);
    expect(wait).toBeGreaterThanOrEqual(date.getTime() - now - 1_000);
  });

  it("a malformed 200 body is not retried (it is not known to be transient)", async () => {
    await lab.setFaults([{ kind: "malformed", provider }]);
    expect(permiteRetry(await failure(name))).toBe(false);
  });
});

describe("where the headers are (or are not)", () => {
  it("ChatOpenAI rethrows the openai SDK error: error.headers is a Headers", async () => {
    await lab.setFaults([{ status: 429, retryAfter: 3, provider: "openai" }]);
    const error = (await failure("chatOpenAI")) as { headers?: unknown };
    expect(error.headers).toBeInstanceOf(Headers);
  });

  it("ChatGoogleGenerativeAI drops the response headers; only errorDetails survives", async () => {
    await lab.setFaults([{ status: 429, retryAfter: 3, provider: "gemini" }]);
    const error = (await failure("gemini")) as Record<string, unknown>;
    expect(error.headers).toBeUndefined();
    expect(error.response).toBeUndefined();
    expect(error.errorDetails).toEqual([{ "@type": "type.googleapis.com/google.rpc.RetryInfo", retryDelay: "3s" }]);
  });

  it("connection refused is retryable for both LangChain models (no status, the SDK loses the cause on Gemini)", async () => {
    for (const model of [gemini("http://127.0.0.1:9"), chatOpenAI("http://127.0.0.1:9")]) {
      const error = await model.invoke("oi").catch((e: unknown) => e);
      expect(statusDoErro(error)).toBeUndefined();
      expect(permiteRetry(error)).toBe(true);
    }
  });
});

describe("callLlmWithRetry end to end against the lab", () => {
  it("ChatGoogleGenerativeAI.invoke ignores the signal: the attempt timeout still ends the call on time", async () => {
    process.env.GEMINI_BASE_URL = lab.url;
    process.env.GOOGLE_API_KEY = "lab";
    await lab.setFaults([{ kind: "timeout", provider: "gemini" }]);
    const clock = new FakeClock();
    const started = performance.now();
    const answer = await callLlmWithRetry("Escreva uma frase sobre prazos", { attemptTimeoutMs: 300, sleep: clock.sleep, now: clock.now });
    expect(performance.now() - started).toBeLessThan(3_000);
    expect(answer.text).toContain("prazos");
    const calls = (await lab.calls()).map((c) => c.fault ?? "ok");
    expect(calls[0]).toBe("timeout");
    expect(calls.at(-1)).toBe("ok");
    expect((criarModelo() as unknown as { caller: { maxRetries: number } }).caller.maxRetries).toBe(0);
  });

  it("rejects a bad prompt and a bad model clearly, without calling the provider", async () => {
    await expect(callLlmWithRetry("   ")).rejects.toThrow(/prompt/);
    await expect(callLlmWithRetry(42 as never)).rejects.toThrow(/prompt/);
    await expect(callLlmWithRetry("oi", { model: {} as never })).rejects.toThrow(/model/);
    await expect(callLlmWithRetry("oi", 3 as never)).rejects.toThrow(/objeto/);
    expect(await lab.calls()).toEqual([]);
  });
});
