/**
 * Trains the learned injection model OFFLINE and writes exercises/08-injecao-prompt/model.json (given to the
 * student; solutions/ reads it from there).
 *
 *   node --import tsx bench/guards/train.ts [--dim 16384] [--epochs 150] [--l2 0.0001] [--written-weight 3]
 *
 * Two levels, both logistic regression, trained only on data/train.jsonl (deterministic: fixed folds,
 * plain full-batch gradient descent):
 *  1. the n-gram model (hashed character/word n-grams, see model.ts) → `dim`, `bias`, `weights`;
 *  2. a combiner ("stack") over the n-gram model's logit, the rule signals of the detector (weight, found
 *     behind obfuscation, in a document), the obfuscation kinds and the source. It is trained on the n-gram
 *     model's OUT-OF-FOLD scores (5 folds), so it learns how far to trust it on unseen text, and it learns
 *     when a rule hit is a false alarm. Rules that never fire strongly on benign training text stay hard
 *     blocks (`stack.hard`).
 * Hand-written rows (`origin: "written"`) weigh `--written-weight` times a template row; one in five of them
 * (by text hash) is held out of both levels and, with dev-v3, sets the combiner's threshold: the lowest
 * that keeps false alarms on their benign texts within `--max-fp` (default 1 %).
 */
import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { atributosDoCombinador, detectarInjecao, sinaisFortesEntreAspas, type SinalDeInjecao } from "../../exercises/08-injecao-prompt/detector.ts";
import { extrairAtributos, entradaDoModelo, sigmoide } from "../../exercises/08-injecao-prompt/model.ts";
import { normalizarParaDeteccao, type TextoNormalizado } from "../../exercises/08-injecao-prompt/normalize.ts";
import { hashString } from "../../lib/cli/rng.ts";
import type { InjectionCase, TrainCase } from "./types.ts";

const here = path.dirname(fileURLToPath(import.meta.url));
const { values } = parseArgs({
  options: {
    dim: { type: "string", default: "16384" },
    epochs: { type: "string", default: "150" },
    l2: { type: "string", default: "0.0001" },
    lr: { type: "string", default: "0.5" },
    "written-weight": { type: "string", default: "3" },
    "stack-l2": { type: "string", default: "0.001" },
    "stack-written-weight": { type: "string", default: "5" },
    "max-fp": { type: "string", default: "0.01" },
    "no-holdout-slice": { type: "boolean", default: false },
    "hard-precision": { type: "string", default: "1" },
    "hard-min": { type: "string", default: "1" },
    "calibrate-on": { type: "string", default: "holdout-v3,holdout-v4" },
  },
});
const dim = Number(values.dim);
const epochs = Number(values.epochs);
const l2 = Number(values.l2);
const lr = Number(values.lr);
const writtenWeight = Number(values["written-weight"]);
const stackL2 = Number(values["stack-l2"]);
const maxFp = Number(values["max-fp"]);
const hardPrecision = Number(values["hard-precision"]);
const hardMin = Number(values["hard-min"]);
if (!Number.isInteger(Math.log2(dim))) throw new Error("--dim must be a power of two");
const t0 = performance.now();

// ------------------------------------------------------------------------------------------- data
interface Row {
  text: string;
  label: 0 | 1;
  doc: boolean;
  written: boolean;
  idx: Int32Array;
  val: Float64Array;
  signals: SinalDeInjecao[];
  norm: TextoNormalizado;
  /** user text with a document rule's hit (the detector leaves it to source "document") */
  docStyle: boolean;
}
function prepare(text: string, label: 0 | 1, doc: boolean, written: boolean): Row {
  const norm = normalizarParaDeteccao(text);
  const x = extrairAtributos(entradaDoModelo(norm), dim);
  const signals = detectarInjecao(text, { source: doc ? "document" : "user", useModel: false }).signals;
  const docStyle =
    !doc && detectarInjecao(text, { source: "document", useModel: false }).signals.some((s) => s.id === "indirect" && s.weight >= 0.5 && !s.obfuscated);
  return { text, label, doc, written, idx: Int32Array.from(x.keys()), val: Float64Array.from(x.values()), signals, norm, docStyle };
}
const rows = readFileSync(path.join(here, "data", "train.jsonl"), "utf8")
  .split(/\r?\n/)
  .filter((l) => l.trim())
  .map((l) => JSON.parse(l) as TrainCase)
  .map((r) => prepare(r.text, r.label, r.source === "document", r.origin === "written"));
