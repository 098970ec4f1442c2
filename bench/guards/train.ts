/**
 * Trains the learned injection model OFFLINE and writes exercises/08-injecao-prompt/model.json (given to the
 * student; solutions/ reads it from there).
 *
 *   node --import tsx bench/guards/train.ts [--dim 16384] [--epochs 150] [--l2 0.0001] [--hand-weight 3] ...
 *   node --import tsx bench/guards/train.ts --json '{"newWritten":true,"budget":0.006}'   # any learn.ts Config setting
 *
 * The pipeline lives in learn.ts (shared with cv.ts, the leave-one-author-out cross-validation that chose the
 * settings; defaults = learn.ts DEFAULTS). Training rows since round 5: data/train.jsonl (template + hand-written
 * rows) AND the spent issue-20 evaluation sets (learn.ts SPENT_SETS: holdout-v2, dev-v3, holdout-v3, holdout-v4,
 * holdout-v5, holdout-v6, holdout-v7 since round 6, holdout-v8 since round 7, holdout-v9 since round 8, holdout-v10 since round 10); their bench figures are in-sample now. data/injection.jsonl (dev/test/holdout) and any
 * other set are never read. The thresholds come from the authors' out-of-fold scores (each author scored by an
 * n-gram model that never saw that author), not from in-sample scores. Deterministic: re-running gives the same file.
 */
import { writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { DEFAULTS, decide, NEW_WRITTEN, fit, hardOf, loadRows, ngramP, pct, searchThresholds, SPENT_SETS, tally, type Config } from "./learn.ts";

const here = path.dirname(fileURLToPath(import.meta.url));
const { values } = parseArgs({
  options: {
    dim: { type: "string", default: String(DEFAULTS.dim) },
    epochs: { type: "string", default: String(DEFAULTS.epochs) },
    l2: { type: "string", default: String(DEFAULTS.l2) },
    lr: { type: "string", default: String(DEFAULTS.lr) },
    "hand-weight": { type: "string", default: String(DEFAULTS.handWeight) },
    "stack-hand-weight": { type: "string", default: String(DEFAULTS.stackHandWeight) },
    "stack-l2": { type: "string", default: String(DEFAULTS.stackL2) },
    budget: { type: "string", default: String(DEFAULTS.budget) },
    "pooled-budget": { type: "string", default: String(DEFAULTS.pooledBudget) },
    // settings over the ones above, as a JSON object of learn.ts Config (cv.ts's variants, e.g. round 10's candidate)
    json: { type: "string" },
  },
});
const cfg: Config = {
  ...DEFAULTS,
  dim: Number(values.dim),
  epochs: Number(values.epochs),
  l2: Number(values.l2),
  lr: Number(values.lr),
  handWeight: Number(values["hand-weight"]),
  stackHandWeight: Number(values["stack-hand-weight"]),
  stackL2: Number(values["stack-l2"]),
  budget: Number(values.budget),
  pooledBudget: Number(values["pooled-budget"]),
  ...(values.json ? (JSON.parse(values.json) as Partial<Config>) : {}),
};
if (!Number.isInteger(Math.log2(cfg.dim))) throw new Error("--dim must be a power of two");
const t0 = performance.now();

const rows = loadRows(cfg.dim, cfg.features);
console.log(`${rows.length} rows: ${[...new Set(rows.map((r) => r.group))].map((g) => `${g} ${rows.filter((r) => r.group === g).length}`).join(", ")}`);
const m = fit(rows, cfg, true);
const hard = hardOf(m);

// per author group, on the out-of-fold scores the thresholds were chosen on, and the trade-off for other budgets
const groups = [...new Set(m.calib.rows.map((r) => r.group))];
for (const budget of [0.003, 0.005, 0.01, 0.02]) {
  const th = searchThresholds(m.calib.rows, m.calib.q, hard, Math.max(budget, cfg.budget), budget, cfg.docRuleThreshold, cfg.objective, cfg.monotone, cfg.fineGrid, undefined, cfg.docFloor, { groups: cfg.looseGroups, budget: cfg.looseBudget });
  const flags = m.calib.rows.map((r, i) => decide(r, m.calib.q[i]!, hard, { ...th, ...(m.th.tm ? { tm: m.th.tm } : {}) }, m.calib.p[i]));
  const t = tally(m.calib.rows, flags);
  console.log(`  pooled budget ${budget}: t ${th.t} td ${th.td} tr ${th.tr} trd ${th.trd} | out-of-fold recall ${pct(t.caught, t.att)}, pt ${pct(t.caughtPt, t.attPt)}, FP ${pct(t.fp, t.ben)} (${t.fp}/${t.ben})`);
}
const flags = m.calib.rows.map((r, i) => decide(r, m.calib.q[i]!, hard, m.th, m.calib.p[i]));
console.log(`chosen: threshold ${m.th.t},${m.th.tm ? ` n-gram alone ${m.th.tm},` : ""} documents ${m.th.td}, with a strong rule ${m.th.tr} (in a document ${m.th.trd}); ${m.hard.length} hard rules: ${m.hard.join(", ")}; ${m.hardDocument.length} hard in documents: ${m.hardDocument.join(", ")}`);
for (const g of groups) {
  const idx = m.calib.rows.map((r, i) => [r, i] as const).filter(([r]) => r.group === g);
  const t = tally(idx.map(([r]) => r), idx.map(([, i]) => flags[i]!));
  console.log(`  ${g.padEnd(11)} out-of-fold: recall ${pct(t.caught, t.att)} (${t.caught}/${t.att}), pt ${pct(t.caughtPt, t.attPt)}, FP ${pct(t.fp, t.ben)} (${t.fp}/${t.ben})`);
}

const train = rows.filter((r) => (cfg.trainOnSpent || r.group === "template" || r.group.startsWith("written")) && (cfg.newWritten || !NEW_WRITTEN.includes(r.group)));
let correct = 0;
for (const r of train) if ((ngramP(m.ngram, r) >= 0.5 ? 1 : 0) === r.label) correct++;
const weights: [number, number][] = [];
m.ngram.w.forEach((v, i) => {
  if (v !== 0) weights.push([i, v]);
});
const round3 = (x: number): number => Math.round(x * 1000) / 1000;
const model = {
  dim: cfg.dim,
  ...(cfg.features > 1 ? { features: cfg.features } : {}),
  bias: m.ngram.b,
  weights,
  stack: { bias: m.stack.bias, threshold: m.th.t, documentThreshold: m.th.td, ruleThreshold: m.th.tr, documentRuleThreshold: m.th.trd, hard: m.hard, hardUserOnly: m.hardUserOnly, hardDocument: m.hardDocument, ...(m.hardFloor > 0 ? { hardFloor: m.hardFloor } : {}), ...(m.th.tm ? { ngramThreshold: m.th.tm } : {}), weights: m.stack.weights },
  meta: {
    trainedOn: ["bench/guards/data/train.jsonl", ...(cfg.trainOnSpent ? SPENT_SETS.map((s) => `bench/guards/data/${s}.jsonl`) : [])],
    examples: train.length,
    handWritten: train.filter((r) => r.hand).length,
    calibratedOn: "out-of-fold scores, one fold per author group (bench/guards/learn.ts)",
    trainAccuracy: round3(correct / train.length),
    epochs: cfg.epochs,
    l2: cfg.l2,
    handWeight: cfg.handWeight,
  },
};
const out = path.join(here, "..", "..", "exercises", "08-injecao-prompt", "model.json");
writeFileSync(out, JSON.stringify(model) + "\n");
console.log(
  `wrote ${path.relative(process.cwd(), out)}: ${weights.length} n-gram weights, ${Object.keys(m.stack.weights).length} combiner weights, ` +
    `train accuracy ${model.meta.trainAccuracy} (${((performance.now() - t0) / 1000).toFixed(0)} s)`,
);
