// A huge prompt does not freeze the lab (issue 18 item 8): its tokens are counted in slices with yields in
// between, so a tiny call that arrives while the big one is being counted is answered first. Ordering, not
// wall-clock time: on a lab that counts in one go, the big call is never seen in flight and the test fails.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startLab, type Lab } from "../../lib/lab/server.ts";
import { COUNT_SLICE_CHARS, countTokens, countTokensAsync } from "../../lib/lab/tokens.ts";

let lab: Lab;
beforeAll(async () => {
  lab = await startLab();
});
afterAll(() => lab.close());

const chat = (content: string, model = "gpt-4o-mini") =>
  fetch(`${lab.url}/v1/chat/completions`, {
    method: "POST",
    headers: { "content-type": "application/json", authorization: "Bearer lab" },
    body: JSON.stringify({ model, messages: [{ role: "user", content }] }),
  });

describe("lab: huge prompts", () => {
  it("the sliced count equals the whole count (pt-BR, line breaks, emoji, numbers, long words)", async () => {
    const unit = "Olá! O cliente  perguntou\n\nsobre o prazo 12345 e o reembolso 😀 — inconstitucionalissimamente. ";
    const text = unit.repeat(Math.ceil((3 * COUNT_SLICE_CHARS) / unit.length) + 7);
    expect(await countTokensAsync(text)).toBe(countTokens(text));
    const noSpaces = "x".repeat(2 * COUNT_SLICE_CHARS + 100_000);
    expect(Math.abs((await countTokensAsync(noSpaces)) - countTokens(noSpaces))).toBeLessThanOrEqual(3);
  });

  it("a tiny call that arrives while a 3 MB prompt is being counted is answered before it", { timeout: 60_000 }, async () => {
    const unit = "O cliente perguntou sobre o prazo de entrega, a troca e o reembolso do pedido 12345. ";
    const big = unit.repeat(Math.ceil((3 * 1024 * 1024) / unit.length));
    const order: string[] = [];
    let bigDone = false;
    const bigCall = chat(big, "gpt-4.1-mini")
      .then((r) => r.arrayBuffer())
      .then(() => {
        bigDone = true;
        order.push("grande");
      });
    while (!bigDone && (await lab.stats()).inFlight === 0) await new Promise((r) => setTimeout(r, 1));
    expect(bigDone, "the big call was never seen in flight: token counting blocked the lab").toBe(false);
    const tiny = await chat("oi");
    order.push("pequena");
    expect(tiny.status).toBe(200);
    await bigCall;
    expect(order).toEqual(["pequena", "grande"]);
  });
});
