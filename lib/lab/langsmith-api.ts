// size: every LangSmith read endpoint the lab answers (runs, feedback, projects, datasets) over one shared run index and selection cache; next split: by endpoint family.
/**
 * The LangSmith read side of the lab (docs/protocols.md §8–§10): what `Client.listRuns`, `readRun`, `getRunUrl`,
 * `listFeedback`, `createProject/readProject/listProjects`, the dataset and example calls and `evaluate()`
 * (langsmith/evaluation) ask, answered from the runs and feedback the lab stored. The routes are in
 * langsmith-read.ts, which loads this module on first use (a lab nobody reads from does not pay for it).
 */
import type http from "node:http";
import { estimateCost } from "../pricing.ts";
import { runModel, runUsage } from "../trace-tree.ts";
import {
  ConflictError,
  InvalidInputError,
  LAB_TENANT_ID,
  langsmithData,
  NotFoundError,
  projectId,
  runProjectName,
  type Dataset,
  type Example,
  type LangSmithData,
  type Project,
} from "./langsmith-data.ts";
import { HttpError, parseJson, readBody, sendJson } from "./http.ts";
import type { Route } from "./routes.ts";
import { checkFields, FilterSyntaxError, matches, parseFilter, type FilterNode, type FilterSubject } from "./run-filter.ts";
import type { RunStore, StoredFeedback, StoredRun } from "./store.ts";
import { traceIdOf } from "./viewer/traces.ts";

const PAGE_SIZE = 100;

async function readJson(req: http.IncomingMessage): Promise<unknown> {
  return parseJson(await readBody(req));
}

const isRecord = (value: unknown): value is Record<string, unknown> => !!value && typeof value === "object" && !Array.isArray(value);
const asList = (value: unknown): unknown[] | undefined => (value === undefined || value === null ? undefined : Array.isArray(value) ? value : [value]);
const ms = (iso: string | undefined): number | undefined => (iso ? Date.parse(iso) : undefined);

/** LangSmith's web path for a run; the lab answers it with a redirect to its viewer (`/o/...` route below). */
export function runAppPath(run: { id: string; trace_id: string; session_id: string; start_time?: string | null }): string {
  const query = new URLSearchParams({ trace_id: run.trace_id, ...(run.start_time ? { start_time: run.start_time } : {}) });
  return `/o/${LAB_TENANT_ID}/projects/p/${run.session_id}/r/${run.id}?${query}`;
}

/** The viewer's address for a run (the page opens the trace and selects the run from the hash). */
export const viewerPath = (traceId: string, runId?: string) => `/#trace=${encodeURIComponent(traceId)}${runId ? `&run=${encodeURIComponent(runId)}` : ""}`;

interface Tokens {
  prompt: number;
  completion: number;
  total: number;
  cost?: number;
}

/**
 * Everything a query needs about the stored runs, computed once per selection (see selectRuns): trace ids, project ids, children,
 * and tokens/cost summed over each run's llm descendants (LangSmith reports a chain's total_tokens that way).
 */
class RunIndex {
  readonly byId: Map<string, StoredRun>;
  readonly traceOf = new Map<string, string>();
  readonly sessionOf = new Map<string, string>();
  private readonly children = new Map<string, StoredRun[]>();
  private readonly tokenCache = new Map<string, Tokens | undefined>();
  readonly feedbackByRun = new Map<string, StoredFeedback[]>();

  constructor(
    readonly runs: StoredRun[],
    feedback: StoredFeedback[],
    readonly data: LangSmithData,
  ) {
    this.byId = new Map(runs.map((r) => [r.id, r]));
    for (const run of runs) {
      this.traceOf.set(run.id, traceIdOf(run, this.byId));
      this.sessionOf.set(run.id, typeof run.session_id === "string" && run.session_id ? run.session_id : projectId(runProjectName(run, data)));
      if (run.parent_run_id) {
        const list = this.children.get(run.parent_run_id) ?? [];
        list.push(run);
        this.children.set(run.parent_run_id, list);
      }
    }
    for (const f of feedback) {
      if (f.run_id === null) continue; // an experiment's feedback belongs to no run
      const list = this.feedbackByRun.get(f.run_id) ?? [];
      list.push(f);
      this.feedbackByRun.set(f.run_id, list);
    }
  }

