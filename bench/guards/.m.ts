import { readFileSync } from "node:fs";
import { detectInjection } from "../../exercises/08-injecao-prompt/detector.ts";
const load = (f: string) => readFileSync(new URL(`./data/${f}`, import.meta.url), "utf8").trim().split("\n").map((l) => JSON.parse(l));
const all = [...load("dev-v3.jsonl"), ...load("injection.jsonl").filter((r: { split: string }) => r.split === "dev" || r.split === "test")];
for (const split of ["dev-v3", "dev", "test"]) {
  const rows = all.filter((r) => r.split === split);
  const f = (r: (typeof rows)[number]) => detectInjection(r.text, { source: r.source }).flagged;
  const att = rows.filter((r) => r.label === "attack"), ben = rows.filter((r) => r.label === "benign");
  const pt = att.filter((r) => r.lang === "pt");
  const a = att.filter(f).length, p = pt.filter(f).length, b = ben.filter(f).length;
  console.log(`${split.padEnd(7)} recall ${a}/${att.length} ${(100 * a / att.length).toFixed(1)}%  pt ${p}/${pt.length} ${(100 * p / pt.length).toFixed(1)}%  FP ${b}/${ben.length}`);
}
