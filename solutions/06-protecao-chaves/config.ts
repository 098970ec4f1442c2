// Exercício 6 — Proteção de chaves de API (livro: §4, checklist de segurança e getpass).
// O carregador de configuração do SEU app: variáveis de ambiente + .env, validadas com zod; se faltar
// uma chave, pergunta no terminal com a digitação mascarada (só num terminal interativo, só em
// desenvolvimento); e a chave vira um `Segredo`, que não aparece em console.log, JSON nem template string.
import fs from "node:fs";
import { inspect } from "node:util";
import dotenv from "dotenv";
import { z } from "zod";

/** As chaves que o app conhece. */
export type VariavelDeChave = "OPENAI_API_KEY" | "GOOGLE_API_KEY" | "LANGSMITH_API_KEY";

/** De onde vem cada chave e com que prefixo ela começa (use nas mensagens de erro). */
// Stryker disable next-line all: CHAVES vem pronto no enunciado.
export const CHAVES: Record<VariavelDeChave, { provider: string; url: string; prefixes: readonly string[] }> = {
  OPENAI_API_KEY: { provider: "OpenAI", url: "https://platform.openai.com/api-keys", prefixes: ["sk-"] },
  GOOGLE_API_KEY: { provider: "Google AI Studio (Gemini)", url: "https://aistudio.google.com/apikey", prefixes: ["AIza"] },
  LANGSMITH_API_KEY: { provider: "LangSmith", url: "https://smith.langchain.com/settings", prefixes: ["lsv2_", "ls__"] },
};

export const VARIAVEIS_DE_CHAVE = Object.keys(CHAVES) as VariavelDeChave[];

/** development: pode perguntar a chave no terminal; production e test: nunca perguntam. */
export type ModoDoApp = "development" | "production" | "test";

export interface ConfigDoApp {
  mode: ModoDoApp;
  urls: {
    /** OPENAI_BASE_URL (padrão https://api.openai.com/v1). */
    openai: string;
    /** LANGSMITH_ENDPOINT (padrão https://api.smith.langchain.com). */
    langsmith: string;
  };
  /** Só as chaves presentes; as de `required` estão garantidas. */
  keys: Partial<Record<VariavelDeChave, Segredo>>;
}

/** O terminal do app (injetável: os checks passam streams falsos). */
export interface Terminal {
  input: NodeJS.ReadableStream & { isTTY?: boolean };
  output: NodeJS.WritableStream & { isTTY?: boolean };
}

export interface OpcoesCarregarConfig {
  /** Variáveis de ambiente (padrão: process.env). Valem mais que o .env. */
  env?: Record<string, string | undefined>;
  /** Caminho do .env (padrão: ".env" no diretório atual; null = não ler arquivo). Arquivo ausente não é erro. */
  envFile?: string | null;
  /** Chaves obrigatórias (padrão: ["OPENAI_API_KEY"]). */
  required?: VariavelDeChave[];
  /** Onde perguntar uma chave que falta (padrão: process.stdin e process.stdout). */
  terminal?: Terminal;
}

/** Erro de configuração em pt-BR; `variable` diz qual variável corrigir. Nunca contém a chave. */
// Stryker disable next-line all: ErroDeConfig vem pronto no enunciado.
export class ErroDeConfig extends Error {
  // Stryker disable next-line all: idem.
  override name = "ErroDeConfig";
  constructor(
    message: string,
    readonly variable: string,
  ) {
    super(message);
  }
}

/**
 * "sk-…a1B2": o prefixo conhecido e os 4 últimos caracteres — dá para reconhecer qual chave é,
 * não dá para usar. Valores curtos (menos de 12 caracteres) viram "****"; vazio vira "(vazia)".
 */
export function mascarar(value: string | undefined | null): string {
  if (!value) return "(vazia)";
  if (value.length < 12) return "****";
  const prefix = Object.values(CHAVES)
    .flatMap((k) => k.prefixes)
    .find((p) => value.startsWith(p));
  return `${prefix ?? ""}…${value.slice(-4)}`;
}

/**
 * Uma chave que não vaza por acidente: `console.log`, `JSON.stringify`, `${}` e `String()` mostram só a
 * máscara. O valor fica num campo privado (#), invisível até para `{ ...secret }`; só `reveal()` o entrega,
 * e a gente chama `reveal()` apenas na hora de passar a chave para o SDK.
 */
