/**
 * One run's fields as the viewer shows them: status, feedback, token usage and cost, pretty JSON — every string
 * that may hold a secret goes through maskSecrets. Shared by the trace summaries, tree rows and run details (traces.ts).
 */
import { estimateCost, formatUsd } from "../../pricing.ts";
import { maskSecrets } from "../../secrets.ts";
import { runModel, runUsage, type RunUsage } from "../../trace-tree.ts";
import type { StoredFeedback, StoredRun } from "../store.ts";
import type { FeedbackSummary, FeedbackView, RunStatus } from "./view-types.ts";

/** Longest pretty JSON sent for one field of a run (the page stays fast with huge prompts). */
export const MAX_JSON_CHARS = 60_000;

/** formatUsd builds a pt-BR number format per call (~0.2 ms): a trace of 1,000 llm runs repeats a few values. */
const usdLabels = new Map<number, string>();
export function usd(value: number): string {
  let label = usdLabels.get(value);
  if (label === undefined) {
    if (usdLabels.size > 5_000) usdLabels.clear();
    label = formatUsd(value);
    usdLabels.set(value, label);
  }
  return label;
}

export const text = (value: unknown, fallback: string): string => (typeof value === "string" && value.length > 0 ? value : value === undefined || value === null ? fallback : String(value));

export const time = (iso: string | undefined): number | undefined => {
  if (!iso) return undefined;
  const ms = Date.parse(iso);
  return Number.isFinite(ms) ? ms : undefined;
};

export function statusOf(run: StoredRun): RunStatus {
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

export function summarizeFeedback(list: readonly FeedbackView[]): FeedbackSummary {
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
export function usageAndCost(run: StoredRun): { usage?: RunUsage; cost_usd?: number; model?: string } {
  const model = runModel(run);
  if (run.run_type !== "llm") return model ? { model } : {};
  const usage = runUsage(run);
  if (!usage) return model ? { model } : {};
  const cost = estimateCost(model, usage);
  return { usage, ...(cost !== undefined ? { cost_usd: cost } : {}), ...(model ? { model } : {}) };
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

export const asRecord = (value: unknown): Record<string, unknown> | undefined =>
  value && typeof value === "object" && !Array.isArray(value) ? (value as Record<string, unknown>) : value === undefined ? undefined : { input: value };
