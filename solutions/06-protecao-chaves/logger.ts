// Exercício 6 — logs e erros sem chaves.
// Duas camadas, porque cada uma sozinha deixa buracos:
//  1. `redact` do pino, por NOME de campo: esconde o cabeçalho authorization de qualquer requisição,
//     mesmo quando o valor é um token que o app não conhece.
//  2. `scrub`, por VALOR: antes de cada linha sair, troca as chaves conhecidas (e qualquer texto com
//     formato de chave) pela máscara — pega a chave dentro de uma mensagem, de um erro ou de um campo
//     com nome inocente, em qualquer profundidade (o `*.campo` do pino só alcança um nível).
import { inspect } from "node:util";
import { pino, type DestinationStream, type Logger } from "pino";
import { mask } from "./config.ts";

// Stryker disable next-line StringLiteral: além dos exigidos (authorization, x-api-key, x-goog-api-key), extras da solução.
const SECRET_HEADERS = ["authorization", "Authorization", "x-api-key", "X-Api-Key", "x-goog-api-key", "cookie", "proxy-authorization"];
// Stryker disable next-line StringLiteral: além dos exigidos (apiKey, api_key), extras da solução.
const SECRET_FIELDS = ["apiKey", "api_key", "openAIApiKey", "OPENAI_API_KEY", "GOOGLE_API_KEY", "LANGSMITH_API_KEY", "password", "token"];

/** Caminhos que o pino esconde sempre: cabeçalhos de requisição (até 2 níveis) e campos com nome de chave. */
export const REDACT_PATHS: string[] = [
  ...["", "*.", "*.*."].flatMap((depth) => SECRET_HEADERS.map((h) => `${depth}headers["${h}"]`)),
  ...["", "*.", "*.*."].flatMap((depth) => SECRET_FIELDS.map((f) => `${depth}${f}`)),
];

/** Formatos de chave dos provedores: mascarados mesmo quando o app não os conhece. */
// Stryker disable next-line all: KEY_SHAPES vem pronto no enunciado.
const KEY_SHAPES: RegExp[] = [/\bsk-[A-Za-z0-9_-]{16,}/g, /\bAIza[0-9A-Za-z_-]{20,}/g, /\blsv2_[A-Za-z0-9_]{16,}/g, /\bls__[A-Za-z0-9]{16,}/g];

/** Troca cada chave conhecida (e cada texto com formato de chave) pela máscara. */
export function scrub(text: string, secrets: readonly string[] = []): string {
  let out = text;
  for (const secret of secrets) if (secret.length >= 8) out = out.split(secret).join(mask(secret));
  for (const shape of KEY_SHAPES) out = out.replace(shape, (found) => mask(found));
  return out;
}

export interface LoggerOptions {
  /** Valores que nunca podem aparecer (as chaves do app: `secretValues(config)`). */
  secrets?: readonly string[];
  /** Para onde vão as linhas JSON (padrão: stdout). Os checks passam um stream que guarda as linhas. */
  destination?: DestinationStream;
  level?: string;
  name?: string;
}

/** Logger pino (uma linha JSON por evento) que não deixa chave passar. */
export function createLogger({ secrets = [], destination, level = "info", name = "app" }: LoggerOptions = {}): Logger {
  const known = [...secrets];
  const options = {
    name,
    level,
    redact: { paths: REDACT_PATHS, censor: "[oculto]" },
    // A última linha de defesa: a linha JSON pronta, antes de ir para o destino.
    hooks: { streamWrite: (line: string) => scrub(line, known) },
  };
  // Padrão: stdout síncrono, para nenhuma linha se perder num process.exit().
  return pino(options, destination ?? pino.destination({ dest: 1, sync: true }));
}

/** Erro de provedor seguro para mostrar e registrar: mensagem e stack mascarados, nada do objeto original. */
// Stryker disable all: ProviderError vem pronto no enunciado.
export class ProviderError extends Error {
  override name = "ProviderError";
  constructor(
    message: string,
    readonly status?: number,
    options?: ErrorOptions,
  ) {
    super(message, options);
  }
}
// Stryker restore all

function statusOf(error: unknown): number | undefined {
  // Stryker disable next-line all: extra da solução (erro que não é objeto), o enunciado só pede error.status.
  if (!error || typeof error !== "object") return undefined;
  const e = error as { status?: unknown; statusCode?: unknown; response?: { status?: unknown } };
  const status = e.status ?? e.statusCode ?? e.response?.status;
  // Stryker disable next-line ConditionalExpression: extra; o enunciado só pede manter error.status (numérico).
  return typeof status === "number" ? status : undefined;
}

/**
 * Embrulha um erro (de SDK, de fetch…) num ProviderError sem a chave. NÃO guarde o erro original como
 * `cause`: ele leva junto cabeçalhos, corpo e URL da requisição, e `console.error`/pino mostram tudo isso.
 * As causas são copiadas só como mensagem mascarada.
 */
export function safeError(error: unknown, secrets: readonly string[] = []): ProviderError {
  return sanitize(error, secrets, 0);
}

function sanitize(error: unknown, secrets: readonly string[], depth: number): ProviderError {
  // Stryker disable next-line ConditionalExpression,EqualityOperator,StringLiteral: extra; o enunciado só trata erros Error (SDK, fetch).
  const original = error instanceof Error ? error : new Error(typeof error === "string" ? error : inspect(error));
  // As causas viram ProviderError também (no máximo 3 níveis): a mensagem fica, o resto do objeto não.
  // Stryker disable next-line all: causas são opcionais no enunciado ("se quiser mantê-las"); o limite de 3 níveis é extra.
  const cause = original.cause !== undefined && depth < 3 ? sanitize(original.cause, secrets, depth + 1) : undefined;
  // Stryker disable next-line ObjectLiteral: equivalente, `{}` no lugar de undefined não muda o ProviderError (causas são opcionais).
  const safe = new ProviderError(scrub(original.message, secrets), statusOf(error), cause ? { cause } : undefined);
  // Stryker disable next-line MethodExpression,Regex: equivalente, a 1ª linha da stack original também passa pelo scrub.
  const frames = (original.stack ?? "").split("\n").filter((line) => /^\s+at /.test(line));
  safe.stack = scrub([`${safe.name}: ${safe.message}`, ...frames].join("\n"), secrets);
  return safe;
}
