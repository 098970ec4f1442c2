/**
 * `npm run solucao N`: shows the reference solution of exercise N, but only once the exercise is solved
 * (the progress says so, or its checks pass now), like rustlings. `--force` shows it at once, without
 * waiting for the checks, and records `solutionForced` in the progress.
 */
import fs from "node:fs";
import path from "node:path";
import { checkFile, folderName } from "../lib/exercises.ts";
import { readProgress, updateProgress } from "../lib/progress.ts";
import { parseScriptArgs } from "../lib/cli/args.ts";
import { runChecks } from "./lib/run-checks.ts";
import { c, rule } from "../lib/cli/colors.ts";
import { ROOT } from "../lib/cli/paths.mjs";
import { readyExerciseOrExit } from "./lib/exercise-arg.ts";
import { withoutMutationPragmas } from "./lib/solution-files.mjs";

const USAGE = "Uso: npm run solucao N [-- --forcar]\n\n  --forcar   mostra a solução antes de resolver (fica registrado no seu progresso)";
const { values: flags, positionals } = parseScriptArgs(process.argv.slice(2), { force: { type: "boolean" }, forcar: { type: "boolean" } }, USAGE);
const force = !!(flags.force || flags.forcar);

const exercise = readyExerciseOrExit(positionals[0], "npm run solucao", "ainda não há solução");

function show(note: string): never {
  const dir = path.join(ROOT, "solutions", folderName(exercise));
  console.log(c.bold(`📗 Solução de referência do exercício ${exercise.id} — ${exercise.title}`));
  console.log(c.dim(`   ${note}`));
  for (const file of exercise.files) {
    const full = path.join(dir, file);
    console.log(`\n${rule(path.relative(ROOT, full))}`);
    console.log(fs.existsSync(full) ? withoutMutationPragmas(fs.readFileSync(full, "utf8")).replace(/\n$/, "") : c.red("(arquivo ausente em solutions/)"));
  }
  console.log(`\n${c.dim(`Compare com o seu código, linha a linha: npm run diff -- ${exercise.id}`)}`);
  console.log(c.dim("É uma solução possível, não a única: se os checks passam, a sua também está certa."));
  process.exit(0);
}

const progress = readProgress(ROOT).exercises[String(exercise.id)];
if (progress?.passed) show("Você já resolveu este exercício.");

if (force) {
  // Asked for explicitly: no need to make the student wait for the checks first.
  updateProgress(ROOT, exercise.id, (p) => ({ ...p, solutionForced: true }));
  show(c.yellow("Aberta com --force antes de o progresso registrar o exercício como resolvido (isso fica anotado no seu progresso). Tente refazer sem olhar depois!"));
}

console.log(c.dim(`Conferindo se o exercício ${exercise.id} passa nos checks…`));
let passes = false;
try {
  const [result] = await runChecks({ root: ROOT, files: [checkFile(exercise)], target: "exercises", timeoutMs: 120_000 });
  passes = !!result && !result.error && result.tests.length > 0 && result.tests.every((t) => t.state === "passed");
} catch {
  passes = false;
}
if (passes) show("Seus checks passam: a solução está liberada.");

console.log(
  `${c.yellow(c.bold(`🔒 A solução do exercício ${exercise.id} abre quando os checks passarem.`))}\n` +
    `   Veja o que falta: npm run ex:${exercise.id}   ·   Uma dica: npm run dica ${exercise.id}\n` +
    `   Quer ver mesmo assim? npm run solucao ${exercise.id} -- --force (fica registrado no seu progresso).`,
);
process.exit(1);