  childrenOf(id: string): StoredRun[] {
    return this.children.get(id) ?? [];
  }

  tokens(run: StoredRun, seen = new Set<string>()): Tokens | undefined {
    if (this.tokenCache.has(run.id)) return this.tokenCache.get(run.id);
    seen.add(run.id);
    let result: Tokens | undefined;
    if (run.run_type === "llm") {
      const usage = runUsage(run);
      if (usage) result = { prompt: usage.input_tokens, completion: usage.output_tokens, total: usage.total_tokens, cost: estimateCost(runModel(run), usage) };
    } else {
      for (const child of this.childrenOf(run.id)) {
        if (seen.has(child.id)) continue;
        const t = this.tokens(child, seen);
        if (!t) continue;
        result ??= { prompt: 0, completion: 0, total: 0 };
        result.prompt += t.prompt;
        result.completion += t.completion;
        result.total += t.total;
        if (t.cost !== undefined) result.cost = (result.cost ?? 0) + t.cost;
      }
    }
    this.tokenCache.set(run.id, result);
    return result;
  }

  /** parent_run_ids, root first, as LangSmith lists them. */
  ancestors(run: StoredRun): string[] {
    const ids: string[] = [];
    const seen = new Set([run.id]);
    let parent = run.parent_run_id;
    while (parent && !seen.has(parent)) {
      ids.unshift(parent);
      seen.add(parent);
      parent = this.byId.get(parent)?.parent_run_id;
    }
    return ids;
  }
}

function statusOf(run: StoredRun): "success" | "error" | "pending" {
  if (run.error) return "error";
  return run.end_time ? "success" : "pending";
}

function feedbackStats(list: StoredFeedback[] | undefined): Record<string, { n: number; avg: number | null; values: Record<string, number> }> | null {
  if (!list?.length) return null;
  const stats: Record<string, { n: number; sum: number; scored: number; values: Record<string, number> }> = {};
  for (const f of list) {
    const entry = (stats[f.key] ??= { n: 0, sum: 0, scored: 0, values: {} });
    entry.n++;
    const score = typeof f.score === "boolean" ? Number(f.score) : f.score;
    if (typeof score === "number") {
      entry.sum += score;
      entry.scored++;
    }
    if (typeof f.value === "string") entry.values[f.value] = (entry.values[f.value] ?? 0) + 1;
  }
  return Object.fromEntries(Object.entries(stats).map(([key, s]) => [key, { n: s.n, avg: s.scored ? s.sum / s.scored : null, values: s.values }]));
}

/** One stored run in the shape LangSmith's GET /runs/{id} and POST /runs/query return. */
export function runView(run: StoredRun, index: RunIndex): Record<string, unknown> {
  const tokens = index.tokens(run);
  const traceId = index.traceOf.get(run.id) ?? run.id;
  const sessionId = index.sessionOf.get(run.id)!;
  const start = ms(run.start_time);
  const end = ms(run.end_time);
  const firstToken = (run.events as Array<{ name?: string; time?: string }> | undefined)?.find((e) => e?.name === "new_token")?.time;
  return {
    id: run.id,
    name: run.name,
    run_type: run.run_type,
    start_time: run.start_time ?? null,
    end_time: run.end_time ?? null,
    status: statusOf(run),
    error: run.error ?? null,
    inputs: run.inputs ?? {},
    outputs: run.outputs ?? null,
    extra: run.extra ?? null,
    events: run.events ?? [],
    tags: run.tags ?? [],
    trace_id: traceId,
    dotted_order: run.dotted_order ?? null,
    parent_run_id: run.parent_run_id ?? null,
    parent_run_ids: index.ancestors(run),
    child_run_ids: index.childrenOf(run.id).map((c) => c.id),
    session_id: sessionId,
    reference_example_id: run.reference_example_id ?? null,
    execution_order: run.parent_run_id ? 2 : 1,
    first_token_time: firstToken ?? null,
    latency: start !== undefined && end !== undefined ? (end - start) / 1000 : null,
    prompt_tokens: tokens?.prompt ?? 0,
    completion_tokens: tokens?.completion ?? 0,
    total_tokens: tokens?.total ?? 0,
    prompt_cost: null,
    completion_cost: null,
    total_cost: tokens?.cost ?? null,
    feedback_stats: feedbackStats(index.feedbackByRun.get(run.id)),
    app_path: runAppPath({ id: run.id, trace_id: traceId, session_id: sessionId, start_time: run.start_time }),
  };
}

