// The lab stays bounded and refuses cross-origin writes: capped calls/runs/feedback (with dropped counts),
// traces.jsonl rotated and read only from its tail, a readable 413 in each route family's shape, and the
// Host/Origin/content-type guards on every route. Through the real SDKs where they apply, else plain HTTP.
import fs from "node:fs";
import http from "node:http";
import os from "node:os";
import path from "node:path";
import { ChatGoogleGenerativeAI } from "@langchain/google-genai";
import OpenAI from "openai";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startLab, type Lab } from "../../lib/lab/server.ts";
import { RunStore } from "../../lib/lab/store.ts";

const JSON_TYPE = { "content-type": "application/json" };
const tmp = () => fs.mkdtempSync(path.join(os.tmpdir(), "lab-bounds-"));
const openai = (lab: Lab) => new OpenAI({ apiKey: "lab", baseURL: `${lab.url}/v1`, maxRetries: 0 });
const ask = (lab: Lab, content: string) => openai(lab).chat.completions.create({ model: "gpt-4o-mini", messages: [{ role: "user", content }] });
const batch = (lab: Lab, post: unknown[]) => fetch(`${lab.url}/runs/batch`, { method: "POST", headers: JSON_TYPE, body: JSON.stringify({ post }) });
const run = (id: string) => ({ id, name: `passo ${id}`, run_type: "chain", trace_id: id, inputs: { pergunta: "x".repeat(200) } });

describe("lab: memory caps", () => {
  it("/lab/calls keeps the newest calls; stats counts every call and the dropped ones; reset starts over", async () => {
    const lab = await startLab({ limits: { maxCalls: 5 } });
    try {
      for (let i = 1; i <= 8; i++) await ask(lab, `pergunta ${i}`);
      const calls = await lab.calls();
      expect(calls.map((c) => c.seq)).toEqual([4, 5, 6, 7, 8]);
      expect(calls.at(-1)?.messages[0]?.content).toBe("pergunta 8");
      expect(await lab.stats()).toMatchObject({ calls: 8, dropped: { calls: 3, runs: 0, feedback: 0 } });
      expect(((await fetch(`${lab.url}/lab/calls`).then((r) => r.json())) as unknown[]).length).toBe(5);
      await lab.reset();
      expect(await lab.stats()).toMatchObject({ calls: 0, dropped: { calls: 0 } });
    } finally {
      await lab.close();
    }
  });

  it("the run store keeps the newest runs and feedback, counting what it dropped", async () => {
    const lab = await startLab({ limits: { maxRuns: 10, maxFeedback: 3 } });
    try {
      expect((await batch(lab, Array.from({ length: 15 }, (_, i) => run(`r${i}`)))).status).toBe(202);
      // A patch of a kept run merges in place and does not evict anything.
      await fetch(`${lab.url}/runs/r14`, { method: "PATCH", headers: JSON_TYPE, body: JSON.stringify({ outputs: { ok: true } }) });
      for (let i = 0; i < 5; i++) await fetch(`${lab.url}/feedback`, { method: "POST", headers: JSON_TYPE, body: JSON.stringify({ run_id: "r14", key: "nota", score: i }) });
      const runs = await lab.runs();
      expect(runs.map((r) => r.id)).toEqual(Array.from({ length: 10 }, (_, i) => `r${i + 5}`));
      expect(runs.at(-1)?.outputs).toEqual({ ok: true });
      expect((await lab.feedback()).map((f) => f.score)).toEqual([2, 3, 4]);
      expect((await lab.stats()).dropped).toEqual({ calls: 0, runs: 5, feedback: 2 });
    } finally {
      await lab.close();
    }
  });
});

describe("lab: traces.jsonl", () => {
  it("is rotated at its size limit (one old generation kept), and a restart still finds the recent runs", () => {
    const file = path.join(tmp(), "traces.jsonl");
    const store = new RunStore(file, { rotateBytes: 4_000 });
    for (let i = 0; i < 60; i++) store.merge(run(`r${i}`));
    expect(fs.statSync(file).size).toBeLessThanOrEqual(4_000);
    expect(fs.existsSync(`${file}.1`)).toBe(true);
    expect(fs.statSync(`${file}.1`).size).toBeLessThanOrEqual(4_000);
    const reloaded = new RunStore(file, { rotateBytes: 4_000 });
    expect(reloaded.get("r59")?.name).toBe("passo r59");
  });

  it("at start only its tail is read: recent runs come back whole, patches whose post was cut off are skipped", () => {
    const file = path.join(tmp(), "traces.jsonl");
    const writer = new RunStore(file);
    for (let i = 0; i < 400; i++) writer.merge(run(`r${i}`));
    writer.merge({ id: "r0", outputs: { tarde: true } }); // the patch of a run whose post is far back
    writer.merge({ id: "r399", outputs: { ok: true } });
    const size = fs.statSync(file).size;
    const tail = 5_000;
    const reloaded = new RunStore(file, { loadTailBytes: tail });
    const runs = reloaded.list();
    expect(runs.length).toBeGreaterThan(5);
    expect(runs.length).toBeLessThan(400 * (tail / size) + 2);
    expect(runs.every((r) => r.name.startsWith("passo"))).toBe(true);
    expect(reloaded.get("r0")).toBeUndefined();
    expect(reloaded.get("r399")?.outputs).toEqual({ ok: true });
  });
});