// one in five hand-written rows, by text hash: never trained on, used to calibrate and to report
const isSlice = (r: Row): boolean => !values["no-holdout-slice"] && r.written && hashString(r.text) % 5 === 0;
const train = rows.filter((r) => !isSlice(r));
const slice = rows.filter(isSlice);
const readJsonlLangs = (file: string): string[] =>
  readFileSync(path.join(here, "data", file), "utf8")
    .split(/\r?\n/)
    .filter((l) => l.trim())
    .map((l) => (JSON.parse(l) as InjectionCase).lang);
const readCases = (file: string): Row[] =>
  readFileSync(path.join(here, "data", file), "utf8")
    .split(/\r?\n/)
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as InjectionCase)
    .map((c) => prepare(c.text, c.label === "attack" ? 1 : 0, c.source === "document", false));
const devV3 = readCases("dev-v3.jsonl");
// Declared calibration sets (after round 3): holdout-v3 and holdout-v4, written by other authors, were spent as
// holdouts and now only set thresholds and demote hard rules; they are NEVER training rows of either level.
// `--calibrate-on ""` gives round 3's calibration (hand-written slice + dev-v3 only).
const calibSets: { name: string; rows: Row[]; langs: string[] }[] = (values["calibrate-on"] ?? "")
  .split(",")
  .filter((s) => s.trim())
  .map((s) => ({
    name: s.trim(),
    rows: readCases(`${s.trim()}.jsonl`),
    langs: readJsonlLangs(`${s.trim()}.jsonl`),
  }));

// sample weights: hand-written × writtenWeight, then each class gets half of the total
function weightsOf(rs: readonly Row[], written = writtenWeight): Float64Array {
  const w = Float64Array.from(rs, (r) => (r.written ? written : 1));
  const sum = [0, 0];
  rs.forEach((r, i) => (sum[r.label]! += w[i]!));
  const total = sum[0]! + sum[1]!;
  rs.forEach((r, i) => (w[i]! *= total / 2 / Math.max(1e-9, sum[r.label]!)));
  return w;
}

// ------------------------------------------------------------------------------------------- level 1
interface Ngram {
  w: Float64Array;
  b: number;
}
function trainNgram(rs: readonly Row[], log = false): Ngram {
  const sw = weightsOf(rs);
  const total = sw.reduce((a, b) => a + b, 0);
  const w = new Float64Array(dim);
  let b = 0;
  for (let epoch = 0; epoch < epochs; epoch++) {
    const grad = new Float64Array(dim);
    let gb = 0;
    let loss = 0;
    rs.forEach((r, n) => {
      let z = b;
      for (let k = 0; k < r.idx.length; k++) z += w[r.idx[k]!]! * r.val[k]!;
      const p = sigmoide(z);
      loss += sw[n]! * -(r.label * Math.log(p + 1e-12) + (1 - r.label) * Math.log(1 - p + 1e-12));
      const g = (p - r.label) * sw[n]!;
      for (let k = 0; k < r.idx.length; k++) grad[r.idx[k]!]! += g * r.val[k]!;
      gb += g;
    });
    for (let i = 0; i < dim; i++) w[i] = w[i]! - ((lr * (grad[i]! / total + l2 * w[i]!)) * dim) / 64;
    b -= lr * (gb / total);
    if (log && (epoch % 20 === 19 || epoch === epochs - 1)) console.log(`  n-gram epoch ${epoch + 1}: loss ${(loss / total).toFixed(4)}`);
  }
  return { w, b };
}
const ngramP = (m: Ngram, r: Row): number => {
  let z = m.b;
  for (let k = 0; k < r.idx.length; k++) z += m.w[r.idx[k]!]! * r.val[k]!;
  return sigmoide(z);
};

// out-of-fold n-gram scores of the training rows (fold = position mod 5 after a hash order)
const order = train.map((r, i) => [hashString(r.text), i] as const).sort((a, b) => a[0] - b[0] || a[1] - b[1]);
const fold = new Int8Array(train.length);
order.forEach(([, i], pos) => (fold[i] = pos % 5));
const oof = new Float64Array(train.length);
for (let f = 0; f < 5; f++) {
  const m = trainNgram(train.filter((_, i) => fold[i] !== f));
  train.forEach((r, i) => {
    if (fold[i] === f) oof[i] = ngramP(m, r);
  });
  console.log(`fold ${f + 1}/5 done (${((performance.now() - t0) / 1000).toFixed(0)} s)`);
}
const ngram = trainNgram(train, true);