function flatEntries(value: unknown): Array<[string, unknown]> {
  return isRecord(value) ? Object.entries(value) : [];
}

/** Adapts one run (and its view) to what the filter language can read. */
function subject(run: StoredRun, viewOf: (run: StoredRun) => Record<string, unknown>, index: RunIndex): FilterSubject {
  const metadata = isRecord(run.extra?.metadata) ? (run.extra!.metadata as Record<string, unknown>) : {};
  return {
    scalar(field) {
      // The common fields straight from the stored run; the rest from its (computed) view.
      if (field === "name" || field === "run_type" || field === "id") return run[field];
      if (field === "error") return run.error ?? null;
      if (field === "trace_id") return index.traceOf.get(run.id);
      if (field === "session_id") return index.sessionOf.get(run.id);
      if (field === "is_root") return !run.parent_run_id;
      if (field === "thread_id") {
        const thread = metadata.thread_id ?? metadata.session_id ?? metadata.conversation_id;
        return typeof thread === "string" ? thread : null;
      }
      const value = viewOf(run)[field];
      return typeof value === "string" || typeof value === "number" || typeof value === "boolean" ? value : value === null ? null : undefined;
    },
    tags: run.tags ?? [],
    pairs(kind) {
      if (kind === "metadata") return Object.entries(metadata);
      if (kind === "input") return flatEntries(run.inputs);
      if (kind === "output") return flatEntries(run.outputs);
      return (index.feedbackByRun.get(run.id) ?? []).map((f) => [f.key, typeof f.score === "boolean" ? Number(f.score) : (f.score ?? f.value ?? null)] as const);
    },
    text(field) {
      if (field === "inputs" || field === "input") return JSON.stringify(run.inputs ?? {});
      if (field === "outputs" || field === "output") return JSON.stringify(run.outputs ?? {});
      if (field === "error") return run.error ?? "";
      if (field === "name") return run.name;
      return [run.name, JSON.stringify(run.inputs ?? {}), JSON.stringify(run.outputs ?? {}), run.error ?? ""].join("\n");
    },
  };
}

function parseQueryFilter(source: unknown, what: string): FilterNode | undefined {
  if (source === undefined || source === null || source === "") return undefined;
  if (typeof source !== "string") throw new HttpError(400, `${what} must be a string`);
  try {
    const node = parseFilter(source);
    checkFields(node);
    return node;
  } catch (error) {
    if (error instanceof FilterSyntaxError) throw new HttpError(400, `Invalid ${what}: ${error.message}`);
    throw error;
  }
}

interface Selection {
  key: string;
  selected: StoredRun[];
  viewOf(run: StoredRun): Record<string, unknown>;
}

const selections = new WeakMap<RunStore, Selection>();
const versions = new WeakMap<RunStore, { n: number }>();

/** Changes whenever a run is stored or merged, the store is cleared, or feedback arrives. */
function storeVersion(store: RunStore): string {
  let version = versions.get(store);
  if (!version) {
    const created = { n: 0 };
    store.onRun(() => created.n++);
    store.onClear(() => created.n++);
    versions.set(store, (version = created));
  }
  return `${version.n}:${store.listFeedback().length}`;
}

/**
 * The runs a query selects, in order. The client asks page after page with the same body and a new cursor:
 * the last selection is kept until the store changes, so a long listing costs one pass, not one per page.
 */
function selectRuns(store: RunStore, q: Record<string, unknown>): Selection {
  const key = `${storeVersion(store)} ${JSON.stringify({ ...q, cursor: undefined, limit: undefined, select: undefined })}`;
  const cached = selections.get(store);
  if (cached?.key === key) return cached;
  const selection = computeSelection(store, q, key);
  selections.set(store, selection);
  return selection;
}

