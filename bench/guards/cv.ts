/**
 * Leave-one-author-out (LOAO) cross-validation of the learned injection model, the selection tool of round 5:
 *
 *   node --import tsx bench/guards/cv.ts                      # baseline (the shipped detector) + the chosen settings
 *   node --import tsx bench/guards/cv.ts --variant no-spent --variant random-oof   # other settings (see VARIANTS)
 *   node --import tsx bench/guards/cv.ts --only holdout-v6    # one held-out author only
 *   node --import tsx bench/guards/cv.ts --variant none --json '{"newWritten":true,"budget":0.0045}'   # ad-hoc settings (round 8)
 *
 * For each author group (the ten spent sets (v7–v10 each one group of two authors), the hand-written training rows as one group,
 * and with newWritten each later training author), learn.ts → fit()
 * trains both levels and sets the thresholds WITHOUT that group, then the group is scored as a new author. Template
 * rows always train. Deterministic. The first table is the detector of round 4 (`--baseline REV`, default 7eafa52,
 * read from git history by revision.ts) on the same rows: in-sample for the hand-written rows (training), dev-v3,
 * holdout-v3 and holdout-v4 (calibration); out-of-sample for v2, v5, v6.
 * `--check-shipped`: the shipped model.json through learn.ts's decision and through detector.ts must flag the same rows.
 */
import { parseArgs } from "node:util";
import { readFileSync } from "node:fs";
import { detectarInjecao } from "../../exercises/08-injecao-prompt/detector.ts";
import { addTally, DEFAULTS, NEW_WRITTEN, fit, hardBlocks, hardOf, loadRows, ngramP, pct, predict, SPENT_SETS, stackQ, tally, type Config, type Model, type Row, type Tally } from "./learn.ts";
import { guardsAt } from "./revision.ts";

