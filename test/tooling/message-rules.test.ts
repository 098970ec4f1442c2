import { describe, expect, it } from "vitest";
import { messageProblem } from "../../scripts/lib/message-rules.ts";

describe("messageProblem (the message rules verify and test/check-messages.test.ts apply)", () => {
  it("rejects vitest defaults and empty or English-only messages, accepts teaching pt-BR", () => {
    expect(messageProblem("expected 1 to be 2 // Object.is equality")).toMatch(/bare/);
    expect(messageProblem("AssertionError: expected false to be true")).toMatch(/bare/);
    expect(messageProblem("")).toMatch(/no message/);
    expect(messageProblem("Something went wrong")).toMatch(/pt-BR/);
    expect(messageProblem("TODO 1: implemente CacheComEscopo.update (cache.ts)")).toBeUndefined();
    expect(messageProblem("O prompt que chegou ao modelo deveria ser \"Escreva uma frase sobre x\".")).toBeUndefined();
  });
});