function computeSelection(store: RunStore, q: Record<string, unknown>, cacheKey: string): Selection {
  const data = langsmithData(store);
  const index = new RunIndex(store.list(), store.listFeedback(), data);
  const sessions = asList(q.session)?.map(String);
  const ids = asList(q.id)?.map(String);
  const traces = asList(q.trace)?.map(String);
  const parents = asList(q.parent_run)?.map(String);
  const examples = asList(q.reference_example)?.map(String);
  const runTypes = asList(q.run_type)?.map(String);
  const filter = parseQueryFilter(q.filter, "filter");
  const traceFilter = parseQueryFilter(q.trace_filter, "trace_filter");
  const treeFilter = parseQueryFilter(q.tree_filter, "tree_filter");
  const since = typeof q.start_time === "string" ? Date.parse(q.start_time) : undefined;
  const text = typeof q.query === "string" && q.query ? q.query.toLowerCase() : undefined;
  const isRoot = q.is_root === true || q.execution_order === 1 ? true : q.is_root === false ? false : undefined;

  const views = new Map<string, Record<string, unknown>>();
  const viewOf = (run: StoredRun) => {
    let view = views.get(run.id);
    if (!view) views.set(run.id, (view = runView(run, index)));
    return view;
  };
  const subjectOf = (run: StoredRun) => subject(run, viewOf, index);
  const byTrace = new Map<string, StoredRun[]>();
  for (const run of index.runs) {
    const trace = index.traceOf.get(run.id)!;
    const list = byTrace.get(trace) ?? [];
    list.push(run);
    byTrace.set(trace, list);
  }

  const selected = index.runs.filter((run) => {
    if (ids && !ids.includes(run.id)) return false;
    if (sessions && !sessions.includes(index.sessionOf.get(run.id)!)) return false;
    if (traces && !traces.includes(index.traceOf.get(run.id)!)) return false;
    if (parents && !(run.parent_run_id && parents.includes(run.parent_run_id))) return false;
    if (examples && !(run.reference_example_id && examples.includes(run.reference_example_id))) return false;
    if (runTypes && !runTypes.includes(run.run_type)) return false;
    if (isRoot !== undefined && isRoot === !!run.parent_run_id) return false;
    if (typeof q.error === "boolean" && q.error !== !!run.error) return false;
    if (since !== undefined && !((ms(run.start_time) ?? run.received_at) >= since)) return false;
    if (text && !subjectOf(run).text().toLowerCase().includes(text)) return false;
    if (filter && !matches(filter, subjectOf(run))) return false;
    if (traceFilter || treeFilter) {
      const members = byTrace.get(index.traceOf.get(run.id)!) ?? [];
      if (traceFilter) {
        const root = members.find((m) => !m.parent_run_id);
        if (!root || !matches(traceFilter, subjectOf(root))) return false;
      }
      if (treeFilter && !members.some((m) => m.id !== run.id && matches(treeFilter, subjectOf(m)))) return false;
    }
    return true;
  });

  const startOf = (run: StoredRun) => ms(run.start_time) ?? run.received_at;
  selected.sort((a, b) => (q.order === "asc" ? startOf(a) - startOf(b) : startOf(b) - startOf(a)));
  return { key: cacheKey, selected, viewOf };
}

/** POST /runs/query: the filters of Client.listRuns (docs/protocols.md §8.1), newest first, cursor-paginated. */
export function queryRuns(store: RunStore, body: unknown, unpaged = false): { runs: Record<string, unknown>[]; cursors: { next: string | null } } {
  const q = isRecord(body) ? body : {};
  const { selected, viewOf } = selectRuns(store, q);
  const offset = typeof q.cursor === "string" && /^\d+$/.test(q.cursor) ? Number(q.cursor) : 0;
  const limit = unpaged ? selected.length : typeof q.limit === "number" && q.limit > 0 ? Math.min(q.limit, PAGE_SIZE) : PAGE_SIZE;
  const page = selected.slice(offset, offset + limit);
  const select = Array.isArray(q.select) && q.select.length > 0 ? new Set(["id", ...q.select.map(String)]) : undefined;
  const runs = page.map((run) => {
    const view = viewOf(run);
    return select ? Object.fromEntries(Object.entries(view).filter(([k]) => select.has(k))) : view;
  });
  return { runs, cursors: { next: offset + limit < selected.length ? String(offset + limit) : null } };
}

