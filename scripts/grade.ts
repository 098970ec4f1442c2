/**
 * `npm run grade -- --dir <aluno-ou-turma> [--dir …] [--format text|json|csv|junit] [--out arquivo]
 *  [--ex 1,3] [--timeout 180] [--jobs N] [--memoria 768]`: runs the checks against students' folders, each in a
 *  sandbox (scripts/lib/sandbox.ts, docs/grading.md). `--merge a.json b.json … [--format …]` joins per-student
 *  JSON results (one per CI job) into one class report.
 * Like exercism's test runners it exits 0 whatever the students' results (2 only for a usage error), so a
 * class's CI job fails only when grading itself could not happen.
 */
import fs from "node:fs";
import path from "node:path";
import { exercises } from "../curriculum.ts";
import { findExercise } from "../lib/exercises.ts";
import { parseScriptArgs } from "../lib/cli/args.ts";
import { maskSecrets } from "../lib/secrets.ts";
import { gradeStudent, toCsv, toJson, toJunit, toText, type StudentResult } from "./lib/grading.ts";
import { sandboxCannotReach, sandboxUser } from "./lib/sandbox.ts";
import dotenv from "dotenv";
import { discoverStudents, type StudentDir } from "./lib/student-dirs.ts";
import { c } from "../lib/cli/colors.ts";

import { ROOT } from "../lib/cli/paths.mjs";
import { labBundle } from "./lib/lab-bundle.mjs";
const USAGE =
  "Uso: npm run grade -- --dir <pasta do aluno ou da turma> [--dir …] [--format text|json|csv|junit] [--out arquivo] [--ex 1,3] [--timeout 180] [--jobs 2] [--memoria 768]\n" +
  "     npm run grade -- --merge aluno1.json aluno2.json … [--format text|json|csv|junit] [--out arquivo]";
const { values: opts, positionals } = parseScriptArgs(
  process.argv.slice(2),
  {
    dir: { type: "string", multiple: true },
    format: { type: "string" },
    out: { type: "string" },
    ex: { type: "string" },
    timeout: { type: "string" },
    jobs: { type: "string" },
    memoria: { type: "string" },
    merge: { type: "boolean" },
    help: { type: "boolean", short: "h" },
    ajuda: { type: "boolean" },
  },
  USAGE,
);

function fail(message: string): never {
  console.error(`${message}\n${USAGE}`);
  process.exit(2);
}

if (opts.help || opts.ajuda) {
  console.log(USAGE);
  process.exit(0);
}
if (positionals.length && !opts.merge) fail(`argumento inesperado: ${positionals[0]} (a pasta vai depois de --dir)`);
const format = (opts.format ?? "text").toLowerCase();
if (!["text", "json", "csv", "junit"].includes(format)) fail(`Formato desconhecido: ${format}. Use text, json, csv ou junit.`);

/** Everything a report shows passes through the masker, with the instructor's own .env values as secrets too. */
function masked(text: string): string {
  let env: NodeJS.ProcessEnv = { ...process.env };
  try {
    env = { ...dotenv.parse(fs.readFileSync(path.join(ROOT, ".env"))), ...env };
  } catch {
    // no .env
  }
  return maskSecrets(text, env);
}

function render(results: StudentResult[], single: boolean): string {
  const plain = { green: String, red: String, yellow: String, dim: String, bold: String };
  const body =
    format === "json" ? toJson(results, single) : format === "csv" ? toCsv(results) : format === "junit" ? toJunit(results) : toText(results, opts.out ? plain : c);
  return masked(body);
}

function emit(results: StudentResult[], single: boolean, log: (line: string) => void): void {
  const body = render(results, single);
  const out = opts.out;
  if (!out) {
    process.stdout.write(body);
    return;
  }
  const file = path.resolve(out);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, body);
  log(`Resultado (${format}) salvo em ${file}`);
}

