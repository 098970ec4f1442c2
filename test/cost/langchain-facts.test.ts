// Canaries: the LangChain.js behaviours that exercises 03/04 and chapter §5 teach. If a dependency update
// changes one of them, this file fails first and says which README needs rewriting.
import { InMemoryCache } from "@langchain/core/caches";
import { BaseCallbackHandler } from "@langchain/core/callbacks/base";
import type { LLMResult } from "@langchain/core/outputs";
import { ChatGoogleGenerativeAI } from "@langchain/google-genai";
import { ChatOpenAI } from "@langchain/openai";
import { afterAll, beforeEach, describe, expect, it } from "vitest";
import { startLab } from "../../lib/lab/server.ts";

const lab = await startLab();
afterAll(() => lab.close());
beforeEach(() => lab.reset());

const gemini = (fields: Partial<ConstructorParameters<typeof ChatGoogleGenerativeAI>[0]> = {}) =>
  new ChatGoogleGenerativeAI({ model: "gemini-2.5-flash", apiKey: "lab", baseUrl: lab.url, maxRetries: 0, ...fields });
const openai = (fields: Partial<NonNullable<ConstructorParameters<typeof ChatOpenAI>[0]>> = {}) =>
  new ChatOpenAI({ model: "gpt-4o-mini", apiKey: "lab", configuration: { baseURL: `${lab.url}/v1` }, maxRetries: 0, ...fields });

describe("cache (exercise 03, chapters/09/05 README)", () => {
  it("a hit returns the stored message object and zeroes its usage_metadata in place", async () => {
    const model = gemini({ cache: new InMemoryCache() });
    const miss = await model.invoke("Escreva uma frase sobre canários");
    expect(miss.usage_metadata?.input_tokens).toBeGreaterThan(0);
    const hit = await model.invoke("Escreva uma frase sobre canários");
    expect(hit).toBe(miss);
    expect(hit.usage_metadata).toEqual({ input_tokens: 0, output_tokens: 0, total_tokens: 0 });
    expect(miss.usage_metadata?.input_tokens, "the first (billed) answer now reads 0 tokens too").toBe(0);
    expect((await lab.calls()).length).toBe(1);
  });

  it("ChatGoogleGenerativeAI's cache key has neither the model nor the temperature; ChatOpenAI's has both", async () => {
    const shared = new InMemoryCache();
    await gemini({ cache: shared, temperature: 0 }).invoke("Escreva uma frase sobre chaves");
    await gemini({ cache: shared, temperature: 1, model: "gemini-2.5-pro" }).invoke("Escreva uma frase sobre chaves");
    expect((await lab.calls()).length, "gemini-2.5-pro got gemini-2.5-flash's cached answer").toBe(1);
    await openai({ cache: shared, temperature: 0 }).invoke("Escreva uma frase sobre chaves");
    await openai({ cache: shared, temperature: 1 }).invoke("Escreva uma frase sobre chaves");
    expect((await lab.calls()).length).toBe(3);
  });

  it("callbacks see { cached: true } on a hit", async () => {
    const seen: unknown[] = [];
    const handler = new (class extends BaseCallbackHandler {
      name = "probe";
      override awaitHandlers = true;
      override handleLLMEnd(_output: LLMResult, _runId: string, _parent?: string, _tags?: string[], extra?: Record<string, unknown>) {
        seen.push(extra?.cached ?? false);
      }
    })();
    const model = gemini({ cache: new InMemoryCache(), callbacks: [handler] });
    await model.invoke("Escreva uma frase sobre callbacks");
    await model.invoke("Escreva uma frase sobre callbacks");
    expect(seen).toEqual([false, true]);
  });
});

describe("batch and cancellation (exercise 04)", () => {
  it("batch with maxConcurrency 0 fails with p-queue's English message (why the exercise validates first)", async () => {
    await expect(gemini().batch(["oi"], { maxConcurrency: 0 }, { returnExceptions: true })).rejects.toThrow(/Expected `concurrency`/);
  });

  it("batch with returnExceptions keeps order and puts each failure at its position", async () => {
    await lab.setFaults([{ status: 503, times: 1 }]);
    const out = await gemini().batch(["Escreva uma frase sobre a", "Escreva uma frase sobre b"], { maxConcurrency: 1 }, { returnExceptions: true });
    expect(out[0]).toBeInstanceOf(Error);
    expect(out[1]).not.toBeInstanceOf(Error);
  });

  it("ChatGoogleGenerativeAI.invoke ignores an AbortSignal; ChatOpenAI.invoke honours it", async () => {
    await lab.setFaults([{ kind: "timeout", times: 1, provider: "gemini" }]);
    let settled = false;
    const pending = gemini()
      .invoke("Escreva uma frase sobre prazos", { signal: AbortSignal.timeout(50) })
      .then(
        () => (settled = true),
        () => (settled = true),
      );
    await new Promise((r) => setTimeout(r, 300));
    expect(settled, "Gemini invoke() still waiting 250 ms after its signal aborted").toBe(false);

    await lab.setFaults([{ kind: "timeout", times: 1, provider: "openai" }]);
    const start = performance.now();
    await expect(openai().invoke("oi", { signal: AbortSignal.timeout(50) })).rejects.toThrow();
    expect(performance.now() - start).toBeLessThan(1_000);
    void pending; // settles when afterAll closes the lab and destroys the hanging socket
  });
});
