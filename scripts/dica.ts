/** `npm run dica N`: the next hint of exercise N (progressive, remembered in .workbook/), `--todas` for all. */
import { ROOT } from "../lib/session.ts";
import { findExercise } from "../lib/exercises.ts";
import { readProgress, updateProgress } from "../lib/progress.ts";
import { c } from "./lib/ui.ts";

const args = process.argv.slice(2);
const all = args.includes("--todas");
const found = findExercise(args.find((a) => !a.startsWith("--")));
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
