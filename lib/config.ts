/**
 * The one place that decides, per provider, whether the workbook talks to the real service
 * (a key is configured) or to the local lab (no key). Reads `.env` with dotenv, validates with zod,
 * and never shows a key except masked.
 */
import path from "node:path";
import dotenv from "dotenv";
import { z } from "zod";
import { mask } from "./secrets.ts";

export type Provider = "gemini" | "openai" | "langsmith";
export type Mode = "real" | "lab";

export const PROVIDERS: Record<Provider, { label: string; keyVariable: string; keyUrl: string; keyPrefixes: string[] }> = {
  gemini: {
    label: "Gemini (Google)",
    keyVariable: "GOOGLE_API_KEY",
    keyUrl: "https://aistudio.google.com/apikey",
    keyPrefixes: ["AIza"],
  },
  openai: {
    label: "OpenAI",
    keyVariable: "OPENAI_API_KEY",
    keyUrl: "https://platform.openai.com/api-keys",
    keyPrefixes: ["sk-"],
  },
  langsmith: {
    label: "LangSmith",
    keyVariable: "LANGSMITH_API_KEY",
    keyUrl: "https://smith.langchain.com/settings",
    keyPrefixes: ["lsv2_", "ls__"],
  },
};

/** Placeholder used for keys in lab mode; the lab accepts any non-empty key. */
export const LAB_KEY = "lab-sem-chave";

export class ConfigError extends Error {
  override name = "ConfigError";
  constructor(
    message: string,
    readonly variable: string,
  ) {
    super(message);
  }
}

const PLACEHOLDER = /^(<.*>|sua[-_ ].*|cole[-_ ].*|your[-_ ].*|xxx+|changeme|\.\.\.)$/i;