/** v2 select names (`RunSelectField`) → the v1 view's field, where they differ. */
const V2_FIELDS: Record<string, (view: Record<string, unknown>) => unknown> = {
  status: (v) => String(v.status).toUpperCase(),
  run_type: (v) => String(v.run_type).toUpperCase(),
  latency_seconds: (v) => v.latency,
  project_id: (v) => v.session_id,
  is_root: (v) => v.parent_run_id === null,
  metadata: (v) => (isRecord(v.extra) && isRecord(v.extra.metadata) ? v.extra.metadata : {}),
  thread_id: (v) => {
    const m = isRecord(v.extra) && isRecord(v.extra.metadata) ? v.extra.metadata : {};
    return m.thread_id ?? m.session_id ?? m.conversation_id ?? null;
  },
  error_preview: (v) => (typeof v.error === "string" ? v.error.slice(0, 200) : null),
  inputs_preview: (v) => JSON.stringify(v.inputs ?? {}).slice(0, 200),
  outputs_preview: (v) => (v.outputs ? JSON.stringify(v.outputs).slice(0, 200) : null),
  reference_dataset_id: () => null,
};

/** A v1 run view in the v2 shape (`client.runs.query/retrieve`): only the selected fields, `id` always. */
function v2Run(view: Record<string, unknown>, selects: unknown): Record<string, unknown> {
  const fields = Array.isArray(selects) ? selects.map((f) => String(f).toLowerCase()) : [];
  const run: Record<string, unknown> = { id: view.id };
  for (const field of fields) run[field] = V2_FIELDS[field] ? V2_FIELDS[field](view) : (view[field] ?? null);
  return run;
}

/**
 * POST /api/v2/runs/query (`client.runs.query()`, the replacement the 0.12 deprecation warnings name):
 * translated to the v1 query (docs/protocols.md §8.6). The start-time window defaults to the last day, as documented.
 */
export function queryRunsV2(store: RunStore, body: unknown): { items: Record<string, unknown>[]; next_cursor: string | null } {
  const q = isRecord(body) ? body : {};
  const data = langsmithData(store);
  let sessions = asList(q.project_ids)?.map(String);
  if (typeof q.reference_dataset_id === "string") {
    const experiments = data.allProjects().filter((p) => p.reference_dataset_id === q.reference_dataset_id).map((p) => p.id);
    sessions = [...(sessions ?? []), ...experiments];
  }
  if (!sessions?.length) throw new HttpError(400, "project_ids or reference_dataset_id is required");
  const min = typeof q.min_start_time === "string" ? Date.parse(q.min_start_time) : Date.now() - 24 * 3600_000;
  const max = typeof q.max_start_time === "string" ? Date.parse(q.max_start_time) : Number.POSITIVE_INFINITY;
  const v1 = {
    session: sessions,
    run_type: typeof q.run_type === "string" ? q.run_type.toLowerCase() : undefined,
    is_root: q.is_root,
    error: q.has_error,
    id: q.ids,
    trace: q.trace_id,
    reference_example: q.reference_examples,
    filter: q.filter,
    trace_filter: q.trace_filter,
    tree_filter: q.tree_filter,
    limit: 1_000_000,
  };
  const { runs } = queryRuns(store, v1, true);
  const inWindow = runs.filter((r) => {
    const start = typeof r.start_time === "string" ? Date.parse(r.start_time) : Number.NaN;
    return Number.isNaN(start) || (start >= min && start < max);
  });
  const offset = typeof q.cursor === "string" && /^\d+$/.test(q.cursor) ? Number(q.cursor) : 0;
  const size = typeof q.page_size === "number" && q.page_size > 0 ? Math.min(q.page_size, PAGE_SIZE) : PAGE_SIZE;
  const items = inWindow.slice(offset, offset + size).map((view) => v2Run(view, q.selects));
  return { items, next_cursor: offset + size < inWindow.length ? String(offset + size) : null };
}

function readRun(store: RunStore, id: string): Record<string, unknown> | undefined {
  const run = store.get(id);
  if (!run) return undefined;
  return runView(run, new RunIndex(store.list(), store.listFeedback(), langsmithData(store)));
}

/** One feedback in the shape GET /feedback returns. */
function feedbackView(f: StoredFeedback): Record<string, unknown> {
  const created = new Date(f.received_at).toISOString();
  return {
    id: f.id,
    run_id: f.run_id,
    trace_id: f.trace_id ?? null,
    session_id: f.session_id ?? null,
    key: f.key,
    score: f.score ?? null,
    value: f.value ?? null,
    comment: f.comment ?? null,
    correction: f.correction ?? null,
    feedback_source: f.feedback_source ?? null,
    created_at: created,
    modified_at: created,
  };
}

