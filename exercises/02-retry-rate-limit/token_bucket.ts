// Exercício 2 — limitador de taxa do lado do cliente: um balde de fichas (token bucket).
// O balde começa cheio (`capacity` fichas = a rajada permitida) e ganha `refillPerSecond` fichas por segundo,
// sem passar da capacidade. Cada requisição gasta uma ficha; sem ficha, espera a próxima chegar.
import { ErroOpcaoInvalida, esperaReal, exigirNumero, type Limitador, type Espera } from "./retry.ts";

export interface OpcoesBaldeDeTokens {
  /** Rajada máxima: quantas requisições podem sair juntas com o balde cheio. Inteiro de 1 a 10 000. */
  capacity: number;
  /** Ritmo sustentado: fichas repostas por segundo (de 0,001 a 10 000). */
  refillPerSecond: number;
  /** Injetáveis para testes com relógio falso. `now` em ms (como Date.now). */
  now?: () => number;
  sleep?: Espera;
}

export class BaldeDeTokens implements Limitador {
  constructor(options: OpcoesBaldeDeTokens) {
    // TODO 9: valide capacity (inteiro de 1 a 10 000) e refillPerSecond (de 0,001 a 10 000) com exigirNumero,
    //         guarde now ?? Date.now e sleep ?? esperaReal, e comece com o balde cheio (capacity fichas)
    //         anotando o instante da última conta (now()).
    void [options, ErroOpcaoInvalida, esperaReal, exigirNumero];
  }

  /**
   * Espera a vez e pega uma ficha. Vários chamadores ao mesmo tempo não podem pegar a mesma ficha.
   * Se o signal for abortado (antes ou durante a espera), rejeite com signal.reason.
   */
  async acquire(signal?: AbortSignal): Promise<void> {
    // TODO 10: 1) signal?.throwIfAborted();
    //          2) reponha as fichas do tempo que passou: fichas = min(capacity, fichas + decorrido × refillPerSecond / 1000);
    //          3) RESERVE já (fichas -= 1, sem await antes!): se ainda ficou ≥ 0, pode ir;
    //          4) senão, durma o tempo até a sua ficha existir: ceil(−fichas × 1000 / refillPerSecond) ms,
    //             com this.sleep(ms, signal) — e confira o sinal de novo ao acordar.
    throw new Error(`TODO 10: implemente BaldeDeTokens.acquire (signal ${signal ? "recebido" : "ausente"}).`);
  }
}
