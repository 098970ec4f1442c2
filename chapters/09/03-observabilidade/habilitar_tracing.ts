// Capítulo 9 — §3 "Como habilitar tracing com LangSmith", em TypeScript.
//
//   O livro:  os.environ["LANGSMITH_TRACING"] = "true"
//             os.environ["LANGSMITH_API_KEY"] = getpass.getpass("LangSmith API Key: ")
//
// Aqui a chave vem primeiro do ambiente ou do .env. Só quando ela falta, e só num terminal interativo, o programa
// pergunta com a digitação mascarada (o getpass). Fora de um terminal (CI, Docker, saída redirecionada) ele para
// com uma mensagem que diz a variável e onde criar a chave, em vez de ficar esperando uma digitação que nunca vem.
//
// Rode: npm run exemplo -- habilitar_tracing
import { ChatGoogleGenerativeAI } from "@langchain/google-genai";
import { traceable } from "langsmith/traceable";
import { geminiOptions } from "#lib/config";
import { runMain } from "#lib/main";
import { mask } from "#lib/secrets";
import { flushTraces } from "#lib/tracing";

export const ONDE_CRIAR_CHAVE = "https://smith.langchain.com/settings";

type Terminal = { isTTY?: boolean };

export interface OpcoesTracing {
  env?: NodeJS.ProcessEnv;
  input?: NodeJS.ReadableStream & Terminal;
  output?: NodeJS.WritableStream & Terminal;
  /** Como perguntar a chave (padrão: prompt mascarado do @inquirer/prompts no terminal). */
  perguntar?: (mensagem: string) => Promise<string>;
}

export interface EstadoTracing {
  ativo: boolean;
  /** A chave mascarada (lsv2_…abc): o bastante para saber qual é, nunca para usá-la. */
  chave?: string;
  endpoint: string;
}

/** O getpass: prompt com a digitação trocada por asteriscos, no terminal recebido. */
async function perguntarMascarado(mensagem: string, input: NodeJS.ReadableStream, output: NodeJS.WritableStream): Promise<string> {
  const { password } = await import("@inquirer/prompts");
  // mask "*": um asterisco por tecla; toggleMask false: sem atalho para mostrar a chave na tela.
  return password({ message: mensagem, mask: "*", toggleMask: false }, { input, output, clearPromptOnDone: true });
}

/**
 * Liga o tracing do LangSmith como o livro: LANGSMITH_TRACING=true e LANGSMITH_API_KEY definida.
 * `LANGSMITH_TRACING=false` explícito é respeitado (é o "desligar" de produção). Nunca mostra a chave.
 */
export async function habilitarTracing({ env = process.env, input = process.stdin, output = process.stdout, perguntar }: OpcoesTracing = {}): Promise<EstadoTracing> {
  const endpoint = env.LANGSMITH_ENDPOINT || "https://api.smith.langchain.com";
  if (["false", "0"].includes((env.LANGSMITH_TRACING ?? "").trim().toLowerCase())) return { ativo: false, endpoint };
  let chave = env.LANGSMITH_API_KEY?.trim();
  if (!chave) {
    if (!input.isTTY || !output.isTTY)
      throw new Error(
        `Falta LANGSMITH_API_KEY para ligar o tracing. Crie a chave em ${ONDE_CRIAR_CHAVE} e coloque no .env ` +
          "(LANGSMITH_API_KEY=...), ou defina LANGSMITH_TRACING=false. Sem terminal interativo, não há como perguntar.",
      );
    const digitada = (await (perguntar ?? ((m: string) => perguntarMascarado(m, input, output)))("LangSmith API Key:")).trim();
    if (!digitada) throw new Error(`Nenhuma chave digitada: o tracing continua desligado. Crie a chave em ${ONDE_CRIAR_CHAVE}.`);
    chave = digitada;
  }
  env.LANGSMITH_API_KEY = chave;
  env.LANGSMITH_TRACING = "true";
  return { ativo: true, chave: mask(chave), endpoint };
}

// Uma chain pequena para ver o tracing funcionando: o run raiz e o modelo como filho.
export const frase = traceable(
  async (topico: string) => (await new ChatGoogleGenerativeAI({ model: "gemini-2.5-flash", maxRetries: 2, ...geminiOptions() }).invoke(`Escreva uma frase sobre ${topico}`)).text,
  { name: "frase" },
);

export async function main(): Promise<void> {
  const estado = await habilitarTracing();
  console.log(estado.ativo ? `Tracing ligado: LANGSMITH_API_KEY=${estado.chave}, endpoint ${estado.endpoint}` : "Tracing desligado (LANGSMITH_TRACING=false).");
  console.log(await frase("tracing com LangSmith"));
  await flushTraces();
}

await runMain(import.meta.url, main);
