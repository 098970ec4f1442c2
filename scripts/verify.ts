/**
 * `npm run verify`: everything a maintainer or CI needs to trust the workbook.
 *  1. type check of the whole project (tsc)
 *  2. the project's own tests (vitest project "unit": lib, scripts, lab against the real SDKs, …), minus the catalogue
 *  3. every check passes against solutions/
 *  4. every check file FAILS against exercises/ (each stub), with a teaching message
 *  5. every chapter example runs offline (lab mode) and exits 0
 *  6. the quiz grades the book's answers without a terminal (5/5)
 *  7. the mistake catalogue: every catalogued wrong solution is rejected by the check that names its mistake (it runs
 *     beside steps 3–6; its output is printed in its turn)
 * Ends with one line "verify: N passed, M failed". `--etapa N` (repeatable) runs only those steps; a failing
 * step prints its reason and the command that reruns only it.
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { stripVTControlCharacters } from "node:util";
import { examples, exercises } from "../curriculum.ts";
import { checkFile } from "../lib/exercises.ts";
import { planServers, provisionServers } from "../lib/server-provisioning.ts";
import { SERVER_SUITES, type ServerName } from "../lib/servers.ts";
import { exec, execTs } from "./lib/exec.ts";
import { parseScriptArgs } from "../lib/cli/args.ts";
import { ensureMaintainerTools } from "./maintainer.mjs";
import { runChecks } from "./lib/run-checks.ts";
import { messageProblem } from "./lib/message-rules.ts";
import { c } from "../lib/cli/colors.ts";
import { ROOT } from "../lib/cli/paths.mjs";

const USAGE = `Uso: npm run verify -- [--etapa N]...

Etapas: 1 tipos (tsc) · 2 testes do projeto · 3 soluções passam · 4 esqueletos falham ·
        5 exemplos offline · 6 quiz sem terminal · 7 catálogo de erros de aluno. Sem --etapa, roda todas.

Exemplos:
  npm run verify
  npm run verify -- --etapa 3
  npm run verify -- --etapa 3 --etapa 4`;
const { values: options } = parseScriptArgs(process.argv.slice(2), { etapa: { type: "string", multiple: true }, help: { type: "boolean", short: "h" }, ajuda: { type: "boolean" } }, USAGE, false);
if (options.help || options.ajuda) {
  console.log(USAGE);
  process.exit(0);
}
const STEPS = [1, 2, 3, 4, 5, 6, 7];
const only = (options.etapa ?? []).map((v) => Number(v));
const wrongStep = (options.etapa ?? []).find((v) => !STEPS.includes(Number(v)));
if (wrongStep !== undefined) {
  console.error(`❌ etapa “${wrongStep}” não existe: use um número de 1 a 7.\n\n${USAGE}`);
  process.exit(2);
}
const wanted = (n: number) => only.length === 0 || only.includes(n);
const startedAt = performance.now();
let currentStep = 0;

// The mistake catalogue (every catalogued wrong solution against its check file, in its own vitest child) is
// step 7, not part of step 2: its child runs several check workers at once, and the project tests that measure
// time (chaos, slow sockets, watch) stay alone on their worker.
const CATALOGUE = "test/anticheat/anticheat.test.ts";
// Left out of step 2 because step 4 proves the same thing on the same run: every check file against every stub,
// each failing check's message judged by scripts/lib/message-rules.ts.
const COVERED_BY_STEP_4 = "test/check-messages.test.ts";
// One worker per core plus one for step 2: its long files mostly wait (a sandboxed class being graded, Redis down for
// 15 s, a silent LangSmith). On an idle 2-core machine: vitest's default (1 worker) 236 s, 2 workers 159 s (an earlier
// day) and 205 vs 187 s with 3 (same day, same clone; 344 vs 333 CPU s).
const UNIT_WORKERS = os.availableParallelism() + 1;
const ready = exercises.filter((e) => e.status === "ready");
let passed = 0;
let failed = 0;
const failures: string[] = [];

function record(ok: boolean, label: string, detail = ""): void {
  if (ok) passed++;
  else {
    failed++;
    const rerun = currentStep > 0 ? `\n    ↻ rode só esta etapa: npm run verify -- --etapa ${currentStep}` : "";
    failures.push(`${label}${detail ? `\n    ${detail.split("\n").slice(0, 12).join("\n    ")}` : ""}${rerun}`);
  }
  console.log(`${ok ? c.green("✓") : c.red("✗")} ${label}`);
}

let lastHeader = "";
function header(title: string): void {
  const n = Number(/^(\d+)\./.exec(title)?.[1] ?? 0);
  currentStep = n;
  // Step 0 speaks twice (when apt-get starts and when it ends, step 1 possibly in between): one header per turn.
  if (title === lastHeader) return;
  lastHeader = title;
  console.log(`\n${c.bold(c.cyan(`▶ ${title}`))}`);
}

/** Environment of a student with no keys at all: everything in lab mode. */
function labEnv(): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, WORKBOOK_MODE: "lab", FORCE_COLOR: "0" };
  for (const name of ["GOOGLE_API_KEY", "OPENAI_API_KEY", "LANGSMITH_API_KEY", "LANGSMITH_ENDPOINT", "OPENAI_BASE_URL", "LAB_URL"]) delete env[name];
  return env;
}

