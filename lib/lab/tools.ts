// size: the whole tool-calling round trip (read both wire formats, decide, reply in both), so the OpenAI and Gemini halves stay side by side.
/**
 * Tool calling and structured output for the lab's model, over both wire formats (docs/protocols.md §11, §12).
 *
 * Reading: a request body becomes a Plan input — the conversation with its tool calls and tool results,
 * the declared tools, the tool choice and the response format. Deciding (pure, deterministic): a forced
 * choice (OpenAI `required`/named, Gemini `ANY`/allowedFunctionNames) always calls a tool; `auto` calls one
 * when the last user message shares meaning-bearing words with a tool's name or description (or names the
 * tool); after tool results the answer quotes them. Arguments are generated from the tool's JSON Schema
 * (lib/lab/structured.ts), so they validate. Writing: the provider's reply bodies and stream events.
 */
import { normalize, stableHash } from "./text.ts";
import type { Usage } from "./types.ts";
import {
  geminiResponseFormat,
  mentionsJson,
  openAIResponseFormat,
  strictSchemaProblem,
  structuredText,
  UnsupportedFormat,
  valueForSchema,
  type JsonSchema,
  type ResponseFormat,
} from "./structured.ts";
import { identifierWords, meaningStems, stem } from "./words.ts";

export interface ToolSpec {
  name: string;
  description: string;
  parameters: JsonSchema;
}

export interface ToolChoice {
  mode: "auto" | "any" | "none";
  /** With mode "any": the tools the call may use (all when absent). */
  allowed?: string[];
}

export interface ToolCall {
  id?: string;
  name: string;
  args: Record<string, unknown>;
}

/** One turn of the conversation, with the tool traffic the plain text view loses. */
export interface Turn {
  role: "system" | "user" | "assistant" | "tool";
  text: string;
  calls?: ToolCall[];
  /** For role "tool": the tool that produced this result (Gemini names it; OpenAI gives the call id). */
  toolName?: string;
  toolCallId?: string;
}

/** Everything about a request that tools and structured output depend on. */
export interface FeatureRequest {
  turns: Turn[];
  tools: ToolSpec[];
  choice: ToolChoice;
  format: ResponseFormat;
  /** False when the request forbids parallel tool calls (OpenAI `parallel_tool_calls: false`). */
  parallel?: boolean;
}

/** What the model answers: text, or tool calls (never both here). */
export interface Reply {
  text: string;
  calls: ToolCall[];
}

/** A request feature the lab does not simulate, or a malformed tool/format field: answered with the provider's 400. */
export class FeatureError extends Error {
  constructor(
    message: string,
    readonly param: string | null = null,
    /** True when the request is valid for the real service but the lab does not simulate it. */
    readonly notSimulated = false,
  ) {
    super(message.startsWith("Laboratório:") ? message : `Laboratório: ${message}`);
  }
}

const KEY = { openai: "OPENAI_API_KEY", gemini: "GOOGLE_API_KEY" };

/** The pt-BR message for a request the real service accepts but the lab does not simulate (same wording as routes.ts). */
export function notSimulatedMessage(provider: "openai" | "gemini", feature: string): string {
  return `Laboratório: não há simulação de ${feature}. Para usar esse recurso, configure ${KEY[provider]} com uma chave do serviço real.`;
}

function textOf(value: unknown): string {
  if (typeof value === "string") return value;
  if (Array.isArray(value))
    return value.map((p) => (typeof p === "string" ? p : p && typeof p === "object" && "text" in p && typeof p.text === "string" ? p.text : "")).join("");
  return "";
}

function parseArgs(raw: unknown): Record<string, unknown> {
  if (raw && typeof raw === "object" && !Array.isArray(raw)) return raw as Record<string, unknown>;
  if (typeof raw !== "string" || !raw.trim()) return {};
  try {
    const value = JSON.parse(raw);
    return value && typeof value === "object" ? value : {};
  } catch {
    return {};
  }
}

