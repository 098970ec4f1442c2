/**
 * The training pipeline of the learned injection model, shared by train.ts (the shipped model.json) and cv.ts
 * (leave-one-author-out cross-validation), so what cv.ts measures is exactly what train.ts ships.
 *
 * Data (round 5, see README "Issue 20, round 5"):
 *  - data/train.jsonl: template rows (group "template", the rules' author) and the hand-written training rows
 *    (group "written", two authors: cases/train-written-attacks.ts and train-written-benign.ts; since round 8 also
 *    groups "written-c" and "written-d", one author each, trained on only with Config.newWritten);
 *  - the SPENT evaluation sets of issue 20 (SPENT_SETS below), each by another author, each measured once as a sealed
 *    set: since round 5 they are TRAINING rows of both levels and calibration rows; their bench figures are in-sample.
 *  - data/injection.jsonl (dev/test/holdout) and any set not spent (types.ts isEvaluationFile) are never training rows
 *    (read only to keep their texts out).
 *
 * Two levels, both logistic regression (deterministic: fixed folds, full-batch gradient descent):
 *  1. the n-gram model (hashed character/word n-grams, model.ts);
 *  2. the combiner over the n-gram model's logit, the rule signals, the obfuscation kinds and the source
 *     (detector.ts → atributosDoCombinador), trained on the n-gram model's OUT-OF-FOLD scores. With `oof: "group"`
 *     the folds are the authors (each author's rows scored by a model that never saw that author), so the combiner
 *     and the thresholds see the n-gram model as it behaves on a new author's text.
 * Thresholds: grid search on the authors' out-of-fold scores: the most attacks caught with false alarms within a
 * budget on each author and pooled.
 */
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { atributosDoCombinador, detectarInjecao, sinaisFortesEntreAspas } from "../../exercises/08-injecao-prompt/detector.ts";
import { extrairAtributos, entradaDoModelo, sigmoide } from "../../exercises/08-injecao-prompt/model.ts";
import { normalizarParaDeteccao } from "../../exercises/08-injecao-prompt/normalize.ts";
import { hashString } from "../../lib/cli/rng.ts";
import { isEvaluationFile, SPENT_SETS, type InjectionCase, type TrainCase } from "./types.ts";

const here = path.dirname(fileURLToPath(import.meta.url));

export { SPENT_SETS };

/** the hand-written training authors of rounds 8 (c, d) and 10 (e, f), one group each (data/train.jsonl origins) */
export const NEW_WRITTEN = ["written-c", "written-d", "written-e", "written-f"];

export interface Row {
  text: string;
  label: 0 | 1;
  doc: boolean;
  lang: "pt" | "en";
  /** "template", "written" or the name of a spent set: one author (or one pair of authors) per group */
  group: string;
  /** written by hand (not template-generated): weighted up */
  hand: boolean;
  idx: Int32Array;
  val: Float64Array;
  /** the combiner's features with the n-gram feature at 0 (filled in by stackQ) */
  feats: [string, number][];
  ngramKey: string;
  /** strong rule hits outside quotes, as signal@weight (hard-rule candidates in user text) */
  strongKeys: string[];
  /** the same hits as one key per rule, signal@weight#rule (hard-rule candidates in documents, detector.ts regras) */
  ruleKeys: string[];
  strong: boolean;
  /** user text with a document rule's hit (the detector leaves it to source "document") */
  docStyle: boolean;
}

