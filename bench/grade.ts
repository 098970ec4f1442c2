/**
 * `npm run grade` on one student who handed in every reference solution: one sandboxed run per exercise, serial
 * (`--jobs 1`), the cost an instructor pays per student. Not a timed test: prints figures, exits 0 unless grading fails.
 * Run: npm run bench:grade   (BENCH_RUNS=3 by default).
 * A/B: BENCH_BASE=/path/to/other/checkout (several: comma-separated) grades the same folder with those checkouts in the
 * same interleaved rounds and prints the median of the per-round differences against each.
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { exercises } from "../curriculum.ts";
import { folderName } from "../lib/exercises.ts";
import { ROOT } from "../lib/cli/paths.mjs";
import { exec } from "../scripts/lib/exec.ts";
import { copySolutionFolder } from "../scripts/lib/solution-files.mjs";
import { median } from "./lib/stats.ts";

const runs = Number(process.env.BENCH_RUNS ?? 3);
const fmt = (ms: number) => `${(ms / 1000).toFixed(1)} s`;

const ready = exercises.filter((e) => e.status === "ready");
const student = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "bench-grade-")), "referencia");
for (const exercise of ready) copySolutionFolder(folderName(exercise), path.join(student, folderName(exercise)), ROOT);

const env = { ...process.env, WORKBOOK_MODE: "lab", FORCE_COLOR: "0" };
const checkouts = [ROOT, ...(process.env.BENCH_BASE ?? "").split(",").filter(Boolean).map((b) => path.resolve(b))];
const times = new Map<string, number[]>(checkouts.map((c) => [c, []]));

async function grade(checkout: string): Promise<number> {
  const result = await exec(process.execPath, ["--import", "tsx", "scripts/grade.ts", "--dir", student, "--jobs", "1", "--format", "json"], { cwd: checkout, env, timeoutMs: 600_000 });
  if (result.code !== 0) throw new Error(`a correção em ${checkout} terminou com código ${result.code}:\n${result.stderr}`);
  const graded = JSON.parse(result.stdout) as { score: number; max_score: number };
  if (graded.score !== graded.max_score) throw new Error(`a correção em ${checkout} deu ${graded.score}/${graded.max_score} às soluções de referência`);
  return result.ms;
}

for (const checkout of checkouts) await grade(checkout); // warm the disk cache and the lab's one-file build
for (let i = 0; i < runs; i++) {
  const order = i % 2 ? [...checkouts].reverse() : checkouts;
  for (const checkout of order) times.get(checkout)!.push(await grade(checkout));
}

console.log(`npm run grade, 1 aluno × ${ready.length} exercícios (soluções de referência), --jobs 1; mediana de ${runs} rodadas`);
const own = times.get(ROOT)!;
for (const [checkout, ms] of times) {
  const diff = checkout === ROOT ? "" : `  (diferença por rodada, este checkout menos esse: ${fmt(median(own.map((t, i) => t - ms[i]!)))})`;
  console.log(`  ${checkout === ROOT ? "este checkout" : checkout}: ${fmt(median(ms))} (${fmt(median(ms) / ready.length)} por exercício)${diff}`);
}
fs.rmSync(path.dirname(student), { recursive: true, force: true });
