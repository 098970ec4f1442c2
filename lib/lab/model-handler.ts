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
  withUsage,
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
import { handleCountTokens, promptText } from "./count-tokens.ts";
import { requestId, RateWindow } from "./headers.ts";
import { choiceCount, makeChoices, outputLimit, PromptCache } from "./limits.ts";
import { refuseUnsimulated } from "./unsupported.ts";

export const modelRoutes: Route[] = [
  {
    method: "POST",
    path: /^\/v1beta\/models\/([^/:]+):(generateContent|streamGenerateContent)$/,
    handler: (ctx, req, res, match) => handleModel(ctx, "gemini", decodeURIComponent(match![1]!), match![2] === "streamGenerateContent", req, res),
  },
  {
    method: "POST",
    path: /^\/v1beta\/models\/([^/:]+):countTokens$/,
    handler: (ctx, req, res, match) => handleCountTokens(ctx, decodeURIComponent(match![1]!), req, res, sentKey("gemini", req)),
  },
  { method: "POST", path: "/v1/chat/completions", handler: (ctx, req, res) => handleModel(ctx, "openai", "", false, req, res) },
];

function sentKey(provider: ModelProvider, req: http.IncomingMessage): string | null | undefined {
  return provider === "gemini" ? (req.headers["x-goog-api-key"] as string | undefined) || new URL(req.url ?? "/", "http://x").searchParams.get("key") : req.headers.authorization?.replace(/^Bearer\s*/i, "");
}

/** Per-lab memory of this module: prompt prefixes seen (cached tokens) and OpenAI's rate-limit window; forgotten on reset. */
const memory = new WeakMap<LabState, { cache: PromptCache; rate: RateWindow }>();
function memoryOf(state: LabState) {
  let m = memory.get(state);
  if (!m) {
    const created = { cache: new PromptCache(), rate: new RateWindow() };
    state.resetHooks.push(() => {
      created.cache.clear();
      created.rate.clear();
    });
    memory.set(state, (m = created));
  }
  return m;
}

export async function handleModel(ctx: RouteContext, provider: ModelProvider, model: string, stream: boolean, req: http.IncomingMessage, res: http.ServerResponse) {
  const { state } = ctx;
  // Every OpenAI answer, errors included, carries a request id and the rate-limit headers (docs/protocols.md §14.5).
  if (provider === "openai") {
    res.setHeader("x-request-id", requestId());
    for (const [name, value] of Object.entries(memoryOf(state).rate.take(0))) res.setHeader(name, value);
  }
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
  let limit: number | undefined;
  let n: number;
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
    // Features the lab does not simulate, output limit and number of answers (docs/protocols.md §14.2, §14.6).
    refuseUnsimulated(provider, json);
    limit = outputLimit(provider, parsed.params);
    n = choiceCount(provider, parsed.params);
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
    const prompt = promptText(parsed.messages, features);
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
    // n answers (distinct for plain text; a structured answer is repeated), each cut at the output limit.
    const choices = reply.calls.length ? [] : makeChoices(reply.text, n, limit, !featured || features.format.kind === "text");
    const output = reply.calls.length ? await countTokensAsync(replyText(reply)) : await sumTokens(choices.map((c) => c.text));
    const { cache, rate } = memoryOf(state);
    const cached = await cache.cachedTokens(provider, model, parsed.messages, input, featured ? JSON.stringify(features.tools) : "");
    const usage = { input, output, total: input + output, ...(cached ? { cached } : {}) };
    call.text = reply.calls.length ? replyText(reply) : choices[0]!.text;
    call.usage = usage;
    if (provider === "openai") for (const [name, value] of Object.entries(rate.addTokens(input + output))) res.setHeader(name, value);
    await sleep(state.latency.fixedMs);
    if (reply.calls.length) {
      if (!parsed.stream) {
        await sleep(state.latency.perTokenMs * output);
        return sendJson(res, 200, withUsage(provider, provider === "gemini" ? geminiToolResponse(reply.calls, usage, model) : openAIToolResponse(reply.calls, usage, model), usage));
      }
      const events = provider === "gemini" ? geminiToolStreamEvents(reply.calls, usage, model) : openAIToolStreamEvents(reply.calls, usage, model, parsed.includeUsage);
      return await streamEvents(state, res, withUsage(provider, events, usage), output);
    }
    if (!parsed.stream) {
      await sleep(state.latency.perTokenMs * output);
      return sendJson(res, 200, provider === "gemini" ? geminiResponse(choices, usage, model) : openAIResponse(choices, usage, model));
    }
    const events = provider === "gemini" ? geminiStreamEvents(choices, usage, model) : openAIStreamEvents(choices, usage, model, parsed.includeUsage);
    await streamEvents(state, res, events, output);
  } finally {
    state.endCall(call, performance.now() - started);
  }
}

/** Applies a model fault; true when it answered (or hung up) and the call is over, false for "slow" (answer follows). */
export async function applyFault(fault: FaultSpec, provider: ModelProvider, call: ModelCall, res: http.ServerResponse): Promise<boolean> {
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

async function sumTokens(texts: string[]): Promise<number> {
  let total = 0;
  for (const text of texts) total += await countTokensAsync(text);
  return total;
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
