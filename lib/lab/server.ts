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
import { HttpError, sendJson } from "./http.ts";
import { dispatch, ROUTES } from "./routes.ts";
import { LabState } from "./state.ts";
import { RunStore } from "./store.ts";
import type { LabControl } from "./types.ts";

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

export async function startLab(options: LabOptions = {}): Promise<Lab> {
  const store = new RunStore(options.traceFile);
  const state = new LabState(store);
  const server = http.createServer((req, res) => {
    const ctx = { state, store, url: new URL(req.url ?? "/", "http://127.0.0.1") };
    dispatch(ctx, req, res, ROUTES).catch((error: unknown) => {
      if (res.headersSent) return res.destroy();
      if (error instanceof HttpError) return sendJson(res, error.status, { error: error.message });
      sendJson(res, 500, { error: "erro interno do laboratório", detail: error instanceof Error ? error.message : String(error) });
    });
  });
  server.keepAliveTimeout = 5_000;
  const sockets = new Set<Socket>();
  server.on("connection", (socket) => {
    sockets.add(socket);
    socket.on("close", () => sockets.delete(socket));
  });
  const { port, portFallback } = await listen(server, options.port ?? 0);
  server.unref();

  return {
    url: `http://127.0.0.1:${port}`,
    port,
    store,
    portFallback,
    setFaults: async (list) => state.setFaults(list),
    setLatency: async (profile) => state.setLatency(profile),
    setHallucinate: async (on) => void (state.hallucinate = on),
    requireKeys: async (keys) => state.requireKeys(keys),
    authFailures: async () => [...state.authFailures],
    reset: async () => state.reset(),
    calls: async () => [...state.calls],
    runs: async () => store.list(),
    feedback: async () => store.listFeedback(),
    stats: async () => state.stats(),
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
