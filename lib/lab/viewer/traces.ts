/**
 * What the trace viewer shows, built from what the lab stored: trace summaries (newest first), one trace as a flat
 * list of tree rows with waterfall offsets, and one run in detail. Pure functions over StoredRun/StoredFeedback.
 * Grouping and trees: grouping.ts; one run's fields (usage, cost, masked JSON): fields.ts; the JSON's types:
 * view-types.ts. Tree order, usage, model, duration and previews come from lib/trace-tree.ts (the terminal printer's rules).
 */
import { PRICES_CHECKED_ON } from "../../pricing.ts";
import { maskSecrets } from "../../secrets.ts";
import { essence, preview, runDurationMs, type RunNode } from "../../trace-tree.ts";
import type { StoredFeedback, StoredRun } from "../store.ts";
import { asRecord, feedbackByRun, maskedJson, statusOf, summarizeFeedback, text, time, usageAndCost, usd } from "./fields.ts";
import { groupTraces, traceIdOf, treesOf } from "./grouping.ts";
import type { FeedbackView, RunDetail, RunRow, TraceListMeta, TraceSummary, TraceView } from "./view-types.ts";

export type * from "./view-types.ts";
export { feedbackByRun, MAX_JSON_CHARS, maskedJson } from "./fields.ts";
export { groupTraces, traceIdOf } from "./grouping.ts";

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
