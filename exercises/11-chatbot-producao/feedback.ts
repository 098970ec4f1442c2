// EXERCÍCIO 11 — complete os TODOs deste arquivo (veja README.md).
// POST /v1/feedback — a "Dica avançada: Feedback com LangSmith": o usuário avalia uma resposta e o
// feedback vai para o run daquela resposta (o runId que POST /v1/chat devolveu), via ex. 9.
import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { registrarFeedback } from "./componentes.ts";
import type { Contexto } from "./contexto.ts";
import { ErroHttp } from "./erros.ts";
import { ErroSchema, FeedbackCriadoSchema, FeedbackSchema } from "./esquemas.ts";

export async function rotasFeedback(app: FastifyInstance, ctx: Contexto): Promise<void> {
  // TODO 7: POST /feedback (o prefixo /v1 vem do app.ts) com schema { body: FeedbackSchema,
  // response: { 201: FeedbackCriadoSchema, "4xx": ErroSchema, "5xx": ErroSchema } } usando
  // app.withTypeProvider<ZodTypeProvider>(). No handler: registrarFeedback(runId, score, comentario)
  // do ex. 9 → reply.status(201).send({ id }). Se o LangSmith falhar: ErroHttp(503, "PROVEDOR_INDISPONIVEL", ...).
  void app;
  void ctx;
  void registrarFeedback;
  void [ErroHttp, ErroSchema, FeedbackCriadoSchema, FeedbackSchema];
}
