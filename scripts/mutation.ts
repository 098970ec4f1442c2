/**
 * `npm run mutation [N] [--min 90]`: mutation testing of the checks. Stryker mutates the solution of one
 * exercise (or of every "ready" exercise in curriculum.ts, one after the other) and runs that exercise's
 * check file against each mutant. A surviving mutant is a wrong solution the checks would accept.
 * Reports: reports/mutation/<NN-slug>/index.html and mutation.json, the Stryker log next to them, and
 * reports/mutation/summary.json. Exit code 1 when an exercise scores below --min (default 90).
 */
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { exercises, type Exercise } from "../curriculum.ts";
import { findExercise, folderName } from "../lib/exercises.ts";
import { exec } from "./lib/exec.ts";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const STRYKER = path.join(ROOT, "node_modules", "@stryker-mutator", "core", "bin", "stryker.js");
/** Per exercise: far above the ~1–3 min measured under load, so only a real hang trips it. */
const TIMEOUT_MS = 30 * 60_000;

interface ReportMutant {
  id: string;
  mutatorName: string;
  replacement?: string;
  status: string;
  location: { start: { line: number; column: number } };
}
interface Report {
  files: Record<string, { mutants: ReportMutant[] }>;
}

export interface ExerciseScore {
  exercise: string;
  score: number;
  killed: number;
  timeout: number;
  survived: number;
  noCoverage: number;
  errors: number;
  seconds: number;
  survivors: string[];
}

/** Stryker's mutation score: detected / (detected + undetected); compile/runtime errors and ignored don't count. */
export function summarise(exercise: string, report: Report, seconds: number): ExerciseScore {
  const count = (status: string) => Object.values(report.files).flatMap((f) => f.mutants).filter((m) => m.status === status).length;
  const killed = count("Killed");
  const timeout = count("Timeout");
  const survived = count("Survived");
  const noCoverage = count("NoCoverage");
  const errors = count("CompileError") + count("RuntimeError");
  const valid = killed + timeout + survived + noCoverage;
  const survivors = Object.entries(report.files).flatMap(([file, { mutants }]) =>
    mutants
      .filter((m) => m.status === "Survived" || m.status === "NoCoverage")
      .map((m) => `${file}:${m.location.start.line}:${m.location.start.column} ${m.mutatorName} → ${JSON.stringify(m.replacement ?? "")} (${m.status})`),
  );
  return { exercise, score: valid ? (100 * (killed + timeout)) / valid : 100, killed, timeout, survived, noCoverage, errors, seconds, survivors };
}

async function mutate(exercise: Exercise): Promise<ExerciseScore | { exercise: string; error: string }> {
  const name = folderName(exercise);
  const dir = path.join(ROOT, "reports", "mutation", name);
  fs.mkdirSync(dir, { recursive: true });
  console.log(`\n▶ ${name}: Stryker rodando (log em ${path.relative(ROOT, path.join(dir, "stryker.log"))})…`);
  const run = await exec(process.execPath, [STRYKER, "run", "stryker.config.mjs"], {
    cwd: ROOT,
    env: { ...process.env, MUTATION_EXERCISE: name, FORCE_COLOR: "0" },
    timeoutMs: TIMEOUT_MS,
  });
  fs.writeFileSync(path.join(dir, "stryker.log"), `${run.stdout}\n${run.stderr}`);
  const reportFile = path.join(dir, "mutation.json");
  if (run.code !== 0 || run.timedOut || !fs.existsSync(reportFile)) {
    const tail = `${run.stdout}\n${run.stderr}`.trim().split("\n").slice(-15).join("\n");
    return { exercise: name, error: run.timedOut ? `passou de ${TIMEOUT_MS / 60_000} min` : `Stryker terminou com código ${run.code}:\n${tail}` };
  }
  return summarise(name, JSON.parse(fs.readFileSync(reportFile, "utf8")) as Report, run.ms / 1000);
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const minIndex = args.indexOf("--min");
  const min = minIndex >= 0 ? Number(args[minIndex + 1]) : 90;
  const query = args.find((a, i) => !a.startsWith("--") && (minIndex < 0 || i !== minIndex + 1));
  let selected: Exercise[];
  if (query) {
    const found = findExercise(query);
    if ("error" in found) {
      console.error(found.error);
      process.exit(2);
    }
    if (found.exercise.status !== "ready") {
      console.error(`O exercício ${found.exercise.id} ainda não está pronto (status "${found.exercise.status}" em curriculum.ts).`);
      process.exit(2);
    }
    selected = [found.exercise];
  } else {
    selected = exercises.filter((e) => e.status === "ready");
  }
  // Exercises without TypeScript to mutate (e.g. 10: Dockerfile and YAML) are skipped with a note.
  const withCode = selected.filter((e) => fs.readdirSync(path.join(ROOT, "solutions", folderName(e)), { recursive: true }).some((f) => String(f).endsWith(".ts")));
  for (const e of selected.filter((x) => !withCode.includes(x))) console.log(`– ${folderName(e)}: sem arquivos .ts na solução, nada a mutar.`);

  const results: Array<ExerciseScore | { exercise: string; error: string }> = [];
  for (const exercise of withCode) {
    const result = await mutate(exercise);
    results.push(result);
    if ("error" in result) console.log(`✗ ${result.exercise}: ${result.error}`);
    else {
      console.log(`${result.score >= min ? "✓" : "✗"} ${result.exercise}: ${result.score.toFixed(2)} % (${result.killed} mortos, ${result.timeout} por tempo, ${result.survived} sobreviventes, ${result.noCoverage} sem cobertura) em ${result.seconds.toFixed(0)} s`);
      for (const s of result.survivors) console.log(`    sobrevivente: ${s}`);
    }
  }
  fs.writeFileSync(path.join(ROOT, "reports", "mutation", "summary.json"), `${JSON.stringify({ min, date: new Date().toISOString(), results }, null, 2)}\n`);
  console.log("\nMutation score por exercício:");
  for (const r of results) console.log(`  ${r.exercise.padEnd(32)} ${"error" in r ? "erro" : `${r.score.toFixed(2).padStart(6)} %  ${r.seconds.toFixed(0).padStart(4)} s`}`);
  const bad = results.filter((r) => "error" in r || r.score < min);
  if (bad.length) {
    console.log(`\n${bad.length} exercício(s) abaixo de ${min} % ou com erro. Relatórios HTML em reports/mutation/<exercício>/index.html.`);
    process.exitCode = 1;
  }
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) await main();