// ------------------------------------------------------------------------------------------- level 2
// The combiner's features and the quoted-hit test come from detector.ts itself, so training and use cannot drift.
const names: string[] = [];
const nameIndex = new Map<string, number>();
const vec = (f: Map<string, number>, grow: boolean): [Int32Array, Float64Array] => {
  const idx: number[] = [];
  const val: number[] = [];
  for (const [k, v] of f) {
    let i = nameIndex.get(k);
    if (i === undefined && grow) {
      i = names.length;
      names.push(k);
      nameIndex.set(k, i);
    }
    if (i !== undefined) {
      idx.push(i);
      val.push(v);
    }
  }
  return [Int32Array.from(idx), Float64Array.from(val)];
};
const stackX = train.map((r, i) => vec(atributosDoCombinador(r.signals, r.norm, r.doc, oof[i]!), true));
// a strong rule hit, an obfuscation trick or a higher n-gram score never lowers the attack probability:
// those weights stay ≥ 0 (otherwise the combiner "explains away" a rule with the n-gram score it correlates with)
const monotone = names.map((n) => /^(?:s:|o:|k:|rules:|strong|ngram:)/.test(n));
const sw2 = weightsOf(train, Number(values["stack-written-weight"]));
const total2 = sw2.reduce((a, b) => a + b, 0);
const sw = new Float64Array(names.length);
let sb = 0;
{
  // Adam, full batch: a few hundred features, converges in ~1,000 steps
  const m = new Float64Array(names.length + 1);
  const v = new Float64Array(names.length + 1);
  for (let step = 1; step <= 1500; step++) {
    const g = new Float64Array(names.length + 1);
    train.forEach((r, n) => {
      const [idx, val] = stackX[n]!;
      let z = sb;
      for (let k = 0; k < idx.length; k++) z += sw[idx[k]!]! * val[k]!;
      const d = (sigmoide(z) - r.label) * sw2[n]!;
      for (let k = 0; k < idx.length; k++) g[idx[k]!]! += d * val[k]!;
      g[names.length]! += d;
    });
    for (let i = 0; i <= names.length; i++) {
      const gi = g[i]! / total2 + (i < names.length ? stackL2 * sw[i]! : 0);
      m[i] = 0.9 * m[i]! + 0.1 * gi;
      v[i] = 0.999 * v[i]! + 0.001 * gi * gi;
      const step_ = (0.05 * (m[i]! / (1 - 0.9 ** step))) / (Math.sqrt(v[i]! / (1 - 0.999 ** step)) + 1e-8);
      if (i < names.length) sw[i] = monotone[i] ? Math.max(0, sw[i]! - step_) : sw[i]! - step_;
      else sb -= step_;
    }
  }
}
const round = (x: number): number => Math.round(x * 1000) / 1000;
const stackWeights: Record<string, number> = {};
names.forEach((n, i) => {
  if (round(sw[i]!) !== 0) stackWeights[n] = round(sw[i]!);
});
const stackBias = round(sb);
const stackQ = (r: Row, p: number): number => {
  let z = stackBias;
  for (const [k, v] of atributosDoCombinador(r.signals, r.norm, r.doc, p)) z += (stackWeights[k] ?? 0) * v;
  return sigmoide(z);
};

// hard rules: fire strongly (outside quotes) on attacks, never on a benign row of train.jsonl (the held-out
// slice included)
const fires = new Map<string, [number, number]>();
for (const r of rows) {
  const quoted = sinaisFortesEntreAspas(r.signals, r.norm.clean);
  for (const s of r.signals) {
    if (s.weight < 0.5 || quoted.has(s.id)) continue;
    const key = `${s.id}@${s.weight}`;
    const c = fires.get(key) ?? [0, 0];
    c[r.label]++;
    fires.set(key, c);
  }
}
// ...nor on a benign text of a calibration set (dev-v3, the declared sets): such a rule is demoted to an
// ordinary strong rule, and the combiner (ruleThreshold) decides when its hit counts
const benignCalib = new Set<string>();
for (const r of [...devV3, ...calibSets.flatMap((c) => c.rows)]) {
  if (r.label !== 0) continue;
  const quoted = sinaisFortesEntreAspas(r.signals, r.norm.clean);
  for (const s of r.signals) if (s.weight >= 0.5 && !quoted.has(s.id)) benignCalib.add(`${s.id}@${s.weight}`);
}
const hard = [...fires]
  .filter(([key, [ben, att]]) => att >= hardMin && att >= hardPrecision * (att + ben) && !benignCalib.has(key))
  .map(([key]) => key)
  .sort();