export function prepare(text: string, label: 0 | 1, doc: boolean, lang: "pt" | "en", group: string, hand: boolean, dim: number, features = 1): Row {
  const norm = normalizarParaDeteccao(text);
  const x = extrairAtributos(entradaDoModelo(norm), dim, features);
  const signals = detectarInjecao(text, { source: doc ? "document" : "user", useModel: false }).signals;
  const docStyle =
    !doc && detectarInjecao(text, { source: "document", useModel: false }).signals.some((s) => s.id === "indirect" && s.weight >= 0.5 && !s.obfuscated);
  const quoted = sinaisFortesEntreAspas(signals, norm.clean);
  const ngramKey = `ngram:${doc ? "d" : "u"}`;
  const feats = [...atributosDoCombinador(signals, norm, doc, 0.5)].filter(([k]) => k !== ngramKey);
  return {
    text,
    label,
    doc,
    lang,
    group,
    hand,
    idx: Int32Array.from(x.keys()),
    val: Float64Array.from(x.values()),
    feats,
    ngramKey,
    strongKeys: signals.filter((s) => s.weight >= 0.5 && !quoted.has(s.id)).map((s) => `${s.id}@${s.weight}`),
    ruleKeys: signals.filter((s) => s.weight >= 0.5 && !quoted.has(s.id)).flatMap((s) => s.regras ?? []),
    strong: signals.some((s) => s.weight >= 0.5),
    docStyle,
  };
}

const readJsonl = <T>(file: string): T[] =>
  readFileSync(path.join(here, "data", file), "utf8")
    .split(/\r?\n/)
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as T);

/** train.jsonl plus the spent sets, prepared (a few seconds per 10,000 rows). */
export function loadRows(dim: number, features = 1): Row[] {
  const rows = readJsonl<TrainCase>("train.jsonl").map((r) =>
    prepare(r.text, r.label, r.source === "document", r.lang, r.origin ?? "template", r.origin !== undefined, dim, features),
  );
  // a spent-set text that equals a text of an evaluation set (dev/test/holdout of injection.jsonl, and any sealed set
  // not spent yet, types.ts isEvaluationFile) stays out (holdout-v2 shares one benign question with injection.jsonl):
  // those sets are never training rows
  const key = (t: string): string => t.replace(/\s+/g, " ").trim().toLowerCase();
  const evaluation = new Set(
    readdirSync(path.join(here, "data"))
      .filter(isEvaluationFile)
      .flatMap((f) => readJsonl<InjectionCase>(f).map((c) => key(c.text))),
  );
  for (const set of SPENT_SETS)
    for (const c of readJsonl<InjectionCase>(`${set}.jsonl`)) {
      if (c.split !== set) throw new Error(`${set}.jsonl holds a case of split ${c.split}`);
      if (evaluation.has(key(c.text))) continue;
      rows.push(prepare(c.text, c.label === "attack" ? 1 : 0, c.source === "document", c.lang, set, true, dim, features));
    }
  return rows;
}

export interface Config {
  dim: number;
  /** model.ts extrairAtributos version: 1 = character 3–5-grams and word 1–2-grams; 2 = also abstract tokens (round 8) */
  features: number;
  epochs: number;
  l2: number;
  lr: number;
  /** weight of a hand-written row over a template row, n-gram model / combiner */
  handWeight: number;
  stackHandWeight: number;
  stackL2: number;
  /** train both levels on the spent sets (false: they only calibrate, as in rounds 3–4) */
  trainOnSpent: boolean;
  /** out-of-fold scores for the combiner and the thresholds: one fold per author group, or 5 folds by text hash */
  oof: "group" | "random";
  /** false-alarm budget per author group (and max(1, budget × n) on its documents) */
  budget: number;
  /** false-alarm budget over all calibration groups together */
  pooledBudget: number;
  /** rules that never fired strongly on a benign row block alone ("hard"); false: the combiner decides every hit */
  hardRules: boolean;
  /** hard rules (signal@weight) block only user text; documents are blocked alone only by `hardDocument` rules */
  hardUserOnly: boolean;
  /**
   * signals whose rules were written for documents: with hardUserOnly, each such rule (one regex, key
   * signal@weight#rule) that fired strongly on an attack and never on a benign DOCUMENT of the given authors
   * blocks a retrieved document alone (round 6); [] = none (round 5)
   */
  docHardIds: string[];
  /** a benign USER text where such a rule fires strongly disqualifies it in documents too (the regex over-matches) */
  docHardStrict: boolean;
  /** a hard rule must fire strongly on at least this many attack rows, and on no benign row */
  hardMinAttacks: number;
  /** ...and on attacks of at least this many author groups (template and written count as groups) */
  hardMinGroups: number;
  /** a separate threshold for a strong rule hit in a retrieved document (trd) instead of tr for both sources */
  docRuleThreshold: boolean;
  /** what the threshold search maximises: attacks caught over all groups, or the mean recall of the groups */
  objective: "hits" | "mean-recall";
  /** cap on the document-rule threshold trd (1 = none) */
  maxDocRuleThreshold: number;
  /** a strong rule hit never raises the bar: tr ≤ t and trd ≤ td (round 6) */
  monotone: boolean;
  /** thresholds searched by 0.01 between 0.8 and 1 (not 0.02) */
  fineGrid: boolean;
  /**
   * a hard rule (signal@weight) blocks alone only when the combiner's q ≥ hardFloor (0: always, rounds 3–6; round 7);
   * the per-rule document keys (hardDocument) block a retrieved document at any q, as in round 6
   */
  hardFloor: number;
  /**
   * candidate thresholds of a second path (round 8): the n-gram model's score p ≥ tm blocks alone, whatever the rules
   * and the combiner say; the threshold search picks one of them (or none) under the same budgets. [] = no such path
   */
  ngramAlone: number[];
  /** false alarms allowed on each calibration group's documents: max(docFloor, budget × n) (1 before round 8) */
  docFloor: number;
  /** train (and calibrate) on the round-8 hand-written groups written-c and written-d (false: as if absent) */
  newWritten: boolean;
  /** L2 of the combiner's rule and text features (everything but the n-gram feature) = stackL2 × this (round 8) */
  stackRuleL2Scale: number;
  /**
   * groups that calibrate under their own false-alarm budget `looseBudget` (not `budget`), stay out of the pooled
   * budget and never qualify a hard rule with their attacks (their benign rows still disqualify one): training authors
   * asked to write the hardest look-alikes they could (round 10: written-e, written-f)
   */
  looseGroups: string[];
  looseBudget: number;
}

