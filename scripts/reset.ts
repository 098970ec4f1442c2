/**
 * `npm run reset N`: puts exercise N's files back as they came in the workbook (the stub), after asking,
 * with a backup of the student's files in .workbook/backups/. `npm run reset N -- --desfazer` brings the
 * last backup back — unless the files changed since that reset (new work): then it refuses and says how to
 * keep both (`--forcar` restores anyway, after backing the new work up too). Touches only that
 * exercise's files: never other exercises, never the progress.
 * Originals come from the workbook itself (scripts/lib/pristine.ts), never from solutions/.
 */
import fs from "node:fs";
import path from "node:path";
import { folderName } from "../lib/exercises.ts";
import { parseScriptArgs } from "../lib/cli/args.ts";
import { backupsDir, createBackup, listBackups, restoreBackup } from "./lib/backups.ts";
import { confirm } from "./lib/confirm.ts";
import { normalize, pristineFiles } from "./lib/pristine.ts";
import { c } from "../lib/cli/colors.ts";
import { ROOT } from "../lib/cli/paths.mjs";
import { readyExerciseOrExit } from "./lib/exercise-arg.ts";

const USAGE = `Uso: npm run reset N [-- opções]

Volta os arquivos do exercício N ao esqueleto original (com backup do que você escreveu).

Opções:
  --yes, --sim     não pergunta antes (necessário sem terminal)
  --desfazer       traz de volta o último backup de reset
  --forcar         com --desfazer: restaura mesmo se você mexeu nos arquivos depois do reset
                   (o trabalho novo também ganha um backup)`;
const { values: flags, positionals } = parseScriptArgs(
  process.argv.slice(2),
  {
    yes: { type: "boolean", short: "y" },
    sim: { type: "boolean" },
    desfazer: { type: "boolean" },
    undo: { type: "boolean" },
    forcar: { type: "boolean" },
    force: { type: "boolean" },
  },
  USAGE,
);
const assumeYes = !!(flags.yes || flags.sim);
const undo = !!(flags.desfazer || flags.undo);
const force = !!(flags.forcar || flags.force);

const exercise = readyExerciseOrExit(positionals[0], "npm run reset", "não há o que restaurar");
const exerciseDir = path.join(ROOT, "exercises", folderName(exercise));
const rel = (file: string) => path.relative(ROOT, path.join(exerciseDir, file));
const read = (file: string) => {
  const full = path.join(exerciseDir, file);
  return fs.existsSync(full) ? normalize(fs.readFileSync(full, "utf8")) : undefined;
};

function refuseWithoutTerminal(command: string): never {
  console.error(
    `Não há um terminal para eu perguntar antes de mexer nos seus arquivos, então não fiz nada.\n` +
      `Se tem certeza, rode de novo confirmando: ${command} -- --yes`,
  );
  process.exit(2);
}

if (undo) {
  const backup = listBackups(ROOT, exercise).find((b) => b.kind === "reset");
  if (!backup) {
    console.log(`Não há backup de reset do exercício ${exercise.id} para desfazer (procurei em ${path.relative(ROOT, backupsDir(ROOT, exercise))}).`);
    process.exit(1);
  }
  const when = new Date(backup.createdAt).toLocaleString("pt-BR");
  // Work done after the reset: the files are no longer the stub the reset left. Restoring would replace
  // new work by old. (Without an original to compare with — reset could not have run — nothing to check.)
  const { files: stubs, missing: noOriginal } = pristineFiles(ROOT, exercise);
  const newer = noOriginal.length ? [] : stubs.filter((o) => read(o.file) !== undefined && read(o.file) !== o.content).map((o) => o.file);
  if (newer.length && !force) {
    console.error(
      `Você mexeu em ${newer.map(rel).join(", ")} depois do reset de ${when}: desfazer agora trocaria esse trabalho novo pelo backup antigo, então não fiz nada.\n` +
        `  • para só consultar o backup antigo: ${path.relative(ROOT, path.join(backup.dir, "arquivos"))}\n` +
        `  • para restaurar mesmo assim (o trabalho novo também ganha um backup): npm run reset ${exercise.id} -- --desfazer --forcar`,
    );
    process.exit(1);
  }
  console.log(c.bold(`↩️  Desfazer o reset do exercício ${exercise.id} — ${exercise.title}`));
  console.log(`   Volta os arquivos como estavam em ${when}: ${backup.files.map(rel).join(", ") || "(nenhum arquivo existia)"}`);
  if (backup.missing.length) console.log(`   e apaga ${backup.missing.map(rel).join(", ")} (não existia${backup.missing.length > 1 ? "m" : ""} naquele momento).`);
  const answer = await confirm("Restaurar esse backup? (o estado atual também ganha um backup)", assumeYes);
  if (answer === "no-terminal") refuseWithoutTerminal(`npm run reset ${exercise.id} -- --desfazer`);
  if (answer === "no") {
    console.log("Nada foi alterado.");
    process.exit(1);
  }
  const safety = createBackup(ROOT, exercise, exerciseDir, "antes-de-desfazer");
  restoreBackup(backup, exerciseDir);
  console.log(c.green(`✓ Arquivos do exercício ${exercise.id} restaurados do backup de ${when}.`));
  console.log(c.dim(`   O que estava lá antes ficou em ${path.relative(ROOT, safety.dir)}.`));
  process.exit(0);
}

const { files: originals, missing } = pristineFiles(ROOT, exercise);
if (missing.length) {
  console.error(
    `Não encontrei a versão original de ${missing.map(rel).join(", ")}: ela não está no pacote do workbook (scripts/lib/pristine-stubs.json) nem no git.\n` +
      "Baixe o workbook de novo (ou só esse arquivo) do repositório original. Nada foi alterado.",
  );
  process.exit(1);
}
const changed = originals.filter((o) => read(o.file) !== o.content);
if (changed.length === 0) {
  console.log(`O exercício ${exercise.id} já está como veio no workbook: nada a restaurar.`);
  process.exit(0);
}

console.log(c.bold(`🔄 Reset do exercício ${exercise.id} — ${exercise.title}`));
console.log(`   Volta ao esqueleto original: ${changed.map((o) => rel(o.file)).join(", ")}`);
console.log(c.dim("   Antes, uma cópia do que você escreveu vai para .workbook/backups/ (desfaça com --desfazer)."));
console.log(c.dim("   Os outros exercícios e o seu progresso não são tocados."));
if (originals.some((o) => o.source === "git")) {
  console.log(c.yellow("   Atenção: parte do original veio do último commit do git (o pacote do workbook não o tem); se você fez commit do seu trabalho, é ele que volta."));
}
const answer = await confirm(`Restaurar o exercício ${exercise.id}?`, assumeYes);
if (answer === "no-terminal") refuseWithoutTerminal(`npm run reset ${exercise.id}`);
if (answer === "no") {
  console.log("Nada foi alterado.");
  process.exit(1);
}

const backup = createBackup(ROOT, exercise, exerciseDir, "reset");
for (const original of originals) {
  const target = path.join(exerciseDir, original.file);
  fs.mkdirSync(path.dirname(target), { recursive: true });
  fs.writeFileSync(target, original.content);
}
console.log(c.green(`✓ Exercício ${exercise.id} restaurado.`) + ` Backup do seu trabalho: ${path.relative(ROOT, backup.dir)}`);
console.log(c.dim(`   Mudou de ideia? npm run reset ${exercise.id} -- --desfazer`));
