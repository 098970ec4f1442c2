/**
 * The lab's LangSmith store: runs posted and patched by the SDKs (multipart, batch or single),
 * merged by id, kept in memory and optionally appended to `.lab/traces.jsonl` (which survives a restart).
 */
import fs from "node:fs";
import path from "node:path";

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
  run_id: string;
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

export class RunStore {
  private runs = new Map<string, StoredRun>();
  private feedback: StoredFeedback[] = [];
  private listeners = new Set<(run: StoredRun) => void>();
  private clearListeners = new Set<() => void>();

  constructor(private readonly file?: string) {
    if (file && fs.existsSync(file)) this.load(file);
  }

  private load(file: string): void {
    for (const line of fs.readFileSync(file, "utf8").split(/\r?\n/)) {
      if (!line.trim()) continue;
      try {
        const entry = JSON.parse(line) as { kind: "run"; run: RunPatch; at: number } | { kind: "feedback"; feedback: StoredFeedback };
        if (entry.kind === "run") this.merge(entry.run, entry.at, false);
        else if (entry.kind === "feedback") this.feedback.push(entry.feedback);
      } catch {
        // A truncated last line (crash mid-write) is skipped; the rest stays readable.
      }
    }
  }

  private persist(entry: unknown): void {
    if (!this.file) return;
    fs.mkdirSync(path.dirname(this.file), { recursive: true });
    fs.appendFileSync(this.file, `${JSON.stringify(entry)}\n`);
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
    if (persist) this.persist({ kind: "run", run: patch, at });
    for (const listener of this.listeners) listener(merged);
    return merged;
  }

  addFeedback(feedback: StoredFeedback): void {
    this.feedback.push(feedback);
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
    return [...this.feedback];
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
    this.feedback = [];
    for (const listener of this.clearListeners) listener();
  }
}