export const DEFAULTS: Config = {
  dim: 16384,
  features: 1,
  epochs: 150,
  l2: 0.0001,
  lr: 0.5,
  handWeight: 6,
  stackHandWeight: 8,
  stackL2: 0.001,
  trainOnSpent: true,
  oof: "group",
  budget: 0.005,
  pooledBudget: 0.003,
  hardRules: true,
  hardUserOnly: true,
  docHardIds: ["indirect", "delimiter", "fake_turn"],
  docHardStrict: true,
  hardMinAttacks: 1,
  hardMinGroups: 1,
  docRuleThreshold: true,
  objective: "hits",
  maxDocRuleThreshold: 1,
  monotone: true,
  fineGrid: true,
  hardFloor: 0.7,
  ngramAlone: [],
  newWritten: false,
  docFloor: 1,
  stackRuleL2Scale: 1,
  looseGroups: [],
  looseBudget: 0.02,
};

// sample weights: hand-written × w, then each class gets half of the total
function weightsOf(rs: readonly Row[], w: number): Float64Array {
  const out = Float64Array.from(rs, (r) => (r.hand ? w : 1));
  const sum = [0, 0];
  rs.forEach((r, i) => (sum[r.label]! += out[i]!));
  const total = sum[0]! + sum[1]!;
  rs.forEach((r, i) => (out[i]! *= total / 2 / Math.max(1e-9, sum[r.label]!)));
  return out;
}

