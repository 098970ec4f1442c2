// Upstream fault storms during a load run: the lab answers 429 (with Retry-After), 500 and timeouts.
// The chatbot keeps answering (200, or 503 + Retry-After while the provider is down — never another 5xx),
// recovers when the lab recovers, and no queued job is lost.
import type { FastifyInstance } from "fastify";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Lab } from "#lib/lab/server";
import { criarApp } from "../../solutions/11-chatbot-producao/app.ts";
import { eventually, startLabForTests } from "./ambiente.ts";

let lab: Lab;
let app: FastifyInstance;

beforeAll(async () => {
  lab = await startLabForTests();
  app = await criarApp({
    logger: false,
    limite: { max: 1_000_000 },
    cache: false, // every request must reach the provider
    retry: { maxAttempts: 2, baseDelayMs: 1, maxDelayMs: 5, attemptTimeoutMs: 150, deadlineMs: 1_000 },
    circuito: { falhas: 5, pausaMs: 150 },
    filas: { tentativas: 40, backoffMs: 20, concorrencia: 4 }, // jobs outlive the storm (attempts × capped backoff ≈ 25 s)
  });
}, 20_000);

afterAll(async () => {
  await app?.close();
  await lab?.close();
}, 20_000);

const perguntas = ["Quais são os horários de funcionamento?", "Qual o prazo de entrega?", "Como faço uma troca?", "Aceitam pix?"];

describe("capstone under upstream fault storms", () => {
  it("keeps answering (200 or 503 + Retry-After), recovers, and loses no queued job", async () => {
    await lab.setFaults([
      { status: 429, retryAfter: 1, times: 8 },
      { status: 500, times: 8 },
      { kind: "timeout", times: 2 },
      { status: 503, times: 8 },
    ]);
    const jobs: string[] = [];
    for (let i = 0; i < 20; i++) {
      const r = await app.inject({ method: "POST", url: "/v1/jobs", payload: { pergunta: `${perguntas[i % 4]} (job ${i})` } });
      expect(r.statusCode).toBe(202);
      jobs.push((r.json() as { jobId: string }).jobId);
    }
    const statuses = new Map<number, number>();
    const bad: string[] = [];
    const concurrency = 8;
    // A time-bounded load run (3 s), long enough for the storm to pass through the breaker's probes.
    const until = Date.now() + 3_000;
    let next = 0;
    await Promise.all(
      Array.from({ length: concurrency }, async () => {
        while (Date.now() < until) {
          const i = next++;
          await new Promise((r) => setTimeout(r, 5));
          const r = await app.inject({ method: "POST", url: "/v1/chat", payload: { pergunta: `${perguntas[i % 4]} #${i}` } });
          statuses.set(r.statusCode, (statuses.get(r.statusCode) ?? 0) + 1);
          if (r.statusCode === 503) {
            if (!r.headers["retry-after"]) bad.push(`#${i} 503 without Retry-After`);
            const code = (r.json() as { erro: { code: string } }).erro.code;
            if (code !== "PROVEDOR_INDISPONIVEL" && code !== "CIRCUITO_ABERTO") bad.push(`#${i} 503 with code ${code}`);
          } else if (r.statusCode !== 200) bad.push(`#${i} unexpected ${r.statusCode} ${r.body.slice(0, 120)}`);
        }
      }),
    );
    console.log(`faults: ${next} chats → ${[...statuses].map(([s, n]) => `${s}×${n}`).join(" ")}`);
    expect(bad).toEqual([]);
    expect(statuses.get(503) ?? 0, "the storm should have produced some 503s").toBeGreaterThan(0);

    // Recovery: once the lab stops failing (and the breaker's pause is over), answers are 200 again.
    await lab.setFaults([]);
    const recovered = await eventually(
      async () => {
        const r = await app.inject({ method: "POST", url: "/v1/chat", payload: { pergunta: "Aceitam pix?" } });
        return r.statusCode === 200 ? r : undefined;
      },
      10_000,
      "a 200 after the storm",
    );
    expect(recovered.json().resposta).toContain("Pix");

    // No job lost: each one finishes as "concluido" (retried through the storm).
    const finished = await eventually(
      async () => {
        const states = await Promise.all(jobs.map(async (id) => (await app.inject({ method: "GET", url: `/v1/jobs/${id}` })).json() as { estado: string; erro?: { code: string } }));
        return states.every((s) => s.estado === "concluido" || s.estado === "falhou") ? states : undefined;
      },
      30_000,
      "all jobs to finish",
    );
    expect(finished.map((s) => (s.estado === "concluido" ? s.estado : `${s.estado}: ${s.erro?.code}`))).toEqual(jobs.map(() => "concluido"));
  }, 90_000);
});
