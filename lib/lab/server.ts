/**
 * The local lab: one HTTP server on 127.0.0.1 that speaks the wire protocols of Gemini, OpenAI chat
 * completions and LangSmith ingestion, plus a control API under /lab/. Built on node:http rather than
 * fastify on purpose: it starts in ~5 ms (fastify costs ~200 ms), which matters for `npm run ex:N`.
 *
 * This file only composes the parts: state (state.ts), the route table (routes.ts) and the modules that
 * contribute routes (model-handler.ts, ingest.ts, control.ts, viewer/routes.ts). See docs/lab.md.
 */
import http from "node:http";
import type { AddressInfo, Socket } from "node:net";
import { errorFor } from "./guards.ts";
import { HttpError, sendJson } from "./http.ts";
import { dispatch, ROUTES } from "./routes.ts";
import { LabState } from "./state.ts";
import { RunStore, type StoreLimits } from "./store.ts";
import type { LabControl } from "./types.ts";

export interface LabOptions {
  /** Port to try first (0 = any free port). A busy port falls back to a free one. */
  port?: number;
  /** Where to append runs (`.lab/traces.jsonl`); omit to keep them in memory only. */
  traceFile?: string;
  /**
   * A secret for the control API: when set, every /lab/* request other than GET must carry it in the
   * `x-lab-token` header (else 403, counted by controlRefusals()). Omit it and anyone on this machine may
   * control the lab (the default, fine for a student's own lab; a grader sets one).
   */
  controlToken?: string;
  /** Memory and file bounds; the defaults (MAX_CALLS in state.ts, MAX_RUNS… in store.ts) suit every use. Tests shrink them. */
  limits?: StoreLimits & { maxCalls?: number };
}

export interface Lab extends LabControl {
  readonly port: number;
  readonly store: RunStore;
  /** True when the requested port was busy and another one was taken. */
  readonly portFallback: boolean;
  close(): Promise<void>;
}

export async function startLab(options: LabOptions = {}): Promise<Lab> {
  const store = new RunStore(options.traceFile, options.limits);
  const state = new LabState(store, { controlToken: options.controlToken, maxCalls: options.limits?.maxCalls });
  let port = 0;
  const server = http.createServer((req, res) => {
    const ctx = { state, store, port, url: new URL(req.url ?? "/", "http://127.0.0.1") };
    dispatch(ctx, req, res, ROUTES).catch((error: unknown) => {
      if (res.headersSent) return res.destroy();
      if (error instanceof HttpError) return sendJson(res, error.status, errorFor(ctx.url.pathname, error.status, error.message));
      const detail = error instanceof Error ? error.message : String(error);
      sendJson(res, 500, errorFor(ctx.url.pathname, 500, `Laboratório: erro interno do laboratório (${detail}).`));
    });
  });
  server.keepAliveTimeout = 5_000;
  const sockets = new Set<Socket>();
  server.on("connection", (socket) => {
    sockets.add(socket);
    socket.on("close", () => sockets.delete(socket));
  });
  const listening = await listen(server, options.port ?? 0);
  port = listening.port;
  server.unref();
  /** In-process control: not subject to the token (the holder of the handle started the lab), but journaled. */
  const act = <T>(action: string, run: () => T): Promise<T> => {
    const result = run();
    state.journal(action, "handle");
    return Promise.resolve(result);
  };

  return {
    url: `http://127.0.0.1:${port}`,
    port,
    store,
    portFallback: listening.portFallback,
    setFaults: (list) => act("faults", () => state.setFaults(list)),
    setLatency: (profile) => act("latency", () => state.setLatency(profile)),
    setHallucinate: (on) => act("hallucinate", () => void (state.hallucinate = on)),
    requireKeys: (keys) => act("keys", () => state.requireKeys(keys)),
    reset: () => act("reset", () => state.reset()),
    authFailures: async () => state.authFailures.toArray(),
    calls: async () => state.calls.toArray(),
    runs: async () => store.list(),
    feedback: async () => store.listFeedback(),
    stats: async () => state.stats(),
    controlRefusals: async () => state.controlRefusals,
    controlLog: async () => state.controlLog.toArray(),
    close() {
      return new Promise<void>((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      });
    },
  };
}

/** Listens on 127.0.0.1; a busy port falls back to any free one. */
async function listen(server: http.Server, wanted: number): Promise<{ port: number; portFallback: boolean }> {
  const attempt = (port: number) =>
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
    await attempt(wanted);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "EADDRINUSE") throw error;
    portFallback = true;
    await attempt(0);
  }
  return { port: (server.address() as AddressInfo).port, portFallback };
}
