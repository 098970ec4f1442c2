// Exercício 3 — Cache: latência e custo antes e depois (livro: §5 e Exercício prático 4)
import { InMemoryCache, type BaseCache } from "@langchain/core/caches";
import type { BaseChatModel } from "@langchain/core/language_models/chat_models";
import { ChatGoogleGenerativeAI } from "@langchain/google-genai";
import { geminiOptions } from "#lib/config";
import { runMain } from "#lib/main";
import { estimateCost, formatUsd, PRICES_CHECKED_ON } from "#lib/pricing";
import { CacheComEscopo } from "./cache.ts";

export const MODELO_PADRAO = "gemini-2.5-flash";

export interface OpcoesModelo {
  model?: string;
  temperature?: number;
  /** Sem cache: toda pergunta vai ao provedor. */
  cache?: BaseCache;
}

/** O Gemini do livro, com ou sem cache. Modelos com parâmetros diferentes nunca dividem respostas. */
export function criarModelo({ model = MODELO_PADRAO, temperature = 0, cache }: OpcoesModelo = {}): ChatGoogleGenerativeAI {
  return new ChatGoogleGenerativeAI({
    model,
    temperature,
    maxRetries: 2,
    // A chave do LangChain para o Gemini não inclui modelo nem temperatura: o escopo acrescenta os dois.
    cache: cache ? new CacheComEscopo(cache, { model, temperature }) : undefined,
    ...geminiOptions(),
  });
}

/** Um modelo de chat que sabe o próprio nome (ChatGoogleGenerativeAI e ChatOpenAI sabem): o nome escolhe o preço. */
export type ModeloComNome = BaseChatModel & { model: string };

export interface Relatorio {
  rotulo: string;
  /** Perguntas feitas pela aplicação. */
  perguntas: number;
  /** Quantas chegaram ao provedor (e foram cobradas). */
  chamadas: number;
  /** Quantas o cache respondeu sem chamar o provedor. */
  acertos: number;
  latenciaTotalMs: number;
  p50Ms: number;
  p95Ms: number;
  tokensEntrada: number;
  tokensSaida: number;
  /** Custo estimado em US$ pela tabela de lib/pricing.ts; um acerto de cache custa zero. */
  custoUsd: number;
}

/** Percentil pelo método do posto mais próximo (nearest-rank): o menor valor com pelo menos p% dos valores <= ele. */
export function percentil(valores: number[], p: number): number {
  // Stryker disable next-line all: validação extra da solução, o enunciado não pede erro para p fora de 0–100.
  if (!Number.isFinite(p) || p < 0 || p > 100) throw new RangeError(`o percentil precisa estar entre 0 e 100 (recebi ${String(p)}).`);
  if (valores.length === 0) return 0;
  const ordenados = [...valores].sort((a, b) => a - b);
  const posto = Math.max(1, Math.ceil((p / 100) * ordenados.length));
  return ordenados[posto - 1]!;
}

/**
 * Faz as perguntas uma de cada vez (como usuários chegando) e mede latência, tokens e custo.
 * Uma de cada vez de propósito: perguntas iguais em paralelo perderiam o cache, porque a resposta só é
 * guardada quando a primeira chamada termina.
 */
export async function medirCarga(rotulo: string, modelo: ModeloComNome, perguntas: string[]): Promise<Relatorio> {
  const latencias: number[] = [];
  let chamadas = 0;
  let acertos = 0;
  let tokensEntrada = 0;
  let tokensSaida = 0;
  let custoUsd = 0;
  for (const pergunta of perguntas) {
    const inicio = performance.now();
    const resposta = await modelo.invoke(pergunta);
    latencias.push(performance.now() - inicio);
    // Copie os números AGORA: num acerto posterior o LangChain zera o usage_metadata do mesmo objeto
    // que ficou guardado no cache, e esta resposta passaria a dizer "0 tokens".
    const entrada = resposta.usage_metadata?.input_tokens ?? 0;
    const saida = resposta.usage_metadata?.output_tokens ?? 0;
    const acerto = resposta.usage_metadata !== undefined && entrada === 0 && saida === 0;
    if (acerto) acertos++;
    else chamadas++;
    tokensEntrada += entrada;
    tokensSaida += saida;
    // Decisão de contabilidade: custo = o que o provedor cobra. Um acerto não chega ao provedor: custa 0.
    custoUsd += estimateCost(modelo.model, { input_tokens: entrada, output_tokens: saida }) ?? 0;
  }
  return {
    rotulo,
    perguntas: perguntas.length,
    chamadas,
    acertos,
    latenciaTotalMs: latencias.reduce((soma, ms) => soma + ms, 0),
    p50Ms: percentil(latencias, 50),
    p95Ms: percentil(latencias, 95),
    tokensEntrada,
    tokensSaida,
    custoUsd,
  };
}

/** A mesma carga duas vezes: sem cache e com um InMemoryCache novo. */
export async function compararCache(perguntas: string[]): Promise<{ semCache: Relatorio; comCache: Relatorio }> {
  const semCache = await medirCarga("sem cache", criarModelo(), perguntas);
  const comCache = await medirCarga("com cache", criarModelo({ cache: new InMemoryCache() }), perguntas);
  return { semCache, comCache };
}

// Stryker disable all: formatarTabela, PERGUNTAS e main() vêm prontos no enunciado.
const ms = (valor: number) => `${valor.toLocaleString("pt-BR", { minimumFractionDigits: 1, maximumFractionDigits: 1 })} ms`;

/** Tabela de texto com um relatório por linha. */
export function formatarTabela(relatorios: Relatorio[]): string {
  const cabecalho = ["cenário", "perguntas", "chamadas", "acertos", "latência total", "p50", "p95", "tokens entrada", "tokens saída", "custo estimado"];
  const linhas = relatorios.map((r) => [
    r.rotulo,
    String(r.perguntas),
    String(r.chamadas),
    String(r.acertos),
    ms(r.latenciaTotalMs),
    ms(r.p50Ms),
    ms(r.p95Ms),
    String(r.tokensEntrada),
    String(r.tokensSaida),
    formatUsd(r.custoUsd),
  ]);
  const larguras = cabecalho.map((titulo, i) => Math.max(titulo.length, ...linhas.map((l) => l[i]!.length)));
  const formatar = (celulas: string[]) => `| ${celulas.map((c, i) => c.padEnd(larguras[i]!)).join(" | ")} |`;
  return [formatar(cabecalho), `|${larguras.map((l) => "-".repeat(l + 2)).join("|")}|`, ...linhas.map(formatar)].join("\n");
}

/** Uma carga realista: poucas perguntas diferentes, muitas repetidas (o caso em que o cache compensa). */
export const PERGUNTAS = [
  "Responda como atendente: qual o horário de funcionamento?",
  "Responda como atendente: qual o prazo de entrega?",
  "Responda como atendente: qual o horário de funcionamento?",
  "Responda como atendente: posso pagar com Pix?",
  "Responda como atendente: qual o horário de funcionamento?",
  "Responda como atendente: qual o prazo de entrega?",
];

export async function main(): Promise<void> {
  const { semCache, comCache } = await compararCache(PERGUNTAS);
  console.log(formatarTabela([semCache, comCache]));
  const economia = semCache.custoUsd - comCache.custoUsd;
  console.log(
    `\nCom cache: ${semCache.chamadas - comCache.chamadas} chamadas a menos e ${formatUsd(economia)} economizados ` +
      `(preços de ${PRICES_CHECKED_ON}, lib/pricing.ts).`,
  );
}
// Stryker restore all

await runMain(import.meta.url, main);
