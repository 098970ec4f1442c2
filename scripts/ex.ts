/**
 * `npm run ex:N`: runs the student's exercise N (its `main()`, in lab mode when there is no key),
 * prints its output and trace tree, then runs the exercise's checks and prints a pt-BR verdict.
 * The checks and a type check of the student's files run in parallel with the student's code.
 */
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { exercises } from "../curriculum.ts";
import { checkFile, exerciseFiles, findExercise, folderName } from "../lib/exercises.ts";
import { updateProgress } from "../lib/progress.ts";
import type { EarlyChecks } from "./lib/checks-spawn.mjs";
import { parseChecksOutput, runChecks, type CheckFileResult } from "./lib/run-checks.ts";
import { typecheckInWorker } from "./lib/typecheck-async.ts";
import { parseScriptArgs } from "../lib/cli/args.ts";
import { c, rule } from "../lib/cli/colors.ts";
import { WATCH_OPTIONS } from "./lib/watch-options.ts";
import { describeCheckFailure, fileToOpen, findSyntaxProblem, renderSyntaxProblem, translateKnownErrors, type SyntaxProblem } from "./lib/verdict.ts";
import { ROOT } from "../lib/cli/paths.mjs";

// Light imports only above this line: the checks start before LangChain is loaded in this process.

const args = process.argv.slice(2);
const early = (globalThis as { __workbookEarlyChecks?: EarlyChecks }).__workbookEarlyChecks;
// Leaving early (a usage error, a planned exercise) must not leave the checks child running.
process.on("exit", () => early?.cancel());
const { positionals } = parseScriptArgs(args, WATCH_OPTIONS, "Uso: npm run ex:N [-- --watch [--poll] [--debounce MS]]");
const found = findExercise(positionals[0]);
if ("error" in found || found.exercise.status !== "ready" || checkFile(found.exercise) !== early?.file) early?.cancel();
if ("error" in found) {
  console.error(found.error);
  process.exit(2);
}
const { exercise } = found;
if (args.includes("--watch") && exercise.status === "ready") {
  process.exit(await (await import("./lib/watch.ts")).watchFromArgs(ROOT, exercise, args));
}
if (exercise.status === "planned") {
  console.log(`📘 Exercício ${exercise.id} — ${exercise.title}\nEste exercício ainda não foi escrito nesta versão do workbook. Prontos: ${exercises.filter((e) => e.status === "ready").map((e) => `ex:${e.id}`).join(", ")}.`);
  process.exit(0);
}

const exercisesDir = path.join(ROOT, "exercises");
const files = exerciseFiles(exercise, exercisesDir);
console.log(c.bold(`📘 Exercício ${exercise.id} — ${exercise.title}`) + c.dim(`  (livro: ${exercise.bookSection})`));
console.log(c.dim(`   Seus arquivos: ${files.map((f) => path.relative(ROOT, f)).join(", ")}`));

// The checks run in a child process, in parallel with the student's code.
// scripts/ex.mjs may have started them already, before tsx loaded.
const checks = (early?.file === checkFile(exercise) ? early.output.then((output) => parseChecksOutput(output)) : runChecks({ root: ROOT, files: [checkFile(exercise)], target: exercisesDir })).catch(
  (error: unknown): CheckFileResult[] => [{ file: checkFile(exercise), tests: [], error: error instanceof Error ? error.message : String(error) }],
);
const { formatError, startSessionOrExit } = await import("../lib/main.ts");

let runFailed = false;
let syntaxProblem: SyntaxProblem | undefined;
if (exercise.entry) {
  const session = await startSessionOrExit();
  console.log(rule("saída do seu código"));
  try {
    const module = (await import(pathToFileURL(path.join(exercisesDir, folderName(exercise), exercise.entry)).href)) as { main?: () => unknown };
    if (typeof module.main !== "function") throw new Error(`${exercise.entry} precisa exportar uma função main().`);
    await module.main();
  } catch (error) {
    runFailed = true;
    syntaxProblem = findSyntaxProblem(error, ROOT);
    if (syntaxProblem) console.log(c.red(`❌ ${renderSyntaxProblem(syntaxProblem).join("\n   ")}`));
    else console.log(c.red(`❌ Seu código lançou um erro:\n${translateKnownErrors(formatError(error), ROOT)}`));
  }
  await session.finish();
}

const results = await checks;
// Type errors matter once the checks pass ("resolvido" means it also compiles); vitest does not type-check.
const checksPassed = results.length > 0 && results.every((r) => !r.error && r.tests.length > 0 && r.tests.every((t) => t.state === "passed"));
const diagnostics = checksPassed ? await typecheckInWorker(files.filter((f) => f.endsWith(".ts")), ROOT).catch(() => []) : [];
console.log(rule("checks"));
const tests = results.flatMap((r) => r.tests);
const loadError = results.find((r) => r.error)?.error;
for (const test of tests) console.log(`${test.state === "passed" ? c.green("✓") : c.red("✗")} ${test.name}`);
for (const d of diagnostics) console.log(c.red(`✗ erro de tipo em ${path.relative(ROOT, d.file)}:${d.line}:${d.column} — ${d.message}`));

const failed = tests.find((t) => t.state === "failed");
const passed = checksPassed && diagnostics.length === 0;
updateProgress(ROOT, exercise.id, (p) => ({ ...p, attempts: p.attempts + 1, passed, lastRun: new Date().toISOString() }));

if (passed) {
  const next = exercises.find((e) => e.id > exercise.id && e.status === "ready");
  console.log(c.green(c.bold(`\n✅ Exercício ${exercise.id} resolvido!`)) + (next ? ` Próximo: npm run ex:${next.id} (${next.title}).` : " Você chegou ao fim dos exercícios prontos."));
  console.log(c.dim(`   Compare com a solução de referência: npm run solucao ${exercise.id}`));
} else {
  const loadProblem = syntaxProblem ?? (loadError ? findSyntaxProblem(loadError, ROOT) : undefined) ?? (failed?.message ? findSyntaxProblem(failed.message, ROOT) : undefined);
  const indent = (lines: string[]) => console.log(`   ${lines.join("\n   ")}`);
  if (loadProblem) {
    console.log(c.yellow(c.bold("\n⏳ Ainda não resolvido: o arquivo não compila")));
    // Printed once: above when the run found it, here when only the checks did.
    if (syntaxProblem) console.log("   Corrija o erro de sintaxe mostrado acima e rode de novo.");
    else indent(renderSyntaxProblem(loadProblem));
  } else {
    console.log(c.yellow(c.bold(`\n⏳ Ainda não resolvido`)) + (failed ? `: ${failed.name}` : ""));
    if (failed) indent(describeCheckFailure(failed, files, ROOT));
    else if (loadError) indent(translateKnownErrors(loadError, ROOT).split("\n").slice(0, 8));
    else if (diagnostics.length) console.log("   Corrija os erros de tipo acima: o TypeScript aponta arquivo:linha:coluna.");
    else if (runFailed) console.log("   Seu código lançou um erro (veja acima).");
  }
  const open = loadProblem?.file ?? fileToOpen(failed, files, ROOT);
  console.log(c.dim(`   Procure os TODOs em ${open}; precisa de ajuda? npm run dica ${exercise.id}`));
}
process.exit(passed ? 0 : 1);
