// Exercício 6 — logs e erros sem chaves.
// Duas camadas, porque cada uma sozinha deixa buracos:
//  1. `redact` do pino, por NOME de campo: esconde o cabeçalho authorization de qualquer requisição,
//     mesmo quando o valor é um token que o app não conhece.
//  2. `limparSegredos`, por VALOR: antes de cada linha sair, troca as chaves conhecidas (e qualquer texto com
//     formato de chave) pela máscara — pega a chave dentro de uma mensagem, de um erro ou de um campo
//     com nome inocente, em qualquer profundidade (o `*.campo` do pino só alcança um nível).
import { inspect } from "node:util";
import { pino, type DestinationStream, type Logger } from "pino";
import { mascarar } from "./config.ts";

// Stryker disable next-line StringLiteral: além dos exigidos (authorization, x-api-key, x-goog-api-key), extras da solução.
const CABECALHOS_SECRETOS = ["authorization", "Authorization", "x-api-key", "X-Api-Key", "x-goog-api-key", "cookie", "proxy-authorization"];
// Stryker disable next-line StringLiteral: além dos exigidos (apiKey, api_key), extras da solução.
const CAMPOS_SECRETOS = ["apiKey", "api_key", "openAIApiKey", "OPENAI_API_KEY", "GOOGLE_API_KEY", "LANGSMITH_API_KEY", "password", "token"];

/** Caminhos que o pino esconde sempre: cabeçalhos de requisição (até 2 níveis) e campos com nome de chave. */
export const CAMINHOS_MASCARADOS: string[] = [
  ...["", "*.", "*.*."].flatMap((depth) => CABECALHOS_SECRETOS.map((h) => `${depth}headers["${h}"]`)),
  ...["", "*.", "*.*."].flatMap((depth) => CAMPOS_SECRETOS.map((f) => `${depth}${f}`)),
];

/** Formatos de chave dos provedores: mascarados mesmo quando o app não os conhece. */
// Stryker disable next-line all: FORMATOS_DE_CHAVE vem pronto no enunciado.
const FORMATOS_DE_CHAVE: RegExp[] = [/\bsk-[A-Za-z0-9_-]{16,}/g, /\bAIza[0-9A-Za-z_-]{20,}/g, /\blsv2_[A-Za-z0-9_]{16,}/g, /\bls__[A-Za-z0-9]{16,}/g];

/** Troca cada chave conhecida (e cada texto com formato de chave) pela máscara. */
export function limparSegredos(text: string, secrets: readonly string[] = []): string {
  let out = text;
  for (const secret of secrets) if (secret.length >= 8) out = out.split(secret).join(mascarar(secret));
  for (const shape of FORMATOS_DE_CHAVE) out = out.replace(shape, (found) => mascarar(found));
  return out;
}

export interface OpcoesLogger {
  /** Valores que nunca podem aparecer (as chaves do app: `valoresSecretos(config)`). */
  secrets?: readonly string[];
  /** Para onde vão as linhas JSON (padrão: stdout). Os checks passam um stream que guarda as linhas. */
  destination?: DestinationStream;
  level?: string;
  name?: string;
}

/** Logger pino (uma linha JSON por evento) que não deixa chave passar. */
export function criarLogger({ secrets = [], destination, level = "info", name = "app" }: OpcoesLogger = {}): Logger {
  const known = [...secrets];
  const options = {
    name,
    level,
    redact: { paths: CAMINHOS_MASCARADOS, censor: "[oculto]" },
    // A última linha de defesa: a linha JSON pronta, antes de ir para o destino.
    hooks: { streamWrite: (line: string) => limparSegredos(line, known) },
  };
  // Padrão: stdout síncrono, para nenhuma linha se perder num process.exit().
  return pino(options, destination ?? pino.destination({ dest: 1, sync: true }));
}

/** Erro de provedor seguro para mostrar e registrar: mensagem e stack mascarados, nada do objeto original. */
// Stryker disable all: ErroDoProvedor vem pronto no enunciado.
export class ErroDoProvedor extends Error {
  override name = "ErroDoProvedor";
  constructor(
    message: string,
    readonly status?: number,
    options?: ErrorOptions,
  ) {
    super(message, options);
  }
}
// Stryker restore all

function statusDe(error: unknown): number | undefined {
  // Stryker disable next-line all: extra da solução (erro que não é objeto), o enunciado só pede error.status.
  if (!error || typeof error !== "object") return undefined;
  const e = error as { status?: unknown; statusCode?: unknown; response?: { status?: unknown } };
  const status = e.status ?? e.statusCode ?? e.response?.status;
  // Stryker disable next-line ConditionalExpression: extra; o enunciado só pede manter error.status (numérico).
  return typeof status === "number" ? status : undefined;
}

/**
 * Embrulha um erro (de SDK, de fetch…) num ErroDoProvedor sem a chave. NÃO guarde o erro original como
 * `cause`: ele leva junto cabeçalhos, corpo e URL da requisição, e `console.error`/pino mostram tudo isso.
 * As causas são copiadas só como mensagem mascarada.
 */
export function erroSeguro(error: unknown, secrets: readonly string[] = []): ErroDoProvedor {
  return sanitizar(error, secrets, 0);
}

function sanitizar(error: unknown, secrets: readonly string[], depth: number): ErroDoProvedor {
  // Stryker disable next-line ConditionalExpression,EqualityOperator,StringLiteral: extra; o enunciado só trata erros Error (SDK, fetch).
  const original = error instanceof Error ? error : new Error(typeof error === "string" ? error : inspect(error));
  // As causas viram ErroDoProvedor também (no máximo 3 níveis): a mensagem fica, o resto do objeto não.
  // Stryker disable next-line all: causas são opcionais no enunciado ("se quiser mantê-las"); o limite de 3 níveis é extra.
  const cause = original.cause !== undefined && depth < 3 ? sanitizar(original.cause, secrets, depth + 1) : undefined;
  // Stryker disable next-line ObjectLiteral: equivalente, `{}` no lugar de undefined não muda o ErroDoProvedor (causas são opcionais).
  const safe = new ErroDoProvedor(limparSegredos(original.message, secrets), statusDe(error), cause ? { cause } : undefined);
  // Stryker disable next-line MethodExpression,Regex: equivalente, a 1ª linha da stack original também passa pelo limparSegredos.
  const frames = (original.stack ?? "").split("\n").filter((line) => /^\s+at /.test(line));
  safe.stack = limparSegredos([`${safe.name}: ${safe.message}`, ...frames].join("\n"), secrets);
  return safe;
}
