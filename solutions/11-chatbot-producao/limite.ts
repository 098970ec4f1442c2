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
  await app.register(rateLimit, {
    max: ctx.opcoes.limite.max,
    timeWindow: ctx.opcoes.limite.janelaMs,
    keyGenerator: identificarCliente,
    // Com Redis: o contador fica lá, compartilhado entre as instâncias.
    ...(ctx.redis ? { redis: ctx.redis, nameSpace: "chatbot:limite:" } : {}),
    // Redis fora do ar não derruba o atendimento: melhor atender sem limite do que não atender.
    skipOnError: true,
    // O que esta função devolve é lançado como erro: vira a resposta pelo tratador de erros.ts.
    errorResponseBuilder: (_request, contexto) =>
      new ErroHttp(429, "LIMITE_EXCEDIDO", `Muitas perguntas em pouco tempo: o limite é ${contexto.max} a cada ${contexto.after}. Espere e tente de novo.`, contexto.ttl / 1000),
  });
}
