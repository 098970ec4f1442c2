// The lab driven by the real SDKs, over the wire: what students' production code will meet.
import { ChatGoogleGenerativeAI } from "@langchain/google-genai";
import { ChatOpenAI } from "@langchain/openai";
import { Client, RunTree } from "langsmith";
import { traceable } from "langsmith/traceable";
import { wrapOpenAI } from "langsmith/wrappers";
import OpenAI from "openai";
import { describe, expect, it } from "vitest";
import { flushTraces } from "../lib/tracing.ts";
import { startTestLab } from "./_support/lab.ts";

const lab = await startTestLab();

const gemini = () => new ChatGoogleGenerativeAI({ model: "gemini-2.5-flash", maxRetries: 0, baseUrl: lab.url, apiKey: "lab" });
const chatOpenAI = () => new ChatOpenAI({ model: "gpt-4o-mini", maxRetries: 0, configuration: { baseURL: `${lab.url}/v1` }, apiKey: "lab" });

describe("Gemini (ChatGoogleGenerativeAI)", () => {
  it("invoke: deterministic answer with usage metadata", async () => {
    const a = await gemini().invoke("Escreva uma frase sobre filas");
    const b = await gemini().invoke("Escreva uma frase sobre filas");
    expect(a.text.toLowerCase()).toContain("filas");
    expect(a.text).toBe(b.text);
    expect(a.usage_metadata?.input_tokens).toBeGreaterThan(0);
    expect(a.usage_metadata?.total_tokens).toBe(a.usage_metadata!.input_tokens + a.usage_metadata!.output_tokens);
    const [call] = await lab.calls();
    expect(call).toMatchObject({ provider: "gemini", model: "gemini-2.5-flash", stream: false, status: 200 });
  });

  it("stream: chunks concatenate to the invoke answer, usage on the stream", async () => {
    let text = "";
    let usage;
    for await (const chunk of await gemini().stream("Escreva uma frase sobre cache")) {
      text += chunk.text;
      usage = chunk.usage_metadata ?? usage;
    }
    const full = await gemini().invoke("Escreva uma frase sobre cache");
    expect(text).toBe(full.text);
    expect(usage?.output_tokens).toBeGreaterThan(0);
  });

  it("system prompt reaches the model (systemInstruction)", async () => {
    await gemini().invoke([
      ["system", "Você é um atendente."],
      ["human", "oi"],
    ]);
    const [call] = await lab.calls();
    expect(call!.messages[0]).toEqual({ role: "system", content: "Você é um atendente." });
  });

  it("429 surfaces as the SDK's own error with status 429", async () => {
    await lab.setFaults([{ status: 429 }]);
    await expect(gemini().invoke("oi")).rejects.toMatchObject({ status: 429 });
  });
});

describe("OpenAI (ChatOpenAI and the openai SDK)", () => {
  it("ChatOpenAI invoke and stream carry usage", async () => {
    const answer = await chatOpenAI().invoke("Escreva uma frase sobre métricas");
    expect(answer.usage_metadata?.total_tokens).toBeGreaterThan(0);
    let streamed;
    for await (const chunk of await chatOpenAI().stream("Escreva uma frase sobre métricas")) streamed = streamed ? streamed.concat(chunk) : chunk;
    expect(streamed?.text).toBe(answer.text);
    expect(streamed?.usage_metadata?.output_tokens).toBe(answer.usage_metadata?.output_tokens);
  });

  it("OPENAI_BASE_URL points the plain SDK at the lab", async () => {
    const client = new OpenAI({ maxRetries: 0 });
    const completion = await client.chat.completions.create({ model: "gpt-4o-mini", messages: [{ role: "user", content: "Escreva uma frase sobre Docker" }] });
    expect(completion.choices[0]?.message.content).toContain("Docker");
    expect(completion.usage?.total_tokens).toBeGreaterThan(0);
  });

  it("faults: 429 with Retry-After, 500, malformed body, timeout", async () => {
    const client = new OpenAI({ maxRetries: 0, timeout: 300 });
    await lab.setFaults([{ status: 429, retryAfter: 2 }, { status: 500 }, { kind: "malformed" }, { kind: "timeout" }]);
    const ask = () => client.chat.completions.create({ model: "gpt-4o-mini", messages: [{ role: "user", content: "oi" }] });
    await expect(ask()).rejects.toBeInstanceOf(OpenAI.RateLimitError);
    await expect(ask()).rejects.toBeInstanceOf(OpenAI.InternalServerError);
    await expect(ask()).rejects.toThrow();
    await expect(ask()).rejects.toBeInstanceOf(OpenAI.APIConnectionTimeoutError);
    const calls = await lab.calls();
    expect(calls.map((c) => c.status)).toEqual([429, 500, 200, 0]);
  });

  it("the openai SDK honours the lab's Retry-After (retries itself when allowed)", async () => {
    await lab.setFaults([{ status: 503, retryAfter: 0 }]);
    const client = new OpenAI({ maxRetries: 1 });
    const completion = await client.chat.completions.create({ model: "gpt-4o-mini", messages: [{ role: "user", content: "oi" }] });
    expect(completion.choices[0]?.message.content).toBeTruthy();
    expect((await lab.calls()).map((c) => c.status)).toEqual([503, 200]);
  });

  it("latency profile delays answers without sleeping in the test", async () => {
    await lab.setLatency({ fixedMs: 40 });
    const started = performance.now();
    await chatOpenAI().invoke("oi");
    expect(performance.now() - started).toBeGreaterThanOrEqual(35);
  });
});

