/** `npm run exemplo -- <nome>`: runs a chapter example (a menu when no name is given on a terminal). */
import path from "node:path";
import { fileURLToPath } from "node:url";
import { examples } from "../curriculum.ts";
import { exec } from "./lib/exec.ts";
import { c } from "./lib/ui.ts";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const list = () => examples.map((e) => `  ${c.bold(e.name.padEnd(22))} ${e.title} ${c.dim(`(${e.bookSection})`)}`).join("\n");

let name = process.argv.slice(2).find((a) => !a.startsWith("--"));
if (!name) {
  if (!process.stdin.isTTY) {
    console.log(`Diga qual exemplo rodar: npm run exemplo -- <nome>\n\nExemplos do capítulo 9:\n${list()}`);
    process.exit(2);
  }
  const { select } = await import("@inquirer/prompts");
  try {
    name = await select({ message: "Qual exemplo do capítulo 9?", choices: examples.map((e) => ({ name: `${e.name} — ${e.title}`, value: e.name })) });
  } catch {
    process.exit(130);
  }
}
const example = examples.find((e) => e.name === name || e.name === name!.replace(/\.(ts|py)$/, ""));
if (!example) {
  console.error(`Não encontrei o exemplo "${name}".\n\nExemplos do capítulo 9:\n${list()}`);
  process.exit(2);
}
console.log(c.dim(`▶ ${example.file}`));
const run = await exec(process.execPath, ["--import", "tsx", path.join(ROOT, example.file)], { cwd: ROOT, inherit: true, timeoutMs: 10 * 60_000 });
process.exit(run.code ?? 1);
