/**
 * What the trace viewer shows, built from what the lab stored: runs grouped into traces, trace summaries
 * (newest first), one trace as a flat list of tree rows with waterfall offsets, and one run in detail.
 * Pure functions over StoredRun/StoredFeedback; every string that may hold a secret goes through maskSecrets.
 * Tree order, usage, model, duration and previews come from lib/trace-tree.ts (the terminal printer's rules).
 */
import { estimateCost, formatUsd, PRICES_CHECKED_ON } from "../../pricing.ts";
import { maskSecrets } from "../../secrets.ts";
import { buildTrees, essence, preview, runDurationMs, runModel, runUsage, type RunNode, type RunUsage } from "../../trace-tree.ts";
import type { StoredFeedback, StoredRun } from "../store.ts";

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

export interface RunRow {
  id: string;
  parent_id?: string;
  depth: number;
  name: string;
  run_type: string;
  status: RunStatus;
  /** Milliseconds from the trace's first start to this run's start. */
  offset_ms?: number;
  duration_ms?: number;
  model?: string;
  usage?: RunUsage;
  cost_usd?: number;
  cost?: string;
  /** One line of the error, secrets masked. */
  error?: string;
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

export interface RunDetail {
  id: string;
  trace_id: string;
  parent_id?: string;
  name: string;
  run_type: string;
  status: RunStatus;
  start_time?: string;
  end_time?: string;
  duration_ms?: number;
  model?: string;
  usage?: RunUsage;
  cost_usd?: number;
  cost?: string;
  error?: string;
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

/** Longest pretty JSON sent for one field of a run (the page stays fast with huge prompts). */
export const MAX_JSON_CHARS = 60_000;

/** formatUsd builds a pt-BR number format per call (~0.2 ms): a trace of 1,000 llm runs repeats a few values. */
const usdLabels = new Map<number, string>();
function usd(value: number): string {
  let label = usdLabels.get(value);
  if (label === undefined) {
    if (usdLabels.size > 5_000) usdLabels.clear();
    label = formatUsd(value);
    usdLabels.set(value, label);
  }
  return label;
}

const text = (value: unknown, fallback: string): string => (typeof value === "string" && value.length > 0 ? value : value === undefined || value === null ? fallback : String(value));

const time = (iso: string | undefined): number | undefined => {
  if (!iso) return undefined;
  const ms = Date.parse(iso);
  return Number.isFinite(ms) ? ms : undefined;
};

/** The root id named by a dotted_order ("20261125T114057913001Z<root-id>.…"), if it has that shape. */
function dottedRoot(dotted: unknown): string | undefined {
  if (typeof dotted !== "string") return undefined;
  const first = dotted.split(".")[0] ?? "";
  const match = /^\d{8}T\d{6,}Z(.+)$/.exec(first);
  return match?.[1];
}

/**
 * The trace a run belongs to: its trace_id, else the root of its dotted_order, else the furthest ancestor
 * reachable through parent ids (a parent that has not arrived yet counts), else itself. Cycles stop the walk.
 */
export function traceIdOf(run: StoredRun, byId: { get(id: string): StoredRun | undefined }): string {
  if (typeof run.trace_id === "string" && run.trace_id) return run.trace_id;
  const fromDotted = dottedRoot(run.dotted_order);
  if (fromDotted) return fromDotted;
  let current = run;
  const seen = new Set<string>([run.id]);
  while (typeof current.parent_run_id === "string" && current.parent_run_id && !seen.has(current.parent_run_id)) {
    const parent = byId.get(current.parent_run_id);
    if (!parent) return current.parent_run_id;
    if (typeof parent.trace_id === "string" && parent.trace_id) return parent.trace_id;
    seen.add(parent.id);
    current = parent;
  }
  return current.id;
}

/** Runs grouped by trace id, in arrival order inside each trace. */
export function groupTraces(runs: readonly StoredRun[]): Map<string, StoredRun[]> {
  const byId = new Map(runs.map((r) => [r.id, r]));
  const groups = new Map<string, StoredRun[]>();
  for (const run of runs) {
    const id = traceIdOf(run, byId);
    const list = groups.get(id);
    if (list) list.push(run);
    else groups.set(id, [run]);
  }
  return groups;
}

/**
 * Copies of the runs that buildTrees can order and walk safely: a parent outside the list stays (buildTrees
 * makes the run a root); a link that closes a cycle (garbage such as a run that is its own parent) is dropped
 * so that no run disappears and no walk recurses forever; a dotted_order that is not a string is ignored.
 */
function acyclic(runs: readonly StoredRun[]): StoredRun[] {
  const byId = new Map(runs.map((r) => [r.id, r]));
  const cut = new Set<string>();
  const state = new Map<string, "visiting" | "done">();
  for (const start of runs) {
    const path: string[] = [];
    let current: StoredRun | undefined = start;
    while (current && !state.has(current.id)) {
      state.set(current.id, "visiting");
      path.push(current.id);
      const parentId: string | undefined = typeof current.parent_run_id === "string" ? current.parent_run_id : undefined;
      const parent: StoredRun | undefined = parentId ? byId.get(parentId) : undefined;
      if (parent && state.get(parent.id) === "visiting") {
        cut.add(current.id);
        break;
      }
      current = parent;
    }
    for (const id of path) state.set(id, "done");
  }
  return runs.map((r) =>
    cut.has(r.id) || (r.dotted_order !== undefined && typeof r.dotted_order !== "string")
      ? { ...r, parent_run_id: cut.has(r.id) ? undefined : r.parent_run_id, dotted_order: typeof r.dotted_order === "string" ? r.dotted_order : undefined }
      : r,
  );
}

function statusOf(run: StoredRun): RunStatus {
  if (run.error) return "erro";
  return run.end_time ? "ok" : "andamento";
}

function feedbackView(f: StoredFeedback): FeedbackView {
  const score = typeof f.score === "number" || typeof f.score === "boolean" ? f.score : null;
  return {
    id: String(f.id),
    run_id: String(f.run_id),
    key: maskSecrets(text(f.key, "feedback")),
    score,
    comment: typeof f.comment === "string" ? maskSecrets(f.comment) : null,
    received_at: Number(f.received_at) || 0,
  };
}

function summarizeFeedback(list: readonly FeedbackView[]): FeedbackSummary {
  const scores = list.map((f) => (typeof f.score === "boolean" ? Number(f.score) : f.score)).filter((s): s is number => typeof s === "number" && Number.isFinite(s));
  return scores.length ? { count: list.length, mean: scores.reduce((a, b) => a + b, 0) / scores.length } : { count: list.length };
}

/** Feedback indexed by run id (the order the lab received it). */
export function feedbackByRun(feedback: readonly StoredFeedback[]): Map<string, FeedbackView[]> {
  const map = new Map<string, FeedbackView[]>();
  for (const f of feedback) {
    if (!f || typeof f.run_id !== "string") continue;
    const view = feedbackView(f);
    const list = map.get(view.run_id);
    if (list) list.push(view);
    else map.set(view.run_id, [view]);
  }
  return map;
}

/** Token usage and estimated cost of an llm run (only llm runs count, as in LangSmith: no double counting). */
function usageAndCost(run: StoredRun): { usage?: RunUsage; cost_usd?: number; model?: string } {
  const model = runModel(run);
  if (run.run_type !== "llm") return model ? { model } : {};
  const usage = runUsage(run);
  if (!usage) return model ? { model } : {};
  const cost = estimateCost(model, usage);
  return { usage, ...(cost !== undefined ? { cost_usd: cost } : {}), ...(model ? { model } : {}) };
}

/** The roots of a trace, in tree order: the real root first when it arrived, then orphans. */
function treesOf(traceId: string, runs: readonly StoredRun[]): RunNode[] {
  const roots = buildTrees(acyclic(runs));
  const real = roots.findIndex((n) => n.run.id === traceId);
  if (real > 0) roots.unshift(...roots.splice(real, 1));
  return roots;
}

function summarize(traceId: string, runs: readonly StoredRun[], feedback: ReadonlyMap<string, FeedbackView[]>, roots = treesOf(traceId, runs)): TraceSummary {
  const root = roots[0]?.run ?? runs[0]!;
  let input = 0;
  let output = 0;
  let total = 0;
  let cost: number | undefined;
  let errors = 0;
  let received = 0;
  let firstStart: number | undefined;
  const traceFeedback: FeedbackView[] = [];
  for (const run of runs) {
    if (run.error) errors++;
    received = Math.max(received, run.received_at || 0);
    const start = time(run.start_time);
    if (start !== undefined && (firstStart === undefined || start < firstStart)) firstStart = start;
    const { usage, cost_usd } = usageAndCost(run);
    if (usage) {
      input += usage.input_tokens;
      output += usage.output_tokens;
      total += usage.total_tokens;
    }
    if (cost_usd !== undefined) cost = (cost ?? 0) + cost_usd;
    const fb = feedback.get(run.id);
    if (fb) traceFeedback.push(...fb);
  }
  const rootStart = time(root.start_time) ?? firstStart;
  const duration = runDurationMs(root);
  return {
    id: traceId,
    name: maskSecrets(text(root.name, "(sem nome)")),
    run_type: text(root.run_type, "chain"),
    ...(rootStart !== undefined ? { start_time: new Date(rootStart).toISOString() } : {}),
    ...(duration !== undefined && Number.isFinite(duration) ? { duration_ms: duration } : {}),
    status: statusOf(root),
    errors,
    runs: runs.length,
    input_tokens: input,
    output_tokens: output,
    total_tokens: total,
    ...(cost !== undefined ? { cost_usd: cost, cost: usd(cost) } : {}),
    feedback: summarizeFeedback(traceFeedback),
    root_missing: !runs.some((r) => r.id === traceId),
    received_at: received,
    ...(typeof root.session_name === "string" && root.session_name && root.session_name !== "default" ? { project: maskSecrets(root.session_name) } : {}),
  };
}

const startKey = (s: TraceSummary) => time(s.start_time) ?? s.received_at;

/** One summary per trace, newest first (by start time; traces without one by arrival). */
export function summarizeTraces(runs: readonly StoredRun[], feedback: readonly StoredFeedback[] = []): TraceSummary[] {
  const fb = feedbackByRun(feedback);
  const summaries = [...groupTraces(runs)].map(([id, list]) => summarize(id, list, fb));
  return summaries.sort((a, b) => startKey(b) - startKey(a) || b.received_at - a.received_at);
}

export function listMeta(runs: readonly StoredRun[], traces: number, feedback: readonly StoredFeedback[]): TraceListMeta {
  return { runs: runs.length, traces, feedback: feedback.length, prices_checked_on: PRICES_CHECKED_ON };
}

/** One trace as tree rows (depth-first, children in start order) with the waterfall's offsets; undefined if unknown. */
export function traceView(traceId: string, runs: readonly StoredRun[], feedback: readonly StoredFeedback[] = []): TraceView | undefined {
  const mine = groupTraces(runs).get(traceId);
  if (!mine?.length) return undefined;
  const fb = feedbackByRun(feedback);
  const roots = treesOf(traceId, mine);
  const ids = new Set(mine.map((r) => r.id));
  let first: number | undefined;
  let last: number | undefined;
  for (const run of mine) {
    const start = time(run.start_time);
    const end = time(run.end_time) ?? start;
    if (start !== undefined && (first === undefined || start < first)) first = start;
    if (end !== undefined && (last === undefined || end > last)) last = end;
  }
  const rows: RunRow[] = [];
  const visit = (node: RunNode, depth: number) => {
    const { run } = node;
    const start = time(run.start_time);
    const duration = runDurationMs(run);
    const { usage, cost_usd, model } = usageAndCost(run);
    const parent = typeof run.parent_run_id === "string" && run.parent_run_id ? run.parent_run_id : undefined;
    rows.push({
      id: run.id,
      ...(parent ? { parent_id: parent } : {}),
      depth,
      name: maskSecrets(text(run.name, "(sem nome)")),
      run_type: text(run.run_type, "chain"),
      status: statusOf(run),
      ...(start !== undefined && first !== undefined ? { offset_ms: start - first } : {}),
      ...(duration !== undefined && Number.isFinite(duration) ? { duration_ms: Math.max(0, duration) } : {}),
      ...(model ? { model: maskSecrets(model) } : {}),
      ...(usage ? { usage } : {}),
      ...(cost_usd !== undefined ? { cost_usd, cost: usd(cost_usd) } : {}),
      ...(run.error ? { error: preview(run.error, 160) } : {}),
      orphan: !!parent && !ids.has(parent),
      feedback: fb.get(run.id) ?? [],
    });
    for (const child of node.children) visit(child, depth + 1);
  };
  for (const root of roots) visit(root, 0);
  return {
    summary: summarize(traceId, mine, fb, roots),
    ...(first !== undefined ? { start_time: new Date(first).toISOString() } : {}),
    span_ms: first !== undefined && last !== undefined ? Math.max(0, last - first) : 0,
    rows,
  };
}

/** Pretty JSON with secrets masked, cut at `max` characters. */
export function maskedJson(value: unknown, max = MAX_JSON_CHARS): string {
  if (value === undefined) return "";
  let json: string;
  try {
    json = typeof value === "string" ? value : (JSON.stringify(value, null, 2) ?? String(value));
  } catch {
    json = String(value);
  }
  const masked = maskSecrets(json);
  return masked.length > max ? `${masked.slice(0, max)}\n… (mais ${(masked.length - max).toLocaleString("pt-BR")} caracteres não mostrados)` : masked;
}

const asRecord = (value: unknown): Record<string, unknown> | undefined =>
  value && typeof value === "object" && !Array.isArray(value) ? (value as Record<string, unknown>) : value === undefined ? undefined : { input: value };

/** Everything about one run; undefined when the lab never received it. */
export function runDetail(runId: string, runs: readonly StoredRun[], feedback: readonly StoredFeedback[] = []): RunDetail | undefined {
  const byId = new Map(runs.map((r) => [r.id, r]));
  const run = byId.get(runId);
  if (!run) return undefined;
  const { usage, cost_usd, model } = usageAndCost(run);
  const duration = runDurationMs(run);
  const parent = typeof run.parent_run_id === "string" && run.parent_run_id ? run.parent_run_id : undefined;
  return {
    id: run.id,
    trace_id: traceIdOf(run, byId),
    ...(parent ? { parent_id: parent } : {}),
    name: maskSecrets(text(run.name, "(sem nome)")),
    run_type: text(run.run_type, "chain"),
    status: statusOf(run),
    ...(time(run.start_time) !== undefined ? { start_time: run.start_time } : {}),
    ...(time(run.end_time) !== undefined ? { end_time: run.end_time } : {}),
    ...(duration !== undefined && Number.isFinite(duration) ? { duration_ms: Math.max(0, duration) } : {}),
    ...(model ? { model: maskSecrets(model) } : {}),
    ...(usage ? { usage } : {}),
    ...(cost_usd !== undefined ? { cost_usd, cost: usd(cost_usd) } : {}),
    ...(run.error ? { error: maskedJson(run.error) } : {}),
    input_summary: preview(essence(asRecord(run.inputs)), 300),
    output_summary: preview(essence(asRecord(run.outputs)), 300),
    inputs: maskedJson(run.inputs),
    outputs: maskedJson(run.outputs),
    metadata: maskedJson((run.extra as { metadata?: unknown } | undefined)?.metadata),
    tags: Array.isArray(run.tags) ? run.tags.map((t) => maskSecrets(String(t))) : [],
    ...(typeof run.session_name === "string" ? { session_name: maskSecrets(run.session_name) } : {}),
    feedback: feedbackByRun(feedback.filter((f) => f?.run_id === runId)).get(runId) ?? [],
  };
}
