// POST /v1/feedback — a "Dica avançada: Feedback com LangSmith": o usuário avalia uma resposta e o
// feedback vai para o run daquela resposta (o runId que POST /v1/chat devolveu), via ex. 9.
import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { registrarFeedback } from "./componentes.ts";
import type { Contexto } from "./contexto.ts";
import { ErroHttp } from "./erros.ts";
import { ErroSchema, FeedbackCriadoSchema, FeedbackSchema } from "./esquemas.ts";

export async function rotasFeedback(app: FastifyInstance, ctx: Contexto): Promise<void> {
  app.withTypeProvider<ZodTypeProvider>().post(
    "/feedback",
    // Stryker disable next-line ObjectLiteral: o `response` só filtra o corpo de saída, que já tem só `id`.
    { schema: { body: FeedbackSchema, response: { 201: FeedbackCriadoSchema, "4xx": ErroSchema, "5xx": ErroSchema } } },
    async (request, reply) => {
      const { runId, score, comentario } = request.body;
      let id: string;
      try {
        id = await registrarFeedback(runId, score, comentario);
      } catch (erro) {
        request.log.warn({ err: erro instanceof Error ? erro.message : String(erro) }, "feedback não entregue ao LangSmith");
        throw new ErroHttp(503, "PROVEDOR_INDISPONIVEL", "Não consegui registrar o feedback no LangSmith agora. Tente de novo em instantes.", 5);
      }
      // Stryker disable next-line all: log de debug, não muda a resposta.
      ctx.log.debug({ runId, score }, "feedback registrado");
      return reply.status(201).send({ id });
    },
  );
}
