/**
 * The lab's mutable state apart from runs: recorded model calls, queued faults, simulated latency, required
 * keys and the refusals they caused, the hallucinate switch, and concurrency counters.
 */
import { createHash, randomBytes, timingSafeEqual } from "node:crypto";
import type http from "node:http";
import { keyId, requestKey, wrongKeyAnswer, type KeyedProvider } from "./keys.ts";
import type { RunStore } from "./store.ts";
import { Ring } from "./ring.ts";
import type { AuthFailure, ControlEntry, FaultSpec, LabStats, LatencyProfile, ModelCall, ModelProvider } from "./types.ts";

/** A "timeout" fault holds the request open this long before closing the socket. */
export const HANG_LIMIT_MS = 30_000;

/**
 * Model calls kept for /lab/calls. The largest check or test file makes a few hundred calls and the soak bench
 * (bench/lab-soak.ts) shows a kept call costs about 1–2 KB, so 5,000 keeps every call a check can look at for
 * ~10 MB at most; older calls are dropped (counted in stats().dropped.calls).
 */
export const MAX_CALLS = 5_000;
/** Refused requests kept for /lab/auth-failures (a flood of wrong keys must not grow memory). */
export const MAX_AUTH_FAILURES = 1_000;
/** Control-journal entries kept (oldest dropped, counted in controlLogDropped). */
export const MAX_CONTROL_LOG = 10_000;

export interface LabStateOptions {
  /** When set, every /lab/* request other than GET must carry it in `x-lab-token`. */
  controlToken?: string;
  /** Calls kept for /lab/calls (default MAX_CALLS). */
  maxCalls?: number;
}

const digest = (value: string) => createHash("sha256").update(value).digest();

export class LabState {
  faults: FaultSpec[] = [];
  latency: LatencyProfile = { fixedMs: 0, perTokenMs: 0 };
  hallucinate = false;
  /** Run by reset(): modules that keep per-lab memory (prompt cache, rate-limit window) forget it here. */
  readonly resetHooks: Array<() => void> = [];
  readonly calls: Ring<ModelCall>;
  requiredKeys: Partial<Record<KeyedProvider, string | null>> = {};
  readonly authFailures = new Ring<AuthFailure>(MAX_AUTH_FAILURES);
  /** Append-only record of control actions; never cleared by reset(). */
  readonly controlLog = new Ring<ControlEntry>(MAX_CONTROL_LOG);
  /** Mutating control requests refused for a missing or wrong token; never cleared by reset(). */
  controlRefusals = 0;
  seq = 0;
  inFlight = 0;
  maxConcurrency = 0;
  private tokenDigest?: Buffer;

  constructor(
    readonly store: RunStore,
    options: LabStateOptions = {},
  ) {
    this.calls = new Ring<ModelCall>(options.maxCalls ?? MAX_CALLS);
    if (options.controlToken !== undefined) this.tokenDigest = digest(options.controlToken);
  }

  get tokenRequired(): boolean {
    return this.tokenDigest !== undefined;
  }

  /** True when no token is required or `sent` equals it (compared in constant time over fixed-size digests). */
  tokenMatches(sent: string | undefined): boolean {
    if (!this.tokenDigest) return true;
    return sent !== undefined && timingSafeEqual(digest(sent), this.tokenDigest);
  }

  /**
   * Replaces the control token by a fresh random one and returns it (only when a token is required). The grader
   * hands its workers a first token in their environment; they trade it at once, so the copy that stays readable
   * (/proc/self/environ) no longer opens anything.
   */
  rotateToken(): string | undefined {
    if (!this.tokenDigest) return undefined;
    const fresh = randomBytes(24).toString("hex");
    this.tokenDigest = digest(fresh);
    return fresh;
  }

  /** Appends to the control journal. */
  journal(action: string, via: ControlEntry["via"]): void {
    this.controlLog.push({ at: Date.now(), action, via });
  }

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
    return {
      calls: this.calls.length + this.calls.dropped,
      inFlight: this.inFlight,
      maxConcurrency: this.maxConcurrency,
      dropped: { calls: this.calls.dropped, runs: this.store.dropped.runs, feedback: this.store.dropped.feedback },
    };
  }

  /** Forgets calls, runs, feedback, faults, latency, required keys, auth failures and the hallucinate switch (not the control journal). */
  reset(): void {
    for (const hook of this.resetHooks) hook();
    this.faults = [];
    this.latency = { fixedMs: 0, perTokenMs: 0 };
    this.hallucinate = false;
    this.calls.clear();
    this.requiredKeys = {};
    this.authFailures.clear();
    this.maxConcurrency = this.inFlight;
    this.store.clear();
  }
}
