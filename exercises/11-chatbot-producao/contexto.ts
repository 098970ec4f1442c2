// O que os plugins do chatbot compartilham: opções já resolvidas, logger, métricas, Redis, cache,
// circuito e o atendimento. Cada plugin recebe este objeto como opções do `app.register`.
import type { FastifyInstance, FastifyPluginAsync } from "fastify";
import fp from "fastify-plugin";
import type { Redis } from "ioredis";
import type { Logger } from "pino";
import type { Registry } from "prom-client";
import type { Atendimento } from "./atendimento.ts";
import type { CacheDeRespostas } from "./cache.ts";
import type { Circuito } from "./circuito.ts";
import type { MetricasChatbot } from "./metricas.ts";

export interface OpcoesApp {
  /** Redis compartilhado entre instâncias (rate limit, cache e fila). Padrão: process.env.REDIS_URL; sem ele, tudo fica em memória. */
  redisUrl?: string;
  /** Logger pino (padrão: o do ex. 6, com as chaves mascaradas). `false` desliga os logs (testes, bench). */
  logger?: Logger | false;
  /** Rate limit por cliente: `max` requisições a cada `janelaMs` (padrão 30 por minuto). */
  limite?: { max?: number; janelaMs?: number };
  /** Cache de respostas (padrão 10 min, 1000 entradas na memória). `false` desliga. */
  cache?: { ttlMs?: number; maxEntradas?: number } | false;
  /** Retentativas ao provedor (ex. 2). */
  retry?: { maxAttempts?: number; baseDelayMs?: number; maxDelayMs?: number; attemptTimeoutMs?: number; deadlineMs?: number };
  /** Disjuntor: abre depois de `falhas` falhas seguidas e fica aberto `pausaMs`. */
  circuito?: { falhas?: number; pausaMs?: number };
  /** Modelo do Gemini (padrão "gemini-2.5-flash", o do livro). */
  modelo?: string;
  /** Maior corpo aceito, em bytes (padrão 16 KiB). */
  bodyLimit?: number;
  /** Fila de jobs: quantos processados ao mesmo tempo por instância, nome da fila no Redis, tentativas. */
  filas?: { concorrencia?: number; nome?: string; tentativas?: number; backoffMs?: number };
  /** Prazo do encerramento gracioso (padrão 10 s). */
  prazoEncerramentoMs?: number;
  /**
   * Proxies em quem confiar para o x-forwarded-for (IPs ou CIDRs, o `trustProxy` do fastify). Padrão:
   * process.env.TRUST_PROXY (separado por vírgulas); vazio = nenhum, o cliente é o endereço do socket.
   */
  proxiesConfiaveis?: string[];
  /** Prazo para receber a requisição inteira, cabeçalhos e corpo (padrão 10 s): corpo gotejado não prende o servidor. */
  prazoRequisicaoMs?: number;
}

export interface OpcoesResolvidas {
  redisUrl?: string;
  limite: { max: number; janelaMs: number };
  cache: { ttlMs: number; maxEntradas: number } | false;
  retry: { maxAttempts: number; baseDelayMs: number; maxDelayMs: number; attemptTimeoutMs: number; deadlineMs: number };
  circuito: { falhas: number; pausaMs: number };
  modelo: string;
  bodyLimit: number;
  filas: { concorrencia: number; nome: string; tentativas: number; backoffMs: number };
  prazoEncerramentoMs: number;
  proxiesConfiaveis: string[];
  prazoRequisicaoMs: number;
}

export function resolverOpcoes(o: OpcoesApp = {}, env: NodeJS.ProcessEnv = process.env): OpcoesResolvidas {
  return {
    redisUrl: o.redisUrl ?? (env.REDIS_URL || undefined),
    limite: { max: o.limite?.max ?? 30, janelaMs: o.limite?.janelaMs ?? 60_000 },
    cache: o.cache === false ? false : { ttlMs: o.cache?.ttlMs ?? 10 * 60_000, maxEntradas: o.cache?.maxEntradas ?? 1000 },
    retry: {
      maxAttempts: o.retry?.maxAttempts ?? 3,
      baseDelayMs: o.retry?.baseDelayMs ?? 250,
      maxDelayMs: o.retry?.maxDelayMs ?? 2_000,
      attemptTimeoutMs: o.retry?.attemptTimeoutMs ?? 15_000,
      deadlineMs: o.retry?.deadlineMs ?? 20_000,
    },
    circuito: { falhas: o.circuito?.falhas ?? 5, pausaMs: o.circuito?.pausaMs ?? 10_000 },
    modelo: o.modelo ?? "gemini-2.5-flash",
    bodyLimit: o.bodyLimit ?? 16 * 1024,
    filas: {
      concorrencia: o.filas?.concorrencia ?? 4,
      nome: o.filas?.nome ?? "chatbot-perguntas",
      tentativas: o.filas?.tentativas ?? 8,
      backoffMs: o.filas?.backoffMs ?? 1_000,
    },
    prazoEncerramentoMs: o.prazoEncerramentoMs ?? 10_000,
    proxiesConfiaveis: o.proxiesConfiaveis ?? (env.TRUST_PROXY ?? "").split(",").map((p) => p.trim()).filter(Boolean),
    prazoRequisicaoMs: o.prazoRequisicaoMs ?? 10_000,
  };
}

export interface Contexto {
  opcoes: OpcoesResolvidas;
  log: Logger;
  registry: Registry;
  metricas: MetricasChatbot;
  /** Conexão Redis de uso geral (rate limit e cache), quando há REDIS_URL. */
  redis?: Redis;
  cache: CacheDeRespostas;
  circuito: Circuito;
  atendimento: Atendimento;
  /** Valores que nunca podem sair em log (ex. 6). */
  segredos: string[];
  estado: { encerrando: boolean };
  /** Tarefas de limpeza, em ordem, chamadas no encerramento (fila, Redis, traces). */
  aoEncerrar: Array<{ nome: string; fn: () => Promise<unknown> }>;
}

/**
 * Marca um plugin para não criar um escopo novo (o pacote fastify-plugin): os hooks e handlers que ele
 * registra valem para a aplicação inteira, e o nome aparece nos erros de registro do fastify.
 */
export function semEncapsular<T extends (app: FastifyInstance, ctx: Contexto) => Promise<void>>(nome: string, plugin: T): T {
  return fp(plugin as unknown as FastifyPluginAsync<Contexto>, { name: nome }) as unknown as T;
}