const NGRAM_ALONE = [0.9, 0.95, 0.97, 0.98, 0.99, 0.995];
export const VARIANTS: Record<string, Partial<Config>> = {
  // learn.ts DEFAULTS (round 6): spent sets train, one fold per author, hard rules (signal@weight) on user text, in
  // documents the rules of indirect/delimiter/fake_turn that never fired on a benign text, hand-written × 6 / × 8,
  // false alarms ≤ 0.5 % per author and ≤ 0.3 % pooled, monotone thresholds by 0.01 above 0.8; round 7: a hard rule
  // blocks alone only with the combiner's q ≥ 0.7 (hardFloor)
  chosen: {},
  "round-6": { hardFloor: 0 }, // round 6's settings (with round 7's rules when run on this detector.ts)
  "doc-loose": { docHardStrict: false }, // a benign user text does not disqualify a document rule (only benign documents do)
  "doc-strict": { docHardStrict: true }, // = chosen since the round-6 run
  "no-doc-hard": { docHardIds: [] },
  "not-monotone": { monotone: false }, // a strong rule hit may need a higher combiner score than no rule (round 5)
  "strict-author-0.5": { docHardStrict: true, budget: 0.005 }, // false alarms ≤ 0.5 % per calibration author (not 1 %)
  "author-0.7": { budget: 0.007 }, // false alarms ≤ 0.7 % per calibration author
  "author-0.4": { budget: 0.004 }, // false alarms ≤ 0.4 % per calibration author (round 7)
  "hard-floor-0.3": { hardFloor: 0.3 }, // a hard rule blocks user text alone only with the combiner's q ≥ 0.3 (round 7)
  "hard-floor-0.5": { hardFloor: 0.5 },
  "hard-floor-0.7": { hardFloor: 0.7 },
  "author-0.5-fine": { budget: 0.005, fineGrid: true }, // ≤ 0.5 % per author, thresholds by 0.01 above 0.8
  "strict-pooled-0.2": { docHardStrict: true, pooledBudget: 0.002 }, // ≤ 0.2 % over all calibration authors (not 0.3 %) // round 5: no rule blocks a document alone, the combiner decides
  "doc-hard-all": { docHardIds: ["override", "new_instructions", "exfiltration", "jailbreak", "roleplay", "delimiter", "fake_turn", "indirect", "exfil_action", "output_control", "privilege", "secret_request", "encoded", "obfuscation", "goal_hijack", "tool_abuse", "payload_split", "virtualization", "persuasion"] }, // any rule, per regex
  "one-doc-threshold": { docRuleThreshold: false }, // a strong hit in a document uses tr like user text
  "trd-0.8": { maxDocRuleThreshold: 0.8 },
  "no-hard": { hardRules: false }, // no rule blocks alone: the combiner decides every strong hit
  "no-spent": { trainOnSpent: false, oof: "random", handWeight: 3, stackHandWeight: 5 }, // spent sets only calibrate, 5 folds by hash (round-4 recipe)
  "random-oof": { oof: "random" }, // combiner and thresholds on 5 folds by text hash instead of one per author
  "hard-all-sources": { hardUserOnly: false }, // hard rules block documents too (rounds 3–4)
  "doc-rule": { docRuleThreshold: true }, // a separate threshold for a strong rule hit in a document
  "mean-recall": { objective: "mean-recall" }, // thresholds maximise the mean recall of the author groups, not the attacks caught
  "hand-3": { handWeight: 3, stackHandWeight: 5 }, // rounds 3–4 weights
  "hand-1": { handWeight: 1, stackHandWeight: 1 },
  "budget-0.5": { pooledBudget: 0.005 },
  "budget-0.4": { pooledBudget: 0.004 },
  "budget-1": { pooledBudget: 0.01 },
  "l2-1e-3": { l2: 0.001 },
  "l2-1e-5": { l2: 0.00001 },
  "epochs-80": { epochs: 80 },
  "dim-32k": { dim: 32768 },
  // round 8: spend the false-alarm budget new authors left (v9: 0.4 %) on recall; the n-gram model weighing more
  "r8-budget-0.7": { budget: 0.007, pooledBudget: 0.004 },
  "r8-budget-0.8": { budget: 0.008, pooledBudget: 0.005 },
  "r8-budget-1": { budget: 0.01, pooledBudget: 0.005 },
  "r8-ngram-alone": { ngramAlone: NGRAM_ALONE }, // the n-gram score alone blocks at p ≥ tm (searched, or off)
  "r8-ngram-alone-0.8": { ngramAlone: NGRAM_ALONE, budget: 0.008, pooledBudget: 0.005 },
  "r8-rule-l2-10": { stackRuleL2Scale: 10 }, // the combiner's rule features shrunk 10× harder than the n-gram feature
  "r8-rule-l2-10-0.8": { stackRuleL2Scale: 10, budget: 0.008, pooledBudget: 0.005 },
  "r8-features-2": { features: 2 }, // model.ts: abstract tokens (<ferramenta>, <num>, <url>) and skip-bigrams
  "r8-features-2-0.8": { features: 2, budget: 0.008, pooledBudget: 0.005 },
  "r8-new-written": { newWritten: true }, // + the two round-8 training authors (written-c, written-d), two more groups
  // round 8's choice on the new-author panel (README "round 8"; not shipped: +2.3 panel points, the rule asked +3)
  "r8-chosen": { newWritten: true, budget: 0.0045, stackL2: 0.0003, ngramAlone: NGRAM_ALONE },
  // round 10's one pre-registered configuration (README "round 10"): four training authors (c, d, e, f); e and f, asked
  // for the hardest look-alikes, calibrate under their own 2 % budget, outside the pooled one, and qualify no hard rule
  r10: { newWritten: true, budget: 0.006, pooledBudget: 0.004, stackL2: 0.0003, looseGroups: ["written-e", "written-f"], looseBudget: 0.02 },
  // its pre-registered fallback if e and f were not usable (not in train.jsonl): the same settings on c and d
  "r10-cd": { newWritten: true, budget: 0.006, pooledBudget: 0.004, stackL2: 0.0003 },
  // round 12's second pre-registered candidate (README "round 12"): r10's setting with the false-alarm room v11 and v12
  // left (0–2 of ~1,300 where 1 % allows 13) spent on recall
  r12b: { newWritten: true, budget: 0.01, pooledBudget: 0.007, stackL2: 0.0003, looseGroups: ["written-e", "written-f"], looseBudget: 0.02 },
};

const { values } = parseArgs({
  options: {
    variant: { type: "string", multiple: true, default: ["chosen"] }, // "--variant none": no LOAO run
    only: { type: "string", multiple: true },
    "no-baseline": { type: "boolean", default: false },
    baseline: { type: "string", default: "7eafa52" },
    "check-shipped": { type: "boolean", default: false },
    json: { type: "string", multiple: true }, // an ad-hoc variant: a JSON object of Config settings (round 8 screens)
    errors: { type: "boolean", default: false },
    misses: { type: "boolean", default: false }, // list each held-out author's missed attacks with p (n-gram) and q // list each held-out author's false alarms (hard rule or q)
  },
});
const GROUPS = [...SPENT_SETS, "written", ...NEW_WRITTEN];
/** the new-author panel of round 8: LOAO rows of the sealed sets written by two blind authors each */
const PANEL = ["holdout-v7", "holdout-v8", "holdout-v9", "holdout-v10"];
const heldFor = (cfg?: Config): string[] => (values.only ?? GROUPS).filter((g) => !cfg || cfg.newWritten || !NEW_WRITTEN.includes(g));
const t0 = performance.now();
const secs = (): string => `${((performance.now() - t0) / 1000).toFixed(0)} s`;