// ---------------------------------------------------------------- OpenAI request (docs/protocols.md §11.1, §12.1)

export function readOpenAI(body: Record<string, unknown>): FeatureRequest {
  if (body.functions !== undefined || body.function_call !== undefined)
    throw new FeatureError(notSimulatedMessage("openai", "parâmetros antigos 'functions'/'function_call' (use 'tools' e 'tool_choice')"), "functions", true);
  const tools: ToolSpec[] = [];
  if (body.tools !== undefined && body.tools !== null) {
    if (!Array.isArray(body.tools)) throw new FeatureError("'tools' precisa ser uma lista.", "tools");
    for (const [i, tool] of (body.tools as Array<Record<string, unknown>>).entries()) {
      if (tool?.type !== "function")
        throw new FeatureError(notSimulatedMessage("openai", `ferramentas do tipo '${String(tool?.type)}' (só 'function')`), `tools[${i}].type`, true);
      const fn = tool.function as { name?: unknown; description?: unknown; parameters?: unknown } | undefined;
      if (!fn || typeof fn.name !== "string" || !/^[a-zA-Z0-9_-]{1,64}$/.test(fn.name))
        throw new FeatureError(`tools[${i}].function.name precisa ter de 1 a 64 letras, números, '_' ou '-'.`, `tools[${i}].function.name`);
      const parameters = (fn.parameters as JsonSchema) ?? { type: "object", properties: {} };
      const problem = (fn as { strict?: unknown }).strict === true ? strictSchemaProblem(parameters) : undefined;
      if (problem) throw new FeatureError(`Esquema inválido para a função '${fn.name}': ${problem}.`, `tools[${i}].function.parameters`);
      tools.push({ name: fn.name, description: typeof fn.description === "string" ? fn.description : "", parameters });
    }
  }
  const choice = openAIChoice(body.tool_choice, tools);
  let format: ResponseFormat;
  try {
    format = openAIResponseFormat(body);
  } catch (error) {
    if (error instanceof UnsupportedFormat) throw new FeatureError(error.message, "response_format");
    throw error;
  }
  const turns: Turn[] = [];
  const names = new Map<string, string>();
  for (const m of (Array.isArray(body.messages) ? body.messages : []) as Array<Record<string, unknown>>) {
    const role = m?.role;
    if (role === "assistant") {
      const calls = (Array.isArray(m.tool_calls) ? m.tool_calls : []).map((c: { id?: string; function?: { name?: string; arguments?: unknown } }) => {
        const call = { id: c.id, name: String(c.function?.name ?? ""), args: parseArgs(c.function?.arguments) };
        if (c.id) names.set(c.id, call.name);
        return call;
      });
      turns.push({ role: "assistant", text: textOf(m.content), ...(calls.length ? { calls } : {}) });
    } else if (role === "tool") {
      const id = typeof m.tool_call_id === "string" ? m.tool_call_id : undefined;
      turns.push({ role: "tool", text: textOf(m.content), toolCallId: id, toolName: id ? names.get(id) : undefined });
    } else turns.push({ role: role === "system" || role === "developer" ? "system" : "user", text: textOf(m?.content) });
  }
  if (format.kind === "json" && !format.schema && !mentionsJson(turns.map((t) => t.text)))
    throw new FeatureError("Para usar response_format do tipo 'json_object', alguma mensagem precisa conter a palavra 'json'.", "messages");
  return { turns, tools, choice, format, parallel: body.parallel_tool_calls !== false };
}

