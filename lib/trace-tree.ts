/**
 * Builds trace trees from stored runs and prints them in the terminal:
 * name, type, duration, tokens, estimated cost, error; inputs/outputs truncated and secrets masked.
 */
import { estimateCost, formatUsd } from "./pricing.ts";
import { maskSecrets } from "./secrets.ts";
import type { StoredRun } from "./lab/store.ts";

export interface RunNode {
  run: StoredRun;
  children: RunNode[];
}

/** Groups runs into trees by parent id, ordered by dotted_order (start order); orphans become roots. */
export function buildTrees(runs: StoredRun[]): RunNode[] {
  const nodes = new Map(runs.map((run) => [run.id, { run, children: [] as RunNode[] }]));
  const roots: RunNode[] = [];
  for (const node of nodes.values()) {
    const parent = node.run.parent_run_id ? nodes.get(node.run.parent_run_id) : undefined;
    (parent ? parent.children : roots).push(node);
  }
  // String(): runs come from any client; a number where a string was expected must not crash the printout.
  const key = (n: RunNode) => String(n.run.dotted_order ?? n.run.start_time ?? "");
  const order = (a: RunNode, b: RunNode) => key(a).localeCompare(key(b));
  const sort = (list: RunNode[]) => {
    list.sort(order);
    for (const n of list) sort(n.children);
  };
  sort(roots);
  return roots;
}

export interface RunUsage {
  input_tokens: number;
  output_tokens: number;
  total_tokens: number;
  /** Input tokens served from the provider's prompt cache (LangChain's input_token_details.cache_read), priced lower. */
  cached_input_tokens?: number;
}

function asUsage(value: unknown): RunUsage | undefined {
  if (!value || typeof value !== "object") return undefined;
  const v = value as Record<string, unknown>;
  if (typeof v.input_tokens !== "number" && typeof v.output_tokens !== "number") return undefined;
  const input = Number(v.input_tokens ?? 0);
  const output = Number(v.output_tokens ?? 0);
  const cache = (v.input_token_details as { cache_read?: unknown } | undefined)?.cache_read;
  return {
    input_tokens: input,
    output_tokens: output,
    total_tokens: Number(v.total_tokens ?? input + output),
    ...(typeof cache === "number" && cache > 0 ? { cached_input_tokens: cache } : {}),
  };
}

/** Token usage of an llm run, wherever the SDK put it (langsmith metadata, wrapOpenAI output, LangChain generations). */
export function runUsage(run: StoredRun): RunUsage | undefined {
  const metadata = (run.extra?.metadata ?? {}) as Record<string, unknown>;
  const outputs = (run.outputs ?? {}) as Record<string, unknown>;
  const generation = (outputs.generations as Array<Array<{ message?: { kwargs?: { usage_metadata?: unknown } } }>> | undefined)?.[0]?.[0];
  return asUsage(metadata.usage_metadata) ?? asUsage(outputs.usage_metadata) ?? asUsage(generation?.message?.kwargs?.usage_metadata);
}

export function runModel(run: StoredRun): string | undefined {
  const metadata = (run.extra?.metadata ?? {}) as Record<string, unknown>;
  const invocation = (run.extra?.invocation_params ?? {}) as Record<string, unknown>;
  const name = metadata.ls_model_name ?? invocation.model ?? invocation.model_name ?? (run.inputs as Record<string, unknown> | undefined)?.model;
  return typeof name === "string" ? name : undefined;
}

export function runDurationMs(run: StoredRun): number | undefined {
  if (!run.start_time || !run.end_time) return undefined;
  return Date.parse(run.end_time) - Date.parse(run.start_time);
}

/** A one-line preview of a value, secrets masked. */
export function preview(value: unknown, max = 90): string {
  if (value === undefined) return "";
  let text = typeof value === "string" ? value : JSON.stringify(value);
  text = maskSecrets(text ?? "").replace(/\s+/g, " ");
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

/** The most readable part of a run's inputs or outputs (unwraps {input}, {outputs}, LangChain messages). */
export function essence(value: Record<string, unknown> | undefined): unknown {
  if (!value) return undefined;
  // Serialized LangChain objects: {lc, type: "constructor", kwargs: {content | messages}}.
  const kwargs = value.kwargs as { content?: unknown; messages?: unknown } | undefined;
  if (value.lc !== undefined && kwargs) {
    if (kwargs.content !== undefined) return kwargs.content;
    if (Array.isArray(kwargs.messages)) return essence({ messages: kwargs.messages });
  }
  const keys = Object.keys(value);
  if (keys.length === 1 && (keys[0] === "input" || keys[0] === "outputs" || keys[0] === "output")) {
    const inner = value[keys[0]];
    return inner && typeof inner === "object" && !Array.isArray(inner) ? essence(inner as Record<string, unknown>) : inner;
  }
  const generations = value.generations as Array<Array<{ text?: string }>> | undefined;
  if (generations?.[0]?.[0]?.text !== undefined) return generations[0][0].text;
  const messages = value.messages as unknown[] | undefined;
  if (Array.isArray(messages)) {
    const flat = messages.flat() as Array<{ content?: unknown; kwargs?: { content?: unknown } }>;
    return flat.map((m) => m.kwargs?.content ?? m.content).filter(Boolean).join(" | ");
  }
  const choices = value.choices as Array<{ message?: { content?: unknown } }> | undefined;
  if (choices?.[0]?.message?.content !== undefined) return choices[0].message.content;
  return value;
}

export interface PrintOptions {
  color?: boolean;
}

/** Renders trees as text lines (pt-BR labels). */
export function renderTrees(roots: RunNode[], { color = false }: PrintOptions = {}): string {
  const dim = (s: string) => (color ? `\x1b[2m${s}\x1b[22m` : s);
  const red = (s: string) => (color ? `\x1b[31m${s}\x1b[39m` : s);
  const bold = (s: string) => (color ? `\x1b[1m${s}\x1b[22m` : s);
  const lines: string[] = [];
  const visit = (node: RunNode, prefix: string, last: boolean, depth: number) => {
    const { run } = node;
    const branch = depth === 0 ? "" : last ? "└─ " : "├─ ";
    const parts = [`${bold(run.name)} ${dim(`(${run.run_type})`)}`];
    const duration = runDurationMs(run);
    if (duration !== undefined) parts.push(`${Math.round(duration)} ms`);
    const usage = runUsage(run);
    if (usage) {
      parts.push(`${usage.input_tokens}→${usage.output_tokens} tokens`);
      const cost = estimateCost(runModel(run), usage);
      if (cost !== undefined) parts.push(formatUsd(cost));
    }
    if (run.error) parts.push(red(`erro: ${preview(run.error, 80)}`));
    lines.push(`${prefix}${branch}${parts.join(" · ")}`);
    const childPrefix = depth === 0 ? "" : prefix + (last ? "   " : "│  ");
    const detailPrefix = childPrefix + (node.children.length ? "│  " : "   ");
    const input = preview(essence(run.inputs));
    const output = preview(essence(run.outputs));
    if (input) lines.push(`${detailPrefix}${dim("entrada:")} ${input}`);
    if (output) lines.push(`${detailPrefix}${dim("saída:")}   ${output}`);
    node.children.forEach((child, i) => visit(child, childPrefix, i === node.children.length - 1, depth + 1));
  };
  roots.forEach((root) => visit(root, "", true, 0));
  return lines.join("\n");
}