// ── 0. Real servers. Debian/Ubuntu as root: apt-get installs what is missing, in the background while the
// maintainer tools install and step 1 runs (on a fresh machine, such as CI, both take about as long); steps 2–7 wait
// for it. Anywhere else a suite whose server is missing is left out of step 2 with a loud warning, repeated at exit;
// with CI=true it fails. Step 1 alone needs no server.
const servers = [...new Set([...ready.flatMap((e) => e.needs ?? []), ...Object.values(SERVER_SUITES).flat()])] as ServerName[];
const needsServers = servers.length > 0 && STEPS.some((n) => n >= 2 && wanted(n));
const SERVERS_TITLE = "0. Servidores reais para os testes de integração";
const serverPlan = needsServers
  ? planServers(servers, {
      provision: (names) =>
        provisionServers(names, (line) => {
          header(SERVERS_TITLE);
          console.log(line);
        }),
    })
  : undefined;
let skippedSuites: string[] = [];

/** Step 0's verdict, once apt-get (if it ran) is done; exits on CI when a server is still missing. */
async function serversReady(): Promise<void> {
  if (!serverPlan) return;
  const plan = await serverPlan;
  header(SERVERS_TITLE);
  if (plan.fail) {
    console.error(c.red(plan.message ?? ""));
    console.log(`verify: ${passed} passed, ${failed + plan.missing.length} failed`);
    process.exit(1);
  }
  skippedSuites = plan.skippedSuites;
  if (plan.message) {
    const warning = c.bold(c.yellow(`\n${plan.message}\n`));
    console.warn(warning);
    process.on("exit", () => console.warn(warning));
  } else record(true, `servidores disponíveis: ${servers.join(", ")}`);
}

// The type check and the project tests import maintainer-only tools (puppeteer-core, the benches' autocannon and
// hai-guardrails), which a student's `npm ci` does not install: maintainer/ has them, installed here on first use.
// Stryker (maintainer/mutation/) is left out: nothing here runs or imports it.
if ((wanted(1) || wanted(2)) && !ensureMaintainerTools()) {
  console.log("verify: 0 passed, 1 failed");
  process.exit(1);
}

if (wanted(1)) {
  header("1. Tipos (tsc --noEmit)");
  // The trace viewer's page is plain JavaScript with // @ts-check: its own tsconfig (DOM, no Node). Both at once: tsc
  // uses about one core.
  const [tsc, page] = await Promise.all([
    exec(process.execPath, [path.join(ROOT, "node_modules/typescript/bin/tsc"), "-p", ROOT], { cwd: ROOT, timeoutMs: 300_000 }),
    exec(process.execPath, [path.join(ROOT, "node_modules/typescript/bin/tsc"), "-p", path.join(ROOT, "lib/lab/viewer/page")], { cwd: ROOT, timeoutMs: 120_000 }),
  ]);
  record(tsc.code === 0, `tsc sem erros (${(tsc.ms / 1000).toFixed(1)} s)`, tsc.code === 0 ? "" : `o TypeScript achou erros de tipo:\n${tsc.stdout + tsc.stderr}`);
  record(page.code === 0, `página do visualizador sem erros de tipo (${(page.ms / 1000).toFixed(1)} s)`, page.code === 0 ? "" : `o TypeScript achou erros em lib/lab/viewer/page:\n${page.stdout + page.stderr}`);
}

await serversReady();

if (wanted(2)) {
  header("2. Testes do projeto (vitest --project unit)");
  const unit = await exec(process.execPath, [path.join(ROOT, "node_modules/vitest/vitest.mjs"), "run", "--project", "unit", `--maxWorkers=${UNIT_WORKERS}`, "--exclude", CATALOGUE, "--exclude", COVERED_BY_STEP_4, ...skippedSuites.flatMap((suite) => ["--exclude", suite])], {
    cwd: ROOT,
    env: labEnv(),
    timeoutMs: 900_000,
    inherit: true,
  });
  // The files vitest marked FAIL, so the reason fits in the summary at the end.
  const failedFiles = [...new Set([...stripVTControlCharacters(unit.stdout + unit.stderr).matchAll(/FAIL\s+(?:unit\s+)?(\S+\.test\.ts)/g)].map((m) => m[1]!))];
  const reason = unit.timedOut ? "passou de 15 min e foi interrompido" : failedFiles.length ? `arquivos com falha (detalhes na saída do vitest acima):\n${failedFiles.slice(0, 10).join("\n")}` : "veja a saída do vitest acima";
  record(unit.code === 0, `testes do projeto passam (${(unit.ms / 1000).toFixed(0)} s)`, unit.code === 0 ? "" : reason);
}

