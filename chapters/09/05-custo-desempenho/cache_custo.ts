// Capítulo 9 — §5 Otimização de custo e desempenho: cache de respostas (dica "Cache e paralelismo").
// Rode: npm run exemplo -- cache_custo   (ou: npx tsx chapters/09/05-custo-desempenho/cache_custo.ts)
//
// No Python do livro:                       Em TypeScript (LangChain.js):
//   from langchain.cache import InMemoryCache   import { InMemoryCache } from "@langchain/core/caches";
//   langchain.llm_cache = InMemoryCache()       new ChatGoogleGenerativeAI({ ..., cache: new InMemoryCache() })
//                                               (ou cache: true, um cache global para todos os modelos)
import { InMemoryCache } from "@langchain/core/caches";
import { ChatGoogleGenerativeAI } from "@langchain/google-genai";
import { geminiOptions } from "#lib/config";
import { labClient } from "#lib/lab/client";
import { runMain } from "#lib/main";
import { estimateCost, formatUsd, PRICES_CHECKED_ON } from "#lib/pricing";

export interface Medida {
  pergunta: string;
  ms: number;
  /** Tokens cobrados nesta chamada (0 num acerto de cache: ele não chega ao provedor). */
  tokensEntrada: number;
  tokensSaida: number;
  custoUsd: number;
  doCache: boolean;
}

/** Faz uma pergunta e copia na hora o que interessa da resposta (num acerto futuro, o LangChain zera o uso). */
export async function medir(modelo: ChatGoogleGenerativeAI, pergunta: string): Promise<Medida> {
  const inicio = performance.now();
  const resposta = await modelo.invoke(pergunta);
  const ms = performance.now() - inicio;
  const tokensEntrada = resposta.usage_metadata?.input_tokens ?? 0;
  const tokensSaida = resposta.usage_metadata?.output_tokens ?? 0;
  return {
    pergunta,
    ms,
    tokensEntrada,
    tokensSaida,
    custoUsd: estimateCost(modelo.model, { input_tokens: tokensEntrada, output_tokens: tokensSaida }) ?? 0,
    doCache: resposta.usage_metadata !== undefined && tokensEntrada === 0 && tokensSaida === 0,
  };
}

/**
 * A armadilha da chave: o ChatGoogleGenerativeAI não põe modelo nem temperatura na chave do cache.
 * Dois modelos diferentes com o MESMO cache recebem a resposta um do outro; com um cache por configuração, não.
 */
export async function chaveDoCache(): Promise<{ compartilhado: string[]; separado: string[] }> {
  const pergunta = "Escreva uma frase sobre temperatura de modelos";
  const opcoes = { maxRetries: 2, ...geminiOptions() };
  const comum = new InMemoryCache();
  const frio = new ChatGoogleGenerativeAI({ model: "gemini-2.5-flash", temperature: 0, cache: comum, ...opcoes });
  const quente = new ChatGoogleGenerativeAI({ model: "gemini-2.5-pro", temperature: 1, cache: comum, ...opcoes });
  const compartilhado = [(await medir(frio, pergunta)).doCache, (await medir(quente, pergunta)).doCache].map((c) => (c ? "cache" : "provedor"));

  // Correção simples: um cache por configuração (o Exercício 3 faz melhor, com um escopo na chave).
  const caches = new Map<string, InMemoryCache>();
  const cachePara = (model: string, temperature: number) => {
    const chave = JSON.stringify({ model, temperature });
    if (!caches.has(chave)) caches.set(chave, new InMemoryCache());
    return caches.get(chave)!;
  };
  const frio2 = new ChatGoogleGenerativeAI({ model: "gemini-2.5-flash", temperature: 0, cache: cachePara("gemini-2.5-flash", 0), ...opcoes });
  const quente2 = new ChatGoogleGenerativeAI({ model: "gemini-2.5-pro", temperature: 1, cache: cachePara("gemini-2.5-pro", 1), ...opcoes });
  const separado = [(await medir(frio2, pergunta)).doCache, (await medir(quente2, pergunta)).doCache].map((c) => (c ? "cache" : "provedor"));
  return { compartilhado, separado };
}

export const PERGUNTAS = [
  "Responda como atendente: qual o horário de funcionamento?",
  "Responda como atendente: como faço uma troca?",
  "Responda como atendente: qual o horário de funcionamento?",
  "Responda como atendente: qual o horário de funcionamento?",
  "Responda como atendente: como faço uma troca?",
];

export async function main(): Promise<void> {
  // Só no laboratório: 150 ms de latência por chamada, como um provedor real; senão tudo é instantâneo.
  const lab = process.env.GEMINI_BASE_URL && process.env.LAB_URL ? labClient(process.env.LAB_URL) : undefined;
  await lab?.setLatency({ fixedMs: 150 });
  try {
    const modelo = new ChatGoogleGenerativeAI({ model: "gemini-2.5-flash", maxRetries: 2, cache: new InMemoryCache(), ...geminiOptions() });
    console.log("pergunta                                                   | origem   |     ms | tokens | custo");
    let custo = 0;
    let custoSemCache = 0;
    const cobradas = new Map<string, number>();
    for (const pergunta of PERGUNTAS) {
      const m = await medir(modelo, pergunta);
      custo += m.custoUsd;
      if (!m.doCache) cobradas.set(pergunta, m.custoUsd);
      custoSemCache += cobradas.get(pergunta) ?? 0;
      console.log(
        `${pergunta.padEnd(58)} | ${(m.doCache ? "cache" : "provedor").padEnd(8)} | ${m.ms.toFixed(1).padStart(6)} | ${String(m.tokensEntrada + m.tokensSaida).padStart(6)} | ${formatUsd(m.custoUsd)}`,
      );
    }
    console.log(`\nCusto com cache: ${formatUsd(custo)}; sem cache seria ${formatUsd(custoSemCache)} (preços de ${PRICES_CHECKED_ON}).`);

    await lab?.setLatency({ fixedMs: 0 });
    const { compartilhado, separado } = await chaveDoCache();
    console.log(`\nMesmo InMemoryCache para flash/temperatura 0 e pro/temperatura 1: ${compartilhado.join(" → ")}  (o pro recebeu a resposta do flash!)`);
    console.log(`Um cache por configuração:                                     ${separado.join(" → ")}`);
  } finally {
    await lab?.setLatency({ fixedMs: 0 });
  }
}

await runMain(import.meta.url, main);
