/**
 * The control API under /lab/: what tests, checks and `npm run lab` users read (calls, runs, feedback, stats,
 * refusals) and set (faults, latency, hallucination, required keys, reset). Same operations as the in-process
 * handle returned by startLab and as lib/lab/client.ts.
 */
import type http from "node:http";
import { parseJson, readBody, sendJson } from "./http.ts";
import type { KeyedProvider } from "./keys.ts";
import type { Route, RouteContext } from "./routes.ts";
import type { FaultSpec, LatencyProfile } from "./types.ts";

type Body = Record<string, unknown> | null;

/** A POST route whose JSON body is parsed first. */
function post(path: string, handler: (ctx: RouteContext, json: Body, res: http.ServerResponse) => void): Route {
  return {
    method: "POST",
    path,
    handler: async (ctx, req, res) => handler(ctx, parseJson(await readBody(req)) as Body, res),
  };
}

function get(path: string, read: (ctx: RouteContext) => unknown): Route {
  return { method: "GET", path, handler: (ctx, _req, res) => sendJson(res, 200, read(ctx)) };
}

export const controlRoutes: Route[] = [
  get("/lab/runs", (ctx) => ctx.store.list()),
  get("/lab/calls", (ctx) => ctx.state.calls),
  get("/lab/feedback", (ctx) => ctx.store.listFeedback()),
  get("/lab/stats", (ctx) => ctx.state.stats()),
  get("/lab/auth-failures", (ctx) => ctx.state.authFailures),
  get("/lab/state", ({ state }) => ({ faults: state.faults, latency: state.latency, hallucinate: state.hallucinate, ...state.stats() })),
  post("/lab/faults", ({ state }, json, res) => {
    const list = Array.isArray(json) ? json : Array.isArray(json?.faults) ? json.faults : null;
    if (!list) return sendJson(res, 400, { error: "envie uma lista de falhas: [{ status: 429, times: 2 }]" });
    state.setFaults(list as FaultSpec[]);
    sendJson(res, 200, { faults: state.faults });
  }),
  post("/lab/latency", ({ state }, json, res) => {
    state.setLatency((json ?? {}) as Partial<LatencyProfile>);
    sendJson(res, 200, { latency: state.latency });
  }),
  post("/lab/hallucinate", ({ state }, json, res) => {
    state.hallucinate = json?.on === true;
    sendJson(res, 200, { hallucinate: state.hallucinate });
  }),
  post("/lab/keys", ({ state }, json, res) => {
    const keys = (json ?? {}) as Record<string, unknown>;
    const bad = Object.entries(keys).find(([name, value]) => !["gemini", "openai", "langsmith"].includes(name) || (value !== null && typeof value !== "string"));
    if (bad) return sendJson(res, 400, { error: `chaves: use { gemini?, openai?, langsmith?: string | null } (recebi ${bad[0]})` });
    state.requireKeys(keys as Partial<Record<KeyedProvider, string | null>>);
    sendJson(res, 200, { providers: Object.keys(state.requiredKeys) });
  }),
  post("/lab/reset", ({ state }, _json, res) => {
    state.reset();
    sendJson(res, 200, {});
  }),
];
