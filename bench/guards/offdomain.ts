/**
 * False alarms of the injection detector on benign text outside the evaluation splits, shipped vs now:
 *
 *   node --import tsx bench/guards/offdomain.ts
 *
 * 1. the training set's benign sentences, RULES ONLY (useModel: false): the model learned them, the rules were
 *    never tuned on them before the false-positive round of issue 20, so they show keyword rules firing on
 *    look-alikes (the false-positive round used this count; it is no longer unseen);
 * 2. the hand-written calibration slice (see below);
 * 3. the paragraphs of docs/*.md and exercises/NN/README.md (off-domain: code, API notes; some quote attacks on
 *    purpose), as user text and as retrieved documents.
 * "shipped" = the detector at 05335e8 (before the false-positive round); "round 2" = at 2f9646f (first measured on
 * holdout-v3); "round 3" = at fb6f0d3 (before holdout-v3/v4 became calibration sets); all read from git history
 * by revision.ts.
 */
import { existsSync, readFileSync, readdirSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { detectarInjecao } from "../../exercises/08-injecao-prompt/detector.ts";
import { guardsAt } from "./revision.ts";
import { hashString } from "../../lib/cli/rng.ts";
import type { TrainCase } from "./types.ts";

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.join(here, "..", "..");
type Detect = typeof detectarInjecao;
const detectors: [string, Detect][] = [
  ["shipped", (await guardsAt("05335e8")).detectInjection as Detect],
  ["round 2", (await guardsAt("2f9646f")).detectInjection as Detect],
  ["round 3", (await guardsAt("fb6f0d3")).detectInjection as Detect],
  ["now", detectarInjecao],
];

const train = readFileSync(path.join(here, "data", "train.jsonl"), "utf8")
  .split(/\r?\n/)
  .filter((l) => l.trim())
  .map((l) => JSON.parse(l) as TrainCase);
const benign = train.filter((r) => r.label === 0);
const attacks = train.filter((r) => r.label === 1);
console.log(`training sentences, rules only (${benign.length} benign, ${attacks.length} attacks):`);
for (const [name, detect] of detectors) {
  const asUser = benign.filter((r) => detect(r.text, { useModel: false }).flagged).length;
  const asDoc = benign.filter((r) => detect(r.text, { useModel: false, source: "document" }).flagged).length;
  const caught = attacks.filter((r) => detect(r.text, { useModel: false }).flagged).length;
  console.log(`  ${name.padEnd(8)} false alarms ${asUser} as user, ${asDoc} as documents; attacks caught ${caught}`);
}

// 2. the hand-written calibration slice: one in five hand-written rows of train.jsonl (by text hash), held out of
//    training by train.ts and used only to set the combiner's thresholds. Another author than the rules and the
//    templates, so the closest thing to independent text inside the repo (same author as the rest of the
//    hand-written training rows, though: expect the sealed holdout to come out lower).
const slice = train.filter((r) => r.origin === "written" && hashString(r.text) % 5 === 0);
if (slice.length) {
  const att = slice.filter((r) => r.label === 1);
  const ben = slice.filter((r) => r.label === 0);
  const docs = ben.filter((r) => r.source === "document");
  const pct = (a: number, n: number): string => `${((100 * a) / Math.max(1, n)).toFixed(1)} % (${a}/${n})`;
  console.log(`hand-written calibration slice (${att.length} attacks, ${ben.length} benign, ${docs.length} of them documents), full detector:`);
  for (const [name, detect] of detectors) {
    const flag = (r: TrainCase): boolean => detect(r.text, { source: r.source ?? "user" }).flagged;
    const caught = att.filter(flag).length;
    const pt = att.filter((r) => r.lang === "pt");
    console.log(
      `  ${name.padEnd(8)} recall ${pct(caught, att.length)}, pt ${pct(pt.filter(flag).length, pt.length)}; ` +
        `false alarms ${pct(ben.filter(flag).length, ben.length)}, documents ${pct(docs.filter(flag).length, docs.length)}`,
    );
  }
}

const files: string[] = readdirSync(path.join(root, "docs"))
  .filter((f) => f.endsWith(".md"))
  .map((f) => path.join(root, "docs", f));
for (const d of readdirSync(path.join(root, "exercises"))) {
  const f = path.join(root, "exercises", d, "README.md");
  if (existsSync(f)) files.push(f);
}
const paragraphs = files.flatMap((f) =>
  readFileSync(f, "utf8")
    .split(/\r?\n\s*\r?\n/)
    .map((p) => p.trim())
    .filter((p) => p.length > 40),
);
console.log(`repository docs (${paragraphs.length} paragraphs of ${files.length} files), full detector:`);
for (const [name, detect] of detectors) {
  const asUser = paragraphs.filter((p) => detect(p).flagged).length;
  const asDoc = paragraphs.filter((p) => detect(p, { source: "document" }).flagged).length;
  console.log(`  ${name.padEnd(8)} flagged ${asUser} as user, ${asDoc} as documents`);
}
