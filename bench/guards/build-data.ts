/**
 * Builds the evaluation data in bench/guards/data/ from the hand-written cases in cases/.
 *
 *   node --import tsx bench/guards/build-data.ts
 *
 * Deterministic (seeded PRNG): re-running gives the same files. PII placeholders become numbers
 * with valid (or deliberately invalid) check digits, and gold spans are computed from the markup.
 * Splits: cases alternate dev/test inside each group, so both splits have every kind of case;
 * cases/holdout.ts (written after tuning, never used to change a rule) becomes split "holdout";
 * cases/holdout-v2.ts (issue 20, written before that round of changes) becomes data/holdout-v2.jsonl
 * and the PII split "holdout-v2"; cases/holdout-v3.ts (issue 20, sealed: another author, written before the
 * false-positive/recall tuning round, measured once) becomes data/holdout-v3.jsonl; cases/dev-v3.ts (the
 * tuning set of the false-positive round) becomes data/dev-v3.jsonl; cases/holdout-v4.ts (issue 20, sealed like
 * v3: another author, written before the recall round, measured once) becomes data/holdout-v4.jsonl;
 * cases/holdout-v5.ts (issue 20, sealed like v4: another author, written before the recalibration round, measured
 * once) becomes data/holdout-v5.jsonl; cases/holdout-v6.ts (issue 20, sealed: another author, written after the
 * detector was frozen, a larger set of benign look-alikes, measured once) becomes data/holdout-v6.jsonl.
 * Training data for the learned injection model lives in a separate file (train.jsonl, built by
 * build-train.ts from templates) and never shares text with dev/test.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { PII_CASES } from "./cases/pii.ts";
import { INJECTION_CASES } from "./cases/injection.ts";
import { GROUNDING_CASES } from "./cases/grounding.ts";
import { HOLDOUT_INJECTION, HOLDOUT_PII } from "./cases/holdout.ts";
import { HOLDOUT_V2_INJECTION, HOLDOUT_V2_PII } from "./cases/holdout-v2.ts";
import { HOLDOUT_V3_INJECTION } from "./cases/holdout-v3.ts";
import { DEV_V3_INJECTION } from "./cases/dev-v3.ts";
import { HOLDOUT_V4_INJECTION } from "./cases/holdout-v4.ts";
import { HOLDOUT_V5_INJECTION } from "./cases/holdout-v5.ts";
import { HOLDOUT_V6_INJECTION } from "./cases/holdout-v6.ts";
import { HOLDOUT_V7A_INJECTION } from "./cases/holdout-v7-a.ts";
import { HOLDOUT_V7B_INJECTION } from "./cases/holdout-v7-b.ts";
import { HOLDOUT_V8A_INJECTION } from "./cases/holdout-v8-a.ts";
import { HOLDOUT_V8B_INJECTION } from "./cases/holdout-v8-b.ts";
import { HOLDOUT_V9A_INJECTION } from "./cases/holdout-v9-a.ts";
import { HOLDOUT_V9B_INJECTION } from "./cases/holdout-v9-b.ts";
import { HOLDOUT_V10A_INJECTION } from "./cases/holdout-v10-a.ts";
import { HOLDOUT_V10B_INJECTION } from "./cases/holdout-v10-b.ts";
import { HOLDOUT_V11A_INJECTION } from "./cases/holdout-v11-a.ts";
import { HOLDOUT_V11B_INJECTION } from "./cases/holdout-v11-b.ts";
import { HOLDOUT_V12A_INJECTION } from "./cases/holdout-v12-a.ts";
import { HOLDOUT_V12B_INJECTION } from "./cases/holdout-v12-b.ts";
import { HOLDOUT_V13A_INJECTION } from "./cases/holdout-v13-a.ts";
import { HOLDOUT_V13B_INJECTION } from "./cases/holdout-v13-b.ts";
import type { GoldEntity, GroundingCase, InjectionCase, PiiCase, Split } from "./types.ts";
import { seededRandom as rng } from "../../lib/cli/rng.ts";

const here = path.dirname(fileURLToPath(import.meta.url));
const dataDir = path.join(here, "data");

// --- seeded PRNG (mulberry32) -------------------------------------------------
const rand = rng(20261125);
const digit = (): number => Math.floor(rand() * 10);
const digits = (n: number): string => Array.from({ length: n }, () => String(digit())).join("");

// --- check-digit generators (independent of the code under test) ------------
function cpfDigits(base9: string): string {
  const nums = base9.split("").map(Number);
  const dv = (arr: number[]): number => {
    const sum = arr.reduce((acc, d, i) => acc + d * (arr.length + 1 - i), 0);
    const r = (sum * 10) % 11;
    return r === 10 ? 0 : r;
  };
  const d1 = dv(nums);
  const d2 = dv([...nums, d1]);
  return `${base9}${d1}${d2}`;
}

function cnpjDigits(base12: string): string {
  const val = (c: string): number => c.charCodeAt(0) - 48;
  const dv = (s: string): number => {
    const weights = s.length === 12 ? [5, 4, 3, 2, 9, 8, 7, 6, 5, 4, 3, 2] : [6, 5, 4, 3, 2, 9, 8, 7, 6, 5, 4, 3, 2];
    const sum = s.split("").reduce((acc, c, i) => acc + val(c) * (weights[i] ?? 0), 0);
    const r = sum % 11;
    return r < 2 ? 0 : 11 - r;
  };
  const d1 = dv(base12);
  return `${base12}${d1}${dv(base12 + String(d1))}`;
}

function luhnComplete(partial: string): string {
  // Append the digit that makes the whole number pass Luhn.
  for (let d = 0; d <= 9; d++) {
    const s = partial + String(d);
    let sum = 0;
    for (let i = 0; i < s.length; i++) {
      let n = Number(s[s.length - 1 - i]);
      if (i % 2 === 1) {
        n *= 2;
        if (n > 9) n -= 9;
      }
      sum += n;
    }
    if (sum % 10 === 0) return s;
  }
  throw new Error("unreachable");
}

const fmtCpf = (d: string): string => `${d.slice(0, 3)}.${d.slice(3, 6)}.${d.slice(6, 9)}-${d.slice(9)}`;
const fmtCnpj = (d: string): string => `${d.slice(0, 2)}.${d.slice(2, 5)}.${d.slice(5, 8)}/${d.slice(8, 12)}-${d.slice(12)}`;
const group4 = (d: string, sep: string): string => d.match(/.{1,4}/g)?.join(sep) ?? d;
const bump = (d: string): string => d.slice(0, -1) + String((Number(d.slice(-1)) + 1 + Math.floor(rand() * 8)) % 10);

const validCpf = (): string => {
  for (;;) {
    const c = cpfDigits(digits(9));
    if (!/^(\d)\1+$/.test(c)) return c;
  }
};
const invalidCpf = (): string => bump(validCpf());
const validCnpj = (): string => cnpjDigits(digits(8) + "0001");
const alnumCnpj = (): string => {
  const chars = "0123456789ABCDEFGHJKLMNPQRSTUVWXYZ";
  const base = Array.from({ length: 12 }, (_, i) => (i < 8 && i % 3 === 1 ? chars[10 + Math.floor(rand() * 24)] : chars[digit()])).join("");
  return cnpjDigits(base);
};
const card = (prefix: string, len: number): string => luhnComplete(prefix + digits(len - prefix.length - 1));

/** Numbers that are none of CPF, CNPJ, card (order/protocol look-alikes). */
function lookalike(len: number): string {
  for (;;) {
    const d = String(1 + Math.floor(rand() * 9)) + digits(len - 1);
    const isCpf = len === 11 && cpfDigits(d.slice(0, 9)) === d;
    const isCnpj = len === 14 && cnpjDigits(d.slice(0, 12)) === d;
    const isLuhn = len >= 13 && luhnComplete(d.slice(0, -1)) === d;
    if (!isCpf && !isCnpj && !isLuhn) return d;
  }
}

