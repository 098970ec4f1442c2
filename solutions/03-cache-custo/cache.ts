// Exercício 3 — caches de respostas que você pode reaproveitar (o projeto final usa este arquivo).
import { BaseCache } from "@langchain/core/caches";
import type { Generation } from "@langchain/core/outputs";

/**
 * Serializa parâmetros em ordem estável: { temperature: 0, model: "x" } e { model: "x", temperature: 0 }
 * viram a mesma chave; parâmetros `undefined` não entram.
 */
// Stryker disable all: função entregue pronta no enunciado (não é trabalho do aluno).
export function chaveDeParametros(parametros: Record<string, unknown>): string {
  const pares = Object.keys(parametros)
    .sort()
    .filter((nome) => parametros[nome] !== undefined)
    .map((nome) => [nome, parametros[nome]]);
  return JSON.stringify(pares);
}
// Stryker restore all

/**
 * Um cache que separa as entradas pelos parâmetros do modelo.
 *
 * O LangChain monta a chave do cache com o prompt + uma "llmKey". No ChatGoogleGenerativeAI (2.3.2) essa
 * llmKey NÃO inclui o nome do modelo nem a temperatura: dois modelos diferentes dividindo o mesmo cache
 * devolveriam a resposta um do outro. Aqui a chave ganha um prefixo com os parâmetros que mudam a resposta.
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

  lookup(prompt: string, llmKey: string): Promise<Generation[] | null> {
    return this.base.lookup(prompt, `${this.escopo}|${llmKey}`);
  }

  update(prompt: string, llmKey: string, valor: Generation[]): Promise<void> {
    return this.base.update(prompt, `${this.escopo}|${llmKey}`, valor);
  }
}

export interface OpcoesValidade {
  /** Quanto tempo uma resposta vale, em milissegundos. */
  ttlMs: number;
  /** Quantas respostas cabem; ao passar disso, sai a usada há mais tempo (LRU). */
  maxEntradas: number;
  /** Relógio (ms). Os testes passam um relógio falso; o padrão é Date.now. */
  agora?: () => number;
}

/**
 * BÔNUS: um cache em memória com validade (TTL) e tamanho máximo (LRU). Respostas vencidas não voltam
 * (a informação pode ter mudado) e a memória do processo não cresce sem limite.
 */
export class CacheComValidade extends BaseCache {
  private readonly entradas = new Map<string, { valor: Generation[]; venceEm: number }>();
  private readonly ttlMs: number;
  private readonly maxEntradas: number;
  private readonly agora: () => number;

  constructor({ ttlMs, maxEntradas, agora = Date.now }: OpcoesValidade) {
    super();
    if (!Number.isFinite(ttlMs) || ttlMs <= 0) throw new RangeError(`ttlMs precisa ser um número de milissegundos maior que zero (recebi ${String(ttlMs)}).`);
    if (!Number.isInteger(maxEntradas) || maxEntradas < 1)
      throw new RangeError(`maxEntradas precisa ser um inteiro maior ou igual a 1 (recebi ${String(maxEntradas)}).`);
    this.ttlMs = ttlMs;
    this.maxEntradas = maxEntradas;
    this.agora = agora;
  }

  /** Quantas respostas estão guardadas agora (vencidas ainda não removidas incluídas). */
  // Stryker disable next-line all: extra da solução, o enunciado do bônus não pede `tamanho`.
  get tamanho(): number {
    return this.entradas.size;
  }

  async lookup(prompt: string, llmKey: string): Promise<Generation[] | null> {
    const chave = this.keyEncoder(prompt, llmKey);
    const entrada = this.entradas.get(chave);
    if (!entrada) return null;
    this.entradas.delete(chave);
    if (this.agora() >= entrada.venceEm) return null;
    // Reinsere no fim: o Map guarda a ordem de inserção, então o primeiro é sempre o menos usado.
    this.entradas.set(chave, entrada);
    return entrada.valor;
  }

  async update(prompt: string, llmKey: string, valor: Generation[]): Promise<void> {
    const chave = this.keyEncoder(prompt, llmKey);
    this.entradas.delete(chave);
    this.entradas.set(chave, { valor, venceEm: this.agora() + this.ttlMs });
    while (this.entradas.size > this.maxEntradas) {
      const maisAntiga = this.entradas.keys().next().value;
      // Stryker disable next-line ConditionalExpression: equivalente, size > maxEntradas ≥ 1 garante uma chave.
      if (maisAntiga === undefined) break;
      this.entradas.delete(maisAntiga);
    }
  }
}
