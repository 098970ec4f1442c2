/**
 * The local lab: one HTTP server on 127.0.0.1 that speaks the wire protocols of Gemini, OpenAI chat
 * completions and LangSmith ingestion, plus a control API under /lab/. Built on node:http rather than
 * fastify on purpose: it starts in ~5 ms (fastify costs ~200 ms), which matters for `npm run ex:N`.
 */
import { randomUUID } from "node:crypto";
import http from "node:http";
import type { AddressInfo } from "node:net";
import { respond } from "./model.ts";
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
import { findReadRoute } from "./langsmith-read.ts";
import { InvalidRunError, parseRun, RunStore, type StoredFeedback } from "./store.ts";
import { countTokens } from "./tokens.ts";
import { keyId, requestKey, wrongKeyAnswer, type KeyedProvider } from "./keys.ts";
import type { AuthFailure, FaultSpec, LabControl, LabStats, LatencyProfile, ModelCall, ModelProvider } from "./types.ts";

const MAX_BODY_BYTES = 20 * 1024 * 1024;
const HANG_LIMIT_MS = 30_000;

export interface LabOptions {
  /** Port to try first (0 = any free port). A busy port falls back to a free one. */
  port?: number;
  /** Where to append runs (`.lab/traces.jsonl`); omit to keep them in memory only. */
  traceFile?: string;
}

export interface Lab extends LabControl {
  readonly port: number;
  readonly store: RunStore;
  /** True when the requested port was busy and another one was taken. */
  readonly portFallback: boolean;
  close(): Promise<void>;
}

class HttpError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

function readBody(req: http.IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on("data", (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_BODY_BYTES) {
        reject(new HttpError(413, "body too large"));
        req.destroy();
        return;
      }
      chunks.push(chunk);
    });
    req.on("end", () => resolve(Buffer.concat(chunks)));
    req.on("error", reject);
  });
}

function parseJson(buffer: Buffer): unknown {
  try {
    return JSON.parse(buffer.toString("utf8") || "null");
  } catch {
    throw new HttpError(400, "invalid JSON body");
  }
}

function sendJson(res: http.ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  const payload = JSON.stringify(body);
  res.writeHead(status, { "content-type": "application/json", "content-length": Buffer.byteLength(payload), ...headers });
  res.end(payload);
}

const sleep = (ms: number) => (ms > 0 ? new Promise<void>((r) => setTimeout(r, ms)) : Promise.resolve());

/** Multipart ingest: parts named (post|patch).<run_id>[.<field>] (docs/protocols.md §4.2), parsed with the platform's FormData. */
async function parseMultipart(body: Buffer, contentType: string): Promise<{ post: unknown[]; patch: unknown[]; feedback: unknown[] }> {
  let form: FormData;
  try {
    form = await new Response(body, { headers: { "content-type": contentType } }).formData();
  } catch {
    throw new HttpError(400, "invalid multipart body");
  }
  const grouped = { post: new Map<string, Record<string, unknown>>(), patch: new Map<string, Record<string, unknown>>() };
  const feedback: unknown[] = [];
  for (const [name, value] of form.entries()) {
    // createFeedback({ ..., traceId }) batches the feedback here as a `feedback.<id>` part.
    if (/^feedback\.[^.]+$/.test(name)) {
      try {
        feedback.push(JSON.parse(typeof value === "string" ? value : await value.text()));
      } catch {
        throw new HttpError(400, `part ${name} is not JSON`);
      }
      continue;
    }
    const match = /^(post|patch)\.([^.]+)(?:\.(\w+))?$/.exec(name);
    if (!match) continue;
    const [, op, id, field] = match as unknown as [string, "post" | "patch", string, string | undefined];
    const raw = typeof value === "string" ? value : await value.text();
    let parsed: unknown;
    try {
      parsed = JSON.parse(raw);
    } catch {
      throw new HttpError(400, `part ${name} is not JSON`);
    }
    const run = grouped[op].get(id) ?? { id };
    if (field) run[field] = parsed;
    else Object.assign(run, parsed as object, { id });
    grouped[op].set(id, run);
  }
  return { post: [...grouped.post.values()], patch: [...grouped.patch.values()], feedback };
}

