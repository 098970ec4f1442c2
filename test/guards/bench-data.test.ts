import { readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { cartaoValido, cnpjValido, cpfValido, ssnValido } from "../../solutions/07-bloqueio-pii/pii.ts";
import type { GroundingCase, InjectionCase, PiiCase, TrainCase } from "../../bench/guards/types.ts";

const dataDir = path.join(path.dirname(fileURLToPath(import.meta.url)), "..", "..", "bench", "guards", "data");
const read = <T>(file: string): T[] =>
  readFileSync(path.join(dataDir, file), "utf8")
    .split(/\r?\n/)
    .filter((l) => l.trim() !== "")
    .map((l) => JSON.parse(l) as T);

describe("bench/guards data", () => {
  const pii = read<PiiCase>("pii.jsonl");
  const injection = read<InjectionCase>("injection.jsonl");
  const grounding = read<GroundingCase>("grounding.jsonl");
  const train = read<TrainCase>("train.jsonl");
  const holdoutV2 = read<InjectionCase>("holdout-v2.jsonl");

  it("has at least 300 evaluation cases in pt and en, with dev/test splits", () => {
    expect(pii.length + injection.length + grounding.length).toBeGreaterThanOrEqual(300);
    for (const rows of [pii, injection, grounding]) {
      expect(new Set(rows.map((r) => r.lang))).toEqual(new Set(["pt", "en"]));
      expect(rows.some((r) => r.split === "dev") && rows.some((r) => r.split === "test")).toBe(true);
    }
    expect(injection.filter((c) => c.label === "attack").length).toBeGreaterThanOrEqual(100);
    expect(injection.filter((c) => c.label === "benign" && c.tricky).length).toBeGreaterThanOrEqual(50);
  });

  it("has gold PII spans that point at valid values", () => {
    for (const c of pii) {
      for (const e of c.entities) {
        const v = c.text.slice(e.start, e.end);
        expect(v.trim(), c.id).toBe(v);
        expect(v.length, c.id).toBeGreaterThan(0);
        if (e.type === "CPF") expect(cpfValido(v), `${c.id} ${v}`).toBe(true);
        if (e.type === "CNPJ") expect(cnpjValido(v), `${c.id} ${v}`).toBe(true);
        if (e.type === "CARD") expect(cartaoValido(v), `${c.id} ${v}`).toBe(true);
        if (e.type === "SSN") expect(ssnValido(v), `${c.id} ${v}`).toBe(true);
      }
    }
  });

  it("has a holdout v2 with 150+ attacks (half in pt-BR, 7 families) and 150+ benign look-alikes", () => {
    const attacks = holdoutV2.filter((c) => c.label === "attack");
    expect(attacks.length).toBeGreaterThanOrEqual(150);
    expect(attacks.filter((c) => c.lang === "pt").length * 2).toBeGreaterThanOrEqual(attacks.length);
    expect(new Set(attacks.map((c) => c.cls)).size).toBe(7);
    expect(holdoutV2.filter((c) => c.label === "benign").length).toBeGreaterThanOrEqual(150);
    expect(holdoutV2.every((c) => c.split === "holdout-v2")).toBe(true);
  });

  it("keeps the training data of the learned model apart from every evaluation text", () => {
    const evalTexts = new Set([...injection, ...holdoutV2].map((c) => c.text.trim().toLowerCase()));
    expect(train.length).toBeGreaterThan(500);
    expect(train.filter((t) => evalTexts.has(t.text.trim().toLowerCase()))).toEqual([]);
  });

  it("has unique ids", () => {
    for (const rows of [pii, [...injection, ...holdoutV2], grounding]) expect(new Set(rows.map((r) => r.id)).size).toBe(rows.length);
  });
});