function openAIChoice(raw: unknown, tools: ToolSpec[]): ToolChoice {
  if (raw === undefined || raw === null) return { mode: tools.length ? "auto" : "none" };
  if (!tools.length) throw new FeatureError("'tool_choice' só pode ser usado quando 'tools' é informado.", "tool_choice");
  if (raw === "none") return { mode: "none" };
  if (raw === "auto") return { mode: "auto" };
  if (raw === "required") return { mode: "any" };
  const named = raw as { type?: string; function?: { name?: string } };
  if (named && typeof named === "object" && named.type === "function" && typeof named.function?.name === "string") {
    if (!tools.some((t) => t.name === named.function!.name))
      throw new FeatureError(`tool_choice pede a função '${named.function.name}', que não está em 'tools'.`, "tool_choice");
    return { mode: "any", allowed: [named.function.name] };
  }
  if (named && typeof named === "object" && named.type === "allowed_tools")
    throw new FeatureError(notSimulatedMessage("openai", "tool_choice do tipo 'allowed_tools'"), "tool_choice", true);
  throw new FeatureError("tool_choice precisa ser 'none', 'auto', 'required' ou {type: 'function', function: {name}}.", "tool_choice");
}

// ---------------------------------------------------------------- Gemini request (docs/protocols.md §11.2, §12.2)

export function readGemini(body: Record<string, unknown>): FeatureRequest {
  const tools: ToolSpec[] = [];
  if (body.tools !== undefined && body.tools !== null) {
    if (!Array.isArray(body.tools)) throw new FeatureError("tools precisa ser uma lista.");
    for (const tool of body.tools as Array<Record<string, unknown>>) {
      const other = Object.keys(tool ?? {}).filter((k) => k !== "functionDeclarations" && k !== "function_declarations");
      if (other.length) throw new FeatureError(notSimulatedMessage("gemini", `ferramentas nativas como '${other[0]}' (só functionDeclarations)`), null, true);
      for (const fn of ((tool.functionDeclarations ?? tool.function_declarations) as Array<Record<string, unknown>>) ?? []) {
        if (typeof fn?.name !== "string" || !/^[a-zA-Z_][a-zA-Z0-9_.:-]{0,63}$/.test(fn.name))
          throw new FeatureError(`functionDeclarations: nome de função inválido (${String(fn?.name)}); use letras, números, '_', '.', ':' ou '-', até 64.`);
        tools.push({
          name: fn.name,
          description: typeof fn.description === "string" ? fn.description : "",
          parameters: ((fn.parameters ?? fn.parametersJsonSchema) as JsonSchema) ?? { type: "object", properties: {} },
        });
      }
    }
  }
  const config = ((body.toolConfig as Record<string, unknown> | undefined)?.functionCallingConfig ?? {}) as { mode?: string; allowedFunctionNames?: unknown };
  const mode = String(config.mode ?? "AUTO").toUpperCase();
  const allowed = Array.isArray(config.allowedFunctionNames) ? (config.allowedFunctionNames as string[]) : undefined;
  let choice: ToolChoice;
  if (!tools.length || mode === "NONE") choice = { mode: "none" };
  else if (mode === "ANY" || mode === "VALIDATED") {
    const unknown = allowed?.find((n) => !tools.some((t) => t.name === n));
    if (unknown) throw new FeatureError(`allowedFunctionNames cita '${unknown}', que não está em functionDeclarations.`);
    choice = { mode: "any", ...(allowed?.length ? { allowed } : {}) };
  } else if (mode === "AUTO" || mode === "MODE_UNSPECIFIED") {
    if (allowed?.length) throw new FeatureError("allowedFunctionNames só pode ser usado com mode ANY.");
    choice = { mode: "auto" };
  } else throw new FeatureError(`functionCallingConfig.mode '${mode}' não existe; use AUTO, ANY ou NONE.`);
  let format: ResponseFormat;
  try {
    format = geminiResponseFormat(body.generationConfig as Record<string, unknown> | undefined);
  } catch (error) {
    if (error instanceof UnsupportedFormat) throw new FeatureError(error.message);
    throw error;
  }
  const turns: Turn[] = [];
  const system = textOf((body.systemInstruction as { parts?: unknown } | undefined)?.parts);
  if (system) turns.push({ role: "system", text: system });
  for (const c of (Array.isArray(body.contents) ? body.contents : []) as Array<{ role?: string; parts?: Array<Record<string, unknown>> }>) {
    const parts = Array.isArray(c?.parts) ? c.parts : [];
    const calls = parts.filter((p) => p?.functionCall).map((p) => {
      const fc = p.functionCall as { name?: string; args?: unknown; id?: string };
      return { ...(fc.id ? { id: fc.id } : {}), name: String(fc.name ?? ""), args: parseArgs(fc.args) };
    });
    const results = parts.filter((p) => p?.functionResponse);
    const text = parts.map((p) => (typeof p?.text === "string" && !p.thought ? p.text : "")).join("");
    if (c?.role === "model") turns.push({ role: "assistant", text, ...(calls.length ? { calls } : {}) });
    else if (results.length) {
      for (const r of results) {
        const fr = r.functionResponse as { name?: string; response?: unknown; id?: string };
        turns.push({ role: "tool", text: responseText(fr.response), toolName: fr.name, toolCallId: fr.id });
      }
      if (text) turns.push({ role: "user", text });
    } else turns.push({ role: "user", text });
  }
  return { turns, tools, choice, format };
}

