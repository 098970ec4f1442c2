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

/**
 * TODO 6: os caminhos que o pino esconde sempre. Pelo menos:
 *  - os cabeçalhos authorization, x-api-key e x-goog-api-key em `headers`, `*.headers` e `*.*.headers`
 *    (nomes com hífen vão entre colchetes: 'headers["x-api-key"]');
 *  - os campos apiKey e api_key no primeiro, segundo e terceiro nível ("apiKey", "*.apiKey", "*.*.apiKey").
 */
export const CAMINHOS_MASCARADOS: string[] = [];

/** Formatos de chave dos provedores: mascarados mesmo quando o app não os conhece. */
const FORMATOS_DE_CHAVE: RegExp[] = [/\bsk-[A-Za-z0-9_-]{16,}/g, /\bAIza[0-9A-Za-z_-]{20,}/g, /\blsv2_[A-Za-z0-9_]{16,}/g, /\bls__[A-Za-z0-9]{16,}/g];

/** Troca cada chave conhecida (e cada texto com formato de chave) pela máscara. */
export function limparSegredos(text: string, secrets: readonly string[] = []): string {
  // TODO 7: troque cada segredo (com 8+ caracteres) por mascarar(segredo) — text.split(s).join(mascarar(s)) —
  //         e depois cada trecho que casa com FORMATOS_DE_CHAVE por mascarar(trecho).
  void [secrets, FORMATOS_DE_CHAVE, mascarar];
  return text;
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
  // TODO 8: acrescente às opções
  //   redact: { paths: CAMINHOS_MASCARADOS, censor: "[oculto]" }
  //   hooks: { streamWrite: (linha) => limparSegredos(linha, secrets) }   ← a linha JSON pronta, antes de sair
  void secrets;
  const options = { name, level };
  // Padrão: stdout síncrono, para nenhuma linha se perder num process.exit().
  return pino(options, destination ?? pino.destination({ dest: 1, sync: true }));
}

/** Erro de provedor seguro para mostrar e registrar: mensagem e stack mascarados, nada do objeto original. */
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

/**
 * Embrulha um erro (de SDK, de fetch…) num ErroDoProvedor sem a chave.
 */
export function erroSeguro(error: unknown, secrets: readonly string[] = []): ErroDoProvedor {
  // TODO 9: crie um ErroDoProvedor NOVO com:
  //   - a mensagem do original passada por limparSegredos(…, secrets);
  //   - o status HTTP do original (error.status), se houver;
  //   - uma stack também passada por limparSegredos (as linhas "    at ..." do original servem);
  //   - as causas (error.cause), se quiser mantê-las, também convertidas com erroSeguro.
  // NÃO copie o erro original nem o guarde como `cause`: ele leva cabeçalhos, corpo e URL da requisição,
  // e console.error / pino mostram tudo isso.
  void [secrets, inspect];
  return error as ErroDoProvedor;
}
