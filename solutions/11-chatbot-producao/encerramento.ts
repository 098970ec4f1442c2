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
  app.addHook("onRequest", async (request) => {
    if (ctx.estado.encerrando && !SEMPRE_ABERTAS.has(request.url.split("?")[0] ?? ""))
      throw new ErroHttp(503, "ENCERRANDO", "Esta instância está sendo desligada. Tente de novo: outra instância vai atender.", 1);
  });
  // Durante o encerramento, toda resposta fecha a conexão keep-alive em que veio: sem isso o close() espera o
  // cliente desistir da conexão ociosa (keepAliveTimeout: 72 s no fastify) e o deploy passa do prazo.
  app.addHook("onSend", async (_request, reply) => {
    if (ctx.estado.encerrando) reply.header("connection", "close");
  });
  // preClose: antes de o servidor parar de escutar. As requisições em andamento continuam.
  app.addHook("preClose", async () => {
    ctx.estado.encerrando = true;
  });
  // onClose: o servidor já não aceita conexões e as requisições terminaram.
  app.addHook("onClose", async () => {
    for (const { nome, fn } of ctx.aoEncerrar) {
      try {
        await fn();
        // Stryker disable all: só o log muda; a falha de uma etapa é engolida de qualquer jeito.
      } catch (erro) {
        ctx.log.warn({ etapa: nome, err: erro instanceof Error ? erro.message : String(erro) }, "falha ao encerrar");
      }
      // Stryker restore all
    }
    // Stryker disable next-line ObjectLiteral: o prazo só importa com o LangSmith mudo.
    await flushTraces({ timeoutMs: 3_000 });
  });
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
