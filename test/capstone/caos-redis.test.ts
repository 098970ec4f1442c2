// Redis outage under load (issue 20 item 3): Redis (AOF on, fsync always) is SIGKILLed for 15 s while 6 clients
// keep asking (chat and jobs), then restarted on the same port and data dir.
// - Fail fast: during the outage chat still answers (cache skipped, limiter in its degraded mode) and /v1/jobs
//   answers 503 FILA_INDISPONIVEL with Retry-After instead of hanging.
// - No accepted job is lost: every 202 jobId is still known after the restart and ends "concluido".
// Latency: the server's own bounds are 300 ms per Redis command and 800 ms per queue operation; without them a
// request waits for the reconnect (the issue measured 6–30 s). The assertion is "no request took 5 s or more": a
// missing timeout crosses it on any machine, scheduling does not. The 2 s figure is printed, not asserted:
// beside a CPU-burning process one request in 305 took 2.26 s (verify, 2026-12-06), with every bound in place.
// The counts (503s seen, jobs found) are the main evidence.
import type { FastifyInstance } from "fastify";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Lab } from "#lib/lab/server";
import { criarApp } from "../../solutions/11-chatbot-producao/app.ts";
import { eventually, startLabForTests, startRedis, type KillableRedis } from "./ambiente.ts";

let lab: Lab;
let redis: KillableRedis;
let app: FastifyInstance;

beforeAll(async () => {
  [lab, redis] = await Promise.all([startLabForTests(), startRedis({ aof: true })]);
  app = await criarApp({
    logger: false,
    redisUrl: redis.url,
    limite: { max: 1_000_000 },
    // The provider's bounds are generous: this test is about Redis. With 1 s per attempt and 1.5 s in all, a fresh clone's
    // verify (idle, 3 test workers) saw one chat answer 503 PROVEDOR_INDISPONIVEL when the in-process lab, starved of CPU,
    // answered late twice. A chat's worst case stays under the 5 s bound: Redis 300 ms × 3 commands + 3.5 s here.
    retry: { maxAttempts: 2, baseDelayMs: 1, maxDelayMs: 5, attemptTimeoutMs: 2_500, deadlineMs: 3_500 },
    filas: { nome: `caos-${Date.now()}`, backoffMs: 50, tentativas: 20 },
  });
}, 20_000);

afterAll(async () => {
  await app?.close();
  await redis?.stop();
  await lab?.close();
}, 30_000);

const PERGUNTAS = ["Quais são os horários de funcionamento?", "Qual o prazo de entrega?", "Como faço uma troca?", "Aceitam pix?"];

describe("capstone with Redis killed for 15 s under load", () => {
  it("never waits on the dead Redis (every request under 5 s; 503 + Retry-After for the queue) and loses no accepted job (AOF on)", async () => {
    const duracoes: number[] = [];
    const status = new Map<string, number>();
    const aceitos: string[] = [];
    let fila503SemRetry = 0;
    let parar = false;
    let n = 0;
    const cliente = async () => {
      while (!parar) {
        const i = n++;
        const job = i % 3 === 0;
        const inicio = performance.now();
        const r = await app.inject({ method: "POST", url: job ? "/v1/jobs" : "/v1/chat", payload: { pergunta: `${PERGUNTAS[i % 4]} (${i % 7})` } });
        duracoes.push(performance.now() - inicio);
        // a chat that is not 200 keeps its error code in the summary (which bound gave way)
        const codigo = !job && r.statusCode !== 200 ? ` ${/"code":"([A-Z_]+)"/.exec(r.body)?.[1] ?? "?"}` : "";
        const chave = `${job ? "jobs" : "chat"} ${r.statusCode}${codigo}`;
        status.set(chave, (status.get(chave) ?? 0) + 1);
        if (job && r.statusCode === 202) aceitos.push((r.json() as { jobId: string }).jobId);
        if (r.statusCode === 503 && !r.headers["retry-after"]) fila503SemRetry++;
        await new Promise((res) => setTimeout(res, 20));
      }
    };
    const clientes = Array.from({ length: 6 }, cliente);
    await new Promise((r) => setTimeout(r, 2_000));
    const aceitosAntes = aceitos.length;
    await redis.kill();
    await new Promise((r) => setTimeout(r, 15_000));
    redis = await startRedis({ aof: true, port: redis.port, dir: redis.dir });
    await new Promise((r) => setTimeout(r, 3_000));
    parar = true;
    await Promise.all(clientes);

    const resumo = JSON.stringify(Object.fromEntries(status));
    console.info(`[caos-redis] ${duracoes.length} requests, max ${Math.round(Math.max(...duracoes))} ms, over 2 s: ${duracoes.filter((d) => d > 2_000).length}, ${aceitos.length} jobs accepted; ${resumo}`);
    expect(aceitosAntes, `jobs accepted before the kill (${resumo})`).toBeGreaterThan(0);
    expect(status.get("jobs 503") ?? 0, `the queue answered 503 during the outage (${resumo})`).toBeGreaterThan(0);
    expect(fila503SemRetry, "503s without Retry-After").toBe(0);
    const outros = [...status.keys()].filter((k) => !/^(chat 200|jobs 202|jobs 503)$/.test(k));
    expect(outros, `only 200, 202 and 503 (${resumo})`).toEqual([]);
    const presas = duracoes.filter((d) => d >= 5_000).length;
    expect(presas, `requests that waited 5 s or more (a missing timeout; max ${Math.round(Math.max(...duracoes))} ms, ${duracoes.length} requests)`).toBe(0);

    // Every accepted job is still there after the restart, and finishes.
    const pendentes = new Set(aceitos);
    await eventually(
      async () => {
        for (const id of [...pendentes]) {
          const r = await app.inject({ method: "GET", url: `/v1/jobs/${id}` });
          expect(r.statusCode, `job ${id} accepted with 202 vanished after the Redis restart`).not.toBe(404);
          if (r.statusCode === 200 && (r.json() as { estado: string }).estado === "concluido") pendentes.delete(id);
        }
        return pendentes.size === 0 ? true : undefined;
      },
      45_000,
      `${pendentes.size} of ${aceitos.length} accepted jobs to finish`,
    );
  }, 120_000);
});
