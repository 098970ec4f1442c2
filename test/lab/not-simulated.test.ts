// Request features the lab does not simulate answer in the provider's own error shape with a pt-BR message
// saying so and how to use the real service, and the SDKs surface that message (docs/protocols.md §14.6).
import { GoogleGenerativeAI } from "@google/generative-ai";
import { HumanMessage } from "@langchain/core/messages";
import { ChatGoogleGenerativeAI } from "@langchain/google-genai";
import { ChatOpenAI } from "@langchain/openai";
import OpenAI from "openai";
import { describe, expect, it } from "vitest";
import { labForFile, openaiOn } from "./_lab.ts";

const lab = labForFile();

const openai = () => openaiOn(lab);
const caught = (promise: Promise<unknown>) => promise.then(() => undefined, (e: unknown) => e as Error & { status?: number; type?: string; param?: string | null });
const NOT_SIMULATED = (key: string) => new RegExp(`não há simulação de .*configure ${key} com uma chave do serviço real`);
const PNG = "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==";
const messages = [{ role: "user" as const, content: "oi" }];

describe("lab: OpenAI features it does not simulate", () => {
  it.each([
    ["logprobs", { logprobs: true }, /logprobs/],
    ["top_logprobs", { top_logprobs: 3 }, /logprobs/],
    ["audio", { audio: { voice: "alloy", format: "wav" } }, /áudio/],
    ["modalities", { modalities: ["text", "audio"] }, /modalidades/],
    ["prediction", { prediction: { type: "content", content: "oi" } }, /Predicted Outputs/],
  ])("%s: BadRequestError (400, invalid_request_error, param named) with the pt-BR message", async (param, extra, what) => {
    const error = await caught(openai().chat.completions.create({ model: "gpt-4o-mini", messages, ...extra } as never));
    expect(error).toBeInstanceOf(OpenAI.BadRequestError);
    expect(error).toMatchObject({ status: 400, type: "invalid_request_error", param });
    expect(error!.message).toMatch(NOT_SIMULATED("OPENAI_API_KEY"));
    expect(error!.message).toMatch(what);
  });

  it("an image in a ChatOpenAI message: the SDK error carries the message; logprobs: false passes", async () => {
    const model = new ChatOpenAI({ model: "gpt-4o-mini", apiKey: "lab", configuration: { baseURL: `${lab.url}/v1` }, maxRetries: 0 });
    const image = new HumanMessage({ content: [{ type: "text", text: "O que há na imagem?" }, { type: "image_url", image_url: { url: `data:image/png;base64,${PNG}` } }] });
    const error = await caught(model.invoke([image]));
    expect(error).toMatchObject({ status: 400 });
    expect(error!.message).toMatch(/imagens nas mensagens.*configure OPENAI_API_KEY/);
    expect((await openai().chat.completions.create({ model: "gpt-4o-mini", messages, logprobs: false })).choices[0]!.message.content).toBeTruthy();
  });
});

describe("lab: Gemini features it does not simulate", () => {
  it("an image part (inlineData) through ChatGoogleGenerativeAI: 400 INVALID_ARGUMENT with the pt-BR message", async () => {
    const model = new ChatGoogleGenerativeAI({ model: "gemini-2.5-flash", apiKey: "lab", baseUrl: lab.url, maxRetries: 0 });
    const image = new HumanMessage({ content: [{ type: "text", text: "Descreva." }, { type: "image_url", image_url: `data:image/png;base64,${PNG}` }] });
    const error = await caught(model.invoke([image]));
    expect(error!.message).toMatch(/400/);
    expect(error!.message).toMatch(/imagens nas mensagens \('inlineData', image\/png\).*configure GOOGLE_API_KEY/);
  });

  it("cachedContent, audio parts and audio responses through @google/generative-ai", async () => {
    const ai = new GoogleGenerativeAI("lab");
    const cachedModel = ai.getGenerativeModel({ model: "gemini-2.5-flash", cachedContent: { name: "cachedContents/abc123", model: "models/gemini-2.5-flash", contents: [] } }, { baseUrl: lab.url });
    await expect(cachedModel.generateContent("oi")).rejects.toThrow(/400.*cache explícito de contexto \('cachedContent'\).*GOOGLE_API_KEY/);
    const plain = ai.getGenerativeModel({ model: "gemini-2.5-flash" }, { baseUrl: lab.url });
    await expect(plain.generateContent([{ text: "Transcreva" }, { inlineData: { mimeType: "audio/wav", data: "UklGRg==" } }])).rejects.toThrow(/áudio nas mensagens/);
    const speaking = ai.getGenerativeModel({ model: "gemini-2.5-flash", generationConfig: { responseModalities: ["AUDIO"] } as never }, { baseUrl: lab.url });
    await expect(speaking.generateContent("oi")).rejects.toThrow(/respostas em AUDIO/);
    const raw = await fetch(`${lab.url}/v1beta/models/gemini-2.5-flash:generateContent`, {
      method: "POST",
      headers: { "content-type": "application/json", "x-goog-api-key": "lab" },
      body: JSON.stringify({ contents: [{ role: "user", parts: [{ text: "oi" }] }], cachedContent: "cachedContents/abc" }),
    });
    expect(raw.status).toBe(400);
    expect(await raw.json()).toEqual({ error: { code: 400, message: expect.stringMatching(NOT_SIMULATED("GOOGLE_API_KEY")), status: "INVALID_ARGUMENT" } });
    // Creating an explicit cache is a route the lab does not have: the provider's 404 shape, same advice.
    const create = await fetch(`${lab.url}/v1beta/cachedContents`, { method: "POST", headers: { "content-type": "application/json", "x-goog-api-key": "lab" }, body: "{}" });
    expect(create.status).toBe(404);
    expect(await create.json()).toMatchObject({ error: { code: 404, status: "NOT_FOUND", message: expect.stringMatching(/não é simulado.*GOOGLE_API_KEY/) } });
  });
});