const rowsByDim = new Map<string, Row[]>();
const rowsFor = (dim: number, features = 1): Row[] => {
  let rs = rowsByDim.get(`${dim}/${features}`);
  if (!rs) {
    rs = loadRows(dim, features);
    rowsByDim.set(`${dim}/${features}`, rs);
    console.log(`loaded ${rs.length} rows (dim ${dim}, features ${features}, ${secs()})`);
  }
  return rs;
};

const line = (name: string, t: Tally, extra = ""): string =>
  `| ${name.padEnd(11)} | ${pct(t.caught, t.att).padStart(7)} (${t.caught}/${t.att}) | ${pct(t.caughtPt, t.attPt).padStart(7)} (${t.caughtPt}/${t.attPt}) | ` +
  `${pct(t.fp, t.ben).padStart(6)} (${t.fp}/${t.ben}) | ${pct(t.fpDoc, t.benDoc).padStart(6)} (${t.fpDoc}/${t.benDoc}) |${extra}`;
const header = (extra = ""): void => {
  console.log(`| held out    | recall           | pt recall        | FP benign         | FP documents     |${extra}`);
  console.log(`|---|---|---|---|---|${extra ? "---|" : ""}`);
};
function summary(per: [string, Tally][]): void {
  const pooled = per.reduce((a, [, t]) => addTally(a, t), { att: 0, caught: 0, attPt: 0, caughtPt: 0, ben: 0, fp: 0, benDoc: 0, fpDoc: 0 });
  console.log(line("pooled", pooled));
  const worstFp = per.reduce((a, b) => (b[1].fp / Math.max(1, b[1].ben) > a[1].fp / Math.max(1, a[1].ben) ? b : a));
  const worstRecall = per.reduce((a, b) => (b[1].caught / Math.max(1, b[1].att) < a[1].caught / Math.max(1, a[1].att) ? b : a));
  const worstPt = per.reduce((a, b) => (b[1].caughtPt / Math.max(1, b[1].attPt) < a[1].caughtPt / Math.max(1, a[1].attPt) ? b : a));
  console.log(
    `worst author: FP ${pct(worstFp[1].fp, worstFp[1].ben)} (${worstFp[0]}), recall ${pct(worstRecall[1].caught, worstRecall[1].att)} (${worstRecall[0]}), ` +
      `pt ${pct(worstPt[1].caughtPt, worstPt[1].attPt)} (${worstPt[0]})`,
  );
  // the spent sets of other authors alone (the hand-written group has 10× more attacks and dominates the pooled recall)
  const sets = per.filter(([g]) => !g.startsWith("written")).reduce((a, [, t]) => addTally(a, t), { att: 0, caught: 0, attPt: 0, caughtPt: 0, ben: 0, fp: 0, benDoc: 0, fpDoc: 0 });
  console.log(line("spent sets", sets));
  // round 8's selection figure: the new-author panel, the two-author sealed pairs held out together (README "round 8")
  const panel = per.filter(([g]) => PANEL.includes(g));
  if (panel.length) {
    const pt = panel.reduce((a, [, t]) => addTally(a, t), { att: 0, caught: 0, attPt: 0, caughtPt: 0, ben: 0, fp: 0, benDoc: 0, fpDoc: 0 });
    const worstPanel = Math.max(...panel.map(([, t]) => t.fp / Math.max(1, t.ben)));
    console.log(line(`panel (${panel.length})`, pt, ` worst pair FP ${(100 * worstPanel).toFixed(2)} %`));
  }
}

if (!values["no-baseline"]) {
  const rows = rowsFor(DEFAULTS.dim);
  const detect = (await guardsAt(values.baseline)).detectInjection;
  console.log(`\n## baseline: the detector at ${values.baseline} (round 4), in-sample for written, dev-v3, holdout-v3, holdout-v4\n`);
  header();
  const per: [string, Tally][] = [];
  for (const g of heldFor(DEFAULTS)) {
    const rs = rows.filter((r) => r.group === g);
    const t = tally(rs, rs.map((r) => detect(r.text, { source: r.doc ? "document" : "user" }).flagged));
    per.push([g, t]);
    console.log(line(g, t));
  }
  summary(per);
}

