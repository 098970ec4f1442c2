// Capítulo 9 — §4 Segurança: o `getpass` do Python, em Node, sem dependência nenhuma (node:readline).
//
// Como o getpass funciona por dentro: o terminal normalmente ecoa cada tecla; para ler um segredo, o programa
// cala esse eco enquanto a pessoa digita. Com node:readline, isso se faz trocando a função que escreve na tela
// por uma que só deixa passar o texto da pergunta. O `password` do @inquirer/prompts (veja protecao_chave.ts)
// faz o mesmo e ainda mostra um asterisco por tecla.
//
// Rode (precisa de um terminal de verdade para perguntar):
//   node --import tsx chapters/09/04-seguranca/getpass.ts --perguntar
// Sem terminal (npm run exemplo -- getpass, CI), o exemplo explica e termina sem perguntar nada.
import readline from "node:readline";
import { runMain } from "#lib/main";
import { mask } from "#lib/secrets";

export interface GetpassOpcoes {
  input?: NodeJS.ReadableStream & { isTTY?: boolean };
  output?: NodeJS.WritableStream & { isTTY?: boolean };
}

/** Pergunta um segredo sem ecoar a digitação. Recusa-se a rodar fora de um terminal. */
export function getpass(pergunta: string, { input = process.stdin, output = process.stdout }: GetpassOpcoes = {}): Promise<string> {
  if (!input.isTTY || !output.isTTY) {
    return Promise.reject(new Error("getpass precisa de um terminal interativo; em CI/Docker, passe a chave por variável de ambiente ou .env."));
  }
  return new Promise((resolve, reject) => {
    const rl = readline.createInterface({ input, output, terminal: true });
    let calado = false;
    // O readline escreve na tela por este método: calado, só a quebra de linha final passa.
    const escrever = (rl as unknown as { _writeToOutput: (s: string) => void })._writeToOutput.bind(rl);
    (rl as unknown as { _writeToOutput: (s: string) => void })._writeToOutput = (texto: string) => {
      if (!calado || texto.includes("\n")) escrever(calado ? "\n" : texto);
    };
    rl.on("SIGINT", () => {
      rl.close();
      reject(new Error("Entrada cancelada (Ctrl+C)."));
    });
    rl.question(pergunta, (resposta) => {
      rl.close();
      resolve(resposta.trim());
    });
    calado = true; // a pergunta já foi escrita; daqui em diante, nada de eco
  });
}

export async function main(): Promise<void> {
  if (!process.argv.includes("--perguntar") || !process.stdin.isTTY || !process.stdout.isTTY) {
    console.log(
      "getpass(pergunta) lê um segredo sem ecoar a digitação, como o getpass do Python.\n" +
        "Para experimentar, rode num terminal: node --import tsx chapters/09/04-seguranca/getpass.ts --perguntar\n" +
        "(Sem terminal interativo — CI, Docker, npm run exemplo — ninguém pode digitar: a chave vem do ambiente ou do .env.)",
    );
    return;
  }
  const segredo = await getpass("Cole uma chave qualquer (não aparece na tela): ");
  console.log(`Recebi ${segredo.length} caracteres; mascarada: ${mask(segredo)}`);
}

await runMain(import.meta.url, main);
