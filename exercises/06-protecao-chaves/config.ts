// Exercício 6 — Proteção de chaves de API (livro: §4, checklist de segurança e getpass).
// Enunciado completo: exercises/06-protecao-chaves/README.md. Rode com: npm run ex:6
//
// O carregador de configuração do SEU app: variáveis de ambiente + .env, validadas com zod; se faltar
// uma chave, pergunta no terminal com a digitação mascarada (só num terminal interativo, só em
// desenvolvimento); e a chave vira um `Segredo`, que não aparece em console.log, JSON nem template string.
// Os tipos, as assinaturas e CHAVES já estão prontos: os checks chamam exatamente estas funções.
import fs from "node:fs";
import { inspect } from "node:util";
import dotenv from "dotenv";
import { z } from "zod";

/** As chaves que o app conhece. */
export type VariavelDeChave = "OPENAI_API_KEY" | "GOOGLE_API_KEY" | "LANGSMITH_API_KEY";

/** De onde vem cada chave e com que prefixo ela começa (use nas mensagens de erro). */
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
export class ErroDeConfig extends Error {
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
  // TODO 1: implemente a máscara. Os prefixos conhecidos estão em CHAVES (sk-, AIza, lsv2_, ls__);
  //         uma chave sem prefixo conhecido mostra só "…" + os 4 últimos.
  throw new Error(`TODO 1: implemente mascarar() em config.ts (recebi um valor de ${value?.length ?? 0} caracteres).`);
}

/**
 * Uma chave que não vaza por acidente: `console.log`, `JSON.stringify`, `${}` e `String()` mostram só a
 * máscara; só `reveal()` entrega o valor (chame-o apenas na hora de passar a chave para o SDK).
 */
export class Segredo {
  // TODO 2: guarde o valor num campo PRIVADO do JavaScript (#value): nem { ...secret } nem JSON o enxergam.
  //         Depois acrescente toString() e toJSON() devolvendo mascarar(valor), e [inspect.custom]()
  //         devolvendo `Segredo(${mascarar(valor)})` — é o que o console.log usa.
  constructor(
    value: string,
    readonly variable?: string,
  ) {
    void value;
  }
  reveal(): string {
    throw new Error("TODO 2: implemente a classe Segredo em config.ts (reveal() devolve o valor guardado).");
  }
}

/** Os valores das chaves presentes, para o logger e os erros saberem o que esconder. */
export function valoresSecretos(config: ConfigDoApp): string[] {
  return Object.values(config.keys).map((s) => s.reveal());
}

/**
 * TODO 3: o schema do ambiente, com zod. Campos (todos opcionais na entrada):
 *  - OPENAI_API_KEY, GOOGLE_API_KEY, LANGSMITH_API_KEY: sem espaços no meio e com o prefixo de CHAVES
 *    (vazio = ausente). As mensagens de erro usam mascarar(valor), NUNCA o valor.
 *  - OPENAI_BASE_URL e LANGSMITH_ENDPOINT: URL completa http(s); padrões no README.
 *  - APP_MODE: development (padrão), production ou test.
 *  - CI: se estiver definida (e não for "false"/"0"), nunca pergunte no terminal.
 * Dica: .superRefine((valor, ctx) => ctx.addIssue({ code: "custom", message: "..." })) para as chaves.
 */
export const ambienteSchema = z.object({});

/** Lê env + .env, valida e, em desenvolvimento num terminal, pergunta as chaves obrigatórias que faltam. */
export async function carregarConfig(options: OpcoesCarregarConfig = {}): Promise<ConfigDoApp> {
  // TODO 4: 1) leia o envFile com dotenv.parse(fs.readFileSync(...)) se ele existir;
  //         2) junte com options.env — o ambiente vence o .env;
  //         3) valide com ambienteSchema.safeParse e transforme o primeiro problema em ErroDeConfig(mensagem, variável);
  //         4) para cada chave de `required` que falta: em development, com stdin E stdout TTY e sem CI,
  //            pergunte com pedirSegredo(); senão lance ErroDeConfig dizendo o nome da variável, onde criar a
  //            chave (CHAVES[...].url) e que ela vai no .env;
  //         5) devolva { mode, urls, keys } com cada chave dentro de um Segredo.
  throw new Error(`TODO 4: implemente carregarConfig() em config.ts (opções recebidas: ${Object.keys(options).join(", ") || "nenhuma"}).`);
}

/**
 * O `getpass` do livro: pergunta a chave sem mostrá-la. Só é chamada num terminal interativo.
 */
export async function pedirSegredo(variable: VariavelDeChave, terminal: Terminal): Promise<string> {
  // TODO 5: use password() de "@inquirer/prompts" (import dinâmico: await import("@inquirer/prompts"))
  //         com mask: "*" e o terminal recebido: password({ message, mask: "*" }, { input, output }).
  //         A mensagem diz qual variável está sendo pedida. Ctrl+C (ExitPromptError) vira ErroDeConfig.
  throw new Error(`TODO 5: implemente pedirSegredo() em config.ts para perguntar ${variable} (terminal interativo: ${!!terminal.input.isTTY}).`);
}

// Guarda para não deixar os imports sem uso enquanto você não termina os TODOs.
void [fs, inspect, dotenv];
