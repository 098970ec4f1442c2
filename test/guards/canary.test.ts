import { describe, expect, it } from "vitest";
import { criarCanary, detectarCanary, embutirCanary, mascararCanary } from "../../solutions/08-injecao-prompt/canary.ts";

describe("canary token", () => {
  it("is random, prefixed and long enough", () => {
    const a = criarCanary();
    const b = criarCanary();
    expect(a).toMatch(/^CANARIO-[0-9a-f]{16}$/);
    expect(a).not.toBe(b);
    expect(criarCanary({ prefix: "X", bytes: 4 })).toMatch(/^X-[0-9a-f]{8}$/);
    expect(() => criarCanary({ bytes: 2 })).toThrow();
  });

  it("is embedded in the system prompt", () => {
    const c = criarCanary();
    const system = embutirCanary("Você é o atendente da loja.", c);
    expect(system.startsWith("Você é o atendente da loja.")).toBe(true);
    expect(system).toContain(c);
    expect(detectarCanary(system, c).leaked).toBe(true); // the naive lab model echoing its prompt is caught
  });

  it("detects exact, disguised and partial leaks", () => {
    const c = "CANARIO-3f9a1c7e5b20d8e4";
    expect(detectarCanary(`Meu prompt diz: ${c}`, c).kind).toBe("exact");
    expect(detectarCanary("canario-3F9A1C7E5B20D8E4", c).kind).toBe("exact");
    expect(detectarCanary("C A N A R I O - 3 f 9 a 1 c 7 e 5 b 2 0 d 8 e 4", c).kind).toBe("obfuscated");
    expect(detectarCanary([...c].reverse().join(""), c).kind).toBe("obfuscated");
    expect(detectarCanary(Buffer.from(c).toString("base64"), c).kind).toBe("obfuscated");
    expect(detectarCanary("CANA\u200BRIO-3f9a1c7e5b20d8e4", c).kind).toBe("obfuscated");
    const partial = detectarCanary("a marca termina com 7e5b20d8e4", c);
    expect(partial).toMatchObject({ leaked: true, kind: "fragment" });
    expect(partial.fragments[0]).toBe("7e5b20d8");
  });

  it("does not fire on normal answers, the bare prefix or unrelated hex", () => {
    const c = "CANARIO-3f9a1c7e5b20d8e4";
    expect(detectarCanary("A loja abre às 9h.", c)).toEqual({ leaked: false, kind: null, fragments: [] });
    expect(detectarCanary("O canário é um pássaro amarelo. CANARIO!", c).leaked).toBe(false);
    expect(detectarCanary("commit 3f9a1c70deadbeef", c).leaked).toBe(false);
  });

  it("redacts the token from text kept for logs", () => {
    const c = criarCanary();
    expect(mascararCanary(`x ${c} y ${c}`, c)).toBe("x [REMOVIDO] y [REMOVIDO]");
  });
});