/** LangChain wraps a ToolMessage as `{ result }` (or `{ error: { details } }`); any other object is shown as JSON. */
function responseText(response: unknown): string {
  if (response && typeof response === "object") {
    const r = response as Record<string, unknown>;
    const keys = Object.keys(r);
    if (keys.length === 1 && (keys[0] === "result" || keys[0] === "output" || keys[0] === "content")) {
      const v = r[keys[0]!];
      return typeof v === "string" ? v : Array.isArray(v) ? textOf(v) || JSON.stringify(v) : JSON.stringify(v);
    }
    if (keys.length === 1 && keys[0] === "error") return `erro: ${JSON.stringify(r.error)}`;
    return JSON.stringify(response);
  }
  return typeof response === "string" ? response : JSON.stringify(response ?? null);
}

// ---------------------------------------------------------------- deciding

const GENERIC = new Set(["get", "set", "current", "atual", "tool", "ferrament", "function", "funcao", "valor", "value", "return", "retorn", "usar", "use", "dado", "info", "informacao", "inform", "given", "specified", "especificad", "string", "number", "numero", "result", "resultado"].map(stem));

const SYNONYMS: string[][] = [
  ["clima", "tempo", "temperatura", "previsao", "chuva", "weather", "temperature", "forecast", "rain"],
  ["somar", "soma", "some", "adicionar", "add", "sum", "plus", "addition"],
  ["multiplicar", "multiplique", "multiplicacao", "vezes", "produto", "multiply", "times", "product", "multiplication"],
  ["subtrair", "subtracao", "diferenca", "subtract", "minus", "difference"],
  ["dividir", "divisao", "divide", "division"],
  ["calcular", "calculo", "calculadora", "calculate", "calculator", "compute", "conta", "math"],
  ["buscar", "busca", "pesquisar", "pesquisa", "procurar", "search", "find", "lookup"],
  ["pedido", "encomenda", "compra", "order", "purchase"],
  ["preco", "custo", "price", "cost"],
  ["hora", "horario", "time", "clock"],
  ["estoque", "inventario", "disponivel", "stock", "inventory", "available"],
  ["reembolso", "estorno", "devolucao", "refund"],
  ["cancelar", "cancelamento", "cancel", "cancellation"],
  ["entrega", "frete", "envio", "rastreio", "rastrear", "shipping", "delivery", "track", "tracking"],
  ["traduzir", "traducao", "translate", "translation"],
  ["email", "mail", "enviar", "send"],
  ["cliente", "usuario", "customer", "user"],
  ["documento", "documentos", "base", "conhecimento", "document", "documents", "knowledge"],
];
const CANON = new Map<string, string>();
for (const group of SYNONYMS) for (const word of group) CANON.set(stem(normalize(word)), `~${group[0]}`);

function concepts(text: string): Set<string> {
  const out = new Set<string>();
  for (const s of meaningStems(text)) {
    if (GENERIC.has(s)) continue;
    out.add(CANON.get(s) ?? s);
  }
  return out;
}

