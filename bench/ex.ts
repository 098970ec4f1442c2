/**
 * `npm run ex:N` against its floor, measured in the same run (not a timed test: prints figures, exits 0
 * unless it cannot run). The floor is `node --import tsx` on an empty file; the goal is ex:N ≤ 5× it.
 * Runs are interleaved (floor, ex:N, floor, ...) so machine load hits both alike; medians are reported.
 * Run: npm run bench:ex [-- N]   (BENCH_RUNS=7 by default). Every variant runs on the Node that runs this script
 * (`/path/to/node --import tsx bench/ex.ts` for another version); the floor depends on it (docs/facts.md §1).
 * A/B: BENCH_BASE=/path/to/other/checkout (several: comma-separated) adds those checkouts' ex:N to the same
 * interleaved rounds, and prints the median of the per-round differences against each.
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { exec } from "../scripts/lib/exec.ts";

import { ROOT } from "../lib/cli/paths.mjs";
import { median } from "./lib/stats.ts";
const runs = Number(process.env.BENCH_RUNS ?? 7);
const id = process.argv[2] ?? "1";
const fmt = (ms: number) => `${(ms / 1000).toFixed(2)} s`;

const empty = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "bench-ex-")), "vazio.ts");
fs.writeFileSync(empty, "export {};\n");
const env = { ...process.env, WORKBOOK_MODE: "lab", FORCE_COLOR: "0" };
const variants: Record<string, { args: string[]; cwd: string }> = {
  "node --import tsx (vazio)": { args: ["--import", "tsx", empty], cwd: ROOT },
  [`npm run ex:${id}`]: { args: ["scripts/ex.mjs", id], cwd: ROOT },
};
if (process.env.BENCH_OLD) variants[`ex:${id} antigo (tsx + filho depois)`] = { args: ["--import", "tsx", "scripts/ex.ts", id], cwd: ROOT };
const bases = (process.env.BENCH_BASE ?? "").split(",").filter(Boolean).map((b) => path.resolve(b));
for (const base of bases) variants[`ex:${id} em ${base}`] = { args: ["scripts/ex.mjs", id], cwd: base };
const times: Record<string, number[]> = Object.fromEntries(Object.keys(variants).map((k) => [k, []]));
for (const dir of [ROOT, ...bases]) await exec(process.execPath, ["scripts/ex.mjs", id], { cwd: dir, env, timeoutMs: 120_000 }); // warm the disk cache
for (let i = 0; i < runs; i++) {
  // Alternating order: no variant always runs right after the same neighbour.
  const order = i % 2 ? Object.entries(variants).reverse() : Object.entries(variants);
  for (const [name, { args, cwd }] of order) {
    const result = await exec(process.execPath, args, { cwd, env, timeoutMs: 120_000 });
    if (result.code !== 0 && result.code !== 1) throw new Error(`${name} terminou com código ${result.code}:\n${result.stderr}`);
    times[name]!.push(result.ms);
  }
}
fs.rmSync(path.dirname(empty), { recursive: true, force: true });
const floor = median(times["node --import tsx (vazio)"]!);
for (const [name, samples] of Object.entries(times)) {
  const m = median(samples);
  console.log(`${name}: mediana ${fmt(m)} = ${(m / floor).toFixed(1)}× o piso  [${samples.map(fmt).join(", ")}]`);
}
for (const base of bases) {
  const rounds = times[`npm run ex:${id}`]!.map((t, i) => t - times[`ex:${id} em ${base}`]![i]!);
  console.log(`A/B: mediana das diferenças por rodada (este − ${base}): ${median(rounds) >= 0 ? "+" : ""}${Math.round(median(rounds))} ms`);
}
console.log(`meta: ex:${id} ≤ 5× o piso (Node ${process.version}, load average ${os.loadavg()[0]!.toFixed(1)}, ${os.cpus().length} núcleos)`);
