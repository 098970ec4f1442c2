// Exercício 3 — Cache: latência e custo antes e depois (livro: §5 e Exercício prático 4)
// Enunciado completo: exercises/03-cache-custo/README.md. Rode com: npm run ex:3
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
  // TODO 2: devolva new ChatGoogleGenerativeAI({ model, temperature, cache: ..., ...geminiOptions() }).
  //         Com cache: passe new CacheComEscopo(cache, { model, temperature }), não o cache cru.
  //         Sem cache: cache undefined (nunca `cache: true`, que liga um cache global do processo).
  void [model, temperature, cache, CacheComEscopo, geminiOptions];
  throw new Error("TODO 2: implemente criarModelo (cache_custo.ts)");
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
  // TODO 3: lista vazia → 0. Senão ordene uma CÓPIA e devolva o elemento de posto teto(p/100 × n)
  //         (posto 1 = o menor). Ex.: 20 valores, p95 → posto 19.
  void [valores, p];
  throw new Error("TODO 3: implemente percentil (cache_custo.ts)");
}

/**
 * Faz as perguntas uma de cada vez (como usuários chegando) e mede latência, tokens e custo.
 */
export async function medirCarga(rotulo: string, modelo: ModeloComNome, perguntas: string[]): Promise<Relatorio> {
  // TODO 4: para cada pergunta, em sequência:
  //   - meça a latência com performance.now() antes e depois de `await modelo.invoke(pergunta)`;
  //   - leia resposta.usage_metadata (input_tokens, output_tokens) LOGO DEPOIS da chamada;
  //   - um acerto de cache volta com os tokens zerados: conte-o em `acertos`; os outros são `chamadas`;
  //   - custo: estimateCost(modelo.model, { input_tokens, output_tokens }) de #lib/pricing (acerto = 0).
  //   No fim: latência total, p50 e p95 com percentil(), e o relatório completo.
  void [rotulo, modelo, perguntas, estimateCost, performance];
  throw new Error("TODO 4: implemente medirCarga (cache_custo.ts)");
}

/** A mesma carga duas vezes: sem cache e com um InMemoryCache novo. */
export async function compararCache(perguntas: string[]): Promise<{ semCache: Relatorio; comCache: Relatorio }> {
  // TODO 5: meça "sem cache" com criarModelo() e depois "com cache" com criarModelo({ cache: new InMemoryCache() }).
  void [perguntas, InMemoryCache];
  throw new Error("TODO 5: implemente compararCache (cache_custo.ts)");
}

const ms = (valor: number) => `${valor.toLocaleString("pt-BR", { minimumFractionDigits: 1, maximumFractionDigits: 1 })} ms`;

/** Tabela de texto com um relatório por linha. (Pronta.) */
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

await runMain(import.meta.url, main);
