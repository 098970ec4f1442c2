/**
 * `npm run mutation [N] [--min 90]`: mutation testing of the checks. Stryker mutates the solution of one
 * exercise (or of every "ready" exercise in curriculum.ts, one after the other) and runs that exercise's
 * check file against each mutant. A surviving mutant is a wrong solution the checks would accept.
 * Reports: reports/mutation/<NN-slug>/index.html and mutation.json, the Stryker log next to them, and
 * reports/mutation/summary.json. Exit code 1 when an exercise scores below --min (default 90).
 * Incremental: a re-run with nothing changed reuses every result (seconds instead of minutes). When the check
 * file (or checks/_support) changed, the run is forced: Stryker 9.6.1 reuses the old result of a "static"
 * mutant (code run at import, e.g. a zod schema) even after its tests changed, since no test "covers" it.
 * Other options go to Stryker as they are: `npm run mutation 05 -- --force` (re-test every mutant),
 * `npm run mutation 05 -- --mutate solutions/05-rag-tracing/rag_tracing.ts:60-70` (only those lines).
 */
import { createHash } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { exercises, type Exercise } from "../curriculum.ts";
import { findExercise, folderName } from "../lib/exercises.ts";
import { exec } from "./lib/exec.ts";
import { ROOT } from "../lib/cli/paths.mjs";

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

/**
 * Keeps only the mutants inside the `mutate` patterns of this run ("file" or "file:start-end" lines). In
 * incremental mode Stryker copies into mutation.json the old results of mutants OUTSIDE the current ranges
 * (e.g. from a run before the scope was narrowed to the student's lines); they must not count.
 */
export function inScope(report: Report, patterns: readonly string[]): Report {
  const ranges = patterns.map((p) => {
    const m = /^(.*?):(\d+)-(\d+)$/.exec(p);
    return m ? { file: m[1]!, from: Number(m[2]), to: Number(m[3]) } : { file: p, from: 1, to: Number.MAX_SAFE_INTEGER };
  });
  const files = Object.fromEntries(
    Object.entries(report.files).map(([file, { mutants }]) => [
      file,
      { mutants: mutants.filter((mt) => ranges.some((r) => (r.file === file || (r.file.includes("*") && file.startsWith(r.file.split("*")[0]!))) && mt.location.start.line >= r.from && mt.location.start.line <= r.to)) },
    ]),
  );
  return { files };
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

/** The `mutate` patterns stryker.config.mjs computes for an exercise (the student's lines, or whole files). */
export async function mutatePatterns(name: string): Promise<string[]> {
  const previous = process.env.MUTATION_EXERCISE;
  process.env.MUTATION_EXERCISE = name;
  try {
    const config = (await import(`${pathToFileURL(path.join(ROOT, "stryker.config.mjs")).href}?exercise=${encodeURIComponent(name)}`)) as { default: { mutate: string[] } };
    return config.default.mutate.filter((p) => !p.startsWith("!"));
  } finally {
    if (previous === undefined) delete process.env.MUTATION_EXERCISE;
    else process.env.MUTATION_EXERCISE = previous;
  }
}

/** Fingerprint of what grades the mutants: the exercise's check file and the shared check support files. */
function checksFingerprint(name: string): string {
  const support = path.join(ROOT, "checks", "_support");
  const files = [path.join(ROOT, "checks", `${name}.test.ts`), ...fs.readdirSync(support).filter((f) => f.endsWith(".ts")).sort().map((f) => path.join(support, f))];
  const hash = createHash("sha256");
  for (const file of files) hash.update(file).update(fs.existsSync(file) ? fs.readFileSync(file) : "");
  return hash.digest("hex");
}

async function mutate(exercise: Exercise, strykerArgs: string[]): Promise<ExerciseScore | { exercise: string; error: string }> {
  const name = folderName(exercise);
  const dir = path.join(ROOT, "reports", "mutation", name);
  fs.mkdirSync(dir, { recursive: true });
  const fingerprintFile = path.join(dir, "checks.sha256");
  const fingerprint = checksFingerprint(name);
  const checksChanged = !fs.existsSync(fingerprintFile) || fs.readFileSync(fingerprintFile, "utf8").trim() !== fingerprint;
  if (checksChanged && !strykerArgs.includes("--force")) strykerArgs = [...strykerArgs, "--force"];
  console.log(`\n▶ ${name}: Stryker rodando (log em ${path.relative(ROOT, path.join(dir, "stryker.log"))})…`);
  const run = await exec(process.execPath, [STRYKER, "run", "stryker.config.mjs", ...strykerArgs], {
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
  fs.writeFileSync(fingerprintFile, `${fingerprint}\n`);
  const patterns = await mutatePatterns(name);
  const score = summarise(name, inScope(JSON.parse(fs.readFileSync(reportFile, "utf8")) as Report, patterns), run.ms / 1000);
  // Per exercise too: reports/mutation/summary.json only holds the exercises of the last `npm run mutation`.
  fs.writeFileSync(path.join(dir, "summary.json"), `${JSON.stringify({ date: new Date().toISOString(), ...score }, null, 2)}\n`);
  return score;
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  let min = 90;
  let query: string | undefined;
  const strykerArgs: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] as string;
    if (arg === "--min") min = Number(args[++i]);
    else if (arg.startsWith("--")) {
      strykerArgs.push(arg);
      // An option with a value (`--mutate glob`) takes the next argument with it.
      const next = args[i + 1];
      if (next !== undefined && !next.startsWith("--")) {
        strykerArgs.push(next);
        i++;
      }
    } else if (query === undefined) query = arg;
    else strykerArgs.push(arg);
  }
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
    const result = await mutate(exercise, strykerArgs);
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
