// The lab's key check through the real SDKs: a call carrying the required key goes through and is recorded by
// fingerprint; any other key gets the provider's own wrong-key error (surfaced by the SDK), never echoing the key.
import { ChatGoogleGenerativeAI } from "@langchain/google-genai";
import { Client } from "langsmith";
import OpenAI from "openai";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { keyId } from "../../lib/lab/keys.ts";
import { startLab, type Lab } from "../../lib/lab/server.ts";

let lab: Lab;
beforeAll(async () => {
  lab = await startLab();
});
afterAll(() => lab.close());
beforeEach(() => lab.reset());

const GOOD = "sk-lab-chave-certa-0123456789";
const WRONG = "sk-lab-chave-errada-9876543210";

describe("lab: requireKeys / keyId / authFailures", () => {
  it("OpenAI: the configured key passes and is recorded by fingerprint; another key gets 401 invalid_api_key", async () => {
    await lab.requireKeys({ openai: GOOD });
    const ok = await new OpenAI({ apiKey: GOOD, baseURL: `${lab.url}/v1`, maxRetries: 0 }).chat.completions.create({ model: "gpt-4o-mini", messages: [{ role: "user", content: "oi" }] });
    expect(ok.choices[0]?.message.content).toBeTruthy();
    expect((await lab.calls()).map((c) => c.keyId)).toEqual([keyId(GOOD)]);
    const error = await new OpenAI({ apiKey: WRONG, baseURL: `${lab.url}/v1`, maxRetries: 0 })
      .chat.completions.create({ model: "gpt-4o-mini", messages: [{ role: "user", content: "oi" }] })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(OpenAI.AuthenticationError);
    expect((error as { code?: string }).code).toBe("invalid_api_key");
    expect(String((error as Error).message)).toMatch(/OPENAI_API_KEY/);
    expect(String((error as Error).message)).not.toContain(WRONG);
    expect(await lab.authFailures()).toEqual([{ provider: "openai", keyId: keyId(WRONG), path: "/v1/chat/completions" }]);
  });

  it("Gemini: another key gets 400 API_KEY_INVALID through ChatGoogleGenerativeAI", async () => {
    await lab.requireKeys({ gemini: GOOD });
    const model = (apiKey: string) => new ChatGoogleGenerativeAI({ model: "gemini-2.5-flash", apiKey, baseUrl: lab.url, maxRetries: 0 });
    expect((await model(GOOD).invoke("oi")).text).toBeTruthy();
    const error = await model(WRONG).invoke("oi").catch((e: unknown) => e);
    expect(String((error as Error).message)).toMatch(/GOOGLE_API_KEY/);
    expect(String((error as Error).message)).not.toContain(WRONG);
    expect((await lab.authFailures()).map((f) => f.provider)).toEqual(["gemini"]);
  });

  it("LangSmith: runs sent with another key are refused (401) and never stored; reset() forgets the requirement", async () => {
    await lab.requireKeys({ langsmith: GOOD });
    const wrong = new Client({ apiUrl: lab.url, apiKey: WRONG, autoBatchTracing: false });
    await wrong.createRun({ id: crypto.randomUUID(), name: "errado", run_type: "chain", inputs: {} }).catch(() => undefined);
    expect(await lab.runs()).toEqual([]);
    expect((await lab.authFailures()).map((f) => [f.provider, f.keyId])).toEqual([["langsmith", keyId(WRONG)]]);
    const right = new Client({ apiUrl: lab.url, apiKey: GOOD, autoBatchTracing: false });
    await right.createRun({ id: crypto.randomUUID(), name: "certo", run_type: "chain", inputs: {} });
    expect((await lab.runs()).map((r) => r.name)).toEqual(["certo"]);
    await lab.reset();
    await wrong.createRun({ id: crypto.randomUUID(), name: "depois-do-reset", run_type: "chain", inputs: {} });
    expect((await lab.runs()).map((r) => r.name)).toEqual(["depois-do-reset"]);
  });
});

describe("lab: LangSmith faults (provider \"langsmith\")", () => {
  it("a feedback fault refuses createFeedback in LangSmith's shape; runs still go through; \"any\" never hits LangSmith", async () => {
    const client = new Client({ apiUrl: lab.url, apiKey: GOOD, autoBatchTracing: false });
    const runId = crypto.randomUUID();
    await lab.setFaults([{ provider: "any", status: 500, times: 1 }]);
    await client.createRun({ id: runId, name: "raiz", run_type: "chain", inputs: {} });
    expect((await lab.runs()).map((r) => r.id)).toEqual([runId]);
    await lab.setFaults([{ provider: "langsmith", route: "feedback", status: 403, times: 1 }]);
    const error = await client.createFeedback(runId, "user_feedback", { score: 1 }).catch((e: unknown) => e);
    expect(String((error as Error).message)).toMatch(/403/);
    expect(await lab.feedback()).toEqual([]);
    await client.createFeedback(runId, "user_feedback", { score: 1 });
    expect((await lab.feedback()).length).toBe(1);
  });
});
