/**
 * Server-Sent Events for the viewer (`GET /lab/events`). One hub per RunStore, alive only while a page is
 * connected:
 * - `runs`: runs were stored (RunStore.onRun), with the ids of the traces and runs that changed; bursts
 *   (a multipart batch of hundreds of runs) are coalesced into one event every BATCH_MS;
 * - `feedback`: feedback arrived (checked every TICK_MS: the store has no feedback listener);
 * - `reset`: the store was cleared (`POST /lab/reset`);
 * - a comment line every PING_MS so that a dead connection is noticed.
 * SSE and not WebSocket: one direction is all the page needs, EventSource reconnects by itself, and it is
 * plain HTTP on node:http (no dependency).
 */
import type http from "node:http";
import type { RunStore, StoredRun } from "../store.ts";
import { traceIdOf } from "./traces.ts";
import type { ChangeEvent } from "./view-types.ts";

const BATCH_MS = 50;
const TICK_MS = 500;
const PING_MS = 15_000;
const MAX_CLIENTS = 32;
/** Run ids listed in one `runs` event; beyond that the page refreshes whatever it shows. */
const MAX_RUN_IDS = 500;

class EventHub {
  private clients = new Set<http.ServerResponse>();
  private traces = new Set<string>();
  private runs = new Set<string>();
  private batchTimer: NodeJS.Timeout | undefined;
  private tickTimer: NodeJS.Timeout | undefined;
  private unsubscribe: (() => void) | undefined;
  private feedbackCount = 0;
  /** A run known to be stored: when the store no longer has it, it was cleared. */
  private sentinel: string | undefined;
  private sincePing = 0;

  constructor(private readonly store: RunStore) {}

  connect(req: http.IncomingMessage, res: http.ServerResponse): void {
    if (this.clients.size >= MAX_CLIENTS) {
      res.writeHead(503, { "content-type": "text/plain; charset=utf-8", "retry-after": "5" });
      res.end("Muitas abas abertas no visualizador; feche algumas.\n");
      return;
    }
    res.writeHead(200, {
      "content-type": "text/event-stream; charset=utf-8",
      "cache-control": "no-store",
      connection: "keep-alive",
      "x-content-type-options": "nosniff",
    });
    // The browser reconnects 1 s after the lab restarts; the page then reloads its data.
    res.write(`retry: 1000\nevent: hello\ndata: {}\n\n`);
    req.socket.setKeepAlive(true);
    this.clients.add(res);
    const drop = () => this.disconnect(res);
    res.on("close", drop);
    res.on("error", drop);
    if (this.clients.size === 1) this.start();
  }

  private start(): void {
    this.feedbackCount = this.store.listFeedback().length;
    this.sentinel = this.store.list()[0]?.id;
    this.sincePing = 0;
    this.unsubscribe = this.store.onRun((run) => this.onRun(run));
    this.tickTimer = setInterval(() => this.tick(), TICK_MS);
    this.tickTimer.unref();
  }

  private disconnect(res: http.ServerResponse): void {
    if (!this.clients.delete(res) || this.clients.size > 0) return;
    this.unsubscribe?.();
    this.unsubscribe = undefined;
    clearInterval(this.tickTimer);
    clearTimeout(this.batchTimer);
    this.batchTimer = undefined;
    this.traces.clear();
    this.runs.clear();
  }

  private onRun(run: StoredRun): void {
    this.sentinel ??= run.id;
    this.traces.add(traceIdOf(run, this.store));
    if (this.runs.size <= MAX_RUN_IDS) this.runs.add(run.id);
    this.batchTimer ??= setTimeout(() => this.flushRuns(), BATCH_MS);
    this.batchTimer.unref();
  }

  private flushRuns(): void {
    this.batchTimer = undefined;
    const truncated = this.runs.size > MAX_RUN_IDS;
    const data: ChangeEvent = { traces: [...this.traces], runs: truncated ? [] : [...this.runs], truncated };
    this.traces.clear();
    this.runs.clear();
    this.broadcast("runs", data);
  }

  private tick(): void {
    const feedback = this.store.listFeedback();
    if (feedback.length < this.feedbackCount || (this.sentinel !== undefined && !this.store.get(this.sentinel))) {
      this.sentinel = this.store.list()[0]?.id;
      this.broadcast("reset", {});
    } else if (feedback.length > this.feedbackCount) {
      const fresh = feedback.slice(this.feedbackCount);
      const traces = new Set<string>();
      for (const f of fresh) {
        const run = typeof f.run_id === "string" ? this.store.get(f.run_id) : undefined;
        if (run) traces.add(traceIdOf(run, this.store));
      }
      this.broadcast("feedback", { traces: [...traces], runs: [...new Set(fresh.flatMap((f) => (f.run_id === null ? [] : [f.run_id])))] } satisfies ChangeEvent);
    }
    this.feedbackCount = feedback.length;
    this.sincePing += TICK_MS;
    if (this.sincePing >= PING_MS) {
      this.sincePing = 0;
      for (const res of this.clients) res.write(": ping\n\n");
    }
  }

  private broadcast(event: string, data: unknown): void {
    const frame = `event: ${event}\ndata: ${JSON.stringify(data)}\n\n`;
    for (const res of this.clients) res.write(frame);
  }

  /** Open connections (for tests). */
  get size(): number {
    return this.clients.size;
  }
}

const hubs = new WeakMap<RunStore, EventHub>();

/** The SSE hub of a store (created on first use). */
export function eventsFor(store: RunStore): EventHub {
  let hub = hubs.get(store);
  if (!hub) {
    hub = new EventHub(store);
    hubs.set(store, hub);
  }
  return hub;
}
