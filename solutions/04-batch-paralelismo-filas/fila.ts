// Exercício 4 — uma fila limitada com p-queue (o projeto final reaproveita este arquivo).
import PQueue, { TimeoutError } from "p-queue";

export interface OpcoesFila {
  /** Quantas tarefas rodam ao mesmo tempo (chamadas em voo ao provedor). */
  concorrencia: number;
  /** Quantas tarefas podem esperar na fila, além das que estão rodando. */
  tamanhoMaximo: number;
  /** Prazo de cada tarefa, contado a partir de quando ela começa a rodar. */
  timeoutMs: number;
}

// Stryker disable all: classes de erro entregues prontas no enunciado.
/** A fila está cheia: quem chamou decide (esperar com aguardarVaga(), responder 503, descartar…). */
export class ErroFilaCheia extends Error {
  override name = "ErroFilaCheia";
  constructor(readonly tamanhoMaximo: number) {
    super(`fila cheia: já há ${tamanhoMaximo} tarefas esperando. Espere uma vaga (aguardarVaga()) ou tente mais tarde.`);
  }
}

/** Uma tarefa passou do prazo; o sinal dela foi abortado (a requisição HTTP é cancelada). */
export class ErroTempoEsgotado extends Error {
  override name = "ErroTempoEsgotado";
  constructor(readonly timeoutMs: number) {
    super(`tempo esgotado: a tarefa passou de ${timeoutMs} ms e foi cancelada.`);
  }
}
// Stryker restore all

/** Confere um número de "quantos ao mesmo tempo": inteiro ≥ 1. Lança RangeError em pt-BR. */
// Stryker disable next-line all: a assinatura (com o nome padrão) vem pronta no enunciado.
export function validarConcorrencia(valor: number, nome = "concorrencia"): number {
  if (!Number.isInteger(valor) || valor < 1)
    throw new RangeError(`${nome} precisa ser um número inteiro maior ou igual a 1 (recebi ${String(valor)}). Ex.: ${nome}: 8.`);
  return valor;
}

/**
 * Fila com concorrência limitada, tamanho máximo (backpressure) e prazo por tarefa, sobre o p-queue.
 * - adicionar(): nunca espera; se a fila estiver cheia, rejeita com ErroFilaCheia (bom para um servidor HTTP: 503).
 * - aguardarVaga(): espera até caber mais uma (bom para um produtor em lote: ele desacelera).
 */
export class FilaLimitada {
  private readonly fila: PQueue;
  readonly tamanhoMaximo: number;
  readonly timeoutMs: number;

  constructor({ concorrencia, tamanhoMaximo, timeoutMs }: OpcoesFila) {
    validarConcorrencia(concorrencia, "concorrencia");
    // Stryker disable all: validação de tamanhoMaximo e timeoutMs entregue pronta no enunciado.
    // 0 recusaria toda tarefa, mesmo com vaga livre para rodar, e aguardarVaga() nunca resolveria.
    if (!Number.isInteger(tamanhoMaximo) || tamanhoMaximo < 1)
      throw new RangeError(`tamanhoMaximo precisa ser um inteiro maior ou igual a 1 (recebi ${String(tamanhoMaximo)}).`);
    if (!Number.isFinite(timeoutMs) || timeoutMs <= 0) throw new RangeError(`timeoutMs precisa ser um número de milissegundos maior que zero (recebi ${String(timeoutMs)}).`);
    // Stryker restore all
    this.tamanhoMaximo = tamanhoMaximo;
    this.timeoutMs = timeoutMs;
    this.fila = new PQueue({ concurrency: concorrencia });
  }

  /** Tarefas esperando a vez. */
  get emEspera(): number {
    return this.fila.size;
  }

  /** Tarefas rodando agora. */
  get emExecucao(): number {
    return this.fila.pending;
  }

  /** Resolve quando couber mais uma tarefa na fila (backpressure para quem produz). */
  async aguardarVaga(): Promise<void> {
    // while: confere de novo ao acordar. A vaga não fica reservada; com vários produtores, quem perder a corrida
    // ainda recebe ErroFilaCheia no adicionar (o enunciado pede para tratar esse erro).
    while (this.fila.size >= this.tamanhoMaximo) await this.fila.onSizeLessThan(this.tamanhoMaximo);
  }

  /**
   * Coloca a tarefa na fila e devolve o resultado dela. A tarefa recebe um AbortSignal que é abortado
   * quando o prazo acaba: repasse-o ao modelo (invoke(x, { signal })) para cancelar a requisição de verdade.
   */
  adicionar<T>(tarefa: (sinal: AbortSignal) => Promise<T>): Promise<T> {
    if (this.fila.size >= this.tamanhoMaximo) return Promise.reject(new ErroFilaCheia(this.tamanhoMaximo));
    const prazo = this.timeoutMs;
    return this.fila
      .add(
        async () => {
          // O relógio começa quando a tarefa sai da fila, não quando entra.
          const sinal = AbortSignal.timeout(prazo);
          try {
            return await tarefa(sinal);
          } catch (erro) {
            if (sinal.aborted) throw new ErroTempoEsgotado(prazo);
            throw erro;
          }
        },
        // O timeout do p-queue libera a vaga mesmo se a tarefa ignorar o sinal.
        { timeout: prazo },
      )
      .catch((erro: unknown) => {
        if (erro instanceof TimeoutError) throw new ErroTempoEsgotado(prazo);
        throw erro;
      });
  }

  /** Resolve quando não houver nada esperando nem rodando. */
  // Stryker disable next-line all: entregue pronto no enunciado.
  esvaziar(): Promise<void> {
    return this.fila.onIdle();
  }
}