describe("lab: over-limit bodies and cross-origin requests", () => {
  let lab: Lab;
  beforeAll(async () => {
    lab = await startLab();
  });
  afterAll(() => lab.close());
  const huge = "a ".repeat(10.5 * 1024 * 1024); // 21 MB, over the 20 MB limit

  it("a body over 20 MB is a 413 each SDK can read, in its provider's shape", async () => {
    const error = await ask(lab, huge).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(OpenAI.APIError);
    expect((error as InstanceType<typeof OpenAI.APIError>).status).toBe(413);
    expect((error as Error).message).toMatch(/limite de 20 MB/);
    const gemini = new ChatGoogleGenerativeAI({ model: "gemini-2.5-flash", apiKey: "lab", baseUrl: lab.url, maxRetries: 0 });
    const geminiError = await gemini.invoke(huge).catch((e: unknown) => e);
    expect(String((geminiError as Error).message)).toMatch(/413.*limite de 20 MB/s);
    const langsmith = await fetch(`${lab.url}/runs/batch`, { method: "POST", headers: JSON_TYPE, body: JSON.stringify({ post: [{ ...run("grande"), inputs: { huge } }] }) });
    expect(langsmith.status).toBe(413);
    expect(await langsmith.json()).toEqual({ detail: expect.stringMatching(/limite de 20 MB/) });
    expect((await lab.runs()).length).toBe(0);
    expect((await lab.stats()).calls).toBe(0);
  });

  /** node:http lets a test set Host and Origin the way a rebinding or cross-site page's browser would. */
  function request(method: string, pathname: string, headers: Record<string, string>, body = ""): Promise<{ status: number; body: string }> {
    return new Promise((resolve, reject) => {
      const req = http.request({ host: "127.0.0.1", port: lab.port, method, path: pathname, headers: { host: `127.0.0.1:${lab.port}`, ...headers } }, (res) => {
        let text = "";
        res.setEncoding("utf8").on("data", (c: string) => (text += c));
        res.on("end", () => resolve({ status: res.statusCode ?? 0, body: text }));
      });
      req.on("error", reject);
      req.end(body);
    });
  }

  it("DNS rebinding (a foreign Host) is refused on every route, in the route's shape", async () => {
    const host = { host: `ataque.example.com:${lab.port}` };
    const chat = await request("POST", "/v1/chat/completions", { ...host, ...JSON_TYPE }, JSON.stringify({ model: "gpt-4o-mini", messages: [{ role: "user", content: "oi" }] }));
    expect(chat.status).toBe(403);
    expect(JSON.parse(chat.body)).toMatchObject({ error: { type: "permission_denied", message: expect.stringMatching(/endereço local/) } });
    expect((await request("GET", "/lab/calls", host)).status).toBe(403);
    expect((await request("POST", "/lab/reset", { ...host, ...JSON_TYPE }, "{}")).status).toBe(403);
    expect(JSON.parse((await request("POST", "/runs/batch", { ...host, ...JSON_TYPE }, "{}")).body)).toHaveProperty("detail");
    expect((await request("GET", "/lab/calls", { host: `localhost:${lab.port}` })).status).toBe(200);
  });

  it("another origin is refused; the lab's own origin and no origin (SDKs) pass", async () => {
    await lab.setHallucinate(true);
    for (const origin of ["http://ataque.example.com", `http://localhost:${lab.port + 1}`, "null", `https://127.0.0.1:${lab.port}`]) {
      const response = await request("POST", "/lab/reset", { origin, ...JSON_TYPE }, "{}");
      expect(response.status, origin).toBe(403);
      expect(JSON.parse(response.body).error, origin).toMatch(/outra origem/);
    }
    expect((await request("GET", "/lab/state", { origin: "http://ataque.example.com" })).status).toBe(403);
    expect(((await fetch(`${lab.url}/lab/state`).then((r) => r.json())) as { hallucinate: boolean }).hallucinate).toBe(true);
    expect((await request("POST", "/lab/hallucinate", { origin: `http://localhost:${lab.port}`, ...JSON_TYPE }, '{"on":false}')).status).toBe(200);
  });

  it("a write that is not JSON (a text/plain form or fetch) is refused; bodyless and multipart ingest pass", async () => {
    await lab.setHallucinate(true);
    const plain = await request("POST", "/lab/hallucinate", { "content-type": "text/plain;charset=UTF-8" }, '{"on":false}');
    expect(plain.status).toBe(415);
    expect(JSON.parse(plain.body).error).toMatch(/application\/json/);
    expect((await request("POST", "/lab/reset", { origin: "http://ataque.example.com", "content-type": "text/plain" }, "{}")).status).toBe(403);
    expect((await request("POST", "/v1/chat/completions", { "content-type": "application/x-www-form-urlencoded", authorization: "Bearer lab" }, "a=b")).status).toBe(415);
    expect((await request("POST", "/runs/batch", { "content-type": "multipart/form-data; boundary=x" }, "--x--")).status).toBe(415);
    expect(((await fetch(`${lab.url}/lab/state`).then((r) => r.json())) as { hallucinate: boolean }).hallucinate).toBe(true);
    expect((await request("POST", "/lab/reset", {})).status).toBe(200);
    const form = new FormData();
    form.append("post.m1", new Blob([JSON.stringify(run("m1"))], { type: "application/json" }));
    expect((await fetch(`${lab.url}/runs/multipart`, { method: "POST", body: form })).status).toBe(202);
    expect((await lab.runs()).map((r) => r.id)).toEqual(["m1"]);
  });
});