function keySchema(provider: Provider) {
  const { keyVariable, keyPrefixes, keyUrl } = PROVIDERS[provider];
  return z
    .string()
    .transform((v) => v.trim().replace(/^(['"])(.*)\1$/, "$2"))
    .superRefine((value, ctx) => {
      const fail = (why: string) =>
        ctx.addIssue({ code: "custom", message: `${keyVariable} ${why} Gere ou copie a chave em ${keyUrl} e coloque no .env como ${keyVariable}=... (sem aspas nem espaços), ou apague a linha para usar o laboratório local.` });
      if (value === "" || value === LAB_KEY) return;
      if (PLACEHOLDER.test(value)) return fail("ainda tem o texto de exemplo do .env.example.");
      if (/\s/.test(value)) return fail(`tem espaços no meio (${mask(value)}).`);
      // HTTP headers carry only printable ASCII: a "ç", an accent or a smart quote pasted with the key would
      // fail later, inside fetch, with an English "ByteString" error.
      const odd = [...value].find((ch) => !/^[\x21-\x7e]$/.test(ch));
      if (odd !== undefined)
        return fail(`tem um caractere que não pode estar numa chave (“${odd}”, na posição ${[...value].indexOf(odd) + 1}; recebi ${mask(value)}): copie a chave de novo, direto do site.`);
      if (!keyPrefixes.some((p) => value.startsWith(p)))
        return fail(`não parece uma chave válida: deveria começar com ${keyPrefixes.join(" ou ")} (recebi ${mask(value)}).`);
    });
}

const urlSchema = (variable: string) =>
  z
    .string()
    .trim()
    .refine((v) => v === "" || URL.canParse(v), { message: `${variable} precisa ser uma URL completa, por exemplo http://127.0.0.1:8787.` });

const envSchema = z.object({
  GOOGLE_API_KEY: keySchema("gemini").optional(),
  OPENAI_API_KEY: keySchema("openai").optional(),
  LANGSMITH_API_KEY: keySchema("langsmith").optional(),
  LANGSMITH_ENDPOINT: urlSchema("LANGSMITH_ENDPOINT").optional(),
  LANGSMITH_PROJECT: z.string().trim().optional(),
  LANGSMITH_TRACING: z
    .string()
    .trim()
    .toLowerCase()
    .refine((v) => ["", "true", "false", "1", "0"].includes(v), { message: "LANGSMITH_TRACING aceita true ou false." })
    .optional(),
  WORKBOOK_MODE: z
    .string()
    .trim()
    .toLowerCase()
    .refine((v) => ["", "auto", "lab", "real"].includes(v), {
      message: "WORKBOOK_MODE aceita auto (padrão: real onde houver chave), lab (tudo local) ou real (exige as chaves).",
    })
    .optional(),
  LAB_URL: urlSchema("LAB_URL").optional(),
  LAB_PORT: z
    .string()
    .trim()
    .refine((v) => v === "" || (/^\d+$/.test(v) && Number(v) < 65536), { message: "LAB_PORT precisa ser um número de porta (0 a 65535)." })
    .optional(),
});

export interface WorkbookConfig {
  modes: Record<Provider, Mode>;
  /** Keys present (validated, unquoted); never print them: use `mask`. */
  keys: Partial<Record<Provider, string>>;
  /** An external lab to use instead of starting one in-process (`npm run lab` in another terminal). */
  labUrl?: string;
  labPort: number;
  tracing: boolean;
  langsmithProject?: string;
}

/** Loads `.env` from the workbook root (or cwd) once; real environment variables win over the file. */
export function loadDotenv(root: string = process.cwd()): void {
  dotenv.config({ path: path.join(root, ".env"), quiet: true });
}

/** Validates the environment and decides the mode of each provider. Throws ConfigError (pt-BR). */
export function readConfig(env: NodeJS.ProcessEnv = process.env): WorkbookConfig {
  const parsed = envSchema.safeParse(env);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    const variable = String(issue.path[0] ?? "?");
    throw new ConfigError(`Configuração inválida em ${variable}: ${issue.message}`, variable);
  }
  const e = parsed.data;
  const forced = e.WORKBOOK_MODE === "lab" ? "lab" : e.WORKBOOK_MODE === "real" ? "real" : undefined;
  const keys: Partial<Record<Provider, string>> = {};
  const modes = {} as Record<Provider, Mode>;
  for (const provider of Object.keys(PROVIDERS) as Provider[]) {
    const value = e[PROVIDERS[provider].keyVariable as "GOOGLE_API_KEY"];
    const hasRealKey = !!value && value !== LAB_KEY;
    if (hasRealKey) keys[provider] = value;
    modes[provider] = forced ?? (hasRealKey ? "real" : "lab");
    if (modes[provider] === "real" && !hasRealKey) {
      const { keyVariable, keyUrl } = PROVIDERS[provider];
      throw new ConfigError(
        `WORKBOOK_MODE=real, mas ${keyVariable} não está definida. Crie a chave em ${keyUrl} e coloque no .env como ${keyVariable}=..., ou use WORKBOOK_MODE=lab.`,
        keyVariable,
      );
    }
  }
  return {
    modes,
    keys,
    labUrl: e.LAB_URL || undefined,
    labPort: e.LAB_PORT ? Number(e.LAB_PORT) : 0,
    tracing: e.LANGSMITH_TRACING === "false" || e.LANGSMITH_TRACING === "0" ? false : true,
    langsmithProject: e.LANGSMITH_PROJECT || undefined,
  };
}

/**
 * Points the SDKs at the lab for every provider in lab mode, through the variables the SDKs already read
 * (OPENAI_BASE_URL, LANGSMITH_ENDPOINT) and GEMINI_BASE_URL, read by `geminiOptions()`.
 */
export function applyEnvironment(config: WorkbookConfig, labUrl: string | undefined, env: NodeJS.ProcessEnv = process.env): void {
  if (labUrl) env.LAB_URL = labUrl;
  if (config.modes.gemini === "lab" && labUrl) {
    env.GOOGLE_API_KEY = LAB_KEY;
    env.GEMINI_BASE_URL = labUrl;
  }
  if (config.modes.openai === "lab" && labUrl) {
    env.OPENAI_API_KEY = LAB_KEY;
    env.OPENAI_BASE_URL = `${labUrl}/v1`;
  }
  if (config.modes.langsmith === "lab" && labUrl) {
    env.LANGSMITH_API_KEY = LAB_KEY;
    env.LANGSMITH_ENDPOINT = labUrl;
  }
  // Tracing is on unless the student turned it off; in real mode it needs the LangSmith key.
  env.LANGSMITH_TRACING = config.tracing && (config.modes.langsmith === "lab" ? !!labUrl : !!config.keys.langsmith) ? "true" : "false";
}

/** Options for `new ChatGoogleGenerativeAI({ model, ...geminiOptions() })`: the lab's address in lab mode. */
export function geminiOptions(env: NodeJS.ProcessEnv = process.env): { baseUrl?: string } {
  return env.GEMINI_BASE_URL ? { baseUrl: env.GEMINI_BASE_URL } : {};
}

/** Options for `new ChatOpenAI({ model, ...openAIOptions() })`; the plain `openai` SDK reads OPENAI_BASE_URL itself. */
export function openAIOptions(env: NodeJS.ProcessEnv = process.env): { configuration?: { baseURL: string } } {
  return env.OPENAI_BASE_URL ? { configuration: { baseURL: env.OPENAI_BASE_URL } } : {};
}

/** One line per provider for banners and `npm run doctor`: mode and masked key. */
export function describeModes(config: WorkbookConfig): string[] {
  return (Object.keys(PROVIDERS) as Provider[]).map((p) => {
    const { label, keyVariable } = PROVIDERS[p];
    return config.modes[p] === "real"
      ? `${label}: serviço real (${keyVariable}=${mask(config.keys[p])})`
      : `${label}: laboratório local (sem ${keyVariable})`;
  });
}
