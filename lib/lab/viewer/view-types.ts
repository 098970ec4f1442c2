/**
 * The JSON the viewer's API sends (/viewer/api/...) and the events it streams (/lab/events): the one description
 * shared by the server (traces.ts, events.ts) and the page (page/*.js read it through JSDoc `import("../view-types.ts")`,
 * checked by `tsc -p lib/lab/viewer/page`). No imports on purpose: the page's type check must not pull in Node code.
 */

/** Tokens of one llm run (the same fields as RunUsage in lib/trace-tree.ts, which the server assigns here). */
export interface TokenUsage {
  input_tokens: number;
  output_tokens: number;
  total_tokens: number;
}

export type RunStatus = "ok" | "erro" | "andamento";

export interface FeedbackView {
  id: string;
  run_id: string;
  key: string;
  score: number | boolean | null;
  comment: string | null;
  received_at: number;
}

export interface FeedbackSummary {
  count: number;
  /** Mean of the numeric scores (true = 1, false = 0); absent when no feedback has a score. */
  mean?: number;
}

export interface TraceSummary {
  id: string;
  name: string;
  run_type: string;
  start_time?: string;
  duration_ms?: number;
  /** The root's status: "erro" when it failed, "andamento" while it has no end time. */
  status: RunStatus;
  /** Runs of the trace that ended with an error (the root included). */
  errors: number;
  runs: number;
  input_tokens: number;
  output_tokens: number;
  total_tokens: number;
  cost_usd?: number;
  /** cost_usd formatted like the terminal printer ("US$ 0,000450"). */
  cost?: string;
  feedback: FeedbackSummary;
  /** True while the root run has not reached the lab (only children arrived so far). */
  root_missing: boolean;
  /** When the lab last received a run of this trace. */
  received_at: number;
  /** The root's LangSmith project when it is not "default" (e.g. an evaluate() experiment). */
  project?: string;
}

/** What a row of the trace tree and a run's detail both show. */
interface RunFacts {
  id: string;
  parent_id?: string;
  name: string;
  run_type: string;
  status: RunStatus;
  duration_ms?: number;
  model?: string;
  usage?: TokenUsage;
  cost_usd?: number;
  cost?: string;
  /** One line of the error, secrets masked. */
  error?: string;
}

export interface RunRow extends RunFacts {
  depth: number;
  /** Milliseconds from the trace's first start to this run's start. */
  offset_ms?: number;
  /** The run names a parent that has not reached the lab (shown as a root, flagged). */
  orphan: boolean;
  feedback: FeedbackView[];
}

export interface TraceView {
  summary: TraceSummary;
  /** First start of any run of the trace (ISO). */
  start_time?: string;
  /** From the first start to the last end (or last start) of the trace's runs: the waterfall's width. */
  span_ms: number;
  rows: RunRow[];
}

export interface RunDetail extends RunFacts {
  trace_id: string;
  start_time?: string;
  end_time?: string;
  /** One-line readable parts of inputs/outputs (a question, an answer), secrets masked. */
  input_summary: string;
  output_summary: string;
  /** Pretty JSON, secrets masked, cut at MAX_JSON_CHARS. */
  inputs: string;
  outputs: string;
  metadata: string;
  tags: string[];
  session_name?: string;
  feedback: FeedbackView[];
}

export interface TraceListMeta {
  runs: number;
  traces: number;
  feedback: number;
  prices_checked_on: string;
}

/** GET /viewer/api/traces */
export interface TraceList {
  meta: TraceListMeta;
  traces: TraceSummary[];
}

/** Data of the `runs` and `feedback` events of /lab/events: what changed since the last event. */
export interface ChangeEvent {
  traces: string[];
  /** Empty when `truncated` (too many runs changed to list: the page refreshes what it shows). */
  runs: string[];
  truncated?: boolean;
}
