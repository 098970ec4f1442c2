// The real flushTraces, counting the flushes that have finished and keeping what the lab held when the last one
// finished: main() must not return before its flush has finished, and that flush must come after the traced calls.
// Delivery needs network I/O, so an un-awaited flush cannot finish before main() resolves; reading the lab's runs
// after main() raced with it (checks 01 and 05: "flushTraces() called without await" and "flush done before the
// traced call" passed when the background delivery won the race).
// Use in a check file (vi.mock is hoisted there; this module holds the counters both sides see):
//   vi.mock("#lib/tracing", (original) => import("./_support/entregas.ts").then((m) => m.tracingContado(original)));
//   import { entregas } from "./_support/entregas.ts";
import type { StoredRun } from "#lib/lab/store";

export const entregas = { chamadas: 0, concluidas: 0, runsNaUltima: [] as StoredRun[] };

/** #lib/tracing with flushTraces wrapped to fill `entregas`. */
export async function tracingContado(importOriginal: <T>() => Promise<T>): Promise<typeof import("#lib/tracing")> {
  const real = await importOriginal<typeof import("#lib/tracing")>();
  return {
    ...real,
    flushTraces: async (...args: Parameters<typeof real.flushTraces>) => {
      entregas.chamadas++;
      const entregue = await real.flushTraces(...args);
      const { lab } = await import("./lab.ts");
      entregas.runsNaUltima = await lab.runs();
      entregas.concluidas++;
      return entregue;
    },
  };
}
