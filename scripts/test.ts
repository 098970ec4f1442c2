/**
 * `npm test`: every check against exercises/, then a pt-BR summary per exercise, a progress bar and the
 * detail of the FIRST unsolved exercise only (like rustlings). `--todos`/`--verbose` details every
 * unsolved exercise; `--vitest` shows vitest's own raw output instead. Positional arguments filter the
 * check files like vitest's (`npm test -- 01`).
 */
import path from "node:path";
import { exercises, type Exercise } from "../curriculum.ts";
import { checkFile, exerciseFiles } from "../lib/exercises.ts";
import { updateProgress } from "../lib/progress.ts";
import { parseScriptArgs } from "../lib/cli/args.ts";
import { exec } from "./lib/exec.ts";
import { runChecks, type CheckFileResult } from "./lib/run-checks.ts";
import { c, progressBar } from "../lib/cli/colors.ts";
import { describeCheckFailure, fileToOpen, findSyntaxProblem, renderSyntaxProblem } from "./lib/verdict.ts";
import { ROOT } from "../lib/cli/paths.mjs";

const USAGE = `Uso: npm test -- [filtro...] [opções]

Roda os checks de todos os exercícios contra a sua pasta exercises/ e mostra o resumo
e o detalhe do primeiro exercício ainda não resolvido.

Opções:
  --todos, --verbose   detalha todos os exercícios não resolvidos
  --vitest             mostra a saída original do vitest (em inglês)
  -h, --ajuda          mostra esta ajuda

Exemplos:
  npm test
  npm test -- 03
  npm test -- --todos`;

const { values, positionals } = parseScriptArgs(
  process.argv.slice(2),
  { todos: { type: "boolean" }, verbose: { type: "boolean" }, vitest: { type: "boolean" }, help: { type: "boolean", short: "h" }, ajuda: { type: "boolean" } },
  USAGE,
);
if (values.help || values.ajuda) {
  console.log(USAGE);
  process.exit(0);
}

if (values.vitest) {
  const run = await exec(process.execPath, [path.join(ROOT, "node_modules/vitest/vitest.mjs"), "run", "--project", "checks", ...positionals], {
    cwd: ROOT,
    env: { ...process.env, WORKBOOK_TARGET: "exercises" },
    inherit: true,
    timeoutMs: 600_000,
  });
  process.exit(run.code ?? 1);
}

const ready = exercises.filter((e) => e.status === "ready");
const matches = (e: Exercise) => positionals.length === 0 || positionals.some((f) => checkFile(e).includes(f));
const selected = ready.filter(matches);
if (selected.length === 0) {
  console.error(c.red(`Nenhum exercício corresponde a ${positionals.map((p) => `"${p}"`).join(", ")}.`) + " Exemplo: npm test -- 03");
  process.exit(2);
}

console.log(c.dim(`Rodando os checks de ${selected.length} exercício${selected.length === 1 ? "" : "s"} contra exercises/…`));
// Always graded against exercises/, like ex:N: vitest's on-disk transform cache is safe here (≈ 0.9 s).
let results: CheckFileResult[];
try {
  results = await runChecks({ root: ROOT, files: selected.map(checkFile), target: "exercises", timeoutMs: 600_000, env: { WORKBOOK_CHECKS_CACHE: "1" } });
} catch (error) {
  console.error(c.red(`Os checks não conseguiram rodar: ${error instanceof Error ? error.message.split("\n").slice(0, 12).join("\n") : String(error)}`));
  console.error(c.dim("Para ver a saída original do vitest: npm test -- --vitest"));
  process.exit(1);
}

interface Row {
  exercise: Exercise;
  result?: CheckFileResult;
  ok: number;
  total: number;
  passed: boolean;
}
const rows: Row[] = selected.map((exercise) => {
  const result = results.find((r) => r.file === checkFile(exercise));
  const total = result?.tests.length ?? 0;
  const ok = result?.tests.filter((t) => t.state === "passed").length ?? 0;
  return { exercise, result, ok, total, passed: !!result && !result.error && total > 0 && ok === total };
});

console.log(c.bold("\nResumo por exercício"));
for (const exercise of ready) {
  const row = rows.find((r) => r.exercise === exercise);
  if (!row?.result) {
    console.log(`  ${c.dim("·")} ${String(exercise.id).padStart(2)} ${exercise.title} ${c.dim("(não rodou nesta execução)")}`);
    continue;
  }
  updateProgress(ROOT, exercise.id, (p) => ({ ...p, passed: row.passed, lastRun: new Date().toISOString() }));
  console.log(`  ${row.passed ? c.green("✓") : c.red("✗")} ${String(exercise.id).padStart(2)} ${exercise.title} ${c.dim(`(${row.ok}/${row.total} checks)`)}${row.passed ? "" : c.dim(`  → npm run ex:${exercise.id}`)}`);
}
// Only the exercises that ran count (a filtered run says nothing about the others).
const done = rows.filter((r) => r.passed).length;
console.log(`\nProgresso: ${progressBar(done, rows.length)} ${done}/${rows.length} exercícios` + (ready.length < exercises.length ? c.dim(` (${ready.length} de ${exercises.length} prontos nesta versão)`) : ""));

function detail(row: Row): string[] {
  const { exercise, result } = row;
  const files = exerciseFiles(exercise, path.join(ROOT, "exercises"));
  const out = [c.bold(`\n── Exercício ${exercise.id} — ${exercise.title} ${"─".repeat(Math.max(0, 46 - exercise.title.length))}`)];
  const tests = result?.tests ?? [];
  const failed = tests.find((t) => t.state === "failed");
  const syntax = findSyntaxProblem(result?.error ?? failed?.message ?? "", ROOT);
  for (const test of tests) out.push(`${test.state === "passed" ? c.green("✓") : test.state === "failed" ? c.red("✗") : c.dim("·")} ${test.name}`);
  if (syntax) out.push(c.yellow("\nO arquivo não compila:"), ...renderSyntaxProblem(syntax).map((l) => `   ${l}`));
  else if (failed) out.push(c.yellow(`\nPrimeiro check que falha: ${failed.name}`), ...describeCheckFailure(failed, files, ROOT).slice(0, 12).map((l) => `   ${l}`));
  else if (result?.error) out.push(c.yellow("\nOs checks não conseguiram carregar:"), ...result.error.split("\n").slice(0, 8).map((l) => `   ${l}`));
  out.push(c.dim(`   Procure os TODOs em ${syntax?.file ?? fileToOpen(failed, files, ROOT)} · rode: npm run ex:${exercise.id} · ajuda: npm run dica ${exercise.id}`));
  return out;
}

const unsolved = rows.filter((r) => !r.passed);
if (unsolved.length === 0) {
  console.log(c.green(c.bold("\n✅ Todos os checks desta execução passaram.")));
} else {
  const all = values.todos || values.verbose;
  for (const row of all ? unsolved : unsolved.slice(0, 1)) console.log(detail(row).join("\n"));
  if (!all && unsolved.length > 1) console.log(c.dim(`\nDetalhes dos outros ${unsolved.length - 1} exercícios não resolvidos: npm test -- --todos`));
}
process.exit(unsolved.length === 0 ? 0 : 1);