function page<T>(items: T[], url: URL): T[] {
  const offset = Math.max(0, Number(url.searchParams.get("offset")) || 0);
  const limit = Math.max(1, Math.min(Number(url.searchParams.get("limit")) || PAGE_SIZE, 1000));
  return items.slice(offset, offset + limit);
}

function projectView(project: Project, store: RunStore): Record<string, unknown> {
  const { created: _created, ...rest } = project;
  const data = langsmithData(store);
  const runs = store.list().filter((r) => (typeof r.session_id === "string" && r.session_id ? r.session_id : projectId(runProjectName(r, data))) === project.id);
  const last = runs.map((r) => r.start_time ?? "").sort().at(-1);
  return { ...rest, run_count: runs.length, last_run_start_time: last || null };
}

function listProjects(store: RunStore, url: URL): Record<string, unknown>[] {
  const data = langsmithData(store);
  const params = url.searchParams;
  const name = params.get("name");
  const ids = params.getAll("id");
  const contains = params.get("name_contains")?.toLowerCase();
  const dataset = params.get("reference_dataset");
  const referenceFree = params.get("reference_free");
  let projects: Project[];
  // Reading one project by name always answers (docs/protocols.md §8.4: lab simplification).
  if (name !== null) projects = [data.project(name)];
  else projects = data.allProjects();
  projects = projects.filter(
    (p) =>
      (ids.length === 0 || ids.includes(p.id)) &&
      (!contains || p.name.toLowerCase().includes(contains)) &&
      (!dataset || p.reference_dataset_id === dataset) &&
      (referenceFree === null || (referenceFree === "true") === (p.reference_dataset_id === null)),
  );
  return page(projects, url).map((p) => projectView(p, store));
}

function datasetByRef(data: LangSmithData, id: string): Dataset {
  const dataset = data.dataset(id);
  if (!dataset) throw new HttpError(404, `Dataset ${id} not found`);
  return dataset;
}

function exampleView(example: Example): Record<string, unknown> {
  return { ...example, attachment_urls: null };
}

function listExamples(store: RunStore, url: URL): Record<string, unknown>[] {
  const data = langsmithData(store);
  const params = url.searchParams;
  const dataset = params.get("dataset");
  const ids = params.getAll("id");
  const splits = params.getAll("splits");
  const metadata = params.get("metadata");
  let wanted: Record<string, unknown> | undefined;
  if (metadata) {
    try {
      wanted = JSON.parse(metadata) as Record<string, unknown>;
    } catch {
      throw new HttpError(400, "metadata must be JSON");
    }
  }
  const examples = data.listExamples(dataset ?? undefined).filter((e) => {
    if (ids.length && !ids.includes(e.id)) return false;
    if (splits.length) {
      const own = e.split === null ? ["base"] : Array.isArray(e.split) ? e.split : [e.split];
      if (!splits.some((s) => own.includes(s))) return false;
    }
    if (wanted && !Object.entries(wanted).every(([k, v]) => JSON.stringify(e.metadata?.[k]) === JSON.stringify(v))) return false;
    return true;
  });
  return page(examples, url).map(exampleView);
}

/**
 * POST /v1/platform/datasets/{id}/examples (multipart): one part `<id>` with the example's body, `<id>.inputs`,
 * `<id>.outputs`, and `<id>.attachment.<name>` parts (attachments are not kept: docs/protocols.md §9.2).
 */
async function uploadExamples(store: RunStore, datasetId: string, req: http.IncomingMessage): Promise<{ example_ids: string[]; count: number }> {
  const data = langsmithData(store);
  datasetByRef(data, datasetId);
  const body = await readBody(req);
  let form: FormData;
  try {
    form = await new Response(body, { headers: { "content-type": req.headers["content-type"] ?? "" } }).formData();
  } catch {
    throw new HttpError(400, "invalid multipart body");
  }
  const byId = new Map<string, Record<string, unknown>>();
  for (const [name, value] of form.entries()) {
    const match = /^([^.]+)(?:\.(inputs|outputs|attachment\..+))?$/.exec(name);
    if (!match) continue;
    const [, id, part] = match as unknown as [string, string, string | undefined];
    if (part?.startsWith("attachment.")) continue;
    const raw = typeof value === "string" ? value : await value.text();
    let parsed: unknown;
    try {
      parsed = JSON.parse(raw);
    } catch {
      throw new HttpError(422, `part ${name} is not JSON`);
    }
    const example = byId.get(id) ?? { id };
    if (part) example[part] = parsed;
    else if (isRecord(parsed)) Object.assign(example, parsed, { id });
    byId.set(id, example);
  }
  const created = data.addExamples(datasetId, [...byId.values()]);
  return { example_ids: created.map((e) => e.id), count: created.length };
}

