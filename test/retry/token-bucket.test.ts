// Unit tests of the client-side limiter (solutions/02-retry-rate-limit/token_bucket.ts) and of the fake clock.
import { describe, expect, it } from "vitest";
import { ErroOpcaoInvalida } from "../../solutions/02-retry-rate-limit/retry.ts";
import { BaldeDeTokens } from "../../solutions/02-retry-rate-limit/token_bucket.ts";
import { FakeClock } from "./fake-clock.ts";

/** The token-bucket guarantee: in any window [t_i, t_j], at most capacity + rate × (t_j − t_i) grants. */
function assertRate(times: number[], capacity: number, perSecond: number): void {
  const t = [...times].sort((a, b) => a - b);
  for (let i = 0; i < t.length; i++)
    for (let j = i + 1; j < t.length; j++) expect(j - i + 1, `window [${t[i]}, ${t[j]}]`).toBeLessThanOrEqual(capacity + (perSecond * (t[j]! - t[i]!)) / 1000 + 1e-9);
}

describe("FakeClock", () => {
  it("wakes concurrent sleepers in virtual-time order without real waiting", async () => {
    const clock = new FakeClock(0);
    const order: Array<[string, number]> = [];
    const started = performance.now();
    await Promise.all([
      clock.sleep(300).then(() => order.push(["c", clock.now()])),
      clock.sleep(100).then(() => order.push(["a", clock.now()])),
      clock.sleep(200).then(() => order.push(["b", clock.now()])),
    ]);
    expect(order).toEqual([
      ["a", 100],
      ["b", 200],
      ["c", 300],
    ]);
    expect(performance.now() - started).toBeLessThan(100);
    expect(clock.sleeps).toEqual([300, 100, 200]);
  });

  it("rejects a sleep whose signal aborts, with the signal's reason", async () => {
    const clock = new FakeClock(0);
    const controller = new AbortController();
    const sleeping = clock.sleep(1_000, controller.signal);
    controller.abort(new Error("parou"));
    await expect(sleeping).rejects.toThrow("parou");
    await expect(clock.sleep(5, AbortSignal.abort(new Error("antes")))).rejects.toThrow("antes");
  });
});

describe("BaldeDeTokens", () => {
  it.each([
    [{ capacity: 0, refillPerSecond: 1 }, "capacity"],
    [{ capacity: 2.5, refillPerSecond: 1 }, "capacity"],
    [{ capacity: 20_000, refillPerSecond: 1 }, "capacity"],
    [{ capacity: 1, refillPerSecond: 0 }, "refillPerSecond"],
    [{ capacity: 1, refillPerSecond: Number.NaN }, "refillPerSecond"],
    [{ capacity: 1, refillPerSecond: 1, now: 3 }, "now"],
    [{ capacity: 1, refillPerSecond: 1, sleep: "x" }, "sleep"],
  ])("rejects %j naming %s", (options, option) => {
    expect(() => new BaldeDeTokens(options as never)).toThrow(ErroOpcaoInvalida);
    expect(() => new BaldeDeTokens(options as never)).toThrow(option);
  });

  it("rejects missing options with an example", () => {
    expect(() => new BaldeDeTokens(undefined as never)).toThrow(/new BaldeDeTokens\(\{ capacity/);
  });

  it("a full bucket lets a burst through, then grants at the refill rate, FIFO", async () => {
    const clock = new FakeClock(0);
    const bucket = new BaldeDeTokens({ capacity: 3, refillPerSecond: 4, now: clock.now, sleep: clock.sleep });
    const grants: Array<[number, number]> = [];
    await Promise.all(Array.from({ length: 7 }, (_, i) => bucket.acquire().then(() => grants.push([i, clock.now()]))));
    expect(grants).toEqual([
      [0, 0],
      [1, 0],
      [2, 0],
      [3, 250],
      [4, 500],
      [5, 750],
      [6, 1000],
    ]);
  });

  it("refills while idle, up to capacity only", async () => {
    const clock = new FakeClock(0);
    const bucket = new BaldeDeTokens({ capacity: 2, refillPerSecond: 10, now: clock.now, sleep: clock.sleep });
    await Promise.all([bucket.acquire(), bucket.acquire()]);
    clock.advance(60_000); // a long idle period does not bank more than `capacity`
    const times: number[] = [];
    await Promise.all(Array.from({ length: 4 }, () => bucket.acquire().then(() => times.push(clock.now() - 60_000))));
    expect(times).toEqual([0, 0, 100, 200]);
  });

  it("property: random arrivals never exceed capacity + rate × window (fake clock)", async () => {
    for (let round = 0; round < 25; round++) {
      const capacity = 1 + Math.floor(Math.random() * 5);
      const perSecond = [0.5, 1, 3, 7, 20][Math.floor(Math.random() * 5)]!;
      const clock = new FakeClock(1_000_000);
      const bucket = new BaldeDeTokens({ capacity, refillPerSecond: perSecond, now: clock.now, sleep: clock.sleep });
      const grants: number[] = [];
      const callers = Array.from({ length: 12 }, async () => {
        await clock.sleep(Math.floor(Math.random() * 3_000)); // arrive at a random moment
        await bucket.acquire();
        grants.push(clock.now());
      });
      await Promise.all(callers);
      expect(grants).toHaveLength(12);
      assertRate(grants, capacity, perSecond);
    }
  });

  it("an abort while waiting rejects with the reason and does not let anyone jump the rate", async () => {
    const clock = new FakeClock(0);
    const bucket = new BaldeDeTokens({ capacity: 1, refillPerSecond: 2, now: clock.now, sleep: clock.sleep });
    const controller = new AbortController();
    const grants: number[] = [];
    const first = bucket.acquire().then(() => grants.push(clock.now()));
    const quitter = bucket.acquire(controller.signal);
    const third = bucket.acquire().then(() => grants.push(clock.now()));
    controller.abort(new Error("desisti"));
    await expect(quitter).rejects.toThrow("desisti");
    const late = bucket.acquire().then(() => grants.push(clock.now()));
    await Promise.all([first, third, late]);
    assertRate(grants, 1, 2);
    await expect(bucket.acquire(AbortSignal.abort(new Error("já")))).rejects.toThrow("já");
  });

  it("works on the real clock by default", async () => {
    const bucket = new BaldeDeTokens({ capacity: 1, refillPerSecond: 50 });
    const started = performance.now();
    await Promise.all([bucket.acquire(), bucket.acquire(), bucket.acquire()]);
    expect(performance.now() - started).toBeGreaterThanOrEqual(38);
  });
});
