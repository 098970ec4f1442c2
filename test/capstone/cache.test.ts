// The given response cache (cache.ts), with a fake clock: the TTL counts from the write and is never renewed by
// a read, the key ignores case/spacing/trailing punctuation but not the model parameters, and the size is bounded.
import { describe, expect, it } from "vitest";
import { CacheEmMemoria, chaveDoCache } from "../../solutions/11-chatbot-producao/cache.ts";

describe("capstone response cache", () => {
  it("expires ttl ms after the write, however often it is read", async () => {
    let agora = 1_000_000;
    const cache = new CacheEmMemoria(10_000, 10, () => agora);
    await cache.gravar("k", "v");
    for (let t = 0; t < 9; t++) {
      agora += 1_000;
      expect(await cache.ler("k")).toBe("v");
    }
    agora += 1_000; // 10 s after the write: gone, even though it was read every second
    expect(await cache.ler("k")).toBeUndefined();
  });

  it("keys on the normalised question and on the model parameters", () => {
    const p = { modelo: "gemini-2.5-flash", temperature: 0, prompt: "v1" };
    expect(chaveDoCache("  Quais são os HORÁRIOS?? ", p)).toBe(chaveDoCache("quais são os horários", p));
    expect(chaveDoCache("quais são os horários", p)).not.toBe(chaveDoCache("quais são os horários", { ...p, temperature: 0.7 }));
    expect(chaveDoCache("quais são os horários", p)).not.toBe(chaveDoCache("quais são os preços", p));
  });

  it("never holds more than maxEntradas (oldest out first)", async () => {
    const cache = new CacheEmMemoria(60_000, 3, () => 0);
    for (const k of ["a", "b", "c", "d"]) await cache.gravar(k, k);
    expect(await cache.ler("a")).toBeUndefined();
    expect(await Promise.all(["b", "c", "d"].map((k) => cache.ler(k)))).toEqual(["b", "c", "d"]);
  });
});
