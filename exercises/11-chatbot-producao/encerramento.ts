// EXERCÍCIO 11 — complete os TODOs deste arquivo (veja README.md).
// Encerramento gracioso: num deploy (SIGTERM) ou Ctrl+C (SIGINT), a instância
//  1. deixa de aceitar trabalho novo (/readyz vira 503 e novas requisições recebem 503 ENCERRANDO);
//  2. espera as requisições em andamento e os jobs da fila terminarem;
//  3. fecha Redis e entrega os traces pendentes ao LangSmith;
//  4. só então sai — com um prazo máximo, para nunca ficar pendurada.
import type { FastifyInstance } from "fastify";
import { flushTraces } from "#lib/tracing";
import { semEncapsular, type Contexto } from "./contexto.ts";
import { ErroHttp } from "./erros.ts";

const SEMPRE_ABERTAS = new Set(["/healthz", "/readyz", "/metrics"]);

/** Plugin: o estado "encerrando" e a limpeza, na ordem certa, quando o app fecha. */
export const encerramento = semEncapsular("encerramento", async (app: FastifyInstance, ctx: Contexto) => {
  // TODO 8: quatro hooks.
  //  - "onRequest": se ctx.estado.encerrando e a rota não está em SEMPRE_ABERTAS,
  //    lance new ErroHttp(503, "ENCERRANDO", "<pt-BR>", 1);
  //  - "onSend": se ctx.estado.encerrando, reply.header("connection", "close") — a conexão keep-alive do
  //    cliente fecha com a resposta; sem isso o close() espera o keepAliveTimeout (72 s no fastify);
  //  - "preClose": ctx.estado.encerrando = true (o /readyz passa a responder 503);
  //  - "onClose": para cada { nome, fn } de ctx.aoEncerrar, em ordem, await fn() (um erro vira log, não
  //    interrompe os outros); no fim, await flushTraces({ timeoutMs: 3_000 }).
  void app;
  void ctx;
  void [SEMPRE_ABERTAS, ErroHttp, flushTraces];
});

/** Liga SIGINT/SIGTERM ao `app.close()`, com prazo. Devolve uma função que desliga os ouvintes. */
export function encerrarComSinais(app: FastifyInstance, { prazoMs, aoTerminar }: { prazoMs: number; aoTerminar: (codigo: number) => void | Promise<void> }): () => void {
  let fechando = false;
  const aoSinal = (sinal: NodeJS.Signals) => {
    if (fechando) return;
    fechando = true;
    app.log.info({ sinal }, "encerrando: parando de aceitar requisições e esperando as que estão em andamento");
    const prazo = setTimeout(() => {
      app.log.error({ prazoMs }, "o encerramento passou do prazo; saindo assim mesmo");
      void aoTerminar(1);
    }, prazoMs);
    prazo.unref();
    app.close().then(
      async () => {
        clearTimeout(prazo);
        await aoTerminar(0);
      },
      async (erro: unknown) => {
        clearTimeout(prazo);
        app.log.error({ err: erro instanceof Error ? erro.message : String(erro) }, "erro ao encerrar");
        await aoTerminar(1);
      },
    );
  };
  process.on("SIGINT", aoSinal);
  process.on("SIGTERM", aoSinal);
  return () => {
    process.off("SIGINT", aoSinal);
    process.off("SIGTERM", aoSinal);
  };
}
