import { readFileSync } from "node:fs";
import { detectInjection } from "../../exercises/08-injecao-prompt/detector.ts";
import { learnedScore, modelInput } from "../../exercises/08-injecao-prompt/model.ts";
import { normalizeForDetection } from "../../exercises/08-injecao-prompt/normalize.ts";
const file = process.argv[2] ?? "dev-v3.jsonl";
const split = process.argv[3] ?? "dev-v3";
const rows = readFileSync(new URL(`./data/${file}`, import.meta.url), "utf8").trim().split("\n").map((l) => JSON.parse(l)).filter((r) => r.split === split);
const data = rows.map((r) => {
  const rules = detectInjection(r.text, { source: r.source, useModel: false });
  return { r, rules: rules.score, p: learnedScore(modelInput(normalizeForDetection(r.text))) ?? 0 };
});
// emulate the detector's combination for a given threshold / max weight
for (const T of [0.7, 0.75, 0.8, 0.85, 0.9]) {
  const flag = (d: (typeof data)[number]): boolean => {
    const p = d.p;
    let w = 0;
    if (p > 0.5) w = p >= T ? 0.5 + (0.3 * (p - T)) / (1 - T) : (0.3 * (p - 0.5)) / (T - 0.5);
    return 1 - (1 - d.rules) * (1 - w) >= 0.5;
  };
  const att = data.filter((d) => d.r.label === "attack");
  const ben = data.filter((d) => d.r.label === "benign");
  const pt = att.filter((d) => d.r.lang === "pt");
  console.log(`T=${T} recall ${att.filter(flag).length}/${att.length} pt ${pt.filter(flag).length}/${pt.length} FP ${ben.filter(flag).length}/${ben.length}`);
}