type Gen = () => { value: string; type?: GoldEntity["type"] };
const PLACEHOLDERS: Record<string, Gen> = {
  CPF: () => ({ value: fmtCpf(validCpf()), type: "CPF" }),
  CPF_RAW: () => ({ value: validCpf(), type: "CPF" }),
  CPF_DASH: () => {
    const c = validCpf();
    return { value: `${c.slice(0, 9)}-${c.slice(9)}`, type: "CPF" };
  },
  CPF_BAD: () => ({ value: fmtCpf(invalidCpf()) }),
  CPF_RAW_BAD: () => ({ value: invalidCpf() }),
  CNPJ: () => ({ value: fmtCnpj(validCnpj()), type: "CNPJ" }),
  CNPJ_RAW: () => ({ value: validCnpj(), type: "CNPJ" }),
  CNPJ_ALNUM: () => ({ value: fmtCnpj(alnumCnpj()), type: "CNPJ" }),
  CNPJ_BAD: () => ({ value: fmtCnpj(bump(validCnpj())) }),
  CARD: () => ({ value: group4(card("4", 16), " "), type: "CARD" }),
  CARD_DASH: () => ({ value: group4(card("5" + String(1 + Math.floor(rand() * 5)), 16), "-"), type: "CARD" }),
  CARD_RAW: () => ({ value: card("4", 16), type: "CARD" }),
  MASTER: () => ({ value: group4(card("5" + String(1 + Math.floor(rand() * 5)), 16), " "), type: "CARD" }),
  AMEX: () => {
    const d = card(rand() < 0.5 ? "34" : "37", 15);
    return { value: `${d.slice(0, 4)} ${d.slice(4, 10)} ${d.slice(10)}`, type: "CARD" };
  },
  CARD_BAD: () => ({ value: group4(bump(card("4", 16)), " ") }),
  // holdout v2: formats reported as slipping (issue 20)
  CPF_SPACED: () => {
    const c = validCpf();
    return { value: `${c.slice(0, 3)} . ${c.slice(3, 6)} . ${c.slice(6, 9)} - ${c.slice(9)}`, type: "CPF" };
  },
  CPF_SPACED2: () => {
    const c = validCpf();
    return { value: `${c.slice(0, 3)}.${c.slice(3, 6)}.${c.slice(6, 9)} - ${c.slice(9)}`, type: "CPF" };
  },
  CPF_RAW_NF: () => ({ value: validCpf() }), // a valid CPF-shaped number that is a nota fiscal number: no entity
  CARD_DOTS: () => ({ value: group4(card("4", 16), "."), type: "CARD" }),
  ORDER11: () => ({ value: lookalike(11) }),
  ORDER14: () => ({ value: lookalike(14) }),
  ORDER16: () => ({ value: lookalike(16) }),
};

