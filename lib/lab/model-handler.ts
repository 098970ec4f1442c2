/**
 * The simulated model providers' endpoints (Gemini generateContent/streamGenerateContent, OpenAI chat
 * completions): key checks, known models and their context windows, queued faults, simulated latency, the
 * deterministic answer, usage and streaming.
 */
import type http from "node:http";
import { HttpError, parseJson, readBody, sendJson, sleep } from "./http.ts";
import { keyId } from "./keys.ts";
import { respond } from "./model.ts";
import { contextExceededAnswer, contextWindow, unknownModelAnswer } from "./models.ts";
import {
  BadRequest,
  errorBody,
  geminiResponse,
  geminiStreamEvents,
  openAIResponse,
  openAIStreamEvents,
  parseGemini,
  parseOpenAI,
} from "./providers.ts";
import type { Route, RouteContext } from "./routes.ts";
import { HANG_LIMIT_MS, type LabState } from "./state.ts";
import { countTokensAsync } from "./tokens.ts";
import type { FaultSpec, ModelCall, ModelProvider } from "./types.ts";
import {
  FeatureError,
  notSimulatedMessage,
  geminiToolResponse,
  geminiToolStreamEvents,
  openAIToolResponse,
  openAIToolStreamEvents,
  planReply,
  readGemini,
  readOpenAI,
  replyText,
  usesFeatures,
  type FeatureRequest,
} from "./tools.ts";
import { stableHash } from "./text.ts";

export const modelRoutes: Route[] = [
  {
    method: "POST",
    path: /^\/v1beta\/models\/([^/:]+):(generateContent|streamGenerateContent)$/,
    handler: (ctx, req, res, match) => handleModel(ctx, "gemini", decodeURIComponent(match![1]!), match![2] === "streamGenerateContent", req, res),
  },
  { method: "POST", path: "/v1/chat/completions", handler: (ctx, req, res) => handleModel(ctx, "openai", "", false, req, res) },
];

function sentKey(provider: ModelProvider, req: http.IncomingMessage): string | null | undefined {
  return provider === "gemini" ? (req.headers["x-goog-api-key"] as string | undefined) || new URL(req.url ?? "/", "http://x").searchParams.get("key") : req.headers.authorization?.replace(/^Bearer\s*/i, "");
}

