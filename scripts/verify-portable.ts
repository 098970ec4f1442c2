/**
 * `node --import tsx scripts/verify-portable.ts`: the part of `npm run verify` that must hold on every
 * platform (the Windows and macOS CI job): every solution passes its checks and every stub fails them,
 * for the exercises whose checks need no real server missing here. Exercises whose `needs` are not
 * installed are named, loudly, and left to the Linux job, which provisions them.
 * Ends with one line "verify-portable: N passed, M failed"; exit 1 when something failed.
 */
import { exercises } from "../curriculum.ts";
import { checkFile } from "../lib/exercises.ts";
import { findServer, type ServerName } from "../lib/servers.ts";
import { runChecks } from "./lib/run-checks.ts";
import { c } from "../lib/cli/colors.ts";
import { ROOT } from "../lib/cli/paths.mjs";


/** A student with no keys: lab mode only. */
const env: NodeJS.ProcessEnv = { ...process.env, WORKBOOK_MODE: "lab", FORCE_COLOR: "0" };
for (const name of ["GOOGLE_API_KEY", "OPENAI_API_KEY", "LANGSMITH_API_KEY", "LANGSMITH_ENDPOINT", "OPENAI_BASE_URL", "LAB_URL"]) delete env[name];

const ready = exercises.filter((e) => e.status === "ready");
const missingFor = (needs: ServerName[] = []) => needs.filter((n) => !findServer(n));
const runnable = ready.filter((e) => missingFor(e.needs).length === 0);
const left = ready.filter((e) => missingFor(e.needs).length > 0);
if (left.length) {
  console.warn(
    c.bold(
      c.yellow(
        `⚠️  Fora desta rodada (faltam servidores nesta máquina): ${left.map((e) => `${e.id} (${missingFor(e.needs).join(", ")})`).join("; ")}. O job Linux da CI cobre esses.`,
      ),
    ),
  );
}

let passed = 0;
let failed = 0;
function record(ok: boolean, label: string, detail = ""): void {
  if (ok) passed++;
  else failed++;
  console.log(`${ok ? c.green("✓") : c.red("✗")} ${label}${ok || !detail ? "" : `\n    ${detail.split("\n").slice(0, 12).join("\n    ")}`}`);
}

const files = runnable.map(checkFile);
console.log(c.bold(c.cyan(`▶ Checks contra solutions/ (${runnable.length} exercícios)`)));
const solved = await runChecks({ root: ROOT, files, target: "solutions", env });
for (const exercise of runnable) {
  const result = solved.find((r) => r.file === checkFile(exercise));
  const bad = result?.tests.filter((t) => t.state !== "passed") ?? [];
  record(
    !!result && !result.error && result.tests.length > 0 && bad.length === 0,
    `solução ${exercise.id} (${exercise.slug}) passa nos ${result?.tests.length ?? 0} checks`,
    result?.error ?? bad.map((t) => `${t.name}: ${t.message ?? t.state}`).join("\n"),
  );
}

console.log(c.bold(c.cyan(`▶ Checks contra exercises/ (todo stub falha)`)));
const stubs = await runChecks({ root: ROOT, files, target: "exercises", env });
for (const exercise of runnable) {
  const result = stubs.find((r) => r.file === checkFile(exercise));
  const failing = result?.tests.filter((t) => t.state === "failed") ?? [];
  record(
    !!result && !result.error && failing.length > 0,
    `stub ${exercise.id} (${exercise.slug}) falha em ${failing.length} de ${result?.tests.length ?? 0} checks`,
    result?.error ?? "o stub passa em todos os checks",
  );
}

console.log(`verify-portable: ${passed} passed, ${failed} failed${left.length ? ` (${left.length} exercício(s) fora desta rodada)` : ""}`);
process.exit(failed === 0 && runnable.length > 0 ? 0 : 1);
