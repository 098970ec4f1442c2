/**
 * `npm run diff -- N [--dir ../aluno]`: unified diff of a student's exercise N against solutions/
 * (the `diff` package), coloured on a terminal. Without --dir, the student is you (exercises/).
 * When the only difference is invisible (line endings, trailing spaces, accents), it says so in words.
 * Exit code like diff(1): 0 identical, 1 different, 2 error.
 */
import fs from "node:fs";
import path from "node:path";
import { createTwoFilesPatch } from "diff";
import { folderName } from "../lib/exercises.ts";
import { parseScriptArgs } from "../lib/cli/args.ts";
import { exercisesFolderOf } from "./lib/student-dirs.ts";
import { c } from "../lib/cli/colors.ts";
import { invisibleDifference } from "./lib/differences.ts";
import { ROOT } from "../lib/cli/paths.mjs";
import { readyExerciseOrExit } from "./lib/exercise-arg.ts";
import { withoutMutationPragmas } from "./lib/solution-files.mjs";

const USAGE = "Uso: npm run diff -- N [--dir ../turma/aluno-x]\n\n  --dir PASTA   compara a pasta de outro aluno em vez da sua (exercises/)";
const { values: flags, positionals } = parseScriptArgs(process.argv.slice(2), { dir: { type: "string" } }, USAGE);
const exercise = readyExerciseOrExit(positionals[0], "npm run diff --");

const dirArg = flags.dir;
let studentBase = path.join(ROOT, "exercises");
let who = "seu código";
if (dirArg) {
  const shaped = exercisesFolderOf(path.resolve(dirArg));
  if (!shaped) {
    console.error(`${dirArg} não tem exercícios (esperava pastas como ${folderName(exercise)}/ ou exercises/${folderName(exercise)}/).`);
    process.exit(2);
  }
  studentBase = shaped;
  who = `aluno (${path.basename(path.resolve(dirArg))})`;
}
const studentDir = path.join(studentBase, folderName(exercise));
const solutionDir = path.join(ROOT, "solutions", folderName(exercise));
const shown = (p: string) => path.relative(process.cwd(), p).split(path.sep).join("/") || ".";

function colour(line: string): string {
  if (line.startsWith("+++") || line.startsWith("---")) return c.bold(line);
  if (line.startsWith("@@")) return c.cyan(line);
  if (line.startsWith("+")) return c.green(line);
  if (line.startsWith("-")) return c.red(line);
  if (line.startsWith("\\")) return c.dim(line);
  return line;
}

console.log(c.bold(`🔍 Exercício ${exercise.id} — ${exercise.title}`));
console.log(c.dim(`   ${c.red("-")} ${who}   ${c.green("+")} solução de referência (solutions/)`));
// Both sides lose the `// Stryker` pragmas: they are not part of the answer and would only add noise.
let differences = 0;
for (const file of exercise.files) {
  const mine = path.join(studentDir, file);
  const reference = path.join(solutionDir, file);
  if (!fs.existsSync(reference)) {
    console.log(c.yellow(`\n! ${file}: não há ${shown(reference)} para comparar.`));
    continue;
  }
  const theirs = fs.existsSync(mine) ? withoutMutationPragmas(fs.readFileSync(mine, "utf8")) : undefined;
  const ours = withoutMutationPragmas(fs.readFileSync(reference, "utf8"));
  if (theirs === undefined) {
    differences++;
    console.log(c.yellow(`\n! ${file}: o arquivo não existe em ${shown(studentDir)} (o diff mostra a solução inteira).`));
  }
  if (theirs === ours) {
    console.log(c.green(`\n✓ ${file}: igual à solução.`));
    continue;
  }
  differences++;
  const why = theirs === undefined ? undefined : invisibleDifference(ours, theirs);
  const patch = createTwoFilesPatch(shown(mine), shown(reference), theirs ?? "", ours, who, "solução", { context: 3 });
  console.log("");
  for (const line of patch.replace(/\n$/, "").split("\n")) {
    if (line.startsWith("====")) continue;
    console.log(colour(line));
  }
  if (why) console.log(c.yellow(`   Atenção: o texto é o mesmo; ${why}`));
}
console.log(
  differences === 0
    ? c.green("\nNenhuma diferença em relação à solução.")
    : c.dim(`\n${differences} arquivo${differences === 1 ? "" : "s"} com diferenças. Diferente não quer dizer errado: quem decide são os checks (npm run ex:${exercise.id}).`),
);
process.exit(differences === 0 ? 0 : 1);
