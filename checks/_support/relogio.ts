/**
 * A virtual clock for latency checks: no verdict depends on how fast the machine is.
 * `latenciaVirtual(ms)` replaces performance.now() with a clock that only moves when a request reaches a model
 * provider (every fetch to GEMINI_BASE_URL / OPENAI_BASE_URL advances it by exactly `ms`). A call then "takes"
 * exactly `ms`, a cache hit exactly 0, whatever the load. Call `restaurar()` (or use it inside `comLatenciaVirtual`).
 */
import { vi } from "vitest";

export interface LatenciaVirtual {
  agora(): number;
  /** Requests that advanced the clock. */
  readonly chamadas: number;
  restaurar(): void;
}

export function latenciaVirtual(ms: number): LatenciaVirtual {
  let agora = 1_000 + Math.floor(Math.random() * 1_000);
  let chamadas = 0;
  const fetchOriginal = globalThis.fetch;
  const provedores = () => [process.env.GEMINI_BASE_URL, process.env.OPENAI_BASE_URL].filter((u): u is string => Boolean(u));
  const spy = vi.spyOn(performance, "now").mockImplementation(() => agora);
  globalThis.fetch = (async (input: Parameters<typeof fetch>[0], init?: Parameters<typeof fetch>[1]) => {
    const url = typeof input === "string" ? input : input instanceof URL ? input.href : input.url;
    const resposta = await fetchOriginal(input, init);
    if (provedores().some((base) => url.startsWith(base))) {
      agora += ms;
      chamadas++;
    }
    return resposta;
  }) as typeof fetch;
  return {
    agora: () => agora,
    get chamadas() {
      return chamadas;
    },
    restaurar() {
      spy.mockRestore();
      globalThis.fetch = fetchOriginal;
    },
  };
}

export async function comLatenciaVirtual<T>(ms: number, fn: (relogio: LatenciaVirtual) => Promise<T>): Promise<T> {
  const relogio = latenciaVirtual(ms);
  try {
    return await fn(relogio);
  } finally {
    relogio.restaurar();
  }
}
