// HTTP fuzz of the chatbot through app.inject(): thousands of malformed requests (bad JSON, wrong types,
// huge bodies, deep nesting, odd unicode, header abuse, wrong methods and paths). Expected: no 5xx, no
// crash, and every 4xx body is { erro: { code, mensagem } } with a pt-BR message and no stack.
import type { FastifyInstance, InjectOptions } from "fastify";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Lab } from "#lib/lab/server";
import { criarApp } from "../../solutions/11-chatbot-producao/app.ts";
import { startLabForTests } from "./ambiente.ts";
import { seededRandom as prng } from "../../lib/cli/rng.ts";

const TOTAL = 2_400;
let lab: Lab;
let app: FastifyInstance;
const crashes: unknown[] = [];
const onCrash = (error: unknown) => void crashes.push(error);

beforeAll(async () => {
  lab = await startLabForTests();
  process.on("uncaughtException", onCrash);
  process.on("unhandledRejection", onCrash);
  app = await criarApp({ logger: false, limite: { max: 1_000_000 } });
}, 20_000);

afterAll(async () => {
  process.off("uncaughtException", onCrash);
  process.off("unhandledRejection", onCrash);
  await app?.close();
  await lab?.close();
});

/** Small deterministic PRNG (mulberry32): a failing case can be replayed from its index. */

const ODD = ["\u0000", "\u0007", "\u200b", "\u202e", "\ufeff", "\ud800", "\udc00", "💥", "e\u0301", "\uffff", "\u2028", "ﷺ", "𝕳𝖊𝖑𝖑𝖔", "\\", '"', "%00", "<script>", "${x}", "{{pergunta}}"];
const PATHS = ["/v1/chat", "/v1/chat/stream", "/v1/feedback", "/v1/jobs", "/v1/jobs/abc", "/v1/jobs/%2e%2e%2f", "/v1/jobs/" + "x".repeat(300), "/v1//chat", "/v1/chat?x=1&x=2", "/metrics/../v1/chat", "/%ff", "/v1/chat%00", "/healthz/x"];
const METHODS = ["GET", "PUT", "DELETE", "PATCH", "OPTIONS", "HEAD"] as const;

function deep(depth: number, r: () => number): string {
  const open = r() < 0.5 ? "[" : '{"a":';
  const close = open === "[" ? "]" : "}";
  return open.repeat(depth) + "1" + close.repeat(depth);
}