function datasetId(match: RegExpExecArray | null): string {
  return decodeURIComponent(match![1]!);
}

/** Maps the data layer's errors to LangSmith's status codes and `{ detail }` bodies. */
function guarded(handler: Route["handler"]): Route["handler"] {
  return async (ctx, req, res, match) => {
    const refusal = ctx.state.keyRefusal("langsmith", req);
    if (refusal) {
      req.resume();
      return sendJson(res, refusal.status, refusal.body);
    }
    try {
      await handler(ctx, req, res, match);
    } catch (error) {
      if (res.headersSent) throw error;
      if (error instanceof HttpError) return sendJson(res, error.status, { detail: error.message });
      if (error instanceof ConflictError) return sendJson(res, 409, { detail: error.message });
      if (error instanceof NotFoundError) return sendJson(res, 404, { detail: error.message });
      if (error instanceof InvalidInputError) return sendJson(res, 422, { detail: error.message });
      throw error;
    }
  };
}

const notFound = (what: string) => new HttpError(404, `${what} not found`);


/** The handlers of langsmith-read.ts's route table, by name (this module loads on the first LangSmith read). */
export const readHandlers = {
  queryRuns: guarded(async ({ store }, req, res) => sendJson(res, 200, queryRuns(store, await readJson(req)))),
  readRun: guarded(({ store }, _req, res, match) => {
    const run = readRun(store, match![1]!);
    if (!run) throw notFound(`Run ${match![1]}`);
    sendJson(res, 200, run);
  }),
  queryRunsV2: guarded(async ({ store }, req, res) => sendJson(res, 200, queryRunsV2(store, await readJson(req)))),
  // client.runs.retrieve(runId, { project_id, selects })
  retrieveV2: guarded(({ store, url }, _req, res, match) => {
    const run = readRun(store, match![1]!);
    const project = url.searchParams.get("project_id");
    if (!run || (project && run.session_id !== project)) throw notFound(`Run ${match![1]}`);
    sendJson(res, 200, v2Run(run, url.searchParams.getAll("selects")));
  }),
  // client.runs.getURL(runId, { project_id, trace_id }) → the viewer's address for the run.
  runUrlV2: guarded(({ store, url }, req, res, match) => {
    const run = store.get(match![1]!);
    const traceId = url.searchParams.get("trace_id") ?? (run ? traceIdOf(run, { get: (id) => store.get(id) }) : undefined);
    if (!traceId) throw notFound(`Run ${match![1]}`);
    sendJson(res, 200, { url: `${originOf(req)}${viewerPath(traceId, match![1]!)}` });
  }),
  // The web path in app_path and getRunUrl(): redirects to the lab's viewer.
  webRunRedirect: ({ store, url }, _req, res, match) => {
    const runId = decodeURIComponent(match![1]!);
    const run = store.get(runId);
    const traceId = url.searchParams.get("trace_id") ?? (run ? traceIdOf(run, { get: (id) => store.get(id) }) : runId);
    res.writeHead(302, { location: viewerPath(traceId, runId), "content-length": 0 });
    res.end();
  },
  listFeedback: guarded(({ store, url }, _req, res) => {
    const params = url.searchParams;
    const runs = params.getAll("run");
    const keys = params.getAll("key");
    const sources = params.getAll("source");
    const sessions = params.getAll("session");
    const list = store.listFeedback().filter((f) => {
      const source = f.feedback_source?.type;
      return (
        (!runs.length || (f.run_id !== null && runs.includes(f.run_id))) &&
        (!keys.length || keys.includes(f.key)) &&
        (!sources.length || (source !== undefined && sources.includes(source))) &&
        (!sessions.length || (f.session_id != null && sessions.includes(f.session_id)))
      );
    });
    sendJson(res, 200, page(list, url).map(feedbackView));
  }),
  readFeedback: guarded(({ store }, _req, res, match) => {
    const found = store.listFeedback().find((f) => f.id === match![1]);
    if (!found) throw notFound(`Feedback ${match![1]}`);
    sendJson(res, 200, feedbackView(found));
  }),
  listProjects: guarded(({ store, url }, _req, res) => sendJson(res, 200, listProjects(store, url))),
  createProject: guarded(async ({ store, url }, req, res) => {
    const project = langsmithData(store).createProject(await readJson(req), url.searchParams.get("upsert") === "true");
    sendJson(res, 200, projectView(project, store));
  }),
  readProject: guarded(({ store }, _req, res, match) => {
    const project = langsmithData(store).projectById(match![1]!);
    if (!project) throw notFound(`Session ${match![1]}`);
    sendJson(res, 200, projectView(project, store));
  }),
  updateProject: guarded(async ({ store }, req, res, match) => sendJson(res, 200, projectView(langsmithData(store).updateProject(match![1]!, await readJson(req)), store))),
  deleteProject: guarded(({ store }, _req, res, match) => {
    if (!langsmithData(store).deleteProject(match![1]!)) throw notFound(`Session ${match![1]}`);
    sendJson(res, 202, {});
  }),
  listDatasets: guarded(({ store, url }, _req, res) => {
    const data = langsmithData(store);
    const params = url.searchParams;
    const name = params.get("name");
    const contains = params.get("name_contains")?.toLowerCase();
    const ids = params.getAll("id");
    const list = data
      .listDatasets()
      .filter((d) => (name === null || d.name === name) && (!contains || d.name.toLowerCase().includes(contains)) && (!ids.length || ids.includes(d.id)));
    sendJson(res, 200, page(list, url).map((d) => data.datasetView(d)));
  }),
  createDataset: guarded(async ({ store }, req, res) => {
    const data = langsmithData(store);
    sendJson(res, 200, data.datasetView(data.createDataset(await readJson(req))));
  }),
  readDataset: guarded(({ store }, _req, res, match) => {
    const data = langsmithData(store);
    sendJson(res, 200, data.datasetView(datasetByRef(data, datasetId(match))));
  }),
  deleteDataset: guarded(({ store }, _req, res, match) => {
    if (!langsmithData(store).deleteDataset(datasetId(match))) throw notFound(`Dataset ${match![1]}`);
    sendJson(res, 200, {});
  }),
  uploadExamples: guarded(async ({ store }, req, res, match) => sendJson(res, 201, await uploadExamples(store, datasetId(match), req))),
  listExamples: guarded(({ store, url }, _req, res) => sendJson(res, 200, listExamples(store, url))),
  // The JSON form (older clients, REST users): one example with dataset_id.
  createExample: guarded(async ({ store }, req, res) => {
    const body = await readJson(req);
    if (!isRecord(body) || typeof body.dataset_id !== "string") throw new HttpError(422, "dataset_id is required");
    const [example] = langsmithData(store).addExamples(body.dataset_id, [body]);
    sendJson(res, 200, exampleView(example!));
  }),
  createExamplesBulk: guarded(async ({ store }, req, res) => {
    const body = await readJson(req);
    if (!Array.isArray(body) || body.some((e) => !isRecord(e) || typeof e.dataset_id !== "string")) throw new HttpError(422, "expected a list of examples, each with dataset_id");
    const data = langsmithData(store);
    const created = (body as Array<{ dataset_id: string }>).flatMap((e) => data.addExamples(e.dataset_id, [e]));
    sendJson(res, 200, created.map(exampleView));
  }),
  readExample: guarded(({ store }, _req, res, match) => {
    const example = langsmithData(store).example(match![1]!);
    if (!example) throw notFound(`Example ${match![1]}`);
    sendJson(res, 200, exampleView(example));
  }),
  deleteExample: guarded(({ store }, _req, res, match) => {
    if (!langsmithData(store).deleteExample(match![1]!)) throw notFound(`Example ${match![1]}`);
    sendJson(res, 200, {});
  }),
} satisfies Record<string, Route["handler"]>;


/** The lab's own origin as the client reached it (the viewer itself answers only local Host names). */
const originOf = (req: http.IncomingMessage): string => `http://${req.headers.host ?? "127.0.0.1"}`;