if (opts.merge) {
  // The files after --merge: per-student results.json (one per CI matrix job) joined into one report.
  const files = [...new Set(positionals)];
  if (files.length === 0) fail("Diga quais resultados juntar: --merge aluno1.json aluno2.json …");
  const merged: StudentResult[] = [];
  for (const file of files) {
    let data: unknown;
    try {
      data = JSON.parse(fs.readFileSync(file, "utf8"));
    } catch {
      fail(`Não consegui ler ${file} como JSON de resultados (gerado por npm run grade -- --format json).`);
    }
    const list = (data as { students?: StudentResult[] }).students ?? [data as StudentResult];
    for (const r of list) {
      if (r?.version !== 3 || !Array.isArray(r.exercises)) fail(`${file} não é um resultado do npm run grade (results.json v3).`);
      merged.push(r);
    }
  }
  merged.sort((a, b) => a.student.localeCompare(b.student, "pt-BR"));
  emit(merged, false, (line) => process.stderr.write(`${line}\n`));
  process.exit(0);
}

const dirs = opts.dir ?? [];
if (dirs.length === 0) fail("Diga qual pasta corrigir com --dir.");
const timeoutArg = opts.timeout;
const timeoutS = timeoutArg === undefined ? 180 : Number(timeoutArg);
if (!Number.isFinite(timeoutS) || timeoutS <= 0) fail(`--timeout precisa ser um número de segundos (recebi ${timeoutArg}).`);
const jobsArg = opts.jobs;
const jobs = jobsArg === undefined ? 1 : Number(jobsArg);
if (!Number.isInteger(jobs) || jobs < 1 || jobs > 32) fail(`--jobs precisa ser um número inteiro de 1 a 32 (recebi ${jobsArg}).`);
const memoryArg = opts.memoria;
const memoryMb = memoryArg === undefined ? 768 : Number(memoryArg);
if (!Number.isInteger(memoryMb) || memoryMb < 128) fail(`--memoria precisa ser um número de MB (mínimo 128; recebi ${memoryArg}).`);

const ready = exercises.filter((e) => e.status === "ready");
let graded = ready;
const only = opts.ex;
if (only) {
  graded = [];
  for (const part of only.split(",").map((p) => p.trim()).filter(Boolean)) {
    const found = findExercise(part);
    if ("error" in found) fail(found.error);
    if (found.exercise.status !== "ready") fail(`O exercício ${found.exercise.id} ainda não foi escrito nesta versão do workbook.`);
    if (!graded.includes(found.exercise)) graded.push(found.exercise);
  }
  graded.sort((a, b) => a.id - b.id);
}
if (graded.length === 0) fail("Não há exercícios prontos para corrigir nesta versão do workbook.");

const students: StudentDir[] = [];
for (const dir of dirs) {
  const found = discoverStudents(dir);
  if ("error" in found) fail(found.error);
  students.push(...found.students);
}

const progress = (line: string) => {
  // Progress lines go to stderr so that `--format json > notas.json` stays clean.
  if (format !== "text" || opts.out) process.stderr.write(`${line}\n`);
  else console.log(line);
};
progress(
  c.bold(`📝 Corrigindo ${students.length} aluno${students.length === 1 ? "" : "s"}`) +
    c.dim(` — exercícios ${graded.map((e) => e.id).join(", ")}; modo lab, sem chaves de API`),
);
const isolation = sandboxUser(1);
const unreachable = sandboxCannotReach(isolation, ROOT);
if (unreachable) {
  console.error(unreachable);
  process.exit(2);
}
// Built once here, before the parallel runs: each run's lab starts from this one-file build (scripts/lib/grade-child.mjs).
await labBundle(ROOT).catch(() => undefined);
if (isolation.warning) process.stderr.write(`${c.bold(c.yellow(isolation.warning))}\n`);
// Students are taken by `jobs` workers; each worker owns a sandbox user (slot), so cleaning up one never
// touches another's processes. Results keep the students' order.
const results: StudentResult[] = new Array(students.length);
let next = 0;
async function worker(slot: number): Promise<void> {
  while (next < students.length) {
    const index = next++;
    const student = students[index]!;
    const result = await gradeStudent(student, { root: ROOT, exercises: graded, timeoutMs: timeoutS * 1000, memoryMb, slot });
    results[index] = result;
    const mark = result.status === "pass" ? c.green("✓") : result.status === "fail" ? c.red("✗") : c.yellow("!");
    progress(masked(`  ${mark} ${student.name}: ${result.score}/${result.max_score} checks ${c.dim(`(${(result.duration_ms / 1000).toFixed(1)} s)`)}`));
  }
}
await Promise.all(Array.from({ length: Math.min(jobs, students.length) }, (_, i) => worker(i + 1)));

emit(results, dirs.length === 1 && students.length === 1, progress);
