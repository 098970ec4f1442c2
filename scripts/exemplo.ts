/**
 * `npm run exemplo -- <nome> [args…]`: runs a chapter example (a menu when no name is given on a terminal).
 * Arguments after the name go to the example; stdin and stdout are the terminal's.
 */
import { spawn } from "node:child_process";
import path from "node:path";
import { examples } from "../curriculum.ts";
import { c } from "../lib/cli/colors.ts";
import { ROOT } from "../lib/cli/paths.mjs";
import { TSX_WITH_SOLUTIONS } from "./lib/solution-files.mjs";

const list = () => examples.map((e) => `  ${c.bold(e.name.padEnd(22))} ${e.title} ${c.dim(`(${e.bookSection})`)}`).join("\n");

const argv = process.argv.slice(2);
const nameAt = argv.findIndex((a) => !a.startsWith("--"));
let name = nameAt >= 0 ? argv[nameAt] : undefined;
const forwarded = nameAt >= 0 ? argv.slice(nameAt + 1) : [];
if (!name) {
  if (!process.stdin.isTTY) {
    console.log(`Diga qual exemplo rodar: npm run exemplo -- <nome>\n\nExemplos do capítulo 9:\n${list()}`);
    process.exit(2);
  }
  const { select } = await import("@inquirer/prompts");
  const { selectTheme } = await import("./lib/prompt-theme.ts");
  try {
    name = await select({ message: "Qual exemplo do capítulo 9?", choices: examples.map((e) => ({ name: `${e.name} — ${e.title}`, value: e.name })), theme: selectTheme });
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
// The terminal itself (stdin too, and colours: the example sees a TTY). Ctrl-C reaches both processes.
// Examples may import reference code from solutions/ (pii_block, injecao_demo): its given files come from exercises/.
const child = spawn(process.execPath, [...TSX_WITH_SOLUTIONS, path.join(ROOT, example.file), ...forwarded], { cwd: ROOT, stdio: "inherit" });
process.on("SIGINT", () => {}); // the child decides how to stop; we leave with its exit code
child.on("error", (error) => {
  console.error(`Não consegui rodar ${example.file}: ${error.message}`);
  process.exit(1);
});
child.on("exit", (code, signal) => process.exit(code ?? (signal === "SIGINT" ? 130 : 1)));
