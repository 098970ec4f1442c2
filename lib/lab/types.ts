/** Types shared by the lab server, its in-process handle and its HTTP client. */
import type { LabMessage } from "./model.ts";
import type { StoredFeedback, StoredRun } from "./store.ts";

export type ModelProvider = "gemini" | "openai";

/**
 * A fault the lab injects into the next model calls (FIFO; each spec applies `times` times).
 * - kind "http" (default): an error status in the provider's own format, with optional Retry-After.
 * - kind "timeout": the lab never answers (the client must time out); the socket is closed after 30 s.
 * - kind "malformed": 200 with a body that is not valid JSON.
 * - kind "slow": answers normally after `delayMs`.
 */
export interface FaultSpec {
  kind?: "http" | "timeout" | "malformed" | "slow";
  status?: number;
  /** Seconds (number) or an HTTP-date (string), sent as the Retry-After header (Gemini: also as a RetryInfo detail in the body, where the real API puts it). */
  retryAfter?: number | string;
  times?: number;
  /** "any" (default) hits the model providers only; "langsmith" hits LangSmith writes (runs and feedback). */
  provider?: ModelProvider | "langsmith" | "any";
  /** With provider "langsmith": only run ingestion ("runs") or only feedback ("feedback"); default both. */
  route?: "runs" | "feedback";
  delayMs?: number;
  message?: string;
}

/** Simulated provider latency: `fixedMs` before the first byte plus `perTokenMs` per output token. */
export interface LatencyProfile {
  fixedMs: number;
  perTokenMs: number;
}

export interface Usage {
  input: number;
  output: number;
  total: number;
}

/** One request that reached a simulated model provider. */
export interface ModelCall {
  seq: number;
  provider: ModelProvider;
  model: string;
  /** Set for embedding requests (lib/lab/embedding-routes.ts); absent for chat/generate calls. */
  endpoint?: "embeddings";
  stream: boolean;
  messages: LabMessage[];
  /** Generation parameters as sent (temperature, max tokens, …). */
  params: Record<string, unknown>;
  status: number;
  fault?: FaultSpec["kind"];
  text?: string;
  usage?: Usage;
  startedAt: number;
  durationMs?: number;
  /** Model calls in flight when this one arrived, itself included. */
  concurrency: number;
  /** Fingerprint of the API key the call carried (`keyId()` in lib/lab/keys.ts), null without one. Never the key. */
  keyId: string | null;
}

/** A request the lab refused because its key was not the one `requireKeys` asked for. */
export interface AuthFailure {
  provider: "gemini" | "openai" | "langsmith";
  keyId: string | null;
  path: string;
}

export interface LabStats {
  /** Model calls since the last reset (kept + dropped). */
  calls: number;
  inFlight: number;
  maxConcurrency: number;
  /** Records evicted by the lab's caps since the last reset (oldest first): calls over 5,000, runs over 10,000, feedback over 10,000. */
  dropped: { calls: number; runs: number; feedback: number };
}

/** One control action, as recorded in the lab's append-only journal (`controlLog()`). */
export interface ControlEntry {
  /** ms since epoch. */
  at: number;
  /** "reset", "faults", "latency", "hallucinate" or "keys". */
  action: string;
  /** "http": through the control API; "handle": through the in-process handle returned by startLab. */
  via: "http" | "handle";
}

/** What tests and scripts can do with a lab, in-process or over HTTP (same interface). */
export interface LabControl {
  readonly url: string;
  setFaults(faults: FaultSpec[]): Promise<void>;
  setLatency(profile: Partial<LatencyProfile>): Promise<void>;
  setHallucinate(on: boolean): Promise<void>;
  /**
   * From now on, requests to a provider must carry exactly this key (null: any key, the default); others get the
   * provider's own wrong-key error and are listed by authFailures(). reset() clears it.
   */
  requireKeys(keys: Partial<Record<"gemini" | "openai" | "langsmith", string | null>>): Promise<void>;
  authFailures(): Promise<AuthFailure[]>;
  /** Forgets calls, runs, feedback, faults, latency, required keys and the hallucinate switch. */
  reset(): Promise<void>;
  calls(): Promise<ModelCall[]>;
  runs(): Promise<StoredRun[]>;
  feedback(): Promise<StoredFeedback[]>;
  stats(): Promise<LabStats>;
  /** Mutating control requests refused for a missing or wrong `x-lab-token` (LabOptions.controlToken). Never reset. */
  controlRefusals(): Promise<number>;
  /** The journal of control actions (resets, faults, …), oldest first. Never cleared by reset(). */
  controlLog(): Promise<ControlEntry[]>;
}

export type { LabMessage, StoredFeedback, StoredRun };
