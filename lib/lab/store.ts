/**
 * The lab's LangSmith store: runs posted and patched by the SDKs (multipart, batch or single),
 * merged by id, kept in memory (capped) and optionally appended to `.lab/traces.jsonl` (rotated at a size
 * limit; its tail survives a restart).
 */
import fs from "node:fs";
import path from "node:path";
import { Ring } from "./ring.ts";

export interface StoredRun {
  id: string;
  name: string;
  run_type: string;
  trace_id?: string;
  parent_run_id?: string;
  dotted_order?: string;
  start_time?: string;
  end_time?: string;
  inputs?: Record<string, unknown>;
  outputs?: Record<string, unknown>;
  error?: string;
  extra?: Record<string, unknown>;
  events?: unknown[];
  tags?: string[];
  session_name?: string;
  /** Project id, when the client sent one instead of (or with) session_name (evaluate() runs do). */
  session_id?: string;
  /** Dataset example this run answered (set by evaluate()). */
  reference_example_id?: string;
  /** When the lab received the first part of this run (ms since epoch). */
  received_at: number;
}

export interface StoredFeedback {
  id: string;
  /** null for project-level feedback (summary evaluators of evaluate() score the experiment, not a run). */
  run_id: string | null;
  key: string;
  score?: number | boolean | null;
  value?: unknown;
  comment?: string | null;
  /** Project (session) id the client named; LangSmith needs it to find the run (object form of createFeedback). */
  session_id?: string | null;
  /** Trace id, when the client sent it (then the SDK batches the feedback into /runs/multipart). */
  trace_id?: string | null;
  /** `{ type: "api" | "model" | …, metadata }` as the client sent it (evaluate() sends "model"). */
  feedback_source?: { type?: string; metadata?: Record<string, unknown> } | null;
  correction?: unknown;
  received_at: number;
}

type RunPatch = Partial<Omit<StoredRun, "received_at">> & { id: string };

const RUN_FIELDS = [
  "name",
  "run_type",
  "trace_id",
  "parent_run_id",
  "dotted_order",
  "start_time",
  "end_time",
  "inputs",
  "outputs",
  "error",
  "extra",
  "events",
  "tags",
  "session_name",
  "session_id",
  "reference_example_id",
] as const;

/** LangSmith sends times as ISO strings or epoch milliseconds; the store keeps ISO strings. */
function toIso(value: unknown): string | undefined {
  if (typeof value === "number") return new Date(value).toISOString();
  if (typeof value === "string") return /Z$|[+-]\d\d:?\d\d$/.test(value) ? value : `${value}Z`;
  return undefined;
}

export class InvalidRunError extends Error {}

/** Validates the shape of one run as sent by a client; throws InvalidRunError (→ 4xx) otherwise. */
export function parseRun(value: unknown): RunPatch {
  if (!value || typeof value !== "object" || Array.isArray(value)) throw new InvalidRunError("run precisa ser um objeto JSON");
  const raw = value as Record<string, unknown>;
  if (typeof raw.id !== "string" || raw.id.length === 0) throw new InvalidRunError("run sem id");
  const run: RunPatch = { id: raw.id };
  for (const field of RUN_FIELDS) {
    const v = raw[field];
    if (v === undefined || v === null) continue;
    if (field === "start_time" || field === "end_time") run[field] = toIso(v);
    else if (field === "error") run.error = typeof v === "string" ? v : JSON.stringify(v);
    else (run as Record<string, unknown>)[field] = v;
  }
  return run;
}

/**
 * Runs kept in memory. A traced model call makes 2–4 runs and a kept run costs about 1–3 KB (bench/lab-soak.ts),
 * so 10,000 runs keep a few thousand recent traces for the viewer in roughly 10–30 MB; older runs are dropped.
 */
export const MAX_RUNS = 10_000;
export const MAX_FEEDBACK = 10_000;
/** `.lab/traces.jsonl` is renamed to `traces.jsonl.1` (one old generation kept) when it would grow past this. */
export const ROTATE_BYTES = 16 * 1024 * 1024;
/**
 * At start only the end of the file is read: enough to refill the viewer with recent traces, and bounded so that
 * a long history (a 60 MB file from before rotation existed) starts as fast as a small one.
 */
export const LOAD_TAIL_BYTES = 1024 * 1024;

type Entry = { kind: "run"; run: RunPatch; at: number } | { kind: "feedback"; feedback: StoredFeedback };

/** The store's bounds (defaults above); tests pass small ones. */
export interface StoreLimits {
  maxRuns?: number;
  maxFeedback?: number;
  rotateBytes?: number;
  loadTailBytes?: number;
}