export interface Ngram {
  w: Float64Array;
  b: number;
}
export function trainNgram(rs: readonly Row[], cfg: Config, log = false): Ngram {
  const { dim, epochs, lr, l2 } = cfg;
  const sw = weightsOf(rs, cfg.handWeight);
  const total = sw.reduce((a, b) => a + b, 0);
  const w = new Float64Array(dim);
  let b = 0;
  const grad = new Float64Array(dim);
  for (let epoch = 0; epoch < epochs; epoch++) {
    grad.fill(0);
    let gb = 0;
    let loss = 0;
    for (let n = 0; n < rs.length; n++) {
      const r = rs[n]!;
      let z = b;
      for (let k = 0; k < r.idx.length; k++) z += w[r.idx[k]!]! * r.val[k]!;
      const p = sigmoide(z);
      if (log) loss += sw[n]! * -(r.label * Math.log(p + 1e-12) + (1 - r.label) * Math.log(1 - p + 1e-12));
      const g = (p - r.label) * sw[n]!;
      for (let k = 0; k < r.idx.length; k++) grad[r.idx[k]!]! += g * r.val[k]!;
      gb += g;
    }
    for (let i = 0; i < dim; i++) w[i] = w[i]! - ((lr * (grad[i]! / total + l2 * w[i]!)) * dim) / 64;
    b -= lr * (gb / total);
    if (log && (epoch % 50 === 49 || epoch === epochs - 1)) console.log(`  n-gram epoch ${epoch + 1}: loss ${(loss / total).toFixed(4)}`);
  }
  return { w, b };
}
export const ngramP = (m: Ngram, r: Row): number => {
  let z = m.b;
  for (let k = 0; k < r.idx.length; k++) z += m.w[r.idx[k]!]! * r.val[k]!;
  return sigmoide(z);
};
const round3 = (x: number): number => Math.round(x * 1000) / 1000;
/** the weights exactly as written to model.json (3 decimals) */
export const rounded = (m: Ngram): Ngram => ({ w: m.w.map(round3), b: round3(m.b) });

/** the n-gram feature of the combiner, as atributosDoCombinador computes it */
const ngramFeature = (p: number): number => Math.max(-8, Math.min(8, Math.log((p + 1e-9) / (1 - p + 1e-9)))) / 4;

export interface Stack {
  bias: number;
  weights: Record<string, number>;
}
export function stackQ(s: Stack, r: Row, p: number): number {
  let z = s.bias + (s.weights[r.ngramKey] ?? 0) * ngramFeature(p);
  for (const [k, v] of r.feats) z += (s.weights[k] ?? 0) * v;
  return sigmoide(z);
}

// a strong rule hit, an obfuscation trick or a higher n-gram score never lowers the attack probability
const MONOTONE = /^(?:s:|o:|k:|rules:|strong|ngram:)/;
export function trainStack(rs: readonly Row[], ps: ArrayLike<number>, cfg: Config): Stack {
  const names: string[] = [];
  const index = new Map<string, number>();
  const id = (k: string): number => {
    let i = index.get(k);
    if (i === undefined) {
      i = names.length;
      names.push(k);
      index.set(k, i);
    }
    return i;
  };
  const X = rs.map((r, n) => {
    const pairs: [number, number][] = [[id(r.ngramKey), ngramFeature(ps[n]!)], ...r.feats.map(([k, v]) => [id(k), v] as [number, number])];
    return [Int32Array.from(pairs, (p) => p[0]), Float64Array.from(pairs, (p) => p[1])] as const;
  });
  const monotone = names.map((n) => MONOTONE.test(n));
  const l2 = names.map((n) => cfg.stackL2 * (n.startsWith("ngram:") ? 1 : cfg.stackRuleL2Scale));
  const sw2 = weightsOf(rs, cfg.stackHandWeight);
  const total = sw2.reduce((a, b) => a + b, 0);
  const w = new Float64Array(names.length);
  let b = 0;
  // Adam, full batch: a few hundred features, converges in ~1,000 steps
  const m = new Float64Array(names.length + 1);
  const v = new Float64Array(names.length + 1);
  for (let step = 1; step <= 1500; step++) {
    const g = new Float64Array(names.length + 1);
    for (let n = 0; n < rs.length; n++) {
      const [idx, val] = X[n]!;
      let z = b;
      for (let k = 0; k < idx.length; k++) z += w[idx[k]!]! * val[k]!;
      const d = (sigmoide(z) - rs[n]!.label) * sw2[n]!;
      for (let k = 0; k < idx.length; k++) g[idx[k]!]! += d * val[k]!;
      g[names.length]! += d;
    }
    for (let i = 0; i <= names.length; i++) {
      const gi = g[i]! / total + (i < names.length ? l2[i]! * w[i]! : 0);
      m[i] = 0.9 * m[i]! + 0.1 * gi;
      v[i] = 0.999 * v[i]! + 0.001 * gi * gi;
      const st = (0.05 * (m[i]! / (1 - 0.9 ** step))) / (Math.sqrt(v[i]! / (1 - 0.999 ** step)) + 1e-8);
      if (i < names.length) w[i] = monotone[i] ? Math.max(0, w[i]! - st) : w[i]! - st;
      else b -= st;
    }
  }
  const weights: Record<string, number> = {};
  names.forEach((n, i) => {
    if (round3(w[i]!) !== 0) weights[n] = round3(w[i]!);
  });
  return { bias: round3(b), weights };
}

