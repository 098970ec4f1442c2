/**
 * Wire formats of the simulated providers (observed formats: docs/protocols.md §1–§3):
 * request parsing into LabMessages and response/stream/error bodies.
 */
import type { LabMessage, Role } from "./model.ts";
import type { ModelProvider, Usage } from "./types.ts";

export class BadRequest extends Error {}

interface ParsedRequest {
  messages: LabMessage[];
  params: Record<string, unknown>;
  stream: boolean;
  includeUsage: boolean;
}

function text(value: unknown): string {
  if (typeof value === "string") return value;
  if (Array.isArray(value))
    return value
      .map((part) => (typeof part === "string" ? part : part && typeof part === "object" && "text" in part ? String(part.text) : ""))
      .join("");
  return "";
}

export function parseGemini(body: unknown, stream: boolean): ParsedRequest {
  const b = body as { contents?: unknown; systemInstruction?: { parts?: unknown }; generationConfig?: Record<string, unknown> };
  if (!b || !Array.isArray(b.contents) || b.contents.length === 0) throw new BadRequest("Laboratório: `contents` precisa ser uma lista não vazia.");
  const messages: LabMessage[] = [];
  const system = b.systemInstruction ? text(b.systemInstruction.parts) : "";
  if (system) messages.push({ role: "system", content: system });
  for (const c of b.contents as Array<{ role?: string; parts?: unknown }>) {
    if (!c || !Array.isArray(c.parts)) throw new BadRequest("Laboratório: cada item de `contents` precisa de `parts` (uma lista).");
    messages.push({ role: c.role === "model" ? "assistant" : "user", content: text(c.parts) });
  }
  const params = { ...(b.generationConfig ?? {}) };
  if (Array.isArray(params.stopSequences) && params.stopSequences.length === 0) delete params.stopSequences;
  return { messages, params, stream, includeUsage: true };
}

export function parseOpenAI(body: unknown): ParsedRequest & { model: string } {
  const b = body as { model?: unknown; messages?: unknown; stream?: unknown; stream_options?: { include_usage?: boolean } } & Record<string, unknown>;
  if (!b || typeof b.model !== "string") throw new BadRequest("Laboratório: informe o parâmetro `model`.");
  if (!Array.isArray(b.messages) || b.messages.length === 0) throw new BadRequest("Laboratório: `messages` precisa ser uma lista não vazia.");
  const messages = (b.messages as Array<{ role?: string; content?: unknown }>).map((m) => {
    const role: Role = m.role === "system" || m.role === "developer" ? "system" : m.role === "assistant" ? "assistant" : "user";
    return { role, content: text(m.content) };
  });
  const { model, messages: _m, stream, stream_options, ...params } = b;
  return { model, messages, params, stream: stream === true, includeUsage: stream_options?.include_usage === true };
}

/** Splits an answer into stream chunks of a few words each (keeps the spaces). */
export function chunkText(answer: string): string[] {
  const words = answer.match(/\S+\s*/g) ?? [answer];
  const chunks: string[] = [];
  for (let i = 0; i < words.length; i += 3) chunks.push(words.slice(i, i + 3).join(""));
  return chunks.length ? chunks : [""];
}

/** Usage with the input tokens served from the prompt cache (docs/protocols.md §14.4). */
export interface UsageWithCache extends Usage {
  cached?: number;
}

/** One answer of several (OpenAI `n`, Gemini `candidateCount`); `truncated` when the output limit cut it. */
export interface AnswerChoice {
  text: string;
  truncated: boolean;
}

const asChoices = (answer: string | AnswerChoice[]): AnswerChoice[] => (typeof answer === "string" ? [{ text: answer, truncated: false }] : answer);

/** Gemini reports cached input only when there is some (`cachedContentTokenCount`). */
export function geminiUsage(usage: UsageWithCache) {
  return {
    promptTokenCount: usage.input,
    candidatesTokenCount: usage.output,
    totalTokenCount: usage.total,
    ...(usage.cached ? { cachedContentTokenCount: usage.cached } : {}),
  };
}

/** OpenAI's usage block, with the details objects the real API always sends. */
export function openAIUsage(usage: UsageWithCache) {
  return {
    prompt_tokens: usage.input,
    completion_tokens: usage.output,
    total_tokens: usage.total,
    prompt_tokens_details: { cached_tokens: usage.cached ?? 0, audio_tokens: 0 },
    completion_tokens_details: { reasoning_tokens: 0, audio_tokens: 0, accepted_prediction_tokens: 0, rejected_prediction_tokens: 0 },
  };
}

export function geminiResponse(answer: string | AnswerChoice[], usage: UsageWithCache, model: string) {
  return {
    candidates: asChoices(answer).map((c, index) => ({ content: { role: "model", parts: [{ text: c.text }] }, finishReason: c.truncated ? "MAX_TOKENS" : "STOP", index })),
    usageMetadata: geminiUsage(usage),
    modelVersion: model,
  };
}

