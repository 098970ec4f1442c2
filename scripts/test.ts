/**
 * `npm test`: every check against exercises/ (vitest's own output), then a pt-BR summary per exercise
 * and a progress bar. Extra arguments filter like vitest's (`npm test -- 01`).
 */
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { exercises } from "../curriculum.ts";
import { checkFile } from "../lib/exercises.ts";
import { updateProgress } from "../lib/progress.ts";
import { exec } from "./lib/exec.ts";
import { c } from "./lib/ui.ts";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const report = path.join(ROOT, ".workbook", "ultimo-teste.json");
fs.mkdirSync(path.dirname(report), { recursive: true });
fs.rmSync(report, { force: true });

const run = await exec(
  process.execPath,
  [path.join(ROOT, "node_modules/vitest/vitest.mjs"), "run", "--project", "checks", "--reporter=default", "--reporter=json", `--outputFile.json=${report}`, ...process.argv.slice(2)],
  { cwd: ROOT, env: { ...process.env, WORKBOOK_TARGET: "exercises" }, inherit: true, timeoutMs: 600_000 },
);

interface JsonReport {
  testResults: Array<{ name: string; status: string; assertionResults: Array<{ status: string }> }>;
}
let data: JsonReport | undefined;
try {
  data = JSON.parse(fs.readFileSync(report, "utf8")) as JsonReport;
} catch {
  console.error(c.red("Os checks não produziram resultado (veja o erro do vitest acima)."));
  process.exit(run.code || 1);
}

const ready = exercises.filter((e) => e.status === "ready");
let done = 0;
console.log(c.bold("\nResumo por exercício"));
for (const exercise of ready) {
  const file = data.testResults.find((t) => path.relative(ROOT, t.name).split(path.sep).join("/") === checkFile(exercise));
  if (!file) {
    console.log(`  ${c.dim("·")} ${String(exercise.id).padStart(2)} ${exercise.title} ${c.dim("(não rodou nesta execução)")}`);
    continue;
  }
  const total = file.assertionResults.length;
  const ok = file.assertionResults.filter((a) => a.status === "passed").length;
  const passed = file.status === "passed" && total > 0 && ok === total;
  if (passed) done++;
  updateProgress(ROOT, exercise.id, (p) => ({ ...p, passed, lastRun: new Date().toISOString() }));
  console.log(`  ${passed ? c.green("✓") : c.red("✗")} ${String(exercise.id).padStart(2)} ${exercise.title} ${c.dim(`(${ok}/${total} checks)`)}${passed ? "" : c.dim(`  → npm run ex:${exercise.id}`)}`);
}
const width = 22;
const filled = Math.round((done / exercises.length) * width);
console.log(`\nProgresso: ${c.green("█".repeat(filled))}${c.dim("░".repeat(width - filled))} ${done}/${exercises.length} exercícios` + (ready.length < exercises.length ? c.dim(` (${ready.length} prontos nesta versão)`) : ""));
process.exit(run.code ?? 1);
