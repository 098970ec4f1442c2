// POST /v1/chat e POST /v1/chat/stream (SSE): validação pelo esquema zod, o resto no atendimento.
import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import type { Contexto } from "./contexto.ts";
import { traduzirErro } from "./erros.ts";
import { ErroSchema, PerguntaSchema, RespostaSchema } from "./esquemas.ts";

export async function rotasChat(app: FastifyInstance, ctx: Contexto): Promise<void> {
  const rotas = app.withTypeProvider<ZodTypeProvider>();

  rotas.post(
    "/chat",
    { schema: { body: PerguntaSchema, response: { 200: RespostaSchema, "4xx": ErroSchema, "5xx": ErroSchema } } },
    async (request) => {
      const { resposta, runId, origem } = await ctx.atendimento.responder(request.body.pergunta, request.body.sessaoId);
      request.log.info({ runId, origem }, "pergunta respondida");
      return { resposta, runId };
    },
  );

  // Server-Sent Events: "event: trecho" com cada frase já conferida, "event: fim" com o runId,
  // "event: erro" se algo falhar depois que a resposta começou. Antes do primeiro trecho, um erro
  // ainda sai como resposta JSON normal (400, 422, 503…).
  rotas.post("/chat/stream", { schema: { body: PerguntaSchema } }, async (request, reply) => {
    let iniciado = false;
    const escrever = (evento: string, dados: unknown) => reply.raw.write(`event: ${evento}\ndata: ${JSON.stringify(dados)}\n\n`);
    const iniciar = () => {
      if (iniciado) return;
      iniciado = true;
      reply.hijack();
      reply.raw.writeHead(200, {
        "content-type": "text/event-stream; charset=utf-8",
        "cache-control": "no-cache",
        "x-request-id": String(request.id),
      });
    };
    try {
      const { runId, resposta } = await ctx.atendimento.responderEmStream(request.body.pergunta, request.body.sessaoId, (trecho) => {
        iniciar();
        escrever("trecho", { texto: trecho });
      });
      iniciar();
      escrever("fim", { runId, resposta });
      reply.raw.end();
    } catch (erro) {
      if (!iniciado) throw erro;
      const e = traduzirErro(erro);
      escrever("erro", { code: e.code, mensagem: e.message });
      reply.raw.end();
    }
    return reply;
  });
}
