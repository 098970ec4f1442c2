/**
 * API keys as the lab sees them: a fingerprint (never the key) so checks can tell WHICH key a request carried,
 * and the provider's own auth-error body for a request whose key is not the one required.
 */
import { createHash } from "node:crypto";
import type http from "node:http";

export type KeyedProvider = "gemini" | "openai" | "langsmith";

/** "k_" + the first 12 hex characters of sha256(key): enough to compare, useless to call a provider with. */
export function keyId(key: string): string {
  return `k_${createHash("sha256").update(key).digest("hex").slice(0, 12)}`;
}

/** The key a request carries, where each provider's SDK puts it. */
export function requestKey(provider: KeyedProvider, req: http.IncomingMessage): string | undefined {
  const header = (name: string) => {
    const value = req.headers[name];
    return Array.isArray(value) ? value[0] : value;
  };
  if (provider === "gemini") return header("x-goog-api-key") || new URL(req.url ?? "/", "http://lab").searchParams.get("key") || undefined;
  if (provider === "openai") return header("authorization")?.replace(/^Bearer\s*/i, "") || undefined;
  return header("x-api-key") || header("authorization")?.replace(/^Bearer\s*/i, "") || undefined;
}

const VARIABLE: Record<KeyedProvider, string> = { gemini: "GOOGLE_API_KEY", openai: "OPENAI_API_KEY", langsmith: "LANGSMITH_API_KEY" };

/** Status and body of the real service's "wrong key" answer, with a pt-BR message that never echoes the key. */
export function wrongKeyAnswer(provider: KeyedProvider, sent: string | undefined): { status: number; body: unknown } {
  const message =
    `Laboratório: a chave recebida (${sent ? keyId(sent) : "nenhuma"}) não é a configurada em ${VARIABLE[provider]}. ` +
    "Passe ao cliente a chave da sua configuração validada, não a do ambiente do processo.";
  if (provider === "gemini") {
    return {
      status: 400,
      body: {
        error: {
          code: 400,
          message,
          status: "INVALID_ARGUMENT",
          details: [{ "@type": "type.googleapis.com/google.rpc.ErrorInfo", reason: "API_KEY_INVALID", domain: "googleapis.com" }],
        },
      },
    };
  }
  if (provider === "openai") return { status: 401, body: { error: { message, type: "invalid_request_error", param: null, code: "invalid_api_key" } } };
  return { status: 401, body: { detail: message } };
}