/** How strongly the user's text asks for what a tool does: shared concepts (name words count double). */
export function toolScore(tool: ToolSpec, userText: string): number {
  const asked = concepts(userText);
  const folded = normalize(userText);
  if (folded.includes(normalize(tool.name)) && tool.name.length > 2) return 100;
  let score = 0;
  for (const c of concepts(identifierWords(tool.name))) if (asked.has(c)) score += 2;
  for (const c of concepts(tool.description)) if (asked.has(c)) score += 1;
  return score;
}

function lastUserText(turns: Turn[]): string {
  return [...turns].reverse().find((t) => t.role === "user")?.text ?? "";
}

/** Deterministic id in OpenAI's `call_…` style. */
export function callId(seed: string): string {
  const alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
  let out = "call_";
  for (let i = 0; i < 24; i++) out += alphabet[stableHash(`${i}|${seed}`) % alphabet.length];
  return out;
}

/** Most calls the lab makes in one reply (parallel tool calls). */
const MAX_PARALLEL = 3;

/**
 * The tools to call for this request, best first; empty for a text answer. Several when the user's message
 * matches several tools about as well as the best one (parallel calls), unless the request forbids it
 * (OpenAI `parallel_tool_calls: false`) or names a single tool.
 */
export function chooseTools(request: FeatureRequest): ToolSpec[] {
  const { turns, tools, choice } = request;
  if (choice.mode === "none" || tools.length === 0) return [];
  const last = turns[turns.length - 1];
  const candidates = choice.allowed ? tools.filter((t) => choice.allowed!.includes(t.name)) : tools;
  const user = lastUserText(turns);
  const ranked = candidates.map((tool, i) => ({ tool, i, score: toolScore(tool, user) })).sort((a, b) => b.score - a.score || a.i - b.i);
  const top = ranked[0];
  if (!top) return [];
  // auto: only a fresh user request that clearly matches a tool.
  if (choice.mode === "auto" && (!last || last.role !== "user" || top.score <= 0)) return [];
  if (top.score <= 0) return [top.tool];
  const parallel = request.parallel !== false && candidates.length > 1;
  const strong = ranked.filter((r) => r.score > 0 && r.score * 2 >= top.score).slice(0, parallel ? MAX_PARALLEL : 1);
  return strong.map((r) => r.tool);
}

/** Trailing tool results (after the last assistant turn that called tools), oldest first. */
export function trailingToolResults(turns: Turn[]): Turn[] {
  const results: Turn[] = [];
  for (let i = turns.length - 1; i >= 0 && turns[i]!.role === "tool"; i--) results.unshift(turns[i]!);
  return results;
}

function clip(text: string, max = 600): string {
  const t = text.trim();
  return t.length > max ? `${t.slice(0, max - 1)}…` : t;
}

/** A text answer built from tool results: each result quoted with the tool that produced it. */
export function answerFromResults(results: Turn[]): string {
  const parts = results.map((r) => (r.toolName ? `Segundo a ferramenta ${r.toolName}: ${clip(r.text)}` : `Resultado da ferramenta: ${clip(r.text)}`));
  return parts.join(" ");
}

/**
 * The reply for a request that uses tools or a response format. `plainAnswer` is the lab's ordinary text
 * model (lib/lab/model.ts), used for text answers that no tool result drives.
 */
export function planReply(request: FeatureRequest, plainAnswer: () => string, seed: string): Reply {
  const chosen = chooseTools(request);
  const user = lastUserText(request.turns);
  if (chosen.length) {
    const calls = chosen.map((tool) => {
      const value = valueForSchema(tool.parameters ?? { type: "object" }, { text: user });
      const args = value && typeof value === "object" && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
      return { id: callId(`${seed}|${tool.name}|${JSON.stringify(args)}`), name: tool.name, args };
    });
    return { text: "", calls };
  }
  const results = trailingToolResults(request.turns);
  const answer = results.length ? answerFromResults(results) : plainAnswer();
  if (request.format.kind === "text") return { text: answer, calls: [] };
  const prompt = request.turns.map((t) => t.text).join("\n");
  return { text: structuredText(request.format, { text: user, answer }, prompt), calls: [] };
}