export class RunStore {
  private runs = new Map<string, StoredRun>();
  private readonly feedback: Ring<StoredFeedback>;
  private readonly limits: Required<StoreLimits>;
  private listeners = new Set<(run: StoredRun) => void>();
  private droppedRuns = 0;
  private fileBytes = 0;
  private dirReady = false;
  private clearListeners = new Set<() => void>();

  constructor(
    private readonly file?: string,
    limits: StoreLimits = {},
  ) {
    this.limits = { maxRuns: MAX_RUNS, maxFeedback: MAX_FEEDBACK, rotateBytes: ROTATE_BYTES, loadTailBytes: LOAD_TAIL_BYTES, ...limits };
    this.feedback = new Ring<StoredFeedback>(this.limits.maxFeedback);
    if (file && fs.existsSync(file)) this.load(file);
  }

  private load(file: string): void {
    const { size } = fs.statSync(file);
    this.fileBytes = size;
    const start = Math.max(0, size - this.limits.loadTailBytes);
    const buffer = Buffer.alloc(size - start);
    const fd = fs.openSync(file, "r");
    try {
      fs.readSync(fd, buffer, 0, buffer.length, start);
    } finally {
      fs.closeSync(fd);
    }
    const lines = buffer.toString("utf8").split(/\r?\n/);
    // Started mid-file: the first line is partial, and patches of runs whose post was before the tail are skipped.
    if (start > 0) lines.shift();
    for (const line of lines) {
      if (!line.trim()) continue;
      let entry: Entry;
      try {
        entry = JSON.parse(line) as Entry;
      } catch {
        continue; // A truncated last line (crash mid-write) is skipped; the rest stays readable.
      }
      if (entry.kind === "run") {
        if (start > 0 && !this.runs.has(entry.run.id) && entry.run.name === undefined) continue;
        this.merge(entry.run, entry.at, false);
      } else if (entry.kind === "feedback") this.keepFeedback(entry.feedback);
    }
  }

  private persist(entry: Entry): void {
    if (!this.file) return;
    if (!this.dirReady) {
      fs.mkdirSync(path.dirname(this.file), { recursive: true });
      this.dirReady = true;
    }
    const line = `${JSON.stringify(entry)}\n`;
    const bytes = Buffer.byteLength(line);
    if (this.fileBytes > 0 && this.fileBytes + bytes > this.limits.rotateBytes) {
      try {
        fs.renameSync(this.file, `${this.file}.1`);
      } catch {
        // Nothing to rotate (file removed by hand): start a new one.
      }
      this.fileBytes = 0;
    }
    fs.appendFileSync(this.file, line);
    this.fileBytes += bytes;
  }

  private keepFeedback(feedback: StoredFeedback): void {
    this.feedback.push(feedback);
  }

  /** Records evicted by the caps since the last clear(). */
  get dropped(): { runs: number; feedback: number } {
    return { runs: this.droppedRuns, feedback: this.feedback.dropped };
  }

  /** Adds a post or merges a patch (patch fields win; inputs/outputs/extra are merged shallowly). */
  merge(patch: RunPatch, at = Date.now(), persist = true): StoredRun {
    const current = this.runs.get(patch.id);
    const merged: StoredRun = current
      ? {
          ...current,
          ...patch,
          inputs: patch.inputs ? { ...current.inputs, ...patch.inputs } : current.inputs,
          outputs: patch.outputs ? { ...current.outputs, ...patch.outputs } : current.outputs,
          extra: patch.extra ? { ...current.extra, ...patch.extra } : current.extra,
        }
      : { name: "(sem nome)", run_type: "chain", ...patch, received_at: at };
    this.runs.set(patch.id, merged);
    if (!current && this.runs.size > this.limits.maxRuns) {
      // Maps iterate in insertion order: the first key is the oldest run.
      this.runs.delete(this.runs.keys().next().value!);
      this.droppedRuns++;
    }
    if (persist) this.persist({ kind: "run", run: patch, at });
    for (const listener of this.listeners) listener(merged);
    return merged;
  }

  addFeedback(feedback: StoredFeedback): void {
    this.keepFeedback(feedback);
    this.persist({ kind: "feedback", feedback });
  }

  /** Runs in arrival order; `since` filters by the time the lab first received them. */
  list(since = 0): StoredRun[] {
    return [...this.runs.values()].filter((r) => r.received_at >= since);
  }

  get(id: string): StoredRun | undefined {
    return this.runs.get(id);
  }

  listFeedback(): StoredFeedback[] {
    return this.feedback.toArray();
  }

  onRun(listener: (run: StoredRun) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Called after clear() (the LangSmith read side forgets its projects, datasets and examples with the runs). */
  onClear(listener: () => void): () => void {
    this.clearListeners.add(listener);
    return () => this.clearListeners.delete(listener);
  }

  clear(): void {
    this.runs.clear();
    this.feedback.clear();
    this.droppedRuns = 0;
    for (const listener of this.clearListeners) listener();
  }
}
