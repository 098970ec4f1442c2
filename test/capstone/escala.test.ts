// Scale-out: two instances of the chatbot against one real Redis share the rate limit, the response
// cache and the BullMQ queue (a job accepted by A is processed by a worker and readable from B).
import type { FastifyInstance } from "fastify";
import { Redis } from "ioredis";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Lab } from "#lib/lab/server";
import { criarApp } from "../../solutions/11-chatbot-producao/app.ts";
import { eventually, startLabForTests, startRedis, type RedisProcess } from "./ambiente.ts";

let lab: Lab;
let redis: RedisProcess;
let a: FastifyInstance;
let b: FastifyInstance;

beforeAll(async () => {
  [lab, redis] = await Promise.all([startLabForTests(), startRedis()]);
  const opcoes = {
    redisUrl: redis.url,
    logger: false as const,
    limite: { max: 3, janelaMs: 60_000 },
    retry: { maxAttempts: 2, baseDelayMs: 1, maxDelayMs: 5, attemptTimeoutMs: 2_000, deadlineMs: 3_000 },
    filas: { nome: `chatbot-teste-${Date.now()}`, backoffMs: 10 },
  };
  [a, b] = await Promise.all([criarApp(opcoes), criarApp(opcoes)]);
}, 20_000);

afterAll(async () => {
  await Promise.allSettled([a?.close(), b?.close()]);
  await redis?.stop();
  await lab?.close();
}, 20_000);

/** `cliente` is the socket address: the limiter keys on request.ip, never on a header the client writes. */
const chat = (app: FastifyInstance, pergunta: string, cliente: string) =>
  app.inject({ method: "POST", url: "/v1/chat", payload: { pergunta }, remoteAddress: cliente });
const ip = () => `10.${1 + Math.floor(Math.random() * 250)}.${Math.floor(Math.random() * 250)}.${1 + Math.floor(Math.random() * 250)}`;

describe("capstone with Redis: two instances share state", () => {
  it("shares the rate limit: 3 allowed across both instances, the 4th is refused on either", async () => {
    const cliente = ip();
    const codes = [
      (await chat(a, "Vocês abrem no sábado?", cliente)).statusCode,
      (await chat(b, "Qual o prazo de entrega?", cliente)).statusCode,
      (await chat(a, "Aceitam pix?", cliente)).statusCode,
    ];
    expect(codes).toEqual([200, 200, 200]);
    const refused = await chat(b, "Como faço uma troca?", cliente);
    expect(refused.statusCode).toBe(429);
    expect(refused.json()).toMatchObject({ erro: { code: "LIMITE_EXCEDIDO" } });
    expect((await chat(b, "Como faço uma troca?", ip())).statusCode).toBe(200);
  });

  it("shares the response cache: B answers A's question without calling the model", async () => {
    await lab.reset();
    const pergunta = `Quais são os horários de funcionamento? ${Date.now()}`;
    const first = await chat(a, pergunta, ip());
    expect(first.statusCode).toBe(200);
    expect((await lab.calls()).length).toBe(1);
    const second = await chat(b, pergunta, ip());
    expect(second.statusCode).toBe(200);
    expect(second.json().resposta).toBe(first.json().resposta);
    expect((await lab.calls()).length).toBe(1);
  });

  it("a job submitted to A is completed by a worker and readable from B", async () => {
    const posted = await a.inject({ method: "POST", url: "/v1/jobs", payload: { pergunta: "Qual o telefone de contato? Meu CPF é 529.982.247-25" } });
    expect(posted.statusCode).toBe(202);
    const { jobId } = posted.json() as { jobId: string };
    const done = await eventually(
      async () => {
        const r = await b.inject({ method: "GET", url: `/v1/jobs/${jobId}` });
        const body = r.json() as { estado: string; resposta?: string; runId?: string };
        return body.estado === "concluido" || body.estado === "falhou" ? body : undefined;
      },
      10_000,
      "the job to finish",
    );
    expect(done.estado).toBe("concluido");
    expect(done.resposta).toContain("atendimento");
    expect(done.runId).toMatch(/^[0-9a-f-]{36}$/);
    // The CPF never reached the model (the guard ran before the job was stored in Redis).
    expect(JSON.stringify((await lab.calls()).map((c) => c.messages))).not.toContain("529.982.247-25");
    expect((await b.inject({ method: "GET", url: "/v1/jobs/nao-existe" })).statusCode).toBe(404);
  });

  it("/readyz reports Redis", async () => {
    const r = await a.inject({ method: "GET", url: "/readyz" });
    expect(r.statusCode).toBe(200);
    expect(r.json()).toMatchObject({ status: "pronto", checagens: { redis: "ok", cache: "redis" } });
  });

  it("app.close() closes every Redis connection the app opened (limiter, cache, queue, worker)", async () => {
    // Counted on the server (CLIENT LIST), not in the process: a connection left open keeps a deploy's old
    // instance alive after SIGTERM and, over restarts, exhausts Redis' maxclients.
    const probe = new Redis(redis.url, { maxRetriesPerRequest: 1 });
    const clients = async () => String(await probe.client("LIST")).trim().split("\n").length;
    try {
      const before = await clients();
      const c = await criarApp({ redisUrl: redis.url, logger: false, filas: { nome: `chatbot-close-${Date.now()}`, backoffMs: 10 } });
      expect((await c.inject({ method: "GET", url: "/readyz" })).statusCode).toBe(200);
      const opened = (await clients()) - before;
      expect(opened, "the app should hold its own Redis connections while it runs").toBeGreaterThan(0);
      await c.close();
      const left = await eventually(async () => ((await clients()) === before ? before : undefined), 5_000, `Redis to see the app's ${opened} connection(s) close`);
      expect(left).toBe(before);
    } finally {
      probe.disconnect();
    }
  });
});
