// Keys typed by users (issue 20 item 6): a question carrying API keys of every common shape is answered, and
// no key reaches the model, the cache, the LangSmith runs (root and LLM child), nor the answer.
import type { FastifyInstance } from "fastify";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { flushTraces } from "#lib/tracing";
import type { Lab } from "#lib/lab/server";
import { criarApp } from "../../solutions/11-chatbot-producao/app.ts";
import { startLabForTests } from "./ambiente.ts";

let lab: Lab;
let app: FastifyInstance;

beforeAll(async () => {
  lab = await startLabForTests();
  app = await criarApp({ logger: false, limite: { max: 1_000_000 } });
}, 20_000);

afterAll(async () => {
  await app?.close();
  await lab?.close();
}, 20_000);

const hex = (n: number) => Array.from({ length: n }, () => "0123456789abcdef"[Math.floor(Math.random() * 16)]).join("");
const alnum = (n: number) => Array.from({ length: n }, () => "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789"[Math.floor(Math.random() * 56)]).join("");

describe("capstone trace anonymizer", () => {
  it("keeps keys typed by a user out of the model, the traces and the answer (chat and stream)", async () => {
    const sentinelas = [`sk-proj-${alnum(40)}`, `sk-${alnum(48)}`, `AIza${alnum(35)}`, `lsv2_pt_${hex(32)}_${hex(10)}`, `sk-ant-${alnum(30)}`];
    for (const [i, chave] of sentinelas.entries()) {
      const url = i % 2 === 0 ? "/v1/chat" : "/v1/chat/stream";
      const r = await app.inject({ method: "POST", url, payload: { pergunta: `Minha chave é ${chave}, ela vale? Qual o prazo de entrega?` } });
      expect(r.statusCode, r.body.slice(0, 200)).toBe(200);
      expect(r.body.includes(chave)).toBe(false);
    }
    await flushTraces();
    const runs = JSON.stringify(await lab.runs());
    const calls = JSON.stringify(await lab.calls());
    expect(runs).toContain("SECRET_DETECTED");
    for (const chave of sentinelas) {
      expect(runs.includes(chave), `key ${chave.slice(0, 8)}… reached a trace`).toBe(false);
      expect(calls.includes(chave), `key ${chave.slice(0, 8)}… reached the model`).toBe(false);
    }
  });

  it("keeps a key typed in a feedback comment out of LangSmith (the comment is user text too)", async () => {
    const { runId } = (await app.inject({ method: "POST", url: "/v1/chat", payload: { pergunta: "Qual o prazo de entrega?" } })).json() as { runId: string };
    const chave = `sk-proj-${alnum(40)}`;
    const comentario = `Ótimo! Aliás, minha chave é ${chave} ${hex(6)}`;
    const r = await app.inject({ method: "POST", url: "/v1/feedback", payload: { runId, score: 1, comentario } });
    expect(r.statusCode, r.body.slice(0, 200)).toBe(201);
    await flushTraces();
    const feedback = (await lab.feedback()).filter((f) => f.run_id === runId);
    expect(feedback.length, "the feedback should reach LangSmith").toBe(1);
    expect(feedback[0]!.comment).toContain("SECRET_DETECTED");
    expect(JSON.stringify(await lab.feedback()).includes(chave), "the key reached LangSmith in a feedback comment").toBe(false);
  });
});
