/**
 * The control API under /lab/: what tests, checks and `npm run lab` users read (calls, runs, feedback, stats,
 * refusals, the control journal) and set (faults, latency, hallucination, required keys, reset). Same operations
 * as the in-process handle returned by startLab and as lib/lab/client.ts. Input is validated with zod: a bad
 * value is a pt-BR 400 naming the field, never a 500 later. Every accepted change is journaled (state.controlLog).
 */
import type http from "node:http";
import { z } from "zod";
import { parseJson, readBody, sendJson } from "./http.ts";
import type { Route, RouteContext } from "./routes.ts";
import type { FaultSpec } from "./types.ts";

const faultSchema = z.strictObject({
  kind: z.enum(["http", "timeout", "malformed", "slow"]).optional(),
  status: z.number().int().min(400).max(599).optional(),
  retryAfter: z.union([z.number().min(0), z.string().max(100)]).optional(),
  times: z.number().int().min(1).max(1_000_000).optional(),
  provider: z.enum(["gemini", "openai", "langsmith", "any"]).optional(),
  route: z.enum(["runs", "feedback"]).optional(),
  delayMs: z.number().min(0).max(120_000).optional(),
  message: z.string().max(10_000).optional(),
});
/** `[...]` or `{ faults: [...] }`. */
const faultsSchema = z.preprocess((v) => (v && typeof v === "object" && !Array.isArray(v) && "faults" in v ? v.faults : v), z.array(faultSchema));
const latencySchema = z.strictObject({ fixedMs: z.number().min(0).max(120_000).optional(), perTokenMs: z.number().min(0).max(10_000).optional() });
const hallucinateSchema = z.strictObject({ on: z.boolean() });
const keysSchema = z.strictObject({
  gemini: z.string().nullable().optional(),
  openai: z.string().nullable().optional(),
  langsmith: z.string().nullable().optional(),
});

/** The first problem zod found, in pt-BR, with the path of the offending field. */
function problem(error: z.ZodError): string {
  const issue = error.issues[0]!;
  const where = issue.path.length ? issue.path.join(".") : "corpo";
  const detail =
    issue.code === "invalid_type"
      ? `tipo inválido (esperado ${issue.expected})`
      : issue.code === "invalid_value"
        ? `valor inválido (use ${issue.values.map((v) => JSON.stringify(v)).join(", ")})`
        : issue.code === "too_small" || issue.code === "too_big"
          ? `fora do intervalo permitido (${issue.code === "too_small" ? "mínimo" : "máximo"} ${String(issue.code === "too_small" ? issue.minimum : issue.maximum)})`
          : issue.code === "unrecognized_keys"
            ? `campo desconhecido (${issue.keys.join(", ")})`
            : "valor inválido";
  return `${where}: ${detail}`;
}

/** A POST route: JSON body validated by `schema` (400 in pt-BR otherwise), applied, journaled, answered. */
function post<T>(path: string, action: string, schema: z.ZodType<T>, usage: string, apply: (ctx: RouteContext, value: T) => unknown): Route {
  return {
    method: "POST",
    path,
    handler: async (ctx, req: http.IncomingMessage, res: http.ServerResponse) => {
      const raw = parseJson(await readBody(req));
      const parsed = schema.safeParse(raw ?? {});
      if (!parsed.success) return sendJson(res, 400, { error: `${usage} — ${problem(parsed.error)}` });
      const answer = apply(ctx, parsed.data);
      ctx.state.journal(action, "http");
      sendJson(res, 200, answer);
    },
  };
}

function get(path: string, read: (ctx: RouteContext) => unknown): Route {
  return { method: "GET", path, handler: (ctx, _req, res) => sendJson(res, 200, read(ctx)) };
}

export const controlRoutes: Route[] = [
  get("/lab/runs", (ctx) => ctx.store.list()),
  get("/lab/calls", (ctx) => ctx.state.calls.toArray()),
  get("/lab/feedback", (ctx) => ctx.store.listFeedback()),
  get("/lab/stats", (ctx) => ctx.state.stats()),
  get("/lab/auth-failures", (ctx) => ctx.state.authFailures.toArray()),
  get("/lab/control-refusals", (ctx) => ({ refusals: ctx.state.controlRefusals })),
  get("/lab/control-log", (ctx) => ctx.state.controlLog.toArray()),
  get("/lab/state", ({ state }) => ({ faults: state.faults, latency: state.latency, hallucinate: state.hallucinate, ...state.stats() })),
  post("/lab/faults", "faults", faultsSchema, "envie uma lista de falhas: [{ status: 429, times: 2 }]", ({ state }, list) => {
    state.setFaults(list as FaultSpec[]);
    return { faults: state.faults };
  }),
  post("/lab/latency", "latency", latencySchema, "latência: use { fixedMs?, perTokenMs? } em milissegundos", ({ state }, profile) => {
    state.setLatency(profile);
    return { latency: state.latency };
  }),
  post("/lab/hallucinate", "hallucinate", hallucinateSchema, "alucinação: use { on: true | false }", ({ state }, { on }) => {
    state.hallucinate = on;
    return { hallucinate: state.hallucinate };
  }),
  post("/lab/keys", "keys", keysSchema, "chaves: use { gemini?, openai?, langsmith?: string | null }", ({ state }, keys) => {
    state.requireKeys(keys);
    return { providers: Object.keys(state.requiredKeys) };
  }),
  post("/lab/reset", "reset", z.object({}).loose(), "reset: envie {}", ({ state }) => {
    state.reset();
    return {};
  }),
];
