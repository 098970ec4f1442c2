/**
 * The models the lab simulates and their context windows (input tokens), so an unknown name gets the provider's
 * own 404 and an oversized prompt its own 400 (shapes: docs/protocols.md §7). Families are matched with an
 * optional dated or preview suffix ("gpt-4o-mini-2024-07-18", "gemini-2.5-flash-preview-05-20", "-001").
 */
import type { ModelProvider } from "./types.ts";

interface Family {
  pattern: RegExp;
  contextTokens: number;
}

const SUFFIX = "(?:-(?:\\d{3}|latest|preview(?:-[\\w.-]+)?|exp(?:-[\\w.-]+)?|\\d{4}-\\d{2}-\\d{2}|\\d{2}-\\d{4}))*";
const family = (names: string, contextTokens: number): Family => ({ pattern: new RegExp(`^(?:${names})${SUFFIX}$`), contextTokens });

const FAMILIES: Record<ModelProvider, Family[]> = {
  gemini: [
    family("gemini-2\\.5-(?:flash|flash-lite|pro)", 1_048_576),
    family("gemini-2\\.0-(?:flash|flash-lite)", 1_048_576),
    family("gemini-3(?:\\.\\d)?-(?:pro|flash)", 1_048_576),
    family("gemini-(?:flash|flash-lite|pro)", 1_048_576), // the -latest aliases
  ],
  openai: [
    family("gpt-4o|gpt-4o-mini|chatgpt-4o|gpt-4-turbo", 128_000),
    family("gpt-4\\.1|gpt-4\\.1-mini|gpt-4\\.1-nano", 1_047_576),
    family("gpt-5(?:\\.\\d)?(?:-mini|-nano|-chat)?", 400_000),
    family("o1|o3|o3-mini|o4-mini", 200_000),
    family("gpt-3\\.5-turbo", 16_385),
    family("gpt-4", 8_192),
  ],
};

/** Context window of a simulated model (Gemini names may come as "models/…"), undefined for an unknown one. */
export function contextWindow(provider: ModelProvider, model: string): number | undefined {
  const name = model.replace(/^models\//, "");
  return FAMILIES[provider].find((f) => f.pattern.test(name))?.contextTokens;
}

/** Examples for error messages. */
export const KNOWN_MODELS: Record<ModelProvider, string> = {
  gemini: "gemini-2.5-flash, gemini-2.5-pro, gemini-2.5-flash-lite, gemini-2.0-flash",
  openai: "gpt-4o-mini, gpt-4o, gpt-4.1-mini, gpt-5-mini, o4-mini",
};

/** Status and body of the provider's "no such model" answer, with a pt-BR message. */
export function unknownModelAnswer(provider: ModelProvider, model: string): { status: number; body: unknown } {
  if (provider === "gemini") {
    const message =
      `Laboratório: models/${model} não existe na API v1beta ou não aceita generateContent. ` +
      `Modelos simulados: ${KNOWN_MODELS.gemini}.`;
    return { status: 404, body: { error: { code: 404, message, status: "NOT_FOUND" } } };
  }
  const message = `Laboratório: o modelo \`${model}\` não existe ou você não tem acesso a ele. Modelos simulados: ${KNOWN_MODELS.openai}.`;
  return { status: 404, body: { error: { message, type: "invalid_request_error", param: null, code: "model_not_found" } } };
}

/** Status and body of the provider's "prompt longer than the context window" answer, with a pt-BR message. */
export function contextExceededAnswer(provider: ModelProvider, inputTokens: number, limit: number): { status: number; body: unknown } {
  if (provider === "gemini") {
    const message = `Laboratório: o prompt tem ${inputTokens} tokens e passa do máximo permitido pelo modelo (${limit}).`;
    return { status: 400, body: { error: { code: 400, message, status: "INVALID_ARGUMENT" } } };
  }
  const message = `Laboratório: o contexto máximo deste modelo é de ${limit} tokens, mas as mensagens somam ${inputTokens} tokens. Reduza as mensagens.`;
  return { status: 400, body: { error: { message, type: "invalid_request_error", param: "messages", code: "context_length_exceeded" } } };
}