export interface Thresholds {
  t: number;
  td: number;
  tr: number;
  /** strong rule hit in a retrieved document */
  trd: number;
  /** the n-gram model's score alone blocks at p ≥ tm (round 8; absent or 0: no such path) */
  tm?: number;
}
/** Which rule hits block alone: signal@weight keys (user text; every source without userOnly), per-rule keys in documents. */
export interface Hard {
  user: ReadonlySet<string>;
  doc: ReadonlySet<string>;
  userOnly: boolean;
  /** q below this: the hard hit does not block alone (decided like any strong hit) */
  floor: number;
}
export interface Model {
  ngram: Ngram;
  stack: Stack;
  hard: string[];
  hardUserOnly: boolean;
  /** per-rule keys that block a retrieved document alone (with hardUserOnly) */
  hardDocument: string[];
  hardFloor: number;
  th: Thresholds;
  /** calibration rows and their (out-of-fold) q, for reports */
  calib: { rows: Row[]; q: number[]; p: number[] };
}

export const hardOf = (m: Pick<Model, "hard" | "hardDocument" | "hardUserOnly" | "hardFloor">): Hard => ({ user: new Set(m.hard), doc: new Set(m.hardDocument), userOnly: m.hardUserOnly, floor: m.hardFloor });
/** with userOnly, a retrieved document is blocked alone only by a per-rule key of `doc` (detector.ts hardDocument) */
export const isHard = (r: Row, h: Hard): boolean =>
  h.userOnly && r.doc ? r.ruleKeys.some((k) => h.doc.has(k)) : r.strongKeys.some((k) => h.user.has(k));
/** detector.ts HARD_WITHOUT_FLOOR: a hard signal@weight key at least this strong blocks without the floor (round 12) */
export const HARD_WITHOUT_FLOOR = 0.9;
/**
 * a hard hit blocks alone: the per-rule document keys always, the signal@weight keys with q ≥ the floor (round 7) or
 * with a weight ≥ HARD_WITHOUT_FLOOR (round 12)
 */
export const hardBlocks = (r: Row, h: Hard, q: number): boolean =>
  isHard(r, h) && ((h.userOnly && r.doc) || q >= h.floor || r.strongKeys.some((k) => h.user.has(k) && Number(k.split("@")[1]) >= HARD_WITHOUT_FLOOR));
/** The detector's decision (detector.ts): a hard rule; or q ≥ tr with a strong rule hit; or q ≥ the source's threshold. */
export function decide(r: Row, q: number, h: Hard, th: Thresholds, p = 0): boolean {
  if (hardBlocks(r, h, q)) return true;
  if (th.tm && p >= th.tm) return true;
  if (r.strong) return q >= (r.doc ? th.trd : th.tr);
  return q >= (r.doc ? th.td : th.t) && !r.docStyle;
}

// thresholds 0.02–0.98 by 0.02, plus 0.95, 0.97 and 0.99 (a threshold must stay below 1: detector.ts ignores 1)
const GRID = [...Array.from({ length: 49 }, (_, i) => round3(0.02 + i * 0.02)), 0.95, 0.97, 0.99].sort((a, b) => a - b);
// fine: also every odd hundredth from 0.81 to 0.99 (the band where the combiner's thresholds land)
const FINE_GRID = [...new Set([...GRID, ...Array.from({ length: 10 }, (_, i) => round3(0.81 + i * 0.02))])].sort((a, b) => a - b);

/**
 * Grid search over (t, td, tr): the most attacks caught on the calibration groups with false alarms ≤ budget on
 * each group (and ≤ max(1, budget × n) on its documents) and ≤ pooledBudget over all groups; ties go to the
 * higher thresholds.
 */
