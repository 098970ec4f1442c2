// Saúde: /healthz responde "estou vivo" (o processo roda); /readyz responde "posso receber tráfego"
// (não estou encerrando, o Redis responde). O orquestrador reinicia quem falha no primeiro e tira do
// balanceador quem falha no segundo.
import type { FastifyInstance } from "fastify";
import type { Contexto } from "./contexto.ts";

export async function saude(app: FastifyInstance, ctx: Contexto): Promise<void> {
  app.get("/healthz", async () => ({ status: "ok" }));
  app.get("/readyz", async (_request, reply) => {
    const checagens: Record<string, string> = {
      encerrando: ctx.estado.encerrando ? "sim" : "nao",
      circuito: ctx.circuito.estado,
      cache: ctx.cache.tipo,
    };
    let pronto = !ctx.estado.encerrando;
    if (ctx.redis) {
      try {
        await ctx.redis.ping();
        checagens.redis = "ok";
      } catch {
        checagens.redis = "fora do ar";
        pronto = false;
      }
    }
    return reply.status(pronto ? 200 : 503).send({ status: pronto ? "pronto" : "indisponivel", checagens });
  });
}
