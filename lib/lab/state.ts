/**
 * The lab's mutable state apart from runs: recorded model calls, queued faults, simulated latency, required
 * keys and the refusals they caused, the hallucinate switch, and concurrency counters.
 */
import type http from "node:http";
import { keyId, requestKey, wrongKeyAnswer, type KeyedProvider } from "./keys.ts";
import type { RunStore } from "./store.ts";
import type { AuthFailure, FaultSpec, LabStats, LatencyProfile, ModelCall, ModelProvider } from "./types.ts";

/** A "timeout" fault holds the request open this long before closing the socket. */
export const HANG_LIMIT_MS = 30_000;

export class LabState {
  faults: FaultSpec[] = [];
  latency: LatencyProfile = { fixedMs: 0, perTokenMs: 0 };
  hallucinate = false;
  calls: ModelCall[] = [];
  requiredKeys: Partial<Record<KeyedProvider, string | null>> = {};
  authFailures: AuthFailure[] = [];
  seq = 0;
  inFlight = 0;
  maxConcurrency = 0;

  constructor(readonly store: RunStore) {}

  setFaults(list: FaultSpec[]): void {
    this.faults = list.map((f) => ({ ...f }));
  }

  setLatency(profile: Partial<LatencyProfile>): void {
    const latency = this.latency;
    this.latency = {
      fixedMs: Math.max(0, Number(profile.fixedMs ?? latency.fixedMs) || 0),
      perTokenMs: Math.max(0, Number(profile.perTokenMs ?? latency.perTokenMs) || 0),
    };
  }

  requireKeys(keys: Partial<Record<KeyedProvider, string | null>>): void {
    this.requiredKeys = { ...this.requiredKeys, ...keys };
  }

  /** Takes the first queued fault that applies to this provider (and LangSmith route), consuming one of its `times`. */
  takeFault(provider: ModelProvider | "langsmith", route?: "runs" | "feedback"): FaultSpec | undefined {
    const index = this.faults.findIndex((f) =>
      provider === "langsmith" ? f.provider === "langsmith" && (!f.route || f.route === route) : !f.provider || f.provider === "any" || f.provider === provider,
    );
    if (index < 0) return undefined;
    const fault = this.faults[index]!;
    const remaining = (fault.times ?? 1) - 1;
    if (remaining <= 0) this.faults.splice(index, 1);
    else this.faults[index] = { ...fault, times: remaining };
    return fault;
  }

  /**
   * The provider's wrong-key answer when a key is required and the request carries another one (the refusal is
   * recorded in authFailures); undefined when the request may go on.
   */
  keyRefusal(provider: KeyedProvider, req: http.IncomingMessage): { status: number; body: unknown } | undefined {
    const required = this.requiredKeys[provider];
    if (required === undefined || required === null) return undefined;
    const sent = requestKey(provider, req);
    if (sent === required) return undefined;
    this.authFailures.push({ provider, keyId: sent ? keyId(sent) : null, path: new URL(req.url ?? "/", "http://lab").pathname });
    return wrongKeyAnswer(provider, sent);
  }

  /** Registers a model call as it starts (counts it in flight). */
  beginCall(call: Omit<ModelCall, "seq" | "concurrency">): ModelCall {
    const started: ModelCall = { ...call, seq: ++this.seq, concurrency: ++this.inFlight } as ModelCall;
    this.maxConcurrency = Math.max(this.maxConcurrency, this.inFlight);
    this.calls.push(started);
    return started;
  }

  endCall(call: ModelCall, durationMs: number): void {
    this.inFlight--;
    call.durationMs = durationMs;
  }

  stats(): LabStats {
    return { calls: this.calls.length, inFlight: this.inFlight, maxConcurrency: this.maxConcurrency };
  }

  /** Forgets calls, runs, feedback, faults, latency, required keys, refusals and the hallucinate switch. */
  reset(): void {
    this.faults = [];
    this.latency = { fixedMs: 0, perTokenMs: 0 };
    this.hallucinate = false;
    this.calls = [];
    this.requiredKeys = {};
    this.authFailures = [];
    this.maxConcurrency = this.inFlight;
    this.store.clear();
  }
}