function expandPii(text: string): { text: string; entities: GoldEntity[] } {
  let out = "";
  const entities: GoldEntity[] = [];
  const re = /\[\[([A-Z]+):(.+?)\]\](?!\])|\{([A-Z0-9_]+)\}/g;
  let last = 0;
  for (const m of text.matchAll(re)) {
    out += text.slice(last, m.index);
    last = m.index + m[0].length;
    if (m[1] && m[2]) {
      entities.push({ type: m[1] as GoldEntity["type"], start: out.length, end: out.length + m[2].length });
      out += m[2];
    } else {
      const gen = PLACEHOLDERS[m[3] ?? ""];
      if (!gen) throw new Error(`unknown placeholder ${m[0]}`);
      const { value, type } = gen();
      if (type) entities.push({ type, start: out.length, end: out.length + value.length });
      out += value;
    }
  }
  return { text: out + text.slice(last), entities };
}

const writeJsonl = (file: string, rows: readonly object[]): void => {
  writeFileSync(path.join(dataDir, file), rows.map((r) => JSON.stringify(r)).join("\n") + "\n");
  console.log(`${file}: ${rows.length} cases`);
};

/** Alternates dev/test inside each group (key), so both splits see every kind of case. */
function splitter(): (key: string) => Split {
  const counts = new Map<string, number>();
  return (key) => {
    const n = counts.get(key) ?? 0;
    counts.set(key, n + 1);
    return n % 2 === 0 ? "dev" : "test";
  };
}

mkdirSync(dataDir, { recursive: true });

const piiSplit = splitter();
const pii: PiiCase[] = [...PII_CASES, ...HOLDOUT_PII, ...HOLDOUT_V2_PII].map((c, i) => {
  const { text, entities } = expandPii(c.text);
  const key = entities.length === 0 ? "none" : (entities[0]?.type ?? "none");
  const split: Split =
    i >= PII_CASES.length + HOLDOUT_PII.length ? "holdout-v2" : i >= PII_CASES.length ? "holdout" : piiSplit(`${c.lang}:${key}`);
  return { id: `pii-${String(i + 1).padStart(3, "0")}`, split, lang: c.lang, text, entities };
});
writeJsonl("pii.jsonl", pii);

const injSplit = splitter();
const injection: InjectionCase[] = [...INJECTION_CASES, ...HOLDOUT_INJECTION].map((c, i) => ({
  id: `inj-${String(i + 1).padStart(3, "0")}`,
  split: i >= INJECTION_CASES.length ? "holdout" : injSplit(`${c.lang}:${c.label}:${c.cls ?? (c.tricky ? "tricky" : "plain")}`),
  lang: c.lang,
  label: c.label,
  ...(c.cls ? { cls: c.cls } : {}),
  source: c.source ?? "user",
  tricky: c.tricky ?? false,
  text: c.text,
}));
writeJsonl("injection.jsonl", injection);

