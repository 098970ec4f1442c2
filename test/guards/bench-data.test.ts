import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { cartaoValido, cnpjValido, cpfValido, ssnValido } from "../../solutions/07-bloqueio-pii/pii.ts";
import { isEvaluationFile, SPENT_SETS, type GroundingCase, type InjectionCase, type PiiCase, type TrainCase } from "../../bench/guards/types.ts";

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
  const holdoutV3 = read<InjectionCase>("holdout-v3.jsonl");
  const devV3 = read<InjectionCase>("dev-v3.jsonl");
  const holdoutV4 = read<InjectionCase>("holdout-v4.jsonl");
  const holdoutV5 = read<InjectionCase>("holdout-v5.jsonl");
  const holdoutV6 = read<InjectionCase>("holdout-v6.jsonl");
  const holdoutV7 = read<InjectionCase>("holdout-v7.jsonl");
  const holdoutV8 = read<InjectionCase>("holdout-v8.jsonl");
  const holdoutV9 = read<InjectionCase>("holdout-v9.jsonl");
  const holdoutV10 = read<InjectionCase>("holdout-v10.jsonl");
  const holdoutV11 = read<InjectionCase>("holdout-v11.jsonl");
  const holdoutV12 = read<InjectionCase>("holdout-v12.jsonl");
  const holdoutV13 = read<InjectionCase>("holdout-v13.jsonl");

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

  it("has a sealed holdout v3 with 200+ attacks (110+ in pt-BR, 11 families) and 400+ benign look-alikes (80+ documents)", () => {
    const attacks = holdoutV3.filter((c) => c.label === "attack");
    const benign = holdoutV3.filter((c) => c.label === "benign");
    expect(attacks.length).toBeGreaterThanOrEqual(200);
    expect(attacks.filter((c) => c.lang === "pt").length).toBeGreaterThanOrEqual(110);
    expect(new Set(attacks.map((c) => c.cls)).size).toBe(11);
    expect(benign.length).toBeGreaterThanOrEqual(400);
    expect(benign.filter((c) => c.source === "document").length).toBeGreaterThanOrEqual(80);
    expect(new Set(benign.map((c) => c.lang))).toEqual(new Set(["pt", "en"]));
    expect(holdoutV3.every((c) => c.split === "holdout-v3")).toBe(true);
    // no text shared with the older evaluation sets
    const older = new Set([...injection, ...holdoutV2, ...devV3].map((c) => c.text.trim().toLowerCase()));
    expect(holdoutV3.filter((c) => older.has(c.text.trim().toLowerCase())).map((c) => c.id)).toEqual([]);
  });

  it("has a dev-v3 tuning set with 300+ benign look-alikes (~30 % English, 60+ documents) and 150+ attacks", () => {
    const benign = devV3.filter((c) => c.label === "benign");
    expect(benign.length).toBeGreaterThanOrEqual(300);
    expect(benign.filter((c) => c.lang === "en").length).toBeGreaterThanOrEqual(80);
    expect(benign.filter((c) => c.source === "document").length).toBeGreaterThanOrEqual(60);
    expect(devV3.filter((c) => c.label === "attack").length).toBeGreaterThanOrEqual(150);
    expect(devV3.every((c) => c.split === "dev-v3")).toBe(true);
  });

  /** What every sealed set since v4 promises: sizes, the 11 families, its ids, and no text shared with any other set or the training data (compared, never printed). */
  function expectSealedSet(rows: InjectionCase[], split: string, prefix: string, min: { attacks: number; attacksPt: number; attackDocs: number; benign: number; benignDocs: number }) {
    const attacks = rows.filter((c) => c.label === "attack");
    const benign = rows.filter((c) => c.label === "benign");
    expect(attacks.length).toBeGreaterThanOrEqual(min.attacks);
    expect(attacks.filter((c) => c.lang === "pt").length).toBeGreaterThanOrEqual(min.attacksPt);
    expect(new Set(attacks.map((c) => c.cls)).size).toBe(11);
    expect(attacks.filter((c) => c.source === "document").length).toBeGreaterThanOrEqual(min.attackDocs);
    expect(benign.length).toBeGreaterThanOrEqual(min.benign);
    expect(benign.filter((c) => c.source === "document").length).toBeGreaterThanOrEqual(min.benignDocs);
    expect(rows.every((c) => c.split === split && new RegExp(`^${prefix}-\\d{3,}$`).test(c.id))).toBe(true);
    const key = (t: string): string => t.replace(/\s+/g, " ").trim().toLowerCase();
    const others = new Set([...injection, ...holdoutV2, ...holdoutV3, ...devV3, ...holdoutV4, ...holdoutV5, ...holdoutV6, ...holdoutV7, ...holdoutV8, ...holdoutV9, ...holdoutV10, ...holdoutV11, ...holdoutV12, ...holdoutV13, ...train].filter((c) => !rows.includes(c as InjectionCase)).map((c) => key(c.text)));
    expect(rows.filter((c) => others.has(key(c.text))).map((c) => c.id)).toEqual([]);
    expect(new Set(rows.map((c) => key(c.text))).size).toBe(rows.length);
    return benign;
  }

  it("has a sealed holdout v4 with 150+ attacks (90+ in pt-BR, 11 families, ~15 in documents) and 300+ benign look-alikes (60+ documents, ~30 % English)", () => {
    const benign = expectSealedSet(holdoutV4, "holdout-v4", "h4", { attacks: 150, attacksPt: 90, attackDocs: 12, benign: 300, benignDocs: 60 });
    const en = benign.filter((c) => c.lang === "en").length / benign.length;
    expect(en).toBeGreaterThanOrEqual(0.25);
    expect(en).toBeLessThanOrEqual(0.4);
  });

  it("has a sealed holdout v5 with 130+ attacks (80+ in pt-BR, 11 families, ~15 in documents) and 330+ benign look-alikes (70+ documents, ~30 % English)", () => {
    const benign = expectSealedSet(holdoutV5, "holdout-v5", "h5", { attacks: 130, attacksPt: 80, attackDocs: 12, benign: 330, benignDocs: 70 });
    const en = benign.filter((c) => c.lang === "en").length / benign.length;
    expect(en).toBeGreaterThanOrEqual(0.25);
    expect(en).toBeLessThanOrEqual(0.4);
  });

  it("has a sealed holdout v6 with 120+ attacks (75+ in pt-BR, 11 families, ~12 in documents) and 600+ benign look-alikes (65 %+ pt-BR, 120+ documents)", () => {
    const benign = expectSealedSet(holdoutV6, "holdout-v6", "h6", { attacks: 120, attacksPt: 75, attackDocs: 12, benign: 600, benignDocs: 120 });
    expect(benign.filter((c) => c.lang === "pt").length / benign.length).toBeGreaterThanOrEqual(0.65);
    expect(benign.filter((c) => c.tricky).length / benign.length).toBeGreaterThanOrEqual(0.9);
  });

  // The sealed sets written by two authors each (one row per set; a later set is one more row).
  it.each([
    { set: "v7", rows: holdoutV7, ptShare: 0.65 },
    { set: "v8", rows: holdoutV8, ptShare: 0.7 },
    { set: "v9", rows: holdoutV9, ptShare: 0.7 },
    { set: "v10", rows: holdoutV10, ptShare: 0.7 },
  ])("has a sealed holdout $set by two authors with 240+ attacks (130+ in pt-BR, 11 families) and 1,400+ benign look-alikes ($ptShare+ pt-BR, 300+ documents)", ({ set, rows, ptShare }) => {
    const benign = expectSealedSet(rows, `holdout-${set}`, `h${set.slice(1)}`, { attacks: 240, attacksPt: 130, attackDocs: 25, benign: 1400, benignDocs: 300 });
    expect(benign.filter((c) => c.lang === "pt").length / benign.length).toBeGreaterThanOrEqual(ptShare);
    expect(benign.filter((c) => c.tricky).length / benign.length).toBeGreaterThanOrEqual(0.85);
  });

  it("has a sealed holdout v11 by two authors with 240+ attacks (130+ in pt-BR, 11 families, 40+ in documents) and 1,250+ benign texts (70 %+ pt-BR, 300+ documents)", () => {
    const benign = expectSealedSet(holdoutV11, "holdout-v11", "h11", { attacks: 240, attacksPt: 130, attackDocs: 40, benign: 1250, benignDocs: 300 });
    expect(benign.filter((c) => c.lang === "pt").length / benign.length).toBeGreaterThanOrEqual(0.7);
    expect(benign.filter((c) => c.tricky).length / benign.length).toBeGreaterThanOrEqual(0.8);
  });

  it("has a sealed holdout v12 by two authors with 250+ attacks (140+ in pt-BR, 11 families, 40+ in documents) and 1,250+ benign texts (70 %+ pt-BR, 300+ documents)", () => {
    const benign = expectSealedSet(holdoutV12, "holdout-v12", "h12", { attacks: 250, attacksPt: 140, attackDocs: 40, benign: 1250, benignDocs: 300 });
    expect(benign.filter((c) => c.lang === "pt").length / benign.length).toBeGreaterThanOrEqual(0.7);
    expect(benign.filter((c) => c.tricky).length / benign.length).toBeGreaterThanOrEqual(0.8);
  });

  it("has a sealed holdout v13 by two authors with 250+ attacks (135+ in pt-BR, 11 families, 40+ in documents) and 1,250+ benign texts (70 %+ pt-BR, 300+ documents)", () => {
    const benign = expectSealedSet(holdoutV13, "holdout-v13", "h13", { attacks: 250, attacksPt: 135, attackDocs: 40, benign: 1250, benignDocs: 300 });
    expect(benign.filter((c) => c.lang === "pt").length / benign.length).toBeGreaterThanOrEqual(0.7);
    expect(benign.filter((c) => c.tricky).length / benign.length).toBeGreaterThanOrEqual(0.8);
  });

  it("trains the learned model only on train.jsonl and the spent sets, apart from every other evaluation text", () => {
    // since round 5 the spent issue-20 sets are training rows (learn.ts reads them); nothing else may be
    expect([...SPENT_SETS]).toEqual(["holdout-v2", "dev-v3", "holdout-v3", "holdout-v4", "holdout-v5", "holdout-v6", "holdout-v7", "holdout-v8", "holdout-v9", "holdout-v10", "holdout-v11", "holdout-v12"]);
    const key = (t: string): string => t.replace(/\s+/g, " ").trim().toLowerCase();
    // every other injection set in data/ (dev/test/holdout of injection.jsonl and any set added later)
    const evaluation = readdirSync(dataDir).filter(isEvaluationFile);
    expect(evaluation).toContain("injection.jsonl");
    // generic: a sealed set wired later is an evaluation file without being named anywhere
    expect(isEvaluationFile("holdout-v13.jsonl")).toBe(true);
    expect(isEvaluationFile("holdout-v12.jsonl")).toBe(false);
    expect(SPENT_SETS.some((s) => isEvaluationFile(`${s}.jsonl`))).toBe(false);
    const evalTexts = new Set(evaluation.flatMap((f) => read<InjectionCase>(f)).map((c) => key(c.text)));
    const spent = SPENT_SETS.flatMap((s) => read<InjectionCase>(`${s}.jsonl`));
    expect(train.length).toBeGreaterThan(500);
    expect(train.filter((t) => evalTexts.has(key(t.text))).length).toBe(0);
    // a spent-set text equal to a dev/test/holdout text is skipped by learn.ts → loadRows; only one exists (a benign
    // holdout-v2 question), and none with any later set
    expect(spent.filter((c) => evalTexts.has(key(c.text))).map((c) => c.id)).toEqual(["h2-161"]);
    const later = new Set(evaluation.filter((f) => f !== "injection.jsonl").flatMap((f) => read<InjectionCase>(f)).map((c) => key(c.text)));
    expect(spent.filter((c) => later.has(key(c.text))).length).toBe(0);
    // the shipped model says what it was trained on: train.jsonl and the spent sets in order, nothing else; a round
    // that did not ship keeps the previous model, trained without the newer spent sets (round 8: without holdout-v9)
    const meta = (JSON.parse(readFileSync(path.join(dataDir, "..", "..", "..", "exercises", "08-injecao-prompt", "model.json"), "utf8")) as { meta: { trainedOn: string[] } }).meta;
    expect(meta.trainedOn.length).toBeGreaterThan(1);
    expect(meta.trainedOn).toEqual(["bench/guards/data/train.jsonl", ...SPENT_SETS.slice(0, meta.trainedOn.length - 1).map((s) => `bench/guards/data/${s}.jsonl`)]);
  });

  it("has unique ids", () => {
    for (const rows of [pii, [...injection, ...holdoutV2, ...holdoutV3, ...devV3, ...holdoutV4, ...holdoutV5, ...holdoutV6, ...holdoutV7, ...holdoutV8, ...holdoutV9, ...holdoutV10, ...holdoutV11], grounding]) expect(new Set(rows.map((r) => r.id)).size).toBe(rows.length);
  });
});
