// EXERCÍCIO 11 — complete os TODOs deste arquivo (veja README.md).
// Métricas Prometheus ("Dica avançada: Monitoramento"): o callback do ex. 9 mede cada chamada ao modelo
// (latência, tokens, custo, erros) e aqui somamos o lado HTTP do serviço, o cache, as guardas e o
// provedor. Tudo num Registry da aplicação (não no global), exposto em GET /metrics.
import type { FastifyInstance } from "fastify";
import { Counter, Gauge, Histogram, Registry } from "prom-client";
import { MetricasLLM } from "./componentes.ts";
import { semEncapsular, type Contexto } from "./contexto.ts";

export interface MetricasChatbot {
  llm: MetricasLLM;
  http: Histogram<"metodo" | "rota" | "status">;
  cache: Counter<"resultado">;
  guardas: Counter<"guarda">;
  provedor: Counter<"resultado">;
  circuitoAberto: Gauge;
  jobs: Counter<"estado">;
}

export function criarMetricas(registry: Registry): MetricasChatbot {
  return {
    llm: new MetricasLLM({ registry }),
    http: new Histogram({
      name: "chatbot_http_request_duration_seconds",
      help: "Duração das requisições HTTP do chatbot, em segundos.",
      labelNames: ["metodo", "rota", "status"],
      buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
      registers: [registry],
    }),
    cache: new Counter({ name: "chatbot_cache_total", help: "Consultas ao cache de respostas (hit ou miss).", labelNames: ["resultado"], registers: [registry] }),
    guardas: new Counter({ name: "chatbot_guardas_total", help: "Vezes que uma guarda agiu (injeção recusada, PII mascarada, alucinação removida…).", labelNames: ["guarda"], registers: [registry] }),
    provedor: new Counter({ name: "chatbot_provedor_total", help: "Resultado das chamadas ao provedor do modelo (ok, retentativa, indisponível, circuito aberto).", labelNames: ["resultado"], registers: [registry] }),
    circuitoAberto: new Gauge({ name: "chatbot_circuito_aberto", help: "1 quando o disjuntor do provedor está aberto.", registers: [registry] }),
    jobs: new Counter({ name: "chatbot_jobs_total", help: "Jobs da fila por estado final.", labelNames: ["estado"], registers: [registry] }),
  };
}

/** Plugin: mede toda requisição e serve GET /metrics no formato de texto do Prometheus. */
export const metricas = semEncapsular("metricas", async (app: FastifyInstance, ctx: Contexto) => {
  // TODO 6: (a) um hook "onResponse" que observa ctx.metricas.http com { metodo, rota, status } e
  //   reply.elapsedTime / 1000 (segundos). Rota = request.routeOptions.url (o molde "/v1/jobs/:id",
  //   nunca a URL crua) ou "nao_encontrada";
  // (b) GET /metrics: content-type ctx.registry.contentType e o texto de ctx.registry.metrics().
  void app;
  void ctx;
});
