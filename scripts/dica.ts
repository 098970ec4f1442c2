/** `npm run dica N`: the next hint of exercise N (progressive, remembered in .workbook/), `--todas` for all. */
import { findExercise } from "../lib/exercises.ts";
import { readProgress, updateProgress } from "../lib/progress.ts";
import { parseScriptArgs } from "../lib/cli/args.ts";
import { c } from "../lib/cli/colors.ts";
import { ROOT } from "../lib/cli/paths.mjs";

const USAGE = "Uso: npm run dica N [-- --todas]\n\n  --todas   mostra todas as dicas do exercício de uma vez";
const { values, positionals } = parseScriptArgs(process.argv.slice(2), { todas: { type: "boolean" }, all: { type: "boolean" } }, USAGE);
const all = !!(values.todas || values.all);
const found = findExercise(positionals[0]);
if ("error" in found) {
  console.error(found.error);
  process.exit(2);
}
const { exercise } = found;
if (exercise.hints.length === 0) {
  console.log(`O exercício ${exercise.id} ainda não tem dicas (ainda não foi escrito).`);
  process.exit(0);
}
const seen = readProgress(ROOT).exercises[String(exercise.id)]?.hintsSeen ?? 0;
const upTo = all ? exercise.hints.length : Math.min(seen + 1, exercise.hints.length);
console.log(c.bold(`💡 Dicas do exercício ${exercise.id} — ${exercise.title}`));
exercise.hints.slice(0, upTo).forEach((hint, i) => console.log(`\n${c.cyan(`Dica ${i + 1}/${exercise.hints.length}:`)} ${hint}`));
updateProgress(ROOT, exercise.id, (p) => ({ ...p, hintsSeen: Math.max(p.hintsSeen ?? 0, upTo) }));
console.log(
  upTo < exercise.hints.length
    ? c.dim(`\nPrecisa de mais? Rode de novo: npm run dica ${exercise.id}  (ou --todas)`)
    : c.dim("\nEssas são todas as dicas. Releia o README do exercício e a mensagem do check que falhou."),
);