describe("LangSmith ingestion", () => {
  it("traceable + wrapOpenAI + LangChain model: one trace tree, flushed", async () => {
    const openai = wrapOpenAI(new OpenAI({ maxRetries: 0 }));
    const retriever = traceable(async (q: string) => [`Harrison trabalhou na Kensho. (${q})`], { name: "retriever", run_type: "retriever" });
    const rag = traceable(
      async (question: string) => {
        const docs = await retriever(question);
        const completion = await openai.chat.completions.create({
          model: "gpt-4o-mini",
          messages: [
            { role: "system", content: `Responda usando apenas: ${docs.join(" ")}` },
            { role: "user", content: question },
          ],
        });
        await gemini().invoke("Escreva uma frase sobre traces");
        return completion.choices[0]?.message.content;
      },
      { name: "rag" },
    );
    const answer = await rag("Onde Harrison trabalhou?");
    expect(answer).toContain("Kensho");
    await flushTraces();
    const runs = await lab.runs();
    const root = runs.find((r) => r.name === "rag")!;
    expect(root.outputs).toBeDefined();
    const children = runs.filter((r) => r.parent_run_id === root.id).map((r) => r.name).sort();
    expect(children).toEqual(["ChatGoogleGenerativeAI", "ChatOpenAI", "retriever"]);
    const llm = runs.find((r) => r.name === "ChatOpenAI")!;
    expect(llm.trace_id).toBe(root.id);
    expect(llm.end_time).toMatch(/Z$/);
  });

  it("Client.createFeedback reaches the lab attached to the run", async () => {
    const client = new Client({ apiUrl: lab.url, apiKey: "lab" });
    await client.createFeedback("0193a0b0-0000-7000-8000-000000000001", "user_feedback", { score: 1, comment: "bom" });
    const [feedback] = await lab.feedback();
    expect(feedback).toMatchObject({ run_id: "0193a0b0-0000-7000-8000-000000000001", key: "user_feedback", score: 1, comment: "bom" });
  });

  it("batch endpoint and garbage: valid runs stored, invalid bodies get 4xx and leave the store readable", async () => {
    const post = (path: string, body: string, type = "application/json") =>
      fetch(`${lab.url}${path}`, { method: "POST", headers: { "content-type": type }, body });
    expect((await post("/runs/batch", JSON.stringify({ post: [{ id: "a", name: "x", run_type: "chain", start_time: 1 }], patch: [{ id: "a", end_time: 2 }] }))).status).toBe(202);
    expect((await post("/runs/batch", "{not json")).status).toBe(400);
    expect((await post("/runs/batch", JSON.stringify({ post: [{ name: "sem id" }] }))).status).toBe(422);
    expect((await post("/runs/multipart", "garbage", "multipart/form-data; boundary=zzz")).status).toBe(400);
    const runs = await lab.runs();
    expect(runs.map((r) => r.id)).toEqual(["a"]);
    expect(runs[0]!.end_time).toBe(new Date(2).toISOString());
  });

  it("the shared client is the one flushTraces drains", () => {
    expect(typeof RunTree.getSharedClient().awaitPendingTraceBatches).toBe("function");
  });
});
