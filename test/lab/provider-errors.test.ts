// Provider errors in each provider's own shape, surfaced by the real SDKs with the lab's pt-BR message
// (docs/protocols.md §7): unknown model → 404, prompt over the model's context → 400, a feature the lab does not
// simulate → 404 saying so, missing key and malformed requests → the provider's 4xx.
import { ChatGoogleGenerativeAI } from "@langchain/google-genai";
import { ChatOpenAI } from "@langchain/openai";
import OpenAI from "openai";
import { describe, expect, it } from "vitest";
import { labForFile, openaiOn } from "./_lab.ts";

const lab = labForFile();

const openai = () => openaiOn(lab);
const gemini = (model: string) => new ChatGoogleGenerativeAI({ model, apiKey: "lab", baseUrl: lab.url, maxRetries: 0 });
const caught = (promise: Promise<unknown>) => promise.then(() => undefined, (e: unknown) => e as Error & { status?: number; code?: string; param?: string; type?: string });
/** One lab token per "palavra " (a word up to 7 letters; a single space costs nothing): about `tokens` tokens. */
const longText = (tokens: number) => "palavra ".repeat(tokens);

describe("lab: models and context windows", () => {
  it("OpenAI: an unknown model is 404 model_not_found; known and dated names pass", async () => {
    const error = await caught(openai().chat.completions.create({ model: "gpt-4o-mnii", messages: [{ role: "user", content: "oi" }] }));
    expect(error).toBeInstanceOf(OpenAI.NotFoundError);
    expect(error).toMatchObject({ status: 404, code: "model_not_found", type: "invalid_request_error" });
    expect(error!.message).toMatch(/o modelo `gpt-4o-mnii` não existe.*gpt-4o-mini/);
    for (const model of ["gpt-4o-mini", "gpt-4o-mini-2024-07-18", "gpt-4.1-mini", "o4-mini"]) {
      const ok = await openai().chat.completions.create({ model, messages: [{ role: "user", content: "oi" }] });
      expect(ok.model, model).toBe(model);
    }
    expect((await lab.calls()).map((c) => c.model)).not.toContain("gpt-4o-mnii");
  });

  it("Gemini: an unknown model is 404 NOT_FOUND through ChatGoogleGenerativeAI, invoke and stream", async () => {
    const error = await caught(gemini("gemini-1.5-flash").invoke("oi"));
    expect(error!.message).toMatch(/404.*models\/gemini-1\.5-flash não existe na API v1beta/);
    const streamed = await caught((async () => {
      for await (const _ of await gemini("gemini-2.5-flsh").stream("oi"));
    })());
    expect(streamed!.message).toMatch(/404.*gemini-2\.5-flsh/);
    expect((await gemini("gemini-2.5-pro").invoke("oi")).text).toBeTruthy();
    const raw = await fetch(`${lab.url}/v1beta/models/nao-existe:generateContent`, {
      method: "POST",
      headers: { "content-type": "application/json", "x-goog-api-key": "lab" },
      body: JSON.stringify({ contents: [{ role: "user", parts: [{ text: "oi" }] }] }),
    });
    expect(raw.status).toBe(404);
    expect(await raw.json()).toEqual({ error: { code: 404, message: expect.stringContaining("models/nao-existe"), status: "NOT_FOUND" } });
  });

  it("a prompt over the model's context window is the provider's 400, recorded as a 400 call", async () => {
    const error = await caught(new ChatOpenAI({ model: "gpt-4o-mini", apiKey: "lab", configuration: { baseURL: `${lab.url}/v1` }, maxRetries: 0 }).invoke(longText(140_000)));
    expect(error).toMatchObject({ status: 400 });
    expect(error!.message).toMatch(/contexto máximo deste modelo é de 128000 tokens, mas as mensagens somam \d+ tokens/);
    const rawOpenAI = await fetch(`${lab.url}/v1/chat/completions`, {
      method: "POST",
      headers: { "content-type": "application/json", authorization: "Bearer lab" },
      body: JSON.stringify({ model: "gpt-3.5-turbo", messages: [{ role: "user", content: longText(20_000) }] }),
    });
    expect(await rawOpenAI.json()).toMatchObject({ error: { type: "invalid_request_error", param: "messages", code: "context_length_exceeded" } });
    // The same prompt fits a model with a bigger window.
    expect((await openai().chat.completions.create({ model: "gpt-4.1-mini", messages: [{ role: "user", content: longText(20_000) }] })).choices).toHaveLength(1);
    const geminiError = await caught(gemini("gemini-2.5-flash").invoke(longText(1_100_000)));
    expect(geminiError!.message).toMatch(/400.*o prompt tem \d+ tokens e passa do máximo permitido pelo modelo \(1048576\)/);
    expect((await lab.calls()).map((c) => [c.model, c.status])).toEqual([
      ["gpt-4o-mini", 400],
      ["gpt-3.5-turbo", 400],
      ["gpt-4.1-mini", 200],
      ["gemini-2.5-flash", 400],
    ]);
  }, 60_000);
});

describe("lab: other errors in the provider's shape, pt-BR", () => {
  it("a provider feature the lab does not simulate is that provider's 404 saying how to use the real service", async () => {
    const error = await caught(openai().completions.create({ model: "gpt-3.5-turbo-instruct", prompt: "oi" }));
    expect(error).toBeInstanceOf(OpenAI.NotFoundError);
    expect(error!.message).toMatch(/POST \/v1\/completions não é simulado.*OPENAI_API_KEY/);
    const gem = await fetch(`${lab.url}/v1beta/models/gemini-2.5-flash:predict`, { method: "POST", headers: { "content-type": "application/json", "x-goog-api-key": "lab" }, body: "{}" });
    expect(await gem.json()).toEqual({ error: { code: 404, message: expect.stringMatching(/não é simulado.*GOOGLE_API_KEY/), status: "NOT_FOUND" } });
  });

  it("missing key and malformed requests: 4xx in the provider's shape with a pt-BR message", async () => {
    const noKey = await fetch(`${lab.url}/v1/chat/completions`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ model: "gpt-4o-mini", messages: [{ role: "user", content: "oi" }] }) });
    expect(noKey.status).toBe(401);
    expect(await noKey.json()).toMatchObject({ error: { message: expect.stringMatching(/nenhuma chave de API.*OPENAI_API_KEY/), type: "invalid_request_error" } });
    const empty = await caught(openai().chat.completions.create({ model: "gpt-4o-mini", messages: [] }));
    expect(empty).toMatchObject({ status: 400 });
    expect(empty!.message).toMatch(/`messages` precisa ser uma lista não vazia/);
    const broken = await fetch(`${lab.url}/v1beta/models/gemini-2.5-flash:generateContent`, { method: "POST", headers: { "content-type": "application/json", "x-goog-api-key": "lab" }, body: "{" });
    expect(await broken.json()).toEqual({ error: { code: 400, message: expect.stringMatching(/não é JSON válido/), status: "INVALID_ARGUMENT" } });
  });
});
