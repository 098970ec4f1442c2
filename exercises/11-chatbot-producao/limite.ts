// EXERCÍCIO 11 — complete os TODOs deste arquivo (veja README.md).
// Rate limit por cliente (tabela do §2: "Rate Limiting — evita bloqueios"), com o @fastify/rate-limit.
// Sem Redis, cada instância conta sozinha (memória); com REDIS_URL, todas contam no mesmo Redis:
// 3 instâncias atrás de um balanceador continuam dando N perguntas por minuto a cada cliente, não 3×N.
import rateLimit from "@fastify/rate-limit";
import type { FastifyInstance, FastifyRequest } from "fastify";
import type { Contexto } from "./contexto.ts";
import { ErroHttp } from "./erros.ts";

/** Quem é o cliente: o cabeçalho x-cliente-id (quando vem de um gateway autenticado) ou o IP. */
export function identificarCliente(request: FastifyRequest): string {
  const cabecalho = request.headers["x-cliente-id"];
  if (typeof cabecalho === "string" && /^[A-Za-z0-9_.:-]{1,64}$/.test(cabecalho)) return `cliente:${cabecalho}`;
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
