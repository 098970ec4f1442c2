// Exercise 7's guard module (solutions/07-bloqueio-pii/guarda.ts): the value mapping that lets one guard sit
// anywhere in a chain, the policies, the trace anonymizer and the LLM-as-judge parser.
import { AIMessage, HumanMessage, SystemMessage } from "@langchain/core/messages";
import { ChatPromptValue } from "@langchain/core/prompt_values";
import { describe, expect, it } from "vitest";
import {
  aplicarPolitica,
  anonimizarPii,
  criarJuizLlm,
  guardaDePii,
  mapearTextos,
  ErroPiiBloqueado,
  SEM_SUPORTE,
  verificarAncoragem,
} from "../../solutions/07-bloqueio-pii/guarda.ts";

const CPF = "529.982.247-25";
const upper = (t: string) => t.toUpperCase();

describe("mapearTextos", () => {
  it("maps strings, plain objects and arrays, leaving other values alone", () => {
    const date = new Date(0);
    expect(mapearTextos({ a: "x", b: ["y", { c: "z" }], n: 1, d: date }, upper)).toEqual({ a: "X", b: ["Y", { c: "Z" }], n: 1, d: date });
  });

  it("copies messages with the same class and metadata", () => {
    const ai = new AIMessage({ content: "oi", id: "m1", usage_metadata: { input_tokens: 1, output_tokens: 2, total_tokens: 3 } });
    const out = mapearTextos(ai, upper);
    expect(out).toBeInstanceOf(AIMessage);
    expect(out.content).toBe("OI");
    expect(out.id).toBe("m1");
    expect((out as AIMessage).usage_metadata?.total_tokens).toBe(3);
    expect(ai.content).toBe("oi"); // the original is untouched
    const blocks = mapearTextos(new HumanMessage({ content: [{ type: "text", text: "a" }, { type: "image_url", image_url: "http://x" }] }), upper);
    expect(blocks.content).toEqual([{ type: "text", text: "A" }, { type: "image_url", image_url: "http://x" }]);
  });

  it("maps every message of a ChatPromptValue", () => {
    const value = new ChatPromptValue([new SystemMessage("s"), new HumanMessage("h")]);
    const out = mapearTextos(value, upper);
    expect(out).toBeInstanceOf(ChatPromptValue);
    expect(out.messages.map((m) => m.content)).toEqual(["S", "H"]);
  });
});

describe("policies and the guard runnable", () => {
  it("block throws with types only; redact masks; clean text passes", () => {
    expect(aplicarPolitica("sem dados", { politica: "block", lado: "entrada" })).toBe("sem dados");
    expect(aplicarPolitica(`CPF ${CPF}`, { politica: "redact", lado: "saida" })).toBe("CPF [CPF]");
    let erro: unknown;
    try {
      aplicarPolitica(`CPF ${CPF} e CPF ${CPF}`, { politica: "block", lado: "entrada" });
    } catch (e) {
      erro = e;
    }
    expect(erro).toBeInstanceOf(ErroPiiBloqueado);
    expect((erro as ErroPiiBloqueado).tipos).toEqual(["CPF"]);
    expect((erro as Error).message).not.toContain(CPF);
  });

  it("rejects bad options with a pt-BR message", () => {
    expect(() => guardaDePii({ politica: "bloquear" as never, lado: "entrada" })).toThrow(/"block" ou "redact"/);
    expect(() => guardaDePii({ politica: "block", lado: "meio" as never })).toThrow(/"entrada" ou "saida"/);
  });

  it("the runnable keeps the value's type", async () => {
    const guard = guardaDePii<{ pergunta: string }>({ politica: "redact", lado: "entrada" });
    expect(await guard.invoke({ pergunta: `meu CPF é ${CPF}` })).toEqual({ pergunta: "meu CPF é [CPF]" });
  });
});

describe("anonymizer, grounding and judge", () => {
  it("anonimizarPii redacts deep inside run payloads", () => {
    const run = { inputs: { messages: [[{ lc: 1, kwargs: { content: `CPF ${CPF}`, extra: { nested: { deeper: [`e-mail ana@exemplo.com.br`] } } } }]] } };
    const json = JSON.stringify(anonimizarPii(run));
    expect(json).not.toContain(CPF);
    expect(json).not.toContain("ana@exemplo.com.br");
    expect(json).toContain("[CPF]");
  });

  it("verificarAncoragem returns the answer or the fallback", () => {
    const ctx = "A loja abre às 9h.";
    expect(verificarAncoragem("A loja abre às 9h.", ctx)).toBe("A loja abre às 9h.");
    expect(verificarAncoragem("A loja abre às 7h aos domingos.", ctx)).toBe(SEM_SUPORTE);
  });

  it("criarJuizLlm reads SIM / NAO answers and fails closed on anything else", async () => {
    const judge = (reply: string) => criarJuizLlm({ invoke: async () => ({ text: reply }) });
    expect(await judge("SIM")({ answer: "a", context: "b" })).toEqual({ grounded: true, unsupported: [] });
    expect(await judge("NAO\n- A loja abre domingo.")({ answer: "a", context: "b" })).toEqual({ grounded: false, unsupported: ["A loja abre domingo."] });
    expect(await judge("talvez")({ answer: "resp", context: "b" })).toEqual({ grounded: false, unsupported: ["resp"] });
  });
});