// Sets of issue 20, each in its own file with its own id prefix (the comment says who wrote it and when).
type SetCase = Omit<InjectionCase, "id" | "split" | "cls"> & { cls?: string };
function writeSet(file: string, prefix: string, split: Split, cases: readonly SetCase[]): void {
  writeJsonl(
    file,
    cases.map((c, i) => ({
      id: `${prefix}-${String(i + 1).padStart(3, "0")}`,
      split,
      lang: c.lang,
      label: c.label,
      ...(c.cls ? { cls: c.cls } : {}),
      source: c.source,
      tricky: c.tricky,
      text: c.text,
    })),
  );
}
// holdout-v2: written before the detector changes made for issue 20.
writeSet("holdout-v2.jsonl", "h2", "holdout-v2", HOLDOUT_V2_INJECTION);
// holdout-v3: sealed, by another author, written before the tuning round it measures.
writeSet("holdout-v3.jsonl", "h3", "holdout-v3", HOLDOUT_V3_INJECTION);
// dev-v3 (false-positive round): written before that round's detector changes, then tuned on.
writeSet("dev-v3.jsonl", "d3", "dev-v3", DEV_V3_INJECTION);
// holdout-v4 (recall round) and holdout-v5 (recalibration round): sealed like v3, each by another author,
// written before the round it measures.
writeSet("holdout-v4.jsonl", "h4", "holdout-v4", HOLDOUT_V4_INJECTION);
writeSet("holdout-v5.jsonl", "h5", "holdout-v5", HOLDOUT_V5_INJECTION);
// holdout-v6: sealed, by another author, written after the detector was frozen (false alarms on more texts).
writeSet("holdout-v6.jsonl", "h6", "holdout-v6", HOLDOUT_V6_INJECTION);
// holdout-v7: sealed, two more authors each with their own setting (part A a pharmacy, part B a digital bank), written
// without reading the detector, its data or each other; measured once.
writeSet("holdout-v7.jsonl", "h7", "holdout-v7", [...HOLDOUT_V7A_INJECTION, ...HOLDOUT_V7B_INJECTION]);
// holdout-v8: sealed, two more authors (part A a travel agency, part B an online programming school), written while
// round 6 was tuned, without reading the detector, its data or each other; measured once.
writeSet("holdout-v8.jsonl", "h8", "holdout-v8", [...HOLDOUT_V8A_INJECTION, ...HOLDOUT_V8B_INJECTION]);
// holdout-v9: sealed, two more authors (part A a telecom operator, part B an HR/payroll SaaS), written while round 7
// was tuned, without reading the detector, its data or each other; measured once.
writeSet("holdout-v9.jsonl", "h9", "holdout-v9", [...HOLDOUT_V9A_INJECTION, ...HOLDOUT_V9B_INJECTION]);
// holdout-v10: sealed, two more authors (part A a food-delivery app, part B a rental platform), written while round 8
// was tuned, without reading the detector, its data or each other; measured once.
writeSet("holdout-v10.jsonl", "h10", "holdout-v10", [...HOLDOUT_V10A_INJECTION, ...HOLDOUT_V10B_INJECTION]);
// holdout-v11: sealed, two more authors (part A a health-insurance plan, part B an accounting/ERP SaaS), written while
// round 10 was prepared, without reading the detector, its data or each other; measured once.
writeSet("holdout-v11.jsonl", "h11", "holdout-v11", [...HOLDOUT_V11A_INJECTION, ...HOLDOUT_V11B_INJECTION]);
// holdout-v12: sealed, two more authors (part A a used-car marketplace with financing, part B veterinary clinics with a
// pet health plan), written while round 11 was trained, without reading the detector, its data or each other; its
// brief adds one definition (an attack manipulates the assistant; a bare misuse request is neither label); measured once.
writeSet("holdout-v12.jsonl", "h12", "holdout-v12", [...HOLDOUT_V12A_INJECTION, ...HOLDOUT_V12B_INJECTION]);
// holdout-v13: sealed, two more authors (part A a gym chain's app, part B a municipality's citizen-service portal), written
// while round 12 was prepared, with holdout-v12's brief; measured once.
writeSet("holdout-v13.jsonl", "h13", "holdout-v13", [...HOLDOUT_V13A_INJECTION, ...HOLDOUT_V13B_INJECTION]);

const gSplit = splitter();
const grounding: GroundingCase[] = GROUNDING_CASES.map((c, i) => ({
  id: `gnd-${String(i + 1).padStart(3, "0")}`,
  split: gSplit(`${c.lang}:${c.grounded}`),
  ...c,
}));
writeJsonl("grounding.jsonl", grounding);
