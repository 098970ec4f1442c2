/**
 * The LangSmith write side of the lab: run ingestion (multipart, batch, single post, patch) and feedback (reads:
 * langsmith-read.ts). Writes go through the required-key check
 * and the queued LangSmith faults first (docs/protocols.md §4).
 */
import { randomUUID } from "node:crypto";
import type http from "node:http";
import { HttpError, parseJson, readBody, sendJson } from "./http.ts";
import type { Route, RouteContext } from "./routes.ts";
import { HANG_LIMIT_MS } from "./state.ts";
import { InvalidRunError, parseRun, type StoredFeedback } from "./store.ts";

type Handler = Route["handler"];

/**
 * Wraps a LangSmith write: a request with the wrong key gets LangSmith's 401, a queued LangSmith fault loses
 * the write and answers the way LangSmith answers errors ({ detail }); otherwise the handler runs.
 */
function langsmithWrite(route: "runs" | "feedback", handler: Handler): Handler {
  return (ctx, req, res, match) => {
    const refusal = ctx.state.keyRefusal("langsmith", req);
    if (refusal) {
      req.resume();
      return sendJson(res, refusal.status, refusal.body);
    }
    const fault = ctx.state.takeFault("langsmith", route);
    if (fault) {
      req.resume();
      if (fault.kind === "timeout") return void setTimeout(() => res.destroy(), HANG_LIMIT_MS).unref();
      const status = fault.status ?? 503;
      return sendJson(res, status, { detail: fault.message ?? `Laboratório: falha simulada do LangSmith (${status}).` }, fault.retryAfter !== undefined ? { "retry-after": String(fault.retryAfter) } : {});
    }
    return handler(ctx, req, res, match);
  };
}


export const langsmithRoutes: Route[] = [
  { method: "POST", path: "/runs/multipart", handler: langsmithWrite("runs", (ctx, req, res) => ingest(ctx, "multipart", req, res)) },
  { method: "POST", path: "/runs/batch", handler: langsmithWrite("runs", (ctx, req, res) => ingest(ctx, "batch", req, res)) },
  { method: "POST", path: "/runs", handler: langsmithWrite("runs", (ctx, req, res) => ingest(ctx, "single", req, res)) },
  { method: "PATCH", path: /^\/runs\/([^/]+)$/, handler: langsmithWrite("runs", (ctx, req, res, match) => ingest(ctx, "patch", req, res, decodeURIComponent(match![1]!))) },
  { method: "POST", path: "/feedback", handler: langsmithWrite("feedback", handleFeedback) },
];

/** Multipart ingest: parts named (post|patch).<run_id>[.<field>] (docs/protocols.md §4.2), parsed with the platform's FormData. */
export async function parseMultipart(body: Buffer, contentType: string): Promise<{ post: unknown[]; patch: unknown[]; feedback: unknown[] }> {
  let form: FormData;
  try {
    form = await new Response(body, { headers: { "content-type": contentType } }).formData();
  } catch {
    throw new HttpError(400, "Laboratório: corpo multipart inválido.");
  }
  const grouped = { post: new Map<string, Record<string, unknown>>(), patch: new Map<string, Record<string, unknown>>() };
  const feedback: unknown[] = [];
  for (const [name, value] of form.entries()) {
    // createFeedback({ ..., traceId }) batches the feedback here as a `feedback.<id>` part.
    if (/^feedback\.[^.]+$/.test(name)) {
      feedback.push(partJson(name, typeof value === "string" ? value : await value.text()));
      continue;
    }
    const match = /^(post|patch)\.([^.]+)(?:\.(\w+))?$/.exec(name);
    if (!match) continue;
    const [, op, id, field] = match as unknown as [string, "post" | "patch", string, string | undefined];
    const parsed = partJson(name, typeof value === "string" ? value : await value.text());
    const run = grouped[op].get(id) ?? { id };
    if (field) run[field] = parsed;
    else Object.assign(run, parsed as object, { id });
    grouped[op].set(id, run);
  }
  return { post: [...grouped.post.values()], patch: [...grouped.patch.values()], feedback };
}

function partJson(name: string, raw: string): unknown {
  try {
    return JSON.parse(raw);
  } catch {
    throw new HttpError(400, `Laboratório: a parte ${name} não é JSON válido.`);
  }
}

async function ingest(ctx: RouteContext, kind: "multipart" | "batch" | "single" | "patch", req: http.IncomingMessage, res: http.ServerResponse, id?: string) {
  const body = await readBody(req);
  try {
    let posts: unknown[] = [];
    let patches: unknown[] = [];
    let feedback: unknown[] = [];
    if (kind === "multipart") ({ post: posts, patch: patches, feedback } = await parseMultipart(body, req.headers["content-type"] ?? ""));
    else if (kind === "batch") {
      const json = parseJson(body) as { post?: unknown; patch?: unknown } | null;
      if (!json || typeof json !== "object") throw new HttpError(422, "Laboratório: envie { post: [...], patch: [...] }.");
      posts = Array.isArray(json.post) ? json.post : [];
      patches = Array.isArray(json.patch) ? json.patch : [];
    } else if (kind === "single") posts = [parseJson(body)];
    else patches = [{ ...(parseJson(body) as object), id }];
    // Validate everything before storing anything: a bad batch leaves the store untouched.
    const parsed = [...posts, ...patches].map(parseRun);
    for (const run of parsed) ctx.store.merge(run);
    for (const item of feedback) {
      const stored = toFeedback(item);
      if (stored) ctx.store.addFeedback(stored);
    }
    sendJson(res, 202, {});
  } catch (error) {
    if (error instanceof InvalidRunError) return sendJson(res, 422, { detail: error.message });
    throw error;
  }
}

/** Validates one feedback as sent by the SDK (POST /feedback or a multipart `feedback.<id>` part); undefined if unusable. */
export function toFeedback(value: unknown): StoredFeedback | undefined {
  const json = value as Partial<StoredFeedback> | null;
  if (!json || typeof json !== "object" || typeof json.key !== "string") return undefined;
  // A run's feedback, or the experiment's (summary evaluators send run_id null and the project in session_id).
  if (typeof json.run_id !== "string" && typeof json.session_id !== "string") return undefined;
  return {
    id: typeof json.id === "string" ? json.id : randomUUID(),
    run_id: typeof json.run_id === "string" ? json.run_id : null,
    key: json.key,
    score: json.score ?? null,
    value: json.value,
    comment: json.comment ?? null,
    session_id: typeof json.session_id === "string" ? json.session_id : null,
    trace_id: typeof json.trace_id === "string" ? json.trace_id : null,
    correction: json.correction ?? null,
    feedback_source: json.feedback_source && typeof json.feedback_source === "object" ? json.feedback_source : null,
    received_at: Date.now(),
  };
}

async function handleFeedback(ctx: RouteContext, req: http.IncomingMessage, res: http.ServerResponse) {
  const feedback = toFeedback(parseJson(await readBody(req)));
  if (!feedback) return sendJson(res, 422, { detail: "Laboratório: o feedback precisa de key e de run_id (ou session_id, para o feedback de um experimento)." });
  ctx.store.addFeedback(feedback);
  sendJson(res, 200, feedback);
}
