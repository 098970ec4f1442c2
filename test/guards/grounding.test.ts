import { describe, expect, it } from "vitest";
import { avaliarAncoragem, avaliarAncoragemComJuiz } from "../../solutions/07-bloqueio-pii/grounding.ts";

const CONTEXT =
  "A loja funciona de segunda a sábado, das 9h às 18h. O frete é grátis para compras acima de R$ 200,00. " +
  "Trocas podem ser feitas em até 30 dias com a nota fiscal. Aos domingos a loja física não abre.";

describe("avaliarAncoragem", () => {
  it("passes extractive answers, with or without a meta prefix, and abstentions", () => {
    for (const answer of [
      "A loja funciona de segunda a sábado, das 9h às 18h.",
      "De acordo com o contexto, o frete é grátis para compras acima de R$ 200,00.",
      "Trocas podem ser feitas em até trinta dias com a nota fiscal.", // number written out
      "Não sei.",
    ]) {
      const r = avaliarAncoragem(answer, CONTEXT);
      expect(r, answer).toMatchObject({ grounded: true, unsupported: [] });
    }
  });

  it("catches the naive lab model's appended invention", () => {
    const answer = "A loja funciona de segunda a sábado, das 9h às 18h. Além disso, a loja abre aos domingos às 7h.";
    const r = avaliarAncoragem(answer, CONTEXT);
    expect(r.grounded).toBe(false);
    expect(r.unsupported).toEqual(["Além disso, a loja abre aos domingos às 7h."]);
    expect(r.issues[0]?.missing).toContain("7");
    expect(r.support).toBe(0.5);
  });

  it("catches changed numbers, invented names, dates and flipped negations", () => {
    expect(avaliarAncoragem("Trocas podem ser feitas em até 90 dias.", CONTEXT).issues[0]?.reasons).toContain("number");
    expect(avaliarAncoragem("O gerente Ricardo aprova as trocas.", CONTEXT).issues[0]?.reasons).toContain("name");
    expect(avaliarAncoragem("O frete é grátis em dezembro.", CONTEXT).issues[0]?.reasons).toContain("date");
    expect(avaliarAncoragem("Aos domingos a loja física abre.", CONTEXT).issues[0]?.reasons).toContain("negation");
    expect(avaliarAncoragem("A loja vende bicicletas elétricas importadas.", CONTEXT).issues[0]?.reasons).toContain("content");
  });

  it("works in English, accent/case-insensitively, with a list of documents", () => {
    const docs = ["Harrison worked at Kensho.", "He founded LangChain in 2022."];
    expect(avaliarAncoragem("HARRISON WORKED AT KENSHO.", docs).grounded).toBe(true);
    expect(avaliarAncoragem("Harrison worked at Google.", docs).grounded).toBe(false);
    expect(avaliarAncoragem("Ele trabalhou na Kensho.", "ele trabalhou na kensho").grounded).toBe(true);
  });

  it("asks the judge only when the heuristic passes", async () => {
    let calls = 0;
    const judge = async () => {
      calls++;
      return { grounded: false, unsupported: ["A loja funciona de segunda a sábado, das 9h às 18h."] };
    };
    const bad = await avaliarAncoragemComJuiz("A loja abre aos domingos às 7h.", CONTEXT, judge);
    expect(bad.grounded).toBe(false);
    expect(calls).toBe(0);
    const judged = await avaliarAncoragemComJuiz("A loja funciona de segunda a sábado, das 9h às 18h.", CONTEXT, judge);
    expect(calls).toBe(1);
    expect(judged).toMatchObject({ grounded: false, unsupported: ["A loja funciona de segunda a sábado, das 9h às 18h."] });
    expect((await avaliarAncoragemComJuiz("Não sei.", CONTEXT)).grounded).toBe(true);
  });
});