export function searchThresholds(rows: readonly Row[], q: readonly number[], hard: Hard, budget: number, pooledBudget: number, docRule: boolean, objective: Config["objective"] = "hits", monotone = false, fine = false, blocked?: readonly boolean[], docFloor = 1, loose: { groups: readonly string[]; budget: number } = { groups: [], budget }): Thresholds & { hits: number } {
  const grid = fine ? FINE_GRID : GRID;
  const groups = [...new Set(rows.map((r) => r.group))];
  const groupBudget = groups.map((g) => (loose.groups.includes(g) ? loose.budget : budget));
  const inPooled = groups.map((g) => !loose.groups.includes(g));
  // per group: counts by threshold index for each decision path
  const G = groups.map(() => ({ hardTP: 0, hardFP: 0, hardFPdoc: 0, nBen: 0, nBenDoc: 0, nAtt: 0, sT: new Int32Array(grid.length), sF: new Int32Array(grid.length), sTd: new Int32Array(grid.length), sFd: new Int32Array(grid.length), uT: new Int32Array(grid.length), uF: new Int32Array(grid.length), dT: new Int32Array(grid.length), dF: new Int32Array(grid.length) }));
  rows.forEach((r, i) => {
    const g = G[groups.indexOf(r.group)]!;
    if (r.label === 0) {
      g.nBen++;
      if (r.doc) g.nBenDoc++;
    } else g.nAtt++;
    if (hardBlocks(r, hard, q[i]!) || blocked?.[i]) {
      if (r.label === 1) g.hardTP++;
      else {
        g.hardFP++;
        if (r.doc) g.hardFPdoc++;
      }
      return;
    }
    grid.forEach((t, j) => {
      if (q[i]! < t) return;
      if (r.strong) {
        if (r.label === 1) (r.doc ? g.sTd : g.sT)[j]!++;
        else (r.doc ? g.sFd : g.sF)[j]!++;
      } else if (!r.doc && !r.docStyle) r.label === 1 ? g.uT[j]!++ : g.uF[j]!++;
      else if (r.doc) r.label === 1 ? g.dT[j]!++ : g.dF[j]!++;
    });
  });
  const nBenAll = G.reduce((a, g, i) => a + (inPooled[i] ? g.nBen : 0), 0);
  let best: Thresholds & { hits: number } = { t: 0.99, td: 0.99, tr: 0.99, trd: 0.99, hits: -1 };
  for (let a = 0; a < grid.length; a++) {
    if (grid[a]! < 0.5) continue;
    for (let d = 0; d < grid.length; d++) {
      if (grid[d]! < 0.5) continue;
      for (let s = 0; s < grid.length; s++) {
        if (monotone && grid[s]! > grid[a]!) continue;
        for (let sd = docRule ? 0 : s; sd < (docRule ? grid.length : s + 1); sd++) {
          if (monotone && grid[sd]! > grid[d]!) continue;
          let hits = 0;
          let fpAll = 0;
          let ok = true;
          for (let gi = 0; gi < G.length; gi++) {
            const g = G[gi]!;
            const fpDoc = g.hardFPdoc + g.sFd[sd]! + g.dF[d]!;
            const fp = g.hardFP + g.sF[s]! + g.uF[a]! + g.sFd[sd]! + g.dF[d]!;
            if (fp > groupBudget[gi]! * g.nBen || fpDoc > Math.max(docFloor, groupBudget[gi]! * g.nBenDoc)) {
              ok = false;
              break;
            }
            if (inPooled[gi]) fpAll += fp;
            const h = g.hardTP + g.sT[s]! + g.sTd[sd]! + g.uT[a]! + g.dT[d]!;
            hits += objective === "hits" ? h : h / Math.max(1, g.nAtt);
          }
          if (!ok || fpAll > pooledBudget * nBenAll) continue;
          const sum = grid[a]! + grid[d]! + grid[s]! + grid[sd]!;
          if (hits > best.hits || (hits === best.hits && sum >= best.t + best.td + best.tr + best.trd)) best = { t: grid[a]!, td: grid[d]!, tr: grid[s]!, trd: grid[sd]!, hits };
        }
      }
    }
  }
  return best;
}