const demoted = [...fires].filter(([key, [ben, att]]) => att >= hardMin && att >= hardPrecision * (att + ben) && benignCalib.has(key));
console.log(`demoted (fire on a benign calibration text): ${demoted.map(([k]) => k).join(", ") || "none"}`);
console.log(`rule signals (strong) on training rows, benign / attack: ${[...fires].map(([id, [b, a]]) => `${id} ${b}/${a}`).join(", ")}`);
console.log(`hard blocks: ${hard.join(", ") || "none"}`);

// ------------------------------------------------------------------------------------------- threshold
// calibrate with the weights exactly as written to model.json (rounded to 3 decimals)
const shipped: Ngram = { w: ngram.w.map((x) => Math.round(x * 1000) / 1000), b: Math.round(ngram.b * 1000) / 1000 };
const isHard = (r: Row): boolean => {
  const quoted = sinaisFortesEntreAspas(r.signals, r.norm.clean);
  return r.signals.some((s) => s.weight >= 0.5 && !quoted.has(s.id) && hard.includes(`${s.id}@${s.weight}`));
};
const hasStrong = (r: Row): boolean => r.signals.some((s) => s.weight >= 0.5);
const qOf = (rs: readonly Row[]): number[] => rs.map((r) => stackQ(r, ngramP(shipped, r)));
// Calibration rows: the slice, plus the hand-written training rows scored with their OUT-OF-FOLD n-gram score
// (the combiner has a few dozen weights: its in-sample fit is close to out-of-sample), so the rule threshold
// rests on every strong rule hit of the hand-written data, not on the few of the slice.
const writtenTrain = train.map((r, i) => [r, i] as const).filter(([r]) => r.written);
const calib = [...slice, ...writtenTrain.map(([r]) => r)];
const qSlice = [...qOf(slice), ...writtenTrain.map(([r, i]) => stackQ(r, oof[i]!))];
const qDev = qOf(devV3);
// the detector's decision: a hard rule; or q ≥ ruleThreshold with a strong rule hit; or q ≥ the source's
// threshold (documentThreshold for retrieved documents), except for a document-style order typed by the user
interface Th {
  t: number;
  td: number;
  tr: number;
}
const decide = (rs: readonly Row[], qs: readonly number[], th: Th): boolean[] =>
  rs.map((r, i) => isHard(r) || (hasStrong(r) ? qs[i]! >= th.tr : qs[i]! >= (r.doc ? th.td : th.t) && !r.docStyle));
const rate = (rs: readonly Row[], flags: boolean[], label: 0 | 1): [number, number] => {
  let hit = 0;
  let n = 0;
  rs.forEach((r, i) => {
    if (r.label !== label) return;
    n++;
    if (flags[i]) hit++;
  });
  return [hit, n];
};
const fmt = ([a, n]: [number, number]): string => `${((100 * a) / Math.max(1, n)).toFixed(1)}% (${a}/${n})`;
// Grid search over (threshold, documentThreshold, ruleThreshold): the most attacks caught on the calibration
// rows and dev-v3 with false alarms within --max-fp on each; ties go to the higher thresholds.
const pack = (rs: readonly Row[], qs: readonly number[]) =>
  rs.map((r, i) => ({ y: r.label, hard: isHard(r), strong: hasStrong(r), doc: r.doc, ds: r.docStyle, q: qs[i]! }));