export async function startLab(options: LabOptions = {}): Promise<Lab> {
  const store = new RunStore(options.traceFile);
  let faults: FaultSpec[] = [];
  let latency: LatencyProfile = { fixedMs: 0, perTokenMs: 0 };
  let hallucinate = false;
  let calls: ModelCall[] = [];
  let requiredKeys: Partial<Record<KeyedProvider, string | null>> = {};
  let authFailures: AuthFailure[] = [];

  /** Refuses (and records) a request whose key is not the required one; true when it answered. */
  function refusedKey(provider: KeyedProvider, req: http.IncomingMessage, res: http.ServerResponse): boolean {
    const required = requiredKeys[provider];
    if (required === undefined || required === null) return false;
    const sent = requestKey(provider, req);
    if (sent === required) return false;
    authFailures.push({ provider, keyId: sent ? keyId(sent) : null, path: new URL(req.url ?? "/", "http://lab").pathname });
    const { status, body } = wrongKeyAnswer(provider, sent);
    sendJson(res, status, body);
    return true;
  }
  let seq = 0;
  let inFlight = 0;
  let maxConcurrency = 0;
  const sockets = new Set<import("node:net").Socket>();

  function takeFault(provider: ModelProvider | "langsmith", route?: "runs" | "feedback"): FaultSpec | undefined {
    const index = faults.findIndex((f) =>
      provider === "langsmith" ? f.provider === "langsmith" && (!f.route || f.route === route) : !f.provider || f.provider === "any" || f.provider === provider,
    );
    if (index < 0) return undefined;
    const fault = faults[index]!;
    const remaining = (fault.times ?? 1) - 1;
    if (remaining <= 0) faults.splice(index, 1);
    else faults[index] = { ...fault, times: remaining };
    return fault;
  }

  async function handleModel(provider: ModelProvider, model: string, stream: boolean, req: http.IncomingMessage, res: http.ServerResponse) {
    const authorized = provider === "gemini" ? req.headers["x-goog-api-key"] || new URL(req.url ?? "/", "http://x").searchParams.get("key") : req.headers.authorization?.replace(/^Bearer\s*/i, "");
    const body = await readBody(req);
    if (!authorized) {
      const message = provider === "gemini" ? "API key not valid. Please pass a valid API key." : "You didn't provide an API key.";
      return sendJson(res, provider === "gemini" ? 400 : 401, errorBody(provider, provider === "gemini" ? 400 : 401, message));
    }
    if (refusedKey(provider, req, res)) return;
    let parsed;
    try {
      const json = parseJson(body);
      if (provider === "gemini") parsed = parseGemini(json, stream);
      else {
        const openai = parseOpenAI(json);
        model = openai.model;
        parsed = openai;
      }
    } catch (error) {
      const message = error instanceof BadRequest || error instanceof HttpError ? error.message : "invalid request";
      return sendJson(res, 400, errorBody(provider, 400, message));
    }
    const call: ModelCall = {
      seq: ++seq,
      provider,
      model,
      stream: parsed.stream,
      messages: parsed.messages,
      params: parsed.params,
      status: 200,
      startedAt: Date.now(),
      concurrency: ++inFlight,
      keyId: keyId(String(authorized)),
    };
    maxConcurrency = Math.max(maxConcurrency, inFlight);
    calls.push(call);
    const started = performance.now();
    try {
      const fault = takeFault(provider);
      call.fault = fault?.kind ?? (fault ? "http" : undefined);
      if (fault?.kind === "timeout") {
        call.status = 0;
        await new Promise<void>((resolve) => {
          const timer = setTimeout(resolve, HANG_LIMIT_MS);
          res.on("close", () => {
            clearTimeout(timer);
            resolve();
          });
        });
        if (!res.writableEnded) res.destroy();
        return;
      }
      if (fault && (fault.kind ?? "http") === "http") {
        const status = fault.status ?? 429;
        call.status = status;
        await sleep(fault.delayMs ?? 0);
        const headers: Record<string, string> = fault.retryAfter !== undefined ? { "retry-after": String(fault.retryAfter) } : {};
        return sendJson(res, status, errorBody(provider, status, fault.message ?? `lab: falha simulada ${status}`, fault.retryAfter), headers);
      }
      if (fault?.kind === "malformed") {
        res.writeHead(200, { "content-type": "application/json" });
        return res.end('{"candidates": [ {"content": ');
      }
      if (fault?.kind === "slow") await sleep(fault.delayMs ?? 1000);

      const answer = respond(parsed.messages, { hallucinate });
      const input = countTokens(parsed.messages.map((m) => m.content).join("\n"));
      const output = countTokens(answer);
      const usage = { input, output, total: input + output };
      call.text = answer;
      call.usage = usage;
      await sleep(latency.fixedMs);
      if (!parsed.stream) {
        await sleep(latency.perTokenMs * output);
        return sendJson(res, 200, provider === "gemini" ? geminiResponse(answer, usage, model) : openAIResponse(answer, usage, model));
      }
      const events =
        provider === "gemini" ? geminiStreamEvents(answer, usage, model) : openAIStreamEvents(answer, usage, model, parsed.includeUsage);
      res.writeHead(200, { "content-type": "text/event-stream", "cache-control": "no-cache", connection: "keep-alive" });
      const perEvent = events.length > 1 ? (latency.perTokenMs * output) / (events.length - 1) : 0;
      for (const [i, event] of events.entries()) {
        if (i > 0) await sleep(perEvent);
        res.write(event);
      }
      res.end();
    } finally {
      inFlight--;
      call.durationMs = performance.now() - started;
    }
  }

  async function ingest(kind: "multipart" | "batch" | "single" | "patch", req: http.IncomingMessage, res: http.ServerResponse, id?: string) {
    const body = await readBody(req);
    try {
      let posts: unknown[] = [];
      let patches: unknown[] = [];
      let feedback: unknown[] = [];
      if (kind === "multipart") ({ post: posts, patch: patches, feedback } = await parseMultipart(body, req.headers["content-type"] ?? ""));
      else if (kind === "batch") {
        const json = parseJson(body) as { post?: unknown; patch?: unknown } | null;
        if (!json || typeof json !== "object") throw new HttpError(422, "expected {post: [...], patch: [...]}");
        posts = Array.isArray(json.post) ? json.post : [];
        patches = Array.isArray(json.patch) ? json.patch : [];
      } else if (kind === "single") posts = [parseJson(body)];
      else patches = [{ ...(parseJson(body) as object), id }];
      // Validate everything before storing anything: a bad batch leaves the store untouched.
      const parsed = [...posts, ...patches].map(parseRun);
      for (const run of parsed) store.merge(run);
      for (const item of feedback) {
        const stored = toFeedback(item);
        if (stored) store.addFeedback(stored);
      }
      sendJson(res, 202, {});
    } catch (error) {
      if (error instanceof InvalidRunError) return sendJson(res, 422, { detail: error.message });
      throw error;
    }
  }

  /** Validates one feedback as sent by the SDK (POST /feedback or a multipart `feedback.<id>` part); undefined if unusable. */
  function toFeedback(value: unknown): StoredFeedback | undefined {
    const json = value as Partial<StoredFeedback> | null;
    if (!json || typeof json !== "object" || typeof json.run_id !== "string" || typeof json.key !== "string") return undefined;
    return {
      id: typeof json.id === "string" ? json.id : randomUUID(),
      run_id: json.run_id,
      key: json.key,
      score: json.score ?? null,
      value: json.value,
      comment: json.comment ?? null,
      session_id: typeof json.session_id === "string" ? json.session_id : null,
      trace_id: typeof json.trace_id === "string" ? json.trace_id : null,
      received_at: Date.now(),
    };
  }

  async function handleFeedback(req: http.IncomingMessage, res: http.ServerResponse) {
    const feedback = toFeedback(parseJson(await readBody(req)));
    if (!feedback) return sendJson(res, 422, { detail: "feedback needs run_id and key" });
    store.addFeedback(feedback);
    sendJson(res, 200, feedback);
  }

  async function handleControl(path: string, req: http.IncomingMessage, res: http.ServerResponse) {
    if (req.method === "GET") {
      if (path === "/lab/runs") return sendJson(res, 200, store.list());
      if (path === "/lab/calls") return sendJson(res, 200, calls);
      if (path === "/lab/feedback") return sendJson(res, 200, store.listFeedback());
      if (path === "/lab/stats") return sendJson(res, 200, stats());
      if (path === "/lab/auth-failures") return sendJson(res, 200, authFailures);
      if (path === "/lab/state") return sendJson(res, 200, { faults, latency, hallucinate, ...stats() });
    }
    if (req.method === "POST") {
      const json = parseJson(await readBody(req)) as Record<string, unknown> | null;
      if (path === "/lab/faults") {
        const list = Array.isArray(json) ? json : Array.isArray(json?.faults) ? json.faults : null;
        if (!list) return sendJson(res, 400, { error: "envie uma lista de falhas: [{ status: 429, times: 2 }]" });
        control.setFaults(list as FaultSpec[]);
        return sendJson(res, 200, { faults });
      }
      if (path === "/lab/latency") {
        control.setLatency((json ?? {}) as Partial<LatencyProfile>);
        return sendJson(res, 200, { latency });
      }
      if (path === "/lab/hallucinate") {
        hallucinate = json?.on === true;
        return sendJson(res, 200, { hallucinate });
      }
      if (path === "/lab/keys") {
        const keys = (json ?? {}) as Record<string, unknown>;
        const bad = Object.entries(keys).find(([name, value]) => !["gemini", "openai", "langsmith"].includes(name) || (value !== null && typeof value !== "string"));
        if (bad) return sendJson(res, 400, { error: `chaves: use { gemini?, openai?, langsmith?: string | null } (recebi ${bad[0]})` });
        requiredKeys = { ...requiredKeys, ...(keys as Partial<Record<KeyedProvider, string | null>>) };
        return sendJson(res, 200, { providers: Object.keys(requiredKeys) });
      }
      if (path === "/lab/reset") {
        resetState();
        return sendJson(res, 200, {});
      }
    }
    sendJson(res, 404, { error: `rota do laboratório desconhecida: ${req.method} ${path}` });
  }

  function stats(): LabStats {
    return { calls: calls.length, inFlight, maxConcurrency };
  }

  function resetState() {
    faults = [];
    latency = { fixedMs: 0, perTokenMs: 0 };
    hallucinate = false;
    calls = [];
    requiredKeys = {};
    authFailures = [];
    maxConcurrency = inFlight;
    store.clear();
  }

  const control = {
    setFaults(list: FaultSpec[]) {
      faults = list.map((f) => ({ ...f }));
    },
    setLatency(profile: Partial<LatencyProfile>) {
      latency = { fixedMs: Math.max(0, Number(profile.fixedMs ?? latency.fixedMs) || 0), perTokenMs: Math.max(0, Number(profile.perTokenMs ?? latency.perTokenMs) || 0) };
    },
  };

  async function route(req: http.IncomingMessage, res: http.ServerResponse) {
    const url = new URL(req.url ?? "/", "http://127.0.0.1");
    const path = url.pathname;
    const read = findReadRoute(req.method ?? "GET", path);
    if (read) return void (await read.route.handler({ store, url }, req, res, read.match));
    const gemini = /^\/v1beta\/models\/([^/:]+):(generateContent|streamGenerateContent)$/.exec(path);
    if (gemini && req.method === "POST") return handleModel("gemini", decodeURIComponent(gemini[1]!), gemini[2] === "streamGenerateContent", req, res);
    if (path === "/v1/chat/completions" && req.method === "POST") return handleModel("openai", "", false, req, res);
    if (path === "/info" && req.method === "GET") return sendJson(res, 200, { version: "lab", instance_flags: {}, batch_ingest_config: { use_multipart_endpoint: true } });
    const langsmithWrite = req.method !== "GET" && (path === "/runs" || path.startsWith("/runs/") || path === "/feedback");
    if (langsmithWrite && refusedKey("langsmith", req, res)) {
      req.resume();
      return;
    }
    if (langsmithWrite) {
      // A LangSmith fault: the write is lost, answered the way LangSmith answers errors ({ detail }).
      const fault = takeFault("langsmith", path === "/feedback" ? "feedback" : "runs");
      if (fault) {
        req.resume();
        if (fault.kind === "timeout") return void setTimeout(() => res.destroy(), HANG_LIMIT_MS).unref();
        const status = fault.status ?? 503;
        return sendJson(res, status, { detail: fault.message ?? `Laboratório: falha simulada do LangSmith (${status}).` }, fault.retryAfter !== undefined ? { "retry-after": String(fault.retryAfter) } : {});
      }
    }
    if (path === "/runs/multipart" && req.method === "POST") return ingest("multipart", req, res);
    if (path === "/runs/batch" && req.method === "POST") return ingest("batch", req, res);
    if (path === "/runs" && req.method === "POST") return ingest("single", req, res);
    const patch = /^\/runs\/([^/]+)$/.exec(path);
    if (patch && req.method === "PATCH") return ingest("patch", req, res, decodeURIComponent(patch[1]!));
    if (path === "/feedback" && req.method === "POST") return handleFeedback(req, res);
    if (path === "/sessions" && req.method === "GET") {
      const name = url.searchParams.get("name") ?? "default";
      return sendJson(res, 200, [{ id: "00000000-0000-4000-8000-000000000001", name, tenant_id: "00000000-0000-4000-8000-000000000000", start_time: new Date(0).toISOString() }]);
    }
    if (path === "/runs/query" && req.method === "POST") return sendJson(res, 200, { runs: store.list(), cursors: { next: null } });
    // The trace viewer (page at `/`, `/viewer/*`, live updates at `/lab/events`), loaded on first use.
    if (req.method === "GET" && (path === "/" || path === "/lab/events" || path.startsWith("/viewer/")))
      return (await import("./viewer/http.ts")).handleViewer(store, req, res, url);
    if (path.startsWith("/lab/")) return handleControl(path, req, res);
    sendJson(res, 404, { error: `rota desconhecida no laboratório: ${req.method} ${path}` });
  }

  const server = http.createServer((req, res) => {
    route(req, res).catch((error: unknown) => {
      if (res.headersSent) return res.destroy();
      if (error instanceof HttpError) return sendJson(res, error.status, { error: error.message });
      sendJson(res, 500, { error: "erro interno do laboratório", detail: error instanceof Error ? error.message : String(error) });
    });
  });
  server.keepAliveTimeout = 5_000;
  server.on("connection", (socket) => {
    sockets.add(socket);
    socket.on("close", () => sockets.delete(socket));
  });

  const listen = (port: number) =>
    new Promise<void>((resolve, reject) => {
      const onError = (error: Error) => reject(error);
      server.once("error", onError);
      server.listen(port, "127.0.0.1", () => {
        server.off("error", onError);
        resolve();
      });
    });
  let portFallback = false;
  try {
    await listen(options.port ?? 0);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "EADDRINUSE") throw error;
    portFallback = true;
    await listen(0);
  }
  server.unref();
  const port = (server.address() as AddressInfo).port;
  const url = `http://127.0.0.1:${port}`;

  return {
    url,
    port,
    store,
    portFallback,
    async setFaults(list) {
      control.setFaults(list);
    },
    async setLatency(profile) {
      control.setLatency(profile);
    },
    async setHallucinate(on) {
      hallucinate = on;
    },
    async requireKeys(keys) {
      requiredKeys = { ...requiredKeys, ...keys };
    },
    async authFailures() {
      return [...authFailures];
    },
    async reset() {
      resetState();
    },
    async calls() {
      return [...calls];
    },
    async runs() {
      return store.list();
    },
    async feedback() {
      return store.listFeedback();
    },
    async stats() {
      return stats();
    },
    close() {
      return new Promise<void>((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      });
    },
  };
}