/**
 * Trains both levels and sets the thresholds on `rows` (every row given may be used; the caller leaves out the
 * held-out author). Template rows always train and never calibrate.
 */
const NGRAM_CACHE = new Map<string, { oof: Float64Array; ngram: Ngram }>();
export function fit(rows: readonly Row[], cfg: Config, log = false): Model {
  rows = rows.filter((r) => cfg.newWritten || !NEW_WRITTEN.includes(r.group));
  const isSpent = (r: Row): boolean => r.group !== "template" && !r.group.startsWith("written");
  const train = rows.filter((r) => cfg.trainOnSpent || !isSpent(r));
  // folds: one per author group (template rows spread over them by text hash), or 5 by text hash
  const authorGroups = [...new Set(train.filter((r) => r.group !== "template").map((r) => r.group))].sort();
  const nFolds = cfg.oof === "group" ? authorGroups.length : 5;
  const fold = train.map((r) =>
    cfg.oof === "group" && r.group !== "template" ? authorGroups.indexOf(r.group) : hashString(r.text) % nFolds,
  );
  // the n-gram level depends only on its own settings and the rows: cv.ts runs several variants on one fit of it
  const cacheKey = JSON.stringify([cfg.dim, cfg.features, cfg.epochs, cfg.l2, cfg.lr, cfg.handWeight, cfg.trainOnSpent, cfg.oof, train.length, train[0]?.text, train.at(-1)?.text, authorGroups]);
  let cached = NGRAM_CACHE.get(cacheKey);
  if (!cached) {
    const oof = new Float64Array(train.length);
    for (let f = 0; f < nFolds; f++) {
      const m = trainNgram(train.filter((_, i) => fold[i] !== f), cfg);
      train.forEach((r, i) => {
        if (fold[i] === f) oof[i] = ngramP(m, r);
      });
      if (log) console.log(`  fold ${f + 1}/${nFolds}${cfg.oof === "group" ? ` (${authorGroups[f]})` : ""} done`);
    }
    cached = { oof, ngram: rounded(trainNgram(train, cfg, log)) };
    if (NGRAM_CACHE.size >= 24) NGRAM_CACHE.delete(NGRAM_CACHE.keys().next().value!);
    NGRAM_CACHE.set(cacheKey, cached);
  }
  const { oof, ngram } = cached;
  const stack = trainStack(train, oof, cfg);
  // hard rules: fire strongly (outside quotes) on an attack, never on a benign (user) row of any group given
  const fires = new Map<string, [number, number]>();
  const attackGroups = new Map<string, Set<string>>();
  // with hardUserOnly a hard rule never decides a document, so only user text can disqualify it
  const loose = (r: Row): boolean => r.label === 1 && cfg.looseGroups.includes(r.group);
  for (const r of rows)
    for (const k of new Set(r.strongKeys)) {
      if (r.label === 0 && r.doc && cfg.hardUserOnly) continue;
      if (loose(r)) continue;
      const c = fires.get(k) ?? [0, 0];
      c[r.label]++;
      fires.set(k, c);
      if (r.label === 1) attackGroups.set(k, (attackGroups.get(k) ?? new Set()).add(r.group));
    }
  const hard = [...fires]
    .filter(([k, [ben, att]]) => cfg.hardRules && ben === 0 && att >= Math.max(1, cfg.hardMinAttacks) && (attackGroups.get(k)?.size ?? 0) >= cfg.hardMinGroups)
    .map(([k]) => k)
    .sort();
  // in documents (with hardUserOnly): one key per rule of the document signals (docHardIds), hard when it fired
  // strongly on an attack (any source) and on no benign DOCUMENT of any group given (docHardStrict: on no benign text)
  const docFires = new Map<string, [number, number]>();
  for (const r of rows)
    for (const k of new Set(r.ruleKeys)) {
      if (!cfg.docHardIds.includes(k.slice(0, k.indexOf("@")))) continue;
      if (r.label === 0 && !r.doc && !cfg.docHardStrict) continue;
      if (loose(r)) continue;
      const c = docFires.get(k) ?? [0, 0];
      c[r.label]++;
      docFires.set(k, c);
    }
  const hardDocument = cfg.hardUserOnly && cfg.hardRules ? [...docFires].filter(([, [ben, att]]) => ben === 0 && att >= 1).map(([k]) => k).sort() : [];
  const hardSet: Hard = { user: new Set(hard), doc: new Set(hardDocument), userOnly: cfg.hardUserOnly, floor: cfg.hardFloor };
  // calibration: every hand-written row, scored with its out-of-fold n-gram score (or the final model's when it
  // was not trained on)
  const pos = new Map<Row, number>();
  train.forEach((r, i) => pos.set(r, i));
  const calibRows = rows.filter((r) => r.group !== "template");
  const calibP = calibRows.map((r) => {
    const i = pos.get(r);
    return i !== undefined ? oof[i]! : ngramP(ngram, r);
  });
  const calibQ = calibRows.map((r, i) => stackQ(stack, r, calibP[i]!));
  let th = searchThresholds(calibRows, calibQ, hardSet, cfg.budget, cfg.pooledBudget, cfg.docRuleThreshold, cfg.objective, cfg.monotone, cfg.fineGrid, undefined, cfg.docFloor, { groups: cfg.looseGroups, budget: cfg.looseBudget });
  let tm = 0;
  // the n-gram model alone (round 8): each candidate tm blocks the rows with p ≥ tm; the rest as above
  for (const cand of cfg.ngramAlone) {
    const alt = searchThresholds(calibRows, calibQ, hardSet, cfg.budget, cfg.pooledBudget, cfg.docRuleThreshold, cfg.objective, cfg.monotone, cfg.fineGrid, calibP.map((p) => p >= cand), cfg.docFloor, { groups: cfg.looseGroups, budget: cfg.looseBudget });
    if (alt.hits > th.hits) {
      th = alt;
      tm = cand;
    }
  }
  return { ngram, stack, hard, hardUserOnly: cfg.hardUserOnly, hardDocument, hardFloor: cfg.hardFloor, th: { t: th.t, td: th.td, tr: th.tr, trd: Math.min(th.trd, cfg.maxDocRuleThreshold), ...(tm > 0 ? { tm } : {}) }, calib: { rows: calibRows, q: calibQ, p: calibP } };
}