/** True when the request needs this module (tools declared, tool traffic in the history, or a response format). */
export function usesFeatures(request: FeatureRequest): boolean {
  return request.tools.length > 0 || request.format.kind !== "text" || request.turns.some((t) => t.role === "tool" || (t.calls?.length ?? 0) > 0);
}

// ---------------------------------------------------------------- OpenAI replies (docs/protocols.md §11.1)

let seq = 0;

function openAIToolCalls(calls: ToolCall[]) {
  return calls.map((c, i) => ({ id: c.id ?? callId(`${i}|${c.name}`), type: "function" as const, function: { name: c.name, arguments: JSON.stringify(c.args) } }));
}

function openAIUsage(usage: Usage) {
  return { prompt_tokens: usage.input, completion_tokens: usage.output, total_tokens: usage.total };
}

export function openAIToolResponse(calls: ToolCall[], usage: Usage, model: string) {
  return {
    id: `chatcmpl-labt${++seq}`,
    object: "chat.completion",
    created: Math.floor(Date.now() / 1000),
    model,
    choices: [{ index: 0, message: { role: "assistant", content: null, tool_calls: openAIToolCalls(calls), refusal: null }, logprobs: null, finish_reason: "tool_calls" }],
    usage: openAIUsage(usage),
  };
}

/** Stream: the first delta names each call with empty arguments, later deltas append argument pieces by index. */
export function openAIToolStreamEvents(calls: ToolCall[], usage: Usage, model: string, includeUsage: boolean): string[] {
  const base = { id: `chatcmpl-labt${++seq}`, object: "chat.completion.chunk", created: Math.floor(Date.now() / 1000), model };
  const chunk = (delta: Record<string, unknown>, finish: string | null = null) => `data: ${JSON.stringify({ ...base, choices: [{ index: 0, delta, logprobs: null, finish_reason: finish }] })}\n\n`;
  const events: string[] = [];
  for (const [index, call] of openAIToolCalls(calls).entries()) {
    const head = { index, id: call.id, type: "function", function: { name: call.function.name, arguments: "" } };
    events.push(chunk(index === 0 ? { role: "assistant", content: null, tool_calls: [head] } : { tool_calls: [head] }));
    const args = call.function.arguments;
    for (let i = 0; i < args.length; i += 12) events.push(chunk({ tool_calls: [{ index, function: { arguments: args.slice(i, i + 12) } }] }));
  }
  events.push(chunk({}, "tool_calls"));
  if (includeUsage) events.push(`data: ${JSON.stringify({ ...base, choices: [], usage: openAIUsage(usage) })}\n\n`);
  events.push("data: [DONE]\n\n");
  return events;
}

// ---------------------------------------------------------------- Gemini replies (docs/protocols.md §11.2)

function geminiUsage(usage: Usage) {
  return { promptTokenCount: usage.input, candidatesTokenCount: usage.output, totalTokenCount: usage.total };
}

function geminiCallParts(calls: ToolCall[]) {
  return calls.map((c) => ({ functionCall: { name: c.name, args: c.args } }));
}

export function geminiToolResponse(calls: ToolCall[], usage: Usage, model: string) {
  return {
    candidates: [{ content: { role: "model", parts: geminiCallParts(calls) }, finishReason: "STOP", index: 0 }],
    usageMetadata: geminiUsage(usage),
    modelVersion: model,
  };
}

/** Gemini streams a function call whole, in one event. */
export function geminiToolStreamEvents(calls: ToolCall[], usage: Usage, model: string): string[] {
  return [`data: ${JSON.stringify(geminiToolResponse(calls, usage, model))}\n\n`];
}

/** Text the reply counts as output tokens. */
export function replyText(reply: Reply): string {
  return reply.calls.length ? reply.calls.map((c) => `${c.name}(${JSON.stringify(c.args)})`).join("\n") : reply.text;
}
