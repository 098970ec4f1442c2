// Exercício 3 — caches de respostas que você pode reaproveitar (o projeto final usa este arquivo).
// Enunciado completo: exercises/03-cache-custo/README.md. Rode com: npm run ex:3
import { BaseCache } from "@langchain/core/caches";
import type { Generation } from "@langchain/core/outputs";

/**
 * Serializa parâmetros em ordem estável: { temperature: 0, model: "x" } e { model: "x", temperature: 0 }
 * viram a mesma chave; parâmetros `undefined` não entram. (Pronta: use-a no TODO 1.)
 */
export function chaveDeParametros(parametros: Record<string, unknown>): string {
  const pares = Object.keys(parametros)
    .sort()
    .filter((nome) => parametros[nome] !== undefined)
    .map((nome) => [nome, parametros[nome]]);
  return JSON.stringify(pares);
}

/**
 * Um cache que separa as entradas pelos parâmetros do modelo.
 *
 * O LangChain monta a chave do cache com o prompt + uma "llmKey". No ChatGoogleGenerativeAI essa llmKey
 * NÃO inclui o nome do modelo nem a temperatura (confira: modelo._getSerializedCacheKeyParametersForCall({})).
 * Dois modelos diferentes dividindo o mesmo cache devolveriam a resposta um do outro.
 */
export class CacheComEscopo extends BaseCache {
  private readonly escopo: string;

  constructor(
    private readonly base: BaseCache,
    parametros: Record<string, unknown>,
  ) {
    super();
    this.escopo = chaveDeParametros(parametros);
  }

  // TODO 1: delegue ao cache `base`, mas com uma llmKey que inclua o escopo, por exemplo `${this.escopo}|${llmKey}`.
  //         Assim, entradas guardadas com parâmetros diferentes nunca se encontram.
  lookup(prompt: string, llmKey: string): Promise<Generation[] | null> {
    void [this.base, this.escopo, prompt, llmKey];
    throw new Error("TODO 1: implemente CacheComEscopo.lookup (cache.ts)");
  }

  update(prompt: string, llmKey: string, valor: Generation[]): Promise<void> {
    void [prompt, llmKey, valor];
    throw new Error("TODO 1: implemente CacheComEscopo.update (cache.ts)");
  }
}

// BÔNUS (opcional): exporte aqui uma classe `CacheComValidade extends BaseCache` com validade (TTL) e
// tamanho máximo (LRU): new CacheComValidade({ ttlMs, maxEntradas, agora }). O README explica; o check do
// bônus só confere quando a classe existe.
