/**
 * A chat model on a virtual clock, for checks about parallelism that must not depend on machine speed.
 * Every call "takes" exactly `latenciaMs` of virtual time; the clock only moves when every call that could
 * start has started (no new call for a few event-loop turns), then jumps to the next completion. So N calls one
 * by one take N × latenciaMs, and N calls with concurrency C take ceil(N / C) × latenciaMs, on any machine.
 * `instalarRelogio()` makes performance.now() read that clock. The model also counts calls in flight.
 */
import { BaseChatModel } from "@langchain/core/language_models/chat_models";
import { AIMessage, type BaseMessage } from "@langchain/core/messages";
import type { ChatResult } from "@langchain/core/outputs";
import { vi } from "vitest";

interface Pendente {
  fim: number;
  resolve: () => void;
}

export class ModeloVirtual extends BaseChatModel {
  readonly model = "gemini-2.5-flash";
  agora = 10_000;
  emVoo = 0;
  maxEmVoo = 0;
  /** Calls in flight when each call started (itself included), in order. */
  readonly concorrencia: number[] = [];
  private pendentes: Pendente[] = [];
  private inicios = 0;
  private agendado = false;

  /** `latenciaMs`: fixed, or per question (e.g. to make later questions finish first). */
  constructor(private readonly latenciaMs: number | ((pergunta: string) => number)) {
    super({});
  }

  _llmType(): string {
    return "modelo-virtual";
  }

  async _generate(messages: BaseMessage[]): Promise<ChatResult> {
    this.emVoo++;
    this.inicios++;
    this.maxEmVoo = Math.max(this.maxEmVoo, this.emVoo);
    this.concorrencia.push(this.emVoo);
    const pergunta = String(messages.at(-1)?.content ?? "");
    const ms = typeof this.latenciaMs === "number" ? this.latenciaMs : this.latenciaMs(pergunta);
    await new Promise<void>((resolve) => {
      this.pendentes.push({ fim: this.agora + ms, resolve });
      this.agendar();
    });
    this.emVoo--;
    const text = `resposta para: ${pergunta}`;
    return { generations: [{ text, message: new AIMessage(text) }] };
  }

  /** Makes performance.now() read the virtual clock until `restaurar()`. */
  instalarRelogio(): { restaurar(): void } {
    const spy = vi.spyOn(performance, "now").mockImplementation(() => this.agora);
    return { restaurar: () => spy.mockRestore() };
  }

  private agendar(): void {
    if (this.agendado) return;
    this.agendado = true;
    let vistos = this.inicios;
    let quietas = 0;
    const passo = () => {
      // Advance only after 5 quiet turns in which no new call started. A turn is a setImmediate and then a 1 ms timer,
      // so each one spans at least one whole turn of the event loop however slow the machine: on a starved process
      // several 1 ms timers can expire in one timers phase, and a call started through a macrotask would be missed.
      if (this.inicios !== vistos) {
        vistos = this.inicios;
        quietas = 0;
      } else quietas++;
      if (quietas < 5) {
        setImmediate(() => setTimeout(passo, 1));
        return;
      }
      this.agendado = false;
      const proximo = Math.min(...this.pendentes.map((p) => p.fim));
      this.agora = proximo;
      const prontos = this.pendentes.filter((p) => p.fim === proximo);
      this.pendentes = this.pendentes.filter((p) => p.fim !== proximo);
      for (const p of prontos) p.resolve();
      if (this.pendentes.length) this.agendar();
    };
    setImmediate(() => setTimeout(passo, 1));
  }
}
