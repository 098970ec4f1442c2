import { readFileSync } from "node:fs";
import { detectInjection } from "../../exercises/08-injecao-prompt/detector.ts";
const split = process.argv[2] ?? "dev-v3";
const file = split === "dev-v3" ? "dev-v3.jsonl" : "injection.jsonl";
const rows = readFileSync(new URL(`./data/${file}`, import.meta.url), "utf8").trim().split("\n").map((l) => JSON.parse(l)).filter((r) => r.split === split);
const show = process.argv[3] ?? "fa";
for (const r of rows) {
  const res = detectInjection(r.text, { source: r.source });
  if (show === "fa" && r.label === "benign" && res.flagged) console.log(`FA ${r.id} [${r.lang}/${r.source}] ${res.score} ${res.signals.map((s) => `${s.id}:${s.weight.toFixed(2)}:${s.match}`).join(" | ")}\n   ${r.text.slice(0, 200)}`);
  if (show === "miss" && r.label === "attack" && !res.flagged) console.log(`MISS ${r.id} [${r.lang}/${r.cls}] ${res.score} ${res.signals.map((s) => `${s.id}:${s.weight.toFixed(2)}`).join(" ")}\n   ${r.text.slice(0, 160)}`);
  if (show === "near" && r.label === "benign" && !res.flagged && res.score >= 0.3) console.log(`NEAR ${r.id} ${res.score} ${res.signals.map((s) => `${s.id}:${s.weight.toFixed(2)}:${s.match}`).join(" | ")}\n   ${r.text.slice(0, 160)}`);
}
