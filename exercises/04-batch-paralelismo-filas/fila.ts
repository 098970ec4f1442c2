// Exercício 4 — uma fila limitada com p-queue (o projeto final reaproveita este arquivo).
// Enunciado completo: exercises/04-batch-paralelismo-filas/README.md. Rode com: npm run ex:4
import PQueue, { TimeoutError } from "p-queue";

export interface OpcoesFila {
  /** Quantas tarefas rodam ao mesmo tempo (chamadas em voo ao provedor). */
  concorrencia: number;
  /** Quantas tarefas podem esperar na fila, além das que estão rodando. */
  tamanhoMaximo: number;
  /** Prazo de cada tarefa, contado a partir de quando ela começa a rodar. */
  timeoutMs: number;
}

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

/** Confere um número de "quantos ao mesmo tempo": inteiro ≥ 1. Lança RangeError em pt-BR. */
export function validarConcorrencia(valor: number, nome = "concorrencia"): number {
  // TODO 1: se `valor` não for um inteiro >= 1 (0, -1, 1.5, NaN…), lance um RangeError em português que cite
  //         `nome` e o valor recebido. Sem isso, quem explica o erro é o p-queue, em inglês ("Expected `concurrency`…").
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
    // 0 recusaria toda tarefa, mesmo com vaga livre para rodar, e aguardarVaga() nunca resolveria.
    if (!Number.isInteger(tamanhoMaximo) || tamanhoMaximo < 1)
      throw new RangeError(`tamanhoMaximo precisa ser um inteiro maior ou igual a 1 (recebi ${String(tamanhoMaximo)}).`);
    if (!Number.isFinite(timeoutMs) || timeoutMs <= 0) throw new RangeError(`timeoutMs precisa ser um número de milissegundos maior que zero (recebi ${String(timeoutMs)}).`);
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
    // TODO 2: enquanto this.fila.size >= this.tamanhoMaximo, espere await this.fila.onSizeLessThan(this.tamanhoMaximo).
    //         (while: confira de novo ao acordar. A vaga não fica reservada: com vários produtores, dois podem
    //         acordar pela mesma vaga e o segundo adicionar ainda recusa com ErroFilaCheia; trate esse erro.)
    throw new Error("TODO 2: implemente FilaLimitada.aguardarVaga (fila.ts)");
  }

  /**
   * Coloca a tarefa na fila e devolve o resultado dela. A tarefa recebe um AbortSignal que é abortado
   * quando o prazo acaba: repasse-o ao modelo (invoke(x, { signal })) para cancelar a requisição de verdade.
   */
  adicionar<T>(tarefa: (sinal: AbortSignal) => Promise<T>): Promise<T> {
    // TODO 3:
    //   - fila cheia (this.fila.size >= this.tamanhoMaximo)? devolva Promise.reject(new ErroFilaCheia(this.tamanhoMaximo));
    //   - senão, this.fila.add(async () => { ... }, { timeout: this.timeoutMs }), e dentro da tarefa:
    //       const sinal = AbortSignal.timeout(this.timeoutMs); return await tarefa(sinal);
    //     (o sinal cancela a requisição; o timeout do p-queue libera a vaga mesmo se a tarefa ignorar o sinal);
    //   - troque o TimeoutError do p-queue (e o erro de um sinal abortado) por new ErroTempoEsgotado(this.timeoutMs).
    void [tarefa, TimeoutError];
    throw new Error("TODO 3: implemente FilaLimitada.adicionar (fila.ts)");
  }

  /** Resolve quando não houver nada esperando nem rodando. */
  esvaziar(): Promise<void> {
    return this.fila.onIdle();
  }
}
