// Disjuntor (circuit breaker): quando o provedor falha várias vezes seguidas, paramos de chamá-lo por
// um tempo e respondemos 503 na hora, em vez de prender cada cliente em retentativas que vão falhar.
// Fechado → (N falhas seguidas) → aberto → (pausa) → meio-aberto: uma chamada de teste decide.

export type EstadoCircuito = "fechado" | "aberto" | "meio-aberto";

export class Circuito {
  private falhasSeguidas = 0;
  private abertoAte = 0;
  private testando = false;

  constructor(
    private readonly falhas: number,
    private readonly pausaMs: number,
    private readonly agora: () => number = Date.now,
    private readonly aoMudar?: (estado: EstadoCircuito) => void,
  ) {}

  get estado(): EstadoCircuito {
    if (this.abertoAte === 0) return "fechado";
    return this.agora() < this.abertoAte ? "aberto" : "meio-aberto";
  }

  /** Pode chamar o provedor agora? Se não, quantos ms faltam para tentar de novo. */
  permitir(): { ok: true } | { ok: false; esperaMs: number } {
    const estado = this.estado;
    if (estado === "fechado") return { ok: true };
    if (estado === "aberto") return { ok: false, esperaMs: this.abertoAte - this.agora() };
    if (this.testando) return { ok: false, esperaMs: 1000 }; // só uma chamada de teste por vez
    this.testando = true;
    return { ok: true };
  }

  sucesso(): void {
    const mudou = this.abertoAte !== 0;
    this.falhasSeguidas = 0;
    this.abertoAte = 0;
    this.testando = false;
    if (mudou) this.aoMudar?.("fechado");
  }

  falha(): void {
    this.falhasSeguidas++;
    const eraTeste = this.testando;
    this.testando = false;
    if (eraTeste || this.falhasSeguidas >= this.falhas) {
      this.abertoAte = this.agora() + this.pausaMs;
      this.aoMudar?.("aberto");
    }
  }

  /** Libera a vaga de teste sem julgar o provedor (a chamada nem chegou a ele). */
  liberar(): void {
    this.testando = false;
  }
}
