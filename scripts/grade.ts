/**
 * `npm run grade -- --dir <aluno-ou-turma> [--dir …] [--format text|json|csv|junit] [--out arquivo]
 *  [--ex 1,3] [--timeout 180]`: runs the checks against students' folders (see scripts/lib/grading.ts).
 * Like exercism's test runners it exits 0 whatever the students' results (2 only for a usage error), so a
 * class's CI job fails only when grading itself could not happen.
 */
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { exercises } from "../curriculum.ts";
import { findExercise } from "../lib/exercises.ts";
import { hasFlag, missingValue, optionValue, optionValues } from "./lib/args.ts";
import { gradeStudent, toCsv, toJson, toJunit, toText, type StudentResult } from "./lib/grading.ts";
import { discoverStudents, type StudentDir } from "./lib/student-dirs.ts";
import { c } from "./lib/ui.ts";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const args = process.argv.slice(2);
const USAGE =
  "Uso: npm run grade -- --dir <pasta do aluno ou da turma> [--dir …] [--format text|json|csv|junit] [--out arquivo] [--ex 1,3] [--timeout 180]";

function fail(message: string): never {
  console.error(`${message}\n${USAGE}`);
  process.exit(2);
}

if (hasFlag(args, "--help", "-h", "--ajuda")) {
  console.log(USAGE);
  process.exit(0);
}
const noValue = missingValue(args, "--dir", "--format", "--out", "--ex", "--timeout");
if (noValue) fail(`Faltou o valor depois de ${noValue}.`);
const dirs = optionValues(args, "--dir");
if (dirs.length === 0) fail("Diga qual pasta corrigir com --dir.");
const format = (optionValue(args, "--format") ?? "text").toLowerCase();
if (!["text", "json", "csv", "junit"].includes(format)) fail(`Formato desconhecido: ${format}. Use text, json, csv ou junit.`);
const timeoutArg = optionValue(args, "--timeout");
const timeoutS = timeoutArg === undefined ? 180 : Number(timeoutArg);
if (!Number.isFinite(timeoutS) || timeoutS <= 0) fail(`--timeout precisa ser um número de segundos (recebi ${timeoutArg}).`);

const ready = exercises.filter((e) => e.status === "ready");
let graded = ready;
const only = optionValue(args, "--ex");
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
  if (format !== "text" || optionValue(args, "--out")) process.stderr.write(`${line}\n`);
  else console.log(line);
};
progress(
  c.bold(`📝 Corrigindo ${students.length} aluno${students.length === 1 ? "" : "s"}`) +
    c.dim(` — exercícios ${graded.map((e) => e.id).join(", ")}; modo lab, sem chaves de API`),
);
const results: StudentResult[] = [];
for (const student of students) {
  const result = await gradeStudent(student, { root: ROOT, exercises: graded, timeoutMs: timeoutS * 1000 });
  results.push(result);
  const mark = result.status === "pass" ? c.green("✓") : result.status === "fail" ? c.red("✗") : c.yellow("!");
  progress(`  ${mark} ${student.name}: ${result.score}/${result.max_score} checks ${c.dim(`(${(result.duration_ms / 1000).toFixed(1)} s)`)}`);
}

const single = dirs.length === 1 && students.length === 1;
const body =
  format === "json" ? toJson(results, single) : format === "csv" ? toCsv(results) : format === "junit" ? toJunit(results) : toText(results, c);
const out = optionValue(args, "--out");
if (out) {
  const file = path.resolve(out);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, format === "text" ? toText(results, { green: String, red: String, yellow: String, dim: String, bold: String }) : body);
  progress(`Resultado (${format}) salvo em ${path.relative(process.cwd(), file) || file}`);
} else {
  process.stdout.write(body);
}
