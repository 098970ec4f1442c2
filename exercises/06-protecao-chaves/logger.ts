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

/**
 * TODO 6: os caminhos que o pino esconde sempre. Pelo menos:
 *  - os cabeçalhos authorization, x-api-key e x-goog-api-key em `headers`, `*.headers` e `*.*.headers`
 *    (nomes com hífen vão entre colchetes: 'headers["x-api-key"]');
 *  - os campos apiKey e api_key no primeiro, segundo e terceiro nível ("apiKey", "*.apiKey", "*.*.apiKey").
 */
export const REDACT_PATHS: string[] = [];

/** Formatos de chave dos provedores: mascarados mesmo quando o app não os conhece. */
const KEY_SHAPES: RegExp[] = [/\bsk-[A-Za-z0-9_-]{16,}/g, /\bAIza[0-9A-Za-z_-]{20,}/g, /\blsv2_[A-Za-z0-9_]{16,}/g, /\bls__[A-Za-z0-9]{16,}/g];

/** Troca cada chave conhecida (e cada texto com formato de chave) pela máscara. */
export function scrub(text: string, secrets: readonly string[] = []): string {
  // TODO 7: troque cada segredo (com 8+ caracteres) por mask(segredo) — text.split(s).join(mask(s)) —
  //         e depois cada trecho que casa com KEY_SHAPES por mask(trecho).
  void [secrets, KEY_SHAPES, mask];
  return text;
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
  // TODO 8: acrescente às opções
  //   redact: { paths: REDACT_PATHS, censor: "[oculto]" }
  //   hooks: { streamWrite: (linha) => scrub(linha, secrets) }   ← a linha JSON pronta, antes de sair
  void secrets;
  const options = { name, level };
  // Padrão: stdout síncrono, para nenhuma linha se perder num process.exit().
  return pino(options, destination ?? pino.destination({ dest: 1, sync: true }));
}

/** Erro de provedor seguro para mostrar e registrar: mensagem e stack mascarados, nada do objeto original. */
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

/**
 * Embrulha um erro (de SDK, de fetch…) num ProviderError sem a chave.
 */
export function safeError(error: unknown, secrets: readonly string[] = []): ProviderError {
  // TODO 9: crie um ProviderError NOVO com:
  //   - a mensagem do original passada por scrub(…, secrets);
  //   - o status HTTP do original (error.status), se houver;
  //   - uma stack também passada por scrub (as linhas "    at ..." do original servem);
  //   - as causas (error.cause), se quiser mantê-las, também convertidas com safeError.
  // NÃO copie o erro original nem o guarde como `cause`: ele leva cabeçalhos, corpo e URL da requisição,
  // e console.error / pino mostram tudo isso.
  void [secrets, inspect];
  return error as ProviderError;
}