export async function handleModel(ctx: RouteContext, provider: ModelProvider, model: string, stream: boolean, req: http.IncomingMessage, res: http.ServerResponse) {
  const { state } = ctx;
  const authorized = sentKey(provider, req);
  const body = await readBody(req);
  if (!authorized) {
    const message = `Laboratório: nenhuma chave de API no pedido. Passe ao cliente a chave da sua configuração (${provider === "gemini" ? "GOOGLE_API_KEY" : "OPENAI_API_KEY"}); com o laboratório, qualquer valor serve.`;
    return sendJson(res, provider === "gemini" ? 400 : 401, errorBody(provider, provider === "gemini" ? 400 : 401, message));
  }
  const refusal = state.keyRefusal(provider, req);
  if (refusal) return sendJson(res, refusal.status, refusal.body);
  let parsed;
  let features: FeatureRequest;
  try {
    const json = parseJson(body);
    if (provider === "gemini") parsed = parseGemini(json, stream);
    else {
      const openai = parseOpenAI(json);
      model = openai.model;
      parsed = openai;
    }
    // Tools, tool traffic and response formats (docs/protocols.md §11, §12).
    features = provider === "gemini" ? readGemini(json as Record<string, unknown>) : readOpenAI(json as Record<string, unknown>);
  } catch (error) {
    const message = error instanceof BadRequest || error instanceof HttpError || error instanceof FeatureError ? error.message : "Laboratório: pedido inválido.";
    const body = errorBody(provider, 400, message);
    // OpenAI names the offending parameter (e.g. "tool_choice", "tools[0].type").
    if (provider === "openai" && error instanceof FeatureError && error.param) (body as { error: { param: string | null } }).error.param = error.param;
    return sendJson(res, 400, body);
  }
  const contextTokens = contextWindow(provider, model);
  if (contextTokens === undefined) {
    const { status, body } = unknownModelAnswer(provider, model);
    return sendJson(res, status, body);
  }
  // Gemini's functionResponse parts carry no text: record tool results from the feature reading instead.
  const recorded =
    provider === "gemini" && features.turns.some((t) => t.role === "tool")
      ? features.turns.map((t) => ({ role: t.role === "tool" ? ("user" as const) : t.role, content: t.text }))
      : parsed.messages;
  const call = state.beginCall({
    provider,
    model,
    stream: parsed.stream,
    messages: recorded,
    params: parsed.params,
    status: 200,
    startedAt: Date.now(),
    keyId: keyId(String(authorized)),
  });
  const started = performance.now();
  try {
    // With tools, the prompt also holds the declarations, the calls and the tool results (all billed as input).
    const featured = usesFeatures(features);
    const prompt = featured
      ? features.turns.map((t) => t.text + (t.calls?.length ? JSON.stringify(t.calls) : "")).join("\n") + (features.tools.length ? JSON.stringify(features.tools) : "")
      : parsed.messages.map((m) => m.content).join("\n");
    const input = await countTokensAsync(prompt);
    if (input > contextTokens) {
      call.status = 400;
      const { status, body } = contextExceededAnswer(provider, input, contextTokens);
      return sendJson(res, status, body);
    }
    const fault = state.takeFault(provider);
    call.fault = fault?.kind ?? (fault ? "http" : undefined);
    if (fault && (await applyFault(fault, provider, call, res))) return;

    const messages = parsed.messages;
    const plain = () => respond(messages, { hallucinate: state.hallucinate });
    let reply;
    try {
      reply = featured ? planReply(features, plain, String(stableHash(body.toString("utf8")))) : { text: plain(), calls: [] };
    } catch (error) {
      // Never a 5xx here: the SDKs would retry it for a minute. A 400 in the provider's shape, in pt-BR.
      call.status = 400;
      const why = error instanceof Error ? error.message : String(error);
      return sendJson(res, 400, errorBody(provider, 400, notSimulatedMessage(provider, `ferramentas ou esquemas como estes (${why})`)));
    }
    const answer = reply.text;
    const output = await countTokensAsync(replyText(reply));
    const usage = { input, output, total: input + output };
    call.text = replyText(reply);
    call.usage = usage;
    await sleep(state.latency.fixedMs);
    if (reply.calls.length) {
      if (!parsed.stream) {
        await sleep(state.latency.perTokenMs * output);
        return sendJson(res, 200, provider === "gemini" ? geminiToolResponse(reply.calls, usage, model) : openAIToolResponse(reply.calls, usage, model));
      }
      const events = provider === "gemini" ? geminiToolStreamEvents(reply.calls, usage, model) : openAIToolStreamEvents(reply.calls, usage, model, parsed.includeUsage);
      return await streamEvents(state, res, events, output);
    }
    if (!parsed.stream) {
      await sleep(state.latency.perTokenMs * output);
      return sendJson(res, 200, provider === "gemini" ? geminiResponse(answer, usage, model) : openAIResponse(answer, usage, model));
    }
    const events = provider === "gemini" ? geminiStreamEvents(answer, usage, model) : openAIStreamEvents(answer, usage, model, parsed.includeUsage);
    await streamEvents(state, res, events, output);
  } finally {
    state.endCall(call, performance.now() - started);
  }
}

/** Applies a model fault; true when it answered (or hung up) and the call is over, false for "slow" (answer follows). */
async function applyFault(fault: FaultSpec, provider: ModelProvider, call: ModelCall, res: http.ServerResponse): Promise<boolean> {
  const kind = fault.kind ?? "http";
  if (kind === "timeout") {
    call.status = 0;
    await new Promise<void>((resolve) => {
      const timer = setTimeout(resolve, HANG_LIMIT_MS);
      res.on("close", () => {
        clearTimeout(timer);
        resolve();
      });
    });
    if (!res.writableEnded) res.destroy();
    return true;
  }
  if (kind === "http") {
    const status = fault.status ?? 429;
    call.status = status;
    await sleep(fault.delayMs ?? 0);
    const headers: Record<string, string> = fault.retryAfter !== undefined ? { "retry-after": String(fault.retryAfter) } : {};
    sendJson(res, status, errorBody(provider, status, fault.message ?? `lab: falha simulada ${status}`, fault.retryAfter), headers);
    return true;
  }
  if (kind === "malformed") {
    res.writeHead(200, { "content-type": "application/json" });
    res.end('{"candidates": [ {"content": ');
    return true;
  }
  if (kind === "slow") await sleep(fault.delayMs ?? 1000);
  return false;
}

/** Server-sent events, spreading the simulated per-token latency over the chunks after the first. */
async function streamEvents(state: LabState, res: http.ServerResponse, events: string[], outputTokens: number): Promise<void> {
  res.writeHead(200, { "content-type": "text/event-stream", "cache-control": "no-cache", connection: "keep-alive" });
  const perEvent = events.length > 1 ? (state.latency.perTokenMs * outputTokens) / (events.length - 1) : 0;
  for (const [i, event] of events.entries()) {
    if (i > 0) await sleep(perEvent);
    res.write(event);
  }
  res.end();
}