function makeCase(i: number): InjectOptions {
  const r = prng(i + 1);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(r() * xs.length)]!;
  const oddText = () => Array.from({ length: 1 + Math.floor(r() * 8) }, () => pick(ODD)).join(pick(["", " ", "a"]));
  const json = { "content-type": "application/json" };
  switch (i % 10) {
    case 0: // bad JSON
      return { method: "POST", url: pick(["/v1/chat", "/v1/feedback", "/v1/jobs"]), headers: json, payload: pick(['{"pergunta":', "{pergunta: 'oi'}", "nul", "[1,2", '{"pergunta":"oi"}}', "\u0000", '{"pergunta":"\\ud800"', "", " ", "'", '{"__proto__":{"x":1}}', '{"constructor":{"prototype":{"x":1}}}']) };
    case 1: // wrong types
      return { method: "POST", url: pick(["/v1/chat", "/v1/jobs", "/v1/chat/stream"]), headers: json, payload: JSON.stringify({ pergunta: pick([42, null, true, [], {}, ["oi"], { texto: "oi" }, 1e308, -0]), ...(r() < 0.3 ? { sessaoId: pick([1, "../../etc", "x".repeat(200), null]) } : {}) }) };
    case 2: // huge bodies
      return { method: "POST", url: pick(["/v1/chat", "/v1/feedback", "/v1/jobs"]), headers: json, payload: JSON.stringify({ pergunta: "a".repeat(16_000 + Math.floor(r() * 200_000)) }) };
    case 3: // deep nesting
      return { method: "POST", url: pick(["/v1/chat", "/v1/feedback"]), headers: json, payload: `{"pergunta":${deep(200 + Math.floor(r() * 5_000), r)}}` };
    case 4: // odd unicode in otherwise valid-looking bodies
      return { method: "POST", url: pick(["/v1/chat", "/v1/jobs", "/v1/chat/stream"]), headers: json, payload: JSON.stringify({ pergunta: oddText() }) };
    case 5: // header abuse
      return {
        method: "POST",
        url: "/v1/chat",
        headers: {
          "content-type": pick(["text/plain", "application/json; charset=utf-16", "multipart/form-data; boundary=x", "application/x-www-form-urlencoded", "application/jsonp", "", "*/*"]),
          "x-request-id": pick(["", "x".repeat(10_000), "../../", "\u00ff\u00fe", "ok-id"]),
          "x-cliente-id": pick(["", "a b", "x".repeat(5_000), "cliente-1"]),
          ...(r() < 0.3 ? { "content-encoding": pick(["gzip", "br", "identity", "xyz"]) } : {}),
        },
        payload: pick(['{"pergunta":"Vocês abrem no sábado?"}', "pergunta=oi", "--x\r\n\r\noi\r\n--x--"]),
      };
    case 6: // wrong methods and odd paths
      return { method: pick(METHODS), url: pick(PATHS) };
    case 7: // feedback abuse
      return { method: "POST", url: "/v1/feedback", headers: json, payload: JSON.stringify({ runId: pick(["x", "", "00000000-0000-0000-0000-000000000000'--", 12]), score: pick([-1, 2, "1", null, Number.MAX_VALUE]), comentario: oddText(), extra: r() < 0.5 ? 1 : undefined }) };
    case 8: // extra fields, arrays, primitives
      return { method: "POST", url: pick(["/v1/chat", "/v1/jobs"]), headers: json, payload: pick(['"oi"', "123", "true", "null", "[]", '{"pergunta":"oi","admin":true}', '{"Pergunta":"oi"}', '{"pergunta":"oi","sessaoId":"a/b"}']) };
    default: // job ids and random GETs
      return { method: "GET", url: pick([`/v1/jobs/${oddText()}`.slice(0, 2000), `/v1/jobs/${"9".repeat(64)}`, "/v1/jobs/", "/v1/jobs/%", "/readyz?x=<>", "/metrics?%zz"]) };
  }
}

const PT_BR = /[ãçéêáóúõíâ]|\bnão\b|\bprecisa\b|\bpode\b|\btente\b/i;

describe("capstone HTTP fuzz", () => {
  it(`${TOTAL} malformed requests: 0 responses 5xx, 0 crashes, every 4xx in pt-BR with a code`, async () => {
    const problems: string[] = [];
    const byStatus = new Map<number, number>();
    const batch = 40;
    for (let start = 0; start < TOTAL; start += batch) {
      await Promise.all(
        Array.from({ length: Math.min(batch, TOTAL - start) }, async (_, k) => {
          const i = start + k;
          const request = makeCase(i);
          let response;
          try {
            response = await app.inject(request);
          } catch (error) {
            problems.push(`#${i} inject threw: ${String(error)}`);
            return;
          }
          byStatus.set(response.statusCode, (byStatus.get(response.statusCode) ?? 0) + 1);
          if (response.statusCode >= 500) problems.push(`#${i} ${request.method} ${request.url} → ${response.statusCode} ${response.body.slice(0, 160)}`);
          if (response.statusCode >= 400 && response.statusCode < 500 && request.method !== "HEAD") {
            let body: { erro?: { code?: unknown; mensagem?: unknown } } = {};
            try {
              body = JSON.parse(response.body);
            } catch {
              // reported below
            }
            const ok = typeof body.erro?.code === "string" && /^[A-Z_]+$/.test(body.erro.code) && typeof body.erro.mensagem === "string" && PT_BR.test(body.erro.mensagem) && !response.body.includes("    at ");
            if (!ok) problems.push(`#${i} ${request.method} ${request.url} → ${response.statusCode} body not in the pt-BR error format: ${response.body.slice(0, 160)}`);
          }
        }),
      );
    }
    const summary = [...byStatus.entries()].sort((x, y) => x[0] - y[0]).map(([s, n]) => `${s}×${n}`).join(" ");
    console.log(`fuzz: ${TOTAL} requests → ${summary}`);
    expect(problems.slice(0, 20), `${problems.length} problems`).toEqual([]);
    expect(crashes).toEqual([]);
    expect((await app.inject({ method: "GET", url: "/healthz" })).statusCode).toBe(200);
  }, 120_000);
});
