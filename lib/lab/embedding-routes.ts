/**
 * Embedding endpoints (docs/protocols.md §13): OpenAI `POST /v1/embeddings`, Gemini `:embedContent` and
 * `:batchEmbedContents`. Same key checks, faults and fixed latency as the chat endpoints; each request is
 * recorded in `calls()` with `endpoint: "embeddings"`.
 */
import type http from "node:http";
import { geminiBatchEmbedContents, geminiEmbedContent, openAIEmbeddings, type WireReply } from "./embeddings.ts";
import { parseJson, readBody, sendJson, sleep } from "./http.ts";
import { keyId } from "./keys.ts";
import { errorBody } from "./providers.ts";
import type { Route, RouteContext } from "./routes.ts";
import { applyFault } from "./model-handler.ts";
import type { ModelProvider } from "./types.ts";

export const embeddingRoutes: Route[] = [
  {
    method: "POST",
    path: /^\/v1beta\/models\/([^/:]+):(embedContent|batchEmbedContents)$/,
    handler: (ctx, req, res, match) => {
      const model = decodeURIComponent(match![1]!);
      const batch = match![2] === "batchEmbedContents";
      return handleEmbeddings(ctx, "gemini", req, res, (json) => (batch ? geminiBatchEmbedContents(model, json) : geminiEmbedContent(model, json)), model);
    },
  },
  { method: "POST", path: "/v1/embeddings", handler: (ctx, req, res) => handleEmbeddings(ctx, "openai", req, res, (json) => openAIEmbeddings(json)) },
];

function sentKey(provider: ModelProvider, req: http.IncomingMessage): string | null | undefined {
  return provider === "gemini" ? (req.headers["x-goog-api-key"] as string | undefined) || new URL(req.url ?? "/", "http://x").searchParams.get("key") : req.headers.authorization?.replace(/^Bearer\s*/i, "");
}

function inputsOf(json: unknown): string[] {
  const j = (json ?? {}) as { input?: unknown; content?: { parts?: Array<{ text?: unknown }> }; requests?: Array<{ content?: { parts?: Array<{ text?: unknown }> } }> };
  const parts = (p?: Array<{ text?: unknown }>) => (Array.isArray(p) ? p.map((x) => (typeof x?.text === "string" ? x.text : "")).join(" ") : "");
  if (typeof j.input === "string") return [j.input];
  if (Array.isArray(j.input)) return j.input.map((i) => (typeof i === "string" ? i : JSON.stringify(i)));
  if (Array.isArray(j.requests)) return j.requests.map((r) => parts(r?.content?.parts));
  return j.content ? [parts(j.content.parts)] : [];
}

async function handleEmbeddings(ctx: RouteContext, provider: ModelProvider, req: http.IncomingMessage, res: http.ServerResponse, answer: (json: unknown) => WireReply, model = "") {
  const { state } = ctx;
  const key = sentKey(provider, req);
  const body = await readBody(req);
  if (!key) {
    const status = provider === "gemini" ? 400 : 401;
    return sendJson(res, status, errorBody(provider, status, provider === "gemini" ? "API key not valid. Please pass a valid API key." : "You didn't provide an API key."));
  }
  const refusal = state.keyRefusal(provider, req);
  if (refusal) return sendJson(res, refusal.status, refusal.body);
  let json: unknown;
  try {
    json = parseJson(body);
  } catch (error) {
    return sendJson(res, 400, errorBody(provider, 400, (error as Error).message));
  }
  const requested = provider === "openai" ? String((json as { model?: unknown } | null)?.model ?? "") : model;
  const call = state.beginCall({
    provider,
    model: requested,
    endpoint: "embeddings",
    stream: false,
    messages: inputsOf(json).map((content) => ({ role: "user" as const, content })),
    params: Object.fromEntries(Object.entries((json ?? {}) as Record<string, unknown>).filter(([k]) => ["dimensions", "encoding_format"].includes(k))),
    status: 200,
    startedAt: Date.now(),
    keyId: keyId(String(key)),
  });
  const started = performance.now();
  try {
    const fault = state.takeFault(provider);
    if (fault) {
      call.fault = fault.kind ?? "http";
      if (await applyFault(fault, provider, call, res)) return;
    }
    const reply = answer(json);
    call.status = reply.status;
    if (reply.tokens !== undefined) call.usage = { input: reply.tokens, output: 0, total: reply.tokens };
    await sleep(state.latency.fixedMs);
    sendJson(res, reply.status, reply.body);
  } finally {
    state.endCall(call, performance.now() - started);
  }
}
