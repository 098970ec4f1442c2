/** Entry point of `npm run quiz` (node --import tsx quiz/run.ts). See quiz/README.md. */
import { EXIT, main } from "./main.ts";

process.once("SIGINT", () => {
  // Between prompts (inquirer handles Ctrl-C itself while a question is open). Answers are saved as they happen.
  process.stdout.write("\nQuiz interrompido. As respostas dadas até aqui já estão salvas.\n");
  process.exit(EXIT.interrupted);
});

try {
  process.exitCode = await main(process.argv.slice(2), {
    stdout: process.stdout,
    stderr: process.stderr,
    stdinIsTTY: process.stdin.isTTY === true,
    env: process.env,
    cwd: process.cwd(),
  });
} catch (error) {
  process.stderr.write(`Erro inesperado no quiz: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exitCode = 1;
}