const calibQ = calibSets.map((c) => qOf(c.rows));
const P = [pack(calib, qSlice), pack(devV3, qDev), ...calibSets.map((c, k) => pack(c.rows, calibQ[k]!))];
const nBen = P.map((rs) => rs.filter((r) => r.y === 0).length);
const nBenDoc = P.map((rs) => rs.filter((r) => r.y === 0 && r.doc).length);
const grid = [...Array.from({ length: 50 }, (_, i) => round(0.02 + i * 0.02)), 0.95, 0.97, 0.99].sort((a, b) => a - b);
const high = grid.filter((t) => t >= 0.5);
function search(budget: number): Th & { hits: number } {
  let best: Th & { hits: number } = { t: 0.99, td: 0.99, tr: 0.99, hits: -1 };
  for (const t of high)
    for (const td of high)
      for (const tr of grid) {
        let hits = 0;
        let ok = true;
        for (let k = 0; k < P.length && ok; k++) {
          let fp = 0;
          let fpDoc = 0;
          for (const r of P[k]!) {
            const f = r.hard || (r.strong ? r.q >= tr : r.q >= (r.doc ? td : t) && !r.ds);
            if (!f) continue;
            if (r.y === 1) hits++;
            else {
              fp++;
              if (r.doc) fpDoc++;
            }
          }
          // within budget overall and on retrieved documents alone (the weak spot of the rules), on each set
          if (fp > budget * nBen[k]! || fpDoc > Math.max(1, budget * nBenDoc[k]!)) ok = false;
        }
        if (ok && (hits > best.hits || (hits === best.hits && t + td + tr >= best.t + best.td + best.tr))) best = { t, td, tr, hits };
      }
  return best;
}
const best = search(maxFp);
// trade-off curve on the declared calibration sets: the best thresholds for a few false-alarm budgets
for (const budget of [0.005, 0.01, 0.015, 0.02, 0.03, 0.05]) {
  const b = search(budget);
  const parts = calibSets.map((c, k) => {
    const fl = decide(c.rows, calibQ[k]!, b);
    const pt = c.langs.map((l, i) => [l, i] as const).filter(([l]) => l === "pt").map(([, i]) => i);
    const ptRows = pt.map((i) => c.rows[i]!);
    const ptFl = pt.map((i) => fl[i]!);
    return `${c.name} recall ${fmt(rate(c.rows, fl, 1))} pt ${fmt(rate(ptRows, ptFl, 1))} FP ${fmt(rate(c.rows, fl, 0))}`;
  });
  console.log(`  budget ${budget}: t ${b.t} td ${b.td} tr ${b.tr} | ${parts.join(" | ")}`);
}
// the cases the rule threshold decides: strong (not hard) rule hits, with the combiner's q
for (const [name, rs, qs] of [["written", calib, qSlice], ["dev-v3", devV3, qDev]] as const)
  rs.forEach((r, i) => {
    if (hasStrong(r) && !isHard(r) && r.label === 0) console.log(`  strong rule, ${name} benign q=${qs[i]!.toFixed(3)} ${r.text.slice(0, 90).replace(/\n/g, " ")}`);
  });
const { t: threshold, td: documentThreshold, tr: ruleThreshold } = best;
{
  const fs = decide(calib, qSlice, best);
  const fd = decide(devV3, qDev, best);
  console.log(
    `chosen threshold ${threshold} (documents ${documentThreshold}), with a strong rule ${ruleThreshold}: written recall ${fmt(rate(calib, fs, 1))}, ` +
      `FP ${fmt(rate(calib, fs, 0))}; dev-v3 recall ${fmt(rate(devV3, fd, 1))}, FP ${fmt(rate(devV3, fd, 0))}`,
  );
  const fsl = decide(slice, qSlice.slice(0, slice.length), best);
  const docs = slice.filter((r) => r.doc);
  const fdl = decide(docs, docs.map((r) => qSlice[slice.indexOf(r)]!), best);
  console.log(
    `held-out slice only (never trained on): recall ${fmt(rate(slice, fsl, 1))}, FP ${fmt(rate(slice, fsl, 0))} (documents ${fmt(rate(docs, fdl, 0))})`,
  );
}

// ------------------------------------------------------------------------------------------- write
let correct = 0;
for (const r of train) if ((ngramP(ngram, r) >= 0.5 ? 1 : 0) === r.label) correct++;
const weights: [number, number][] = [];
for (let i = 0; i < dim; i++) {
  const v = round(ngram.w[i]!);
  if (v !== 0) weights.push([i, v]);
}
const model = {
  dim,
  bias: round(ngram.b),
  weights,
  stack: { bias: stackBias, threshold, documentThreshold, ruleThreshold, hard, weights: stackWeights },
  meta: {
    trainedOn: "bench/guards/data/train.jsonl",
    examples: train.length,
    written: train.filter((r) => r.written).length,
    calibrationSlice: slice.length,
    calibratedOn: ["dev-v3", ...calibSets.map((c) => c.name)],
    trainAccuracy: round(correct / train.length),
    epochs,
    l2,
    writtenWeight,
  },
};
const out = path.join(here, "..", "..", "exercises", "08-injecao-prompt", "model.json");
writeFileSync(out, JSON.stringify(model) + "\n");
console.log(
  `wrote ${path.relative(process.cwd(), out)}: ${weights.length} n-gram weights, ${Object.keys(stackWeights).length} combiner weights, ` +
    `train accuracy ${model.meta.trainAccuracy} (${((performance.now() - t0) / 1000).toFixed(0)} s)`,
);