export function geminiStreamEvents(answer: string | AnswerChoice[], usage: UsageWithCache, model: string): string[] {
  const choices = asChoices(answer);
  const events: string[] = [];
  for (const [index, choice] of choices.entries()) {
    const chunks = chunkText(choice.text);
    for (const [i, chunk] of chunks.entries()) {
      const last = i === chunks.length - 1;
      const event = {
        candidates: [{ content: { role: "model", parts: [{ text: chunk }] }, ...(last ? { finishReason: choice.truncated ? "MAX_TOKENS" : "STOP" } : {}), index }],
        ...(last && index === choices.length - 1 ? { usageMetadata: geminiUsage(usage) } : {}),
        modelVersion: model,
      };
      events.push(`data: ${JSON.stringify(event)}\n\n`);
    }
  }
  return events;
}

let completionSeq = 0;

export function openAIResponse(answer: string | AnswerChoice[], usage: UsageWithCache, model: string) {
  return {
    id: `chatcmpl-lab${++completionSeq}`,
    object: "chat.completion",
    created: Math.floor(Date.now() / 1000),
    model,
    choices: asChoices(answer).map((c, index) => ({
      index,
      message: { role: "assistant", content: c.text, refusal: null },
      logprobs: null,
      finish_reason: c.truncated ? "length" : "stop",
    })),
    usage: openAIUsage(usage),
  };
}

export function openAIStreamEvents(answer: string | AnswerChoice[], usage: UsageWithCache, model: string, includeUsage: boolean): string[] {
  const id = `chatcmpl-lab${++completionSeq}`;
  const created = Math.floor(Date.now() / 1000);
  const base = { id, object: "chat.completion.chunk", created, model };
  const lines: string[] = [];
  for (const [index, choice] of asChoices(answer).entries()) {
    const chunks = chunkText(choice.text);
    for (const [i, chunk] of chunks.entries()) {
      const event = {
        ...base,
        choices: [
          {
            index,
            // role "assistant" on the first delta is what makes LangChain keep usage (docs/protocols.md §2.3).
            delta: i === 0 ? { role: "assistant", content: chunk } : { content: chunk },
            finish_reason: i === chunks.length - 1 ? (choice.truncated ? "length" : "stop") : null,
          },
        ],
      };
      lines.push(`data: ${JSON.stringify(event)}\n\n`);
    }
  }
  if (includeUsage) lines.push(`data: ${JSON.stringify({ ...base, choices: [], usage: openAIUsage(usage) })}\n\n`);
  lines.push("data: [DONE]\n\n");
  return lines;
}

/** Replaces the usage block in a reply body or in stream events built elsewhere (tool replies), so it carries the cache details. */
export function withUsage<T>(provider: ModelProvider, reply: T, usage: UsageWithCache): T {
  const patch = (body: Record<string, unknown>) => {
    if (provider === "gemini" && body.usageMetadata) body.usageMetadata = geminiUsage(usage);
    if (provider === "openai" && body.usage) body.usage = openAIUsage(usage);
    return body;
  };
  if (!Array.isArray(reply)) return patch(reply as Record<string, unknown>) as T;
  return reply.map((event: string) => {
    if (!event.startsWith("data: {") || !/"usage(?:Metadata)?"/.test(event)) return event;
    return `data: ${JSON.stringify(patch(JSON.parse(event.slice(6))))}\n\n`;
  }) as T;
}

const GEMINI_STATUS: Record<number, string> = {
  400: "INVALID_ARGUMENT",
  401: "UNAUTHENTICATED",
  403: "PERMISSION_DENIED",
  404: "NOT_FOUND",
  413: "INVALID_ARGUMENT",
  415: "INVALID_ARGUMENT",
  429: "RESOURCE_EXHAUSTED",
  500: "INTERNAL",
  503: "UNAVAILABLE",
  504: "DEADLINE_EXCEEDED",
};

const OPENAI_TYPE: Record<number, string> = {
  400: "invalid_request_error",
  401: "invalid_request_error",
  403: "permission_denied",
  404: "not_found_error",
  413: "invalid_request_error",
  415: "invalid_request_error",
  429: "rate_limit_error",
};

/**
 * Gemini sends no Retry-After header: the wait goes in the body as a google.rpc.RetryInfo detail
 * (`retryDelay` is a protobuf duration such as "38s" or "45.837906927s"). The SDK keeps it in `error.errorDetails`.
 */
export function geminiRetryInfo(retryAfter: number | string | undefined, now = Date.now()) {
  if (retryAfter === undefined) return undefined;
  const seconds = typeof retryAfter === "number" ? retryAfter : /^\s*\d+(\.\d+)?\s*$/.test(retryAfter) ? Number(retryAfter) : (Date.parse(retryAfter) - now) / 1000;
  if (!Number.isFinite(seconds)) return undefined;
  return { "@type": "type.googleapis.com/google.rpc.RetryInfo", retryDelay: `${Math.max(0, Math.round(seconds * 1000) / 1000)}s` };
}

export function errorBody(provider: ModelProvider, status: number, message: string, retryAfter?: number | string) {
  if (provider === "gemini") {
    const retryInfo = geminiRetryInfo(retryAfter);
    return { error: { code: status, message, status: GEMINI_STATUS[status] ?? "UNKNOWN", ...(retryInfo ? { details: [retryInfo] } : {}) } };
  }
  return { error: { message, type: OPENAI_TYPE[status] ?? "server_error", param: null, code: status === 429 ? "rate_limit_exceeded" : null } };
}