export class Segredo {
  readonly #value: string;
  constructor(
    value: string,
    readonly variable?: string,
  ) {
    this.#value = value;
  }
  reveal(): string {
    return this.#value;
  }
  toString(): string {
    return mascarar(this.#value);
  }
  toJSON(): string {
    return mascarar(this.#value);
  }
  [inspect.custom](): string {
    return `Segredo(${mascarar(this.#value)})`;
  }
}

/** Os valores das chaves presentes, para o logger e os erros saberem o que esconder. */
export function valoresSecretos(config: ConfigDoApp): string[] {
  return Object.values(config.keys).map((s) => s.reveal());
}

// Texto de exemplo que alguém esqueceu no .env (copiado do .env.example).
// Stryker disable next-line all: extra da solução (texto de exemplo esquecido), o enunciado não pede.
const VALOR_DE_EXEMPLO = /^(<.*>|sua[-_ ].*|cole[-_ ].*|your[-_ ].*|xxx+|changeme|\.\.\.)$/i;

function chaveSchema(variable: VariavelDeChave) {
  const { prefixes, url } = CHAVES[variable];
  // Stryker disable next-line StringLiteral: texto de ajuda livre; os checks conferem a variável e mascarar(valor) na mensagem.
  const where = `Confira em ${url} e corrija a linha ${variable}=... no .env (sem aspas nem espaços).`;
  return z
    .string()
    .transform(
      // Stryker disable next-line all: extra da solução (aspas e espaços nas pontas), o enunciado não pede.
      (v) => v.trim().replace(/^(['"])(.*)\1$/, "$2")
    )
    .superRefine((value, ctx) => {
      // Mensagens com a máscara, nunca com o valor: o erro vai parar em log e em terminal.
      if (value === "") return;
      // Stryker disable next-line all: extra (texto de exemplo), ver VALOR_DE_EXEMPLO.
      if (VALOR_DE_EXEMPLO.test(value)) ctx.addIssue({ code: "custom", message: `${variable} ainda tem o texto de exemplo. ${where}` });
      else if (/\s/.test(value)) ctx.addIssue({ code: "custom", message: `${variable} tem espaços no meio (${mascarar(value)}). ${where}` });
      else if (!prefixes.some((p) => value.startsWith(p)))
        ctx.addIssue({
          code: "custom",
          message: `${variable} não parece uma chave da ${CHAVES[variable].provider}: deveria começar com ${prefixes.join(" ou ")} (recebi ${mascarar(value)}). ${where}`,
        });
    })
    .transform(
      // Stryker disable next-line all: equivalente, carregarConfig trata "" como ausente (if (value)).
      (v) => (v === "" ? undefined : v)
    );
}

function urlSchema(variable: string, fallback: string) {
  // Stryker disable next-line MethodExpression: extra; aparar espaços da URL não é pedido (new URL() já os ignora).
  return z
    .string()
    .trim()
    .default("")
    .transform((v) => v || fallback)
    .refine(
      // Stryker disable next-line Regex: equivalente, new URL().protocol é sempre "xxx:" (as âncoras não mudam nada).
      (v) => URL.canParse(v) && /^https?:$/.test(new URL(v).protocol),
      {
        message: `${variable} precisa ser uma URL completa com http:// ou https://, por exemplo ${fallback}.`,
      },
    );
}

/** O schema do ambiente do app: chaves, URLs e modo. Variáveis desconhecidas são ignoradas. */
export const ambienteSchema = z.object({
  OPENAI_API_KEY: chaveSchema("OPENAI_API_KEY").optional(),
  GOOGLE_API_KEY: chaveSchema("GOOGLE_API_KEY").optional(),
  LANGSMITH_API_KEY: chaveSchema("LANGSMITH_API_KEY").optional(),
  // Stryker disable next-line StringLiteral: o nome em urlSchema é equivalente (o ErroDeConfig já cita a variável); o padrão é conferido pelo check.
  OPENAI_BASE_URL: urlSchema("OPENAI_BASE_URL", "https://api.openai.com/v1"),
  // Stryker disable next-line StringLiteral: o nome em urlSchema é equivalente (o ErroDeConfig já cita a variável).
  LANGSMITH_ENDPOINT: urlSchema("LANGSMITH_ENDPOINT", "https://api.smith.langchain.com"),
  // Stryker disable next-line MethodExpression: extra; o enunciado não pede aceitar espaços nem maiúsculas em APP_MODE.
  APP_MODE: z
    .string()
    .trim()
    .toLowerCase()
    .default("")
    .transform((v) => v || "development")
    .pipe(
      // Stryker disable next-line ObjectLiteral,StringLiteral: texto livre; o ErroDeConfig já nomeia APP_MODE (conferido pelo check).
      z.enum(["development", "production", "test"], { message: "APP_MODE aceita development (padrão), production ou test." })
    ),
  CI: z.string().optional(),
});

function lerArquivoEnv(file: string | null): Record<string, string> {
  if (!file || !fs.existsSync(file)) return {};
  // Stryker disable all: extra da solução (.env ilegível, ex.: uma pasta); o enunciado não pede.
  try {
    return dotenv.parse(fs.readFileSync(file));
  } catch (error) {
    throw new ErroDeConfig(`Não consegui ler ${file}: ${error instanceof Error ? error.message : String(error)}`, ".env");
  }
}

// Stryker restore all

/** Por que não dá para perguntar no terminal (ou undefined quando dá). */
function motivoSemTerminal(mode: ModoDoApp, ci: string | undefined, terminal: Terminal): string | undefined {
  if (mode !== "development") return `APP_MODE=${mode} nunca pergunta no terminal`;
  if (ci && ci !== "false" && ci !== "0") return "em CI (CI está definida) ninguém pode digitar";
  if (!terminal.input.isTTY || !terminal.output.isTTY) return "a entrada não é um terminal interativo";
  return undefined;
}

/** Lê env + .env, valida e, em desenvolvimento num terminal, pergunta as chaves obrigatórias que faltam. */
export async function carregarConfig(options: OpcoesCarregarConfig = {}): Promise<ConfigDoApp> {
  const {
    env = process.env,
    // Stryker disable next-line StringLiteral: não medido; o check não cria .env na pasta do projeto (usa envFile explícito).
    envFile = ".env",
    required = ["OPENAI_API_KEY"],
    // Stryker disable next-line ObjectLiteral: não medido; o check não usa o stdin/stdout do processo de testes.
    terminal = { input: process.stdin, output: process.stdout },
  } = options;
  // O ambiente de verdade vence o .env (como o dotenv faz): em produção, quem manda é o ambiente.
  const merged: Record<string, string | undefined> = { ...lerArquivoEnv(envFile) };
  for (const [name, value] of Object.entries(env)) if (value !== undefined) merged[name] = value;

  const parsed = ambienteSchema.safeParse(merged);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    // Stryker disable next-line StringLiteral: equivalente, todo problema de z.object traz o caminho (a variável).
    const variable = String(issue.path[0] ?? "?");
    throw new ErroDeConfig(`Configuração inválida em ${variable}: ${issue.message}`, variable);
  }
  const e = parsed.data;
  const keys: Partial<Record<VariavelDeChave, Segredo>> = {};
  for (const variable of VARIAVEIS_DE_CHAVE) {
    const value = e[variable];
    if (value) keys[variable] = new Segredo(value, variable);
  }

  for (const variable of required) {
    if (keys[variable]) continue;
    const { provider, url, prefixes } = CHAVES[variable];
    const why = motivoSemTerminal(e.APP_MODE, e.CI, terminal);
    if (why) {
      throw new ErroDeConfig(
        `Falta ${variable} (chave da ${provider}). Crie uma em ${url} e coloque no .env como ${variable}=${prefixes[0]}... ` +
          // Stryker disable next-line StringLiteral: texto livre; o check confere variável, endereço e .env (na 1ª parte).
          `ou defina a variável no ambiente antes de rodar (em CI ou no servidor, cadastre-a como secret). Não perguntei no terminal: ${why}.`,
        variable,
      );
    }
    const typed = await pedirSegredo(variable, terminal);
    const checked = chaveSchema(variable).safeParse(typed);
    // Stryker disable all: extra; o enunciado não pede validar a chave digitada no prompt.
    if (!checked.success) throw new ErroDeConfig(`Chave digitada inválida: ${checked.error.issues[0]!.message}`, variable);
    if (!checked.data) throw new ErroDeConfig(`Nenhuma chave digitada para ${variable}. Crie uma em ${url}.`, variable);
    // Stryker restore all
    keys[variable] = new Segredo(checked.data, variable);
  }

  return { mode: e.APP_MODE, urls: { openai: e.OPENAI_BASE_URL, langsmith: e.LANGSMITH_ENDPOINT }, keys };
}

/**
 * O `getpass` do livro: pergunta a chave sem mostrá-la (cada caractere vira "*"). Só chame num terminal
 * interativo — `carregarConfig` confere isso antes. Ctrl+C vira ErroDeConfig, não um erro cru.
 */
export async function pedirSegredo(variable: VariavelDeChave, terminal: Terminal): Promise<string> {
  // Import tardio: quem não precisa perguntar (servidor, CI, checks) não paga o carregamento do inquirer.
  const { password } = await import("@inquirer/prompts");
  const { provider, url } = CHAVES[variable];
  try {
    const typed = await password(
      // Stryker disable next-line BooleanLiteral: toggleMask é extra da solução (o enunciado pede só mask: "*").
      { message: `${variable} (${provider}, crie em ${url}) — a digitação não aparece:`, mask: "*", toggleMask: false },
      // Stryker disable next-line BooleanLiteral: clearPromptOnDone é extra da solução (o enunciado pede só { input, output }).
      { input: terminal.input, output: terminal.output, clearPromptOnDone: true },
    );
    // Stryker disable next-line MethodExpression: extra; o enunciado não pede aparar a chave digitada.
    return typed.trim();
  } catch (error) {
    if (error instanceof Error && error.name === "ExitPromptError") throw new ErroDeConfig(`Entrada de ${variable} cancelada.`, variable);
    throw error;
  }
}