// Step 7 starts now and runs beside steps 3–6, its output kept until its turn: those steps use about one core (63 CPU s
// in 55 s on an idle 2-core machine) and the catalogue about 1.7, so side by side they finish sooner than one after
// the other. Not beside step 2, whose time-measuring tests stay alone on their workers.
const catalogueRun = wanted(7)
  ? exec(process.execPath, [path.join(ROOT, "node_modules/vitest/vitest.mjs"), "run", "--project", "unit", CATALOGUE], { cwd: ROOT, env: labEnv(), timeoutMs: 900_000 })
  : undefined;

if (wanted(3)) {
  header("3. Checks contra solutions/ (todas as soluções passam)");
  const solved = await runChecks({ root: ROOT, files: ready.map(checkFile), target: "solutions", env: labEnv() });
  for (const exercise of ready) {
    const result = solved.find((r) => r.file === checkFile(exercise));
    const bad = result?.tests.filter((t) => t.state !== "passed") ?? [];
    const ok = !!result && !result.error && result.tests.length > 0 && bad.length === 0;
    record(ok, `solução ${exercise.id} (${exercise.slug}) passa nos ${result?.tests.length ?? 0} checks`, result?.error ?? bad.map((t) => `${t.name}: ${t.message ?? t.state}`).join("\n"));
  }
}

if (wanted(4)) {
  header("4. Checks contra exercises/ (todo stub falha, com mensagem que ensina)");
  // As `npm test` runs them (WORKBOOK_CHECKS_CACHE=1: vitest's disk cache and the lab's one-file build), so the
  // verdicts proven here are the ones a student gets; step 3 and the catalogue load the lab's sources.
  const stubs = await runChecks({ root: ROOT, files: ready.map(checkFile), target: "exercises", env: { ...labEnv(), WORKBOOK_CHECKS_CACHE: "1" } });
  for (const exercise of ready) {
    const result = stubs.find((r) => r.file === checkFile(exercise));
    const failing = result?.tests.filter((t) => t.state === "failed") ?? [];
    const bare = failing.filter((t) => messageProblem(t.message));
    record(
      !!result && !result.error && failing.length > 0 && bare.length === 0,
      `stub ${exercise.id} (${exercise.slug}) falha em ${failing.length} de ${result?.tests.length ?? 0} checks`,
      result?.error ?? (failing.length === 0 ? "o stub passa em todos os checks: um check que não falha não ensina nada" : bare.map((t) => `mensagem que não ensina em "${t.name}" (${messageProblem(t.message)}): ${t.message}`).join("\n")),
    );
  }
}

if (wanted(5)) {
  header("5. Exemplos do capítulo rodam offline");
  for (const example of examples) {
    const run = await execTs(path.join(ROOT, example.file), [], { cwd: ROOT, env: labEnv(), timeoutMs: 60_000 });
    record(run.code === 0 && !run.timedOut, `exemplo ${example.name} (${(run.ms / 1000).toFixed(1)} s)`, run.timedOut ? "passou de 60 s" : `terminou com código ${run.code}:\n${run.stderr || run.stdout}`);
  }
}

if (wanted(6)) {
  header("6. Quiz sem terminal (as 5 respostas do livro dão 5/5)");
  const quizState = fs.mkdtempSync(path.join(os.tmpdir(), "quiz-verify-"));
  const quiz = await execTs(path.join(ROOT, "quiz/run.ts"), ["--answers", "b,a,a,a,a", "--json"], { cwd: ROOT, env: { ...labEnv(), WORKBOOK_STATE_DIR: quizState }, timeoutMs: 60_000 });
  let quizScore = "";
  try {
    const report = JSON.parse(quiz.stdout) as { correct: number; total: number };
    quizScore = `${report.correct}/${report.total}`;
  } catch {
    quizScore = "saída ilegível";
  }
  fs.rmSync(quizState, { recursive: true, force: true });
  record(quiz.code === 0 && quizScore === "5/5", `quiz --answers b,a,a,a,a → ${quizScore}`, quiz.stderr || quiz.stdout);
}

if (wanted(7)) {
  header("7. Catálogo de erros de aluno (cada solução errada é recusada pelo check que a nomeia)");
  const catalogue = (await catalogueRun)!;
  process.stdout.write(catalogue.stdout);
  process.stderr.write(catalogue.stderr);
  const reason = catalogue.timedOut ? "passou de 15 min e foi interrompido" : "uma solução errada passou nos checks, ou foi recusada por outro check (detalhes na saída do vitest acima)";
  record(catalogue.code === 0, `catálogo de erros recusado pelos checks (${(catalogue.ms / 1000).toFixed(0)} s)`, catalogue.code === 0 ? "" : reason);
}

console.log("");
if (failures.length) console.log(c.red(`Falhas:\n  ${failures.join("\n  ")}\n`));
console.log(c.dim(`tempo total: ${((performance.now() - startedAt) / 60_000).toFixed(1)} min${only.length ? ` (etapas ${only.join(", ")})` : ""}`));
console.log(`verify: ${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
