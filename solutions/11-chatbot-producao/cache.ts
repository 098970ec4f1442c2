// Cache de respostas: a mesma pergunta (depois de normalizada e sem PII) não gasta tokens de novo.
// Na memória (Map com validade e limite de tamanho) ou no Redis, quando várias instâncias precisam ver
// o mesmo cache. A chave inclui os parâmetros do modelo e a versão do prompt (ex. 3: modelos diferentes
// nunca leem a resposta um do outro).
import { createHash } from "node:crypto";
import type { Redis } from "ioredis";
import { chaveDeParametros } from "./componentes.ts";

export interface CacheDeRespostas {
  readonly tipo: "memoria" | "redis" | "desligado";
  ler(chave: string): Promise<string | undefined>;
  gravar(chave: string, valor: string): Promise<void>;
}

/** "  Quais são os HORÁRIOS?? " e "quais são os horários?" caem na mesma entrada. */
export function normalizarPergunta(pergunta: string): string {
  return pergunta.normalize("NFC").toLowerCase().replace(/\s+/g, " ").replace(/[?!.\s]+$/, "").trim();
}

export function chaveDoCache(pergunta: string, parametros: Record<string, unknown>): string {
  const bruto = `${chaveDeParametros(parametros)}|${normalizarPergunta(pergunta)}`;
  return createHash("sha256").update(bruto).digest("hex");
}

export class CacheEmMemoria implements CacheDeRespostas {
  readonly tipo = "memoria" as const;
  private readonly entradas = new Map<string, { valor: string; expira: number }>();
  constructor(
    private readonly ttlMs: number,
    private readonly maxEntradas: number,
    private readonly agora: () => number = Date.now,
  ) {}

  async ler(chave: string): Promise<string | undefined> {
    const e = this.entradas.get(chave);
    if (!e) return undefined;
    if (e.expira <= this.agora()) {
      this.entradas.delete(chave);
      return undefined;
    }
    return e.valor;
  }

  async gravar(chave: string, valor: string): Promise<void> {
    this.entradas.delete(chave);
    // Map guarda a ordem de inserção: o primeiro é o mais antigo.
    while (this.entradas.size >= this.maxEntradas) this.entradas.delete(this.entradas.keys().next().value!);
    this.entradas.set(chave, { valor, expira: this.agora() + this.ttlMs });
  }
}

export class CacheRedis implements CacheDeRespostas {
  readonly tipo = "redis" as const;
  constructor(
    private readonly redis: Redis,
    private readonly ttlMs: number,
    private readonly prefixo = "chatbot:cache:",
  ) {}

  async ler(chave: string): Promise<string | undefined> {
    // Sem conexão, nem tenta: o comando ficaria na fila do ioredis até o prazo (commandTimeout).
    if (this.redis.status !== "ready") return undefined;
    try {
      return (await this.redis.get(this.prefixo + chave)) ?? undefined;
    } catch {
      return undefined; // Redis fora do ar: sem cache, mas o atendimento continua
    }
  }

  async gravar(chave: string, valor: string): Promise<void> {
    if (this.redis.status !== "ready") return;
    try {
      await this.redis.set(this.prefixo + chave, valor, "PX", this.ttlMs);
    } catch {
      // idem: cache é otimização, não requisito
    }
  }
}

export const cacheDesligado: CacheDeRespostas = { tipo: "desligado", ler: async () => undefined, gravar: async () => {} };
