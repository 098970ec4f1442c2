// EXERCÍCIO 11 — complete os TODOs deste arquivo (veja README.md).
// Rate limit por cliente (tabela do §2: "Rate Limiting — evita bloqueios"), com o @fastify/rate-limit.
// Sem Redis, cada instância conta sozinha (memória); com REDIS_URL, todas contam no mesmo Redis:
// 3 instâncias atrás de um balanceador continuam dando N perguntas por minuto a cada cliente, não 3×N.
import rateLimit from "@fastify/rate-limit";
import type { FastifyInstance, FastifyRequest } from "fastify";
import type { Contexto } from "./contexto.ts";
import { ErroHttp } from "./erros.ts";

/**
 * Quem é o cliente: o endereço de quem abriu a conexão (request.ip), nunca um cabeçalho que o próprio cliente
 * escreve — com `x-cliente-id` ou `x-forwarded-for` à escolha dele, bastaria trocar o valor a cada pedido
 * para ter perguntas sem limite. Atrás de um balanceador, liste-o em `proxiesConfiaveis` (TRUST_PROXY):
 * só então o fastify lê o x-forwarded-for, e só o que esses proxies escreveram.
 */
export function identificarCliente(request: FastifyRequest): string {
  return `ip:${request.ip}`;
}

export async function registrarLimite(app: FastifyInstance, ctx: Contexto): Promise<void> {
  // TODO 5: registre o @fastify/rate-limit neste escopo (/v1) com:
  //   max e timeWindow de ctx.opcoes.limite, keyGenerator: identificarCliente,
  //   com Redis: { redis: ctx.redis, nameSpace: "chatbot:limite:" } (contador compartilhado entre instâncias),
  //   skipOnError: true, e errorResponseBuilder devolvendo new ErroHttp(429, "LIMITE_EXCEDIDO", "<pt-BR>", contexto.ttl / 1000).
  void app;
  void ctx;
  void rateLimit;
  void ErroHttp;
}
