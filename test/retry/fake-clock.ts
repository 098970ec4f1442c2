/**
 * A virtual clock for retry and rate-limit tests: `now()` and `sleep(ms, signal)` to inject into the code
 * under test. Sleeps never take real time: pending sleeps are woken in virtual-time order, one per macrotask
 * (setImmediate), so concurrent sleepers interleave exactly as they would with real timers, and code awaiting
 * real I/O in between (a lab HTTP call) still runs. Used by checks/02-retry-rate-limit.test.ts and test/retry/.
 */
interface Timer {
  at: number;
  seq: number;
  resolve: () => void;
}

export class FakeClock {
  private time: number;
  private seq = 0;
  private timers: Timer[] = [];
  private pumping = false;
  /** Every duration passed to sleep, in call order. */
  readonly sleeps: number[] = [];
  /** Called synchronously on each sleep, before it is scheduled (e.g. to abort a signal mid-wait). */
  onSleep?: (ms: number) => void;
  /**
   * Frozen: sleeps never end by themselves, only an abort of their signal ends them. Proves that code cancels a
   * wait through the signal (a loop that only checks the signal after sleeping would hang here).
   */
  frozen = false;

  constructor(start = Date.now()) {
    this.time = start;
  }

  readonly now = (): number => this.time;

  readonly sleep = (ms: number, signal?: AbortSignal): Promise<void> => {
    this.sleeps.push(ms);
    this.onSleep?.(ms);
    if (signal?.aborted) return Promise.reject(signal.reason);
    return new Promise<void>((resolve, reject) => {
      const timer: Timer = {
        at: this.time + Math.max(0, Number.isFinite(ms) ? ms : 0),
        seq: this.seq++,
        resolve: () => {
          signal?.removeEventListener("abort", onAbort);
          resolve();
        },
      };
      const onAbort = () => {
        this.timers = this.timers.filter((t) => t !== timer);
        reject(signal!.reason);
      };
      signal?.addEventListener("abort", onAbort, { once: true });
      this.timers.push(timer);
      this.schedule();
    });
  };

  /** Total virtual time slept (sum of sleeps). */
  get slept(): number {
    return this.sleeps.reduce((a, b) => a + b, 0);
  }

  /** Moves the clock forward without sleeping (time spent elsewhere). */
  advance(ms: number): void {
    this.time += ms;
  }

  private schedule(): void {
    if (this.pumping || this.frozen) return;
    this.pumping = true;
    setImmediate(() => this.pump());
  }

  private pump(): void {
    this.pumping = false;
    if (this.timers.length === 0) return;
    this.timers.sort((a, b) => a.at - b.at || a.seq - b.seq);
    const next = this.timers.shift()!;
    this.time = Math.max(this.time, next.at);
    next.resolve();
    if (this.timers.length) this.schedule();
  }
}