if (values["check-shipped"]) {
  // the shipped model through learn.ts's decision and through the detector itself: the same flags on every row
  const data = JSON.parse(readFileSync(new URL("../../exercises/08-injecao-prompt/model.json", import.meta.url), "utf8")) as {
    dim: number;
    features?: number;
    bias: number;
    weights: [number, number][];
    stack: { bias: number; weights: Record<string, number>; threshold: number; documentThreshold: number; ruleThreshold: number; documentRuleThreshold: number; hard: string[]; hardUserOnly?: boolean; hardDocument?: string[]; hardFloor?: number; ngramThreshold?: number };
  };
  const w = new Float64Array(data.dim);
  for (const [i, v] of data.weights) w[i] = v;
  const m: Model = {
    ngram: { w, b: data.bias },
    stack: { bias: data.stack.bias, weights: data.stack.weights },
    hard: data.stack.hard,
    hardUserOnly: data.stack.hardUserOnly === true,
    hardDocument: data.stack.hardDocument ?? [],
    hardFloor: data.stack.hardFloor ?? 0,
    th: { t: data.stack.threshold, td: data.stack.documentThreshold, tr: data.stack.ruleThreshold, trd: data.stack.documentRuleThreshold, ...(data.stack.ngramThreshold ? { tm: data.stack.ngramThreshold } : {}) },
    calib: { rows: [], q: [], p: [] },
  };
  const rows = rowsFor(data.dim, data.features ?? 1);
  const mine = predict(m, rows);
  const theirs = rows.map((r) => detectarInjecao(r.text, { source: r.doc ? "document" : "user" }).flagged);
  const diff = rows.filter((_, i) => mine[i] !== theirs[i]);
  console.log(`\n## check: shipped model.json, learn.ts vs detector.ts: ${diff.length} of ${rows.length} rows differ`);
  for (const r of diff.slice(0, 10)) console.log(`  ${r.group} ${r.label} ${r.text.slice(0, 80).replace(/\n/g, " ")}`);
  header();
  const per: [string, Tally][] = [];
  for (const g of heldFor()) {
    const idx = rows.map((r, i) => [r, i] as const).filter(([r]) => r.group === g);
    const t = tally(idx.map(([r]) => r), idx.map(([, i]) => theirs[i]!));
    per.push([g, t]);
    console.log(line(g, t, " (in-sample)"));
  }
  summary(per);
}

for (const name of [...values.variant.filter((v) => v !== "none"), ...(values.json ?? [])]) {
  const over = name.startsWith("{") ? (JSON.parse(name) as Partial<Config>) : VARIANTS[name];
  if (!over) throw new Error(`unknown variant ${name}; one of ${Object.keys(VARIANTS).join(", ")}`);
  const cfg: Config = { ...DEFAULTS, ...over };
  const rows = rowsFor(cfg.dim, cfg.features);
  console.log(`\n## LOAO, variant "${name}" ${JSON.stringify(over)}\n`);
  header(" thresholds t/td/tr/trd, hard user+documents |");
  const per: [string, Tally][] = [];
  for (const g of heldFor(cfg)) {
    const m = fit(rows.filter((r) => r.group !== g), cfg);
    const rs = rows.filter((r) => r.group === g);
    const flags = predict(m, rs);
    const t = tally(rs, flags);
    per.push([g, t]);
    if (values.errors)
      rs.forEach((r, i) => {
        if (r.label === 1 || !flags[i]) return;
        const p = ngramP(m.ngram, r);
        const q = stackQ(m.stack, r, p);
        const why = hardBlocks(r, hardOf(m), q)
          ? `hard ${(r.doc ? r.ruleKeys : r.strongKeys).join(" ")} (q ${q.toFixed(3)})`
          : m.th.tm && p >= m.th.tm
            ? `n-gram p ${p.toFixed(3)} (q ${q.toFixed(3)})`
            : `q ${q.toFixed(3)}${r.strong ? ` strong ${r.strongKeys.join(" ")}` : ""}`;
        console.log(`    FP ${r.doc ? "doc " : "user"} ${why} | ${r.text.slice(0, 140).replace(/\n/g, " ")}`);
      });
    if (values.misses)
      rs.forEach((r, i) => {
        if (r.label === 0 || flags[i]) return;
        const p = ngramP(m.ngram, r);
        console.log(`    MISS ${r.doc ? "doc " : "user"} p ${p.toFixed(3)} q ${stackQ(m.stack, r, p).toFixed(3)}${r.strong ? ` strong ${r.strongKeys.join(" ")}` : ""} | ${r.text.slice(0, 120).replace(/\n/g, " ")}`);
      });
    console.log(line(g, t, ` ${m.th.t}/${m.th.td}/${m.th.tr}/${m.th.trd}${m.th.tm ? ` tm ${m.th.tm}` : ""}, ${m.hard.length}+${m.hardDocument.length} | ${secs()}`));
  }
  summary(per);
}