/** The detector's flag for each row under a fitted model. */
export function predict(m: Model, rows: readonly Row[]): boolean[] {
  const hard = hardOf(m);
  return rows.map((r) => {
    const p = ngramP(m.ngram, r);
    return decide(r, stackQ(m.stack, r, p), hard, m.th, p);
  });
}

export interface Tally {
  att: number;
  caught: number;
  attPt: number;
  caughtPt: number;
  ben: number;
  fp: number;
  benDoc: number;
  fpDoc: number;
}
export function tally(rows: readonly Row[], flags: readonly boolean[]): Tally {
  const t: Tally = { att: 0, caught: 0, attPt: 0, caughtPt: 0, ben: 0, fp: 0, benDoc: 0, fpDoc: 0 };
  rows.forEach((r, i) => {
    const f = flags[i]!;
    if (r.label === 1) {
      t.att++;
      if (f) t.caught++;
      if (r.lang === "pt") {
        t.attPt++;
        if (f) t.caughtPt++;
      }
    } else {
      t.ben++;
      if (f) t.fp++;
      if (r.doc) {
        t.benDoc++;
        if (f) t.fpDoc++;
      }
    }
  });
  return t;
}
export const addTally = (a: Tally, b: Tally): Tally => ({
  att: a.att + b.att,
  caught: a.caught + b.caught,
  attPt: a.attPt + b.attPt,
  caughtPt: a.caughtPt + b.caughtPt,
  ben: a.ben + b.ben,
  fp: a.fp + b.fp,
  benDoc: a.benDoc + b.benDoc,
  fpDoc: a.fpDoc + b.fpDoc,
});
export const pct = (a: number, n: number): string => `${((100 * a) / Math.max(1, n)).toFixed(1)} %`;
