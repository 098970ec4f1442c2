// Capítulo 9 — §4 Segurança: "Exemplo de proteção de chave", em TypeScript e do jeito certo.
//
//   O livro:  os.environ["OPENAI_API_KEY"] = getpass("OpenAI API Key: ")
//
// O que muda aqui: a chave vem primeiro do ambiente/.env (produção nunca digita nada); só se faltar, e só
// num terminal interativo, ela é perguntada com a digitação mascarada; fora de um terminal (CI, Docker,
// pipe) o programa pára na hora com uma mensagem que diz a variável e onde criar a chave. E a chave é
// entregue ao SDK explicitamente, em vez de ir para o process.env (que todo processo filho herda).
//
// Rode: npm run exemplo -- protecao_chave
// Para ver o prompt mascarado (precisa de um terminal de verdade):
//   node --import tsx chapters/09/04-seguranca/protecao_chave.ts --perguntar
import { ChatOpenAI } from "@langchain/openai";
import { openAIOptions } from "#lib/config";
import { runMain } from "#lib/main";
import { mask } from "#lib/secrets";

/** Onde criar cada chave (a mensagem de erro diz isso ao usuário). */
export const ONDE_CRIAR: Record<string, string> = {
  OPENAI_API_KEY: "https://platform.openai.com/api-keys",
  GOOGLE_API_KEY: "https://aistudio.google.com/apikey",
  LANGSMITH_API_KEY: "https://smith.langchain.com/settings",
};

export interface OpcoesChave {
  env?: Record<string, string | undefined>;
  input?: NodeJS.ReadableStream & { isTTY?: boolean };
  output?: NodeJS.WritableStream & { isTTY?: boolean };
  /** Pergunta mesmo que a variável exista (para a demonstração). */
  sempreperguntar?: boolean;
}

/** Dá para perguntar? Só com stdin E stdout ligados a um terminal, e fora de CI. */
export function terminalInterativo(input: { isTTY?: boolean }, output: { isTTY?: boolean }, env: Record<string, string | undefined> = process.env): boolean {
  const ci = env.CI && env.CI !== "false" && env.CI !== "0";
  return !!input.isTTY && !!output.isTTY && !ci;
}

/**
 * O `getpass` do livro, em versão de produção: ambiente/.env → prompt mascarado (só em terminal) → erro claro.
 * Nunca escreve a chave na tela nem em mensagens de erro.
 */
export async function obterChave(variavel: string, { env = process.env, input = process.stdin, output = process.stdout, sempreperguntar = false }: OpcoesChave = {}): Promise<string> {
  const atual = env[variavel]?.trim();
  if (atual && !sempreperguntar) return atual;
  if (!terminalInterativo(input, output, env)) {
    throw new Error(
      `Falta ${variavel}. Crie a chave em ${ONDE_CRIAR[variavel] ?? "painel do provedor"} e coloque no .env (${variavel}=...) ` +
        "ou defina a variável no ambiente. Não há terminal interativo para perguntar (CI, Docker ou saída redirecionada).",
    );
  }
  // Import sob demanda: quem tem a chave no ambiente nem carrega o inquirer.
  const { password } = await import("@inquirer/prompts");
  try {
    const chave = await password(
      // mask "*": um asterisco por caractere; toggleMask false: sem atalho para revelar a chave na tela.
      { message: `${variavel} (a digitação não aparece):`, mask: "*", toggleMask: false },
      { input, output, clearPromptOnDone: true },
    );
    return chave.trim();
  } catch (error) {
    // Ctrl+C no prompt: sem stack trace, com uma mensagem que diz o que aconteceu.
    if (error instanceof Error && error.name === "ExitPromptError") throw new Error(`Entrada de ${variavel} cancelada.`);
    throw error;
  }
}

export async function main(): Promise<void> {
  const perguntar = process.argv.includes("--perguntar");
  if (perguntar && !terminalInterativo(process.stdin, process.stdout)) {
    console.log("--perguntar precisa de um terminal interativo: rode direto com node --import tsx (o npm run exemplo não liga o teclado ao programa).");
  }
  const chave = await obterChave("OPENAI_API_KEY", { sempreperguntar: perguntar && terminalInterativo(process.stdin, process.stdout) });
  // A chave aparece só mascarada: dá para conferir QUAL chave foi carregada sem expô-la.
  console.log(`OPENAI_API_KEY carregada: ${mask(chave)}`);

  // Em vez de os.environ["OPENAI_API_KEY"] = chave: entregue a chave ao SDK, explicitamente.
  // (No modo lab, openAIOptions() aponta para o laboratório local, que aceita qualquer chave.)
  const llm = new ChatOpenAI({ model: "gpt-4o-mini", apiKey: chave, maxRetries: 1, ...openAIOptions() });
  const resposta = await llm.invoke("Escreva uma frase sobre proteção de chaves de API");
  console.log(resposta.text);
}

await runMain(import.meta.url, main);
