/**
 * The lab's LangSmith projects ("sessions"), datasets and examples: what `Client.createProject/readProject/
 * listProjects`, `createDataset/readDataset/listDatasets`, `createExamples/listExamples` and `evaluate()` read
 * and write (docs/protocols.md §8–§10). In memory only, forgotten on /lab/reset with the runs.
 *
 * A project exists when it was created, when a run names it, or (lab simplification) when a client reads it by
 * name: tracing creates projects on first use, and reading one that has no run yet must not fail in the lab.
 * Every project id is derived from its name, so it is stable across lab restarts and distinct per name.
 */
import { createHash, randomUUID } from "node:crypto";
import type { RunStore, StoredRun } from "./store.ts";

export const LAB_TENANT_ID = "00000000-0000-4000-8000-000000000000";
export const DEFAULT_PROJECT = "default";

/** A UUID-shaped id derived from `kind` and `name` (sha256, version nibble 8 = custom, RFC 9562). */
export function stableId(kind: string, name: string): string {
  const hex = createHash("sha256").update(`${kind}\0${name}`).digest("hex");
  const variant = ((parseInt(hex[16]!, 16) & 0x3) | 0x8).toString(16);
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-8${hex.slice(13, 16)}-${variant}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

export const projectId = (name: string) => stableId("project", name);

export interface Project {
  id: string;
  name: string;
  description: string | null;
  tenant_id: string;
  start_time: string;
  end_time: string | null;
  extra: Record<string, unknown> | null;
  reference_dataset_id: string | null;
  /** True when created through POST /sessions (not only named by a run or read). */
  created: boolean;
}

export interface Dataset {
  id: string;
  name: string;
  description: string | null;
  tenant_id: string;
  created_at: string;
  modified_at: string;
  data_type: string;
  extra: Record<string, unknown> | null;
  inputs_schema_definition: unknown;
  outputs_schema_definition: unknown;
}

export interface Example {
  id: string;
  dataset_id: string;
  inputs: Record<string, unknown>;
  outputs: Record<string, unknown> | null;
  metadata: Record<string, unknown> | null;
  split: string | string[] | null;
  source_run_id: string | null;
  created_at: string;
  modified_at: string;
}

export class ConflictError extends Error {}
export class NotFoundError extends Error {}
export class InvalidInputError extends Error {}

const isRecord = (value: unknown): value is Record<string, unknown> => !!value && typeof value === "object" && !Array.isArray(value);
const optionalString = (value: unknown): string | null => (typeof value === "string" ? value : null);
const now = () => new Date().toISOString();

/** The project name a stored run belongs to (session_name, else the project its session_id names, else "default"). */
export function runProjectName(run: StoredRun, data: LangSmithData): string {
  if (typeof run.session_name === "string" && run.session_name) return run.session_name;
  if (typeof run.session_id === "string") {
    const project = data.projectById(run.session_id);
    if (project) return project.name;
  }
  return DEFAULT_PROJECT;
}

export class LangSmithData {
  private projects = new Map<string, Project>();
  private datasets = new Map<string, Dataset>();
  private examples = new Map<string, Example>();

  constructor(private readonly store: RunStore) {}

  clear(): void {
    this.projects.clear();
    this.datasets.clear();
    this.examples.clear();
  }

  // ---- projects ----

  /** The project of this name as the lab knows it, or a fresh (unsaved) one with its stable id. */
  project(name: string): Project {
    return this.projects.get(projectId(name)) ?? this.implicitProject(name);
  }

  private implicitProject(name: string): Project {
    const firstRun = this.store.list().find((r) => r.session_name === name);
    return {
      id: projectId(name),
      name,
      description: null,
      tenant_id: LAB_TENANT_ID,
      start_time: firstRun?.start_time ?? new Date(firstRun?.received_at ?? 0).toISOString(),
      end_time: null,
      extra: null,
      reference_dataset_id: null,
      created: false,
    };
  }

  /** A project by id: created, or named by a stored run, or "default". */
  projectById(id: string): Project | undefined {
    const created = this.projects.get(id);
    if (created) return created;
    return this.allProjects().find((p) => p.id === id);
  }

  /** Created projects, then those only named by runs, then "default" (always there, as in a new workspace). */
  allProjects(): Project[] {
    const list = [...this.projects.values()];
    const names = new Set(list.map((p) => p.name));
    for (const run of this.store.list()) {
      const name = typeof run.session_name === "string" && run.session_name ? run.session_name : undefined;
      if (name && !names.has(name)) {
        names.add(name);
        list.push(this.implicitProject(name));
      }
    }
    if (!names.has(DEFAULT_PROJECT)) list.push(this.implicitProject(DEFAULT_PROJECT));
    return list;
  }

  createProject(body: unknown, upsert: boolean): Project {
    if (!isRecord(body) || typeof body.name !== "string" || !body.name.trim()) throw new InvalidInputError("name is required");
    const name = body.name;
    const traced = this.store.list().some((r) => r.session_name === name);
    const named = this.projects.get(projectId(name)) ?? (traced ? this.implicitProject(name) : undefined);
    if (named && !upsert) throw new ConflictError(`Session with name ${name} already exists`);
    const project: Project = {
      ...(named ?? this.implicitProject(name)),
      ...(named ? {} : { start_time: typeof body.start_time === "string" ? body.start_time : now() }),
      description: optionalString(body.description) ?? named?.description ?? null,
      extra: isRecord(body.extra) ? body.extra : (named?.extra ?? null),
      reference_dataset_id: optionalString(body.reference_dataset_id) ?? named?.reference_dataset_id ?? null,
      created: true,
    };
    this.projects.set(project.id, project);
    return project;
  }

  updateProject(id: string, body: unknown): Project {
    const current = this.projectById(id);
    if (!current) throw new NotFoundError(`Session ${id} not found`);
    const patch = isRecord(body) ? body : {};
    const name = typeof patch.name === "string" && patch.name ? patch.name : current.name;
    if (name !== current.name) throw new InvalidInputError("the lab does not rename projects (their id comes from the name)");
    const updated: Project = {
      ...current,
      description: typeof patch.description === "string" ? patch.description : current.description,
      extra: isRecord(patch.extra) ? { ...current.extra, ...patch.extra } : current.extra,
      end_time: typeof patch.end_time === "string" ? patch.end_time : current.end_time,
      created: true,
    };
    this.projects.set(id, updated);
    return updated;
  }

  deleteProject(id: string): boolean {
    return this.projects.delete(id);
  }

  // ---- datasets ----

  createDataset(body: unknown): Dataset {
    if (!isRecord(body) || typeof body.name !== "string" || !body.name.trim()) throw new InvalidInputError("name is required");
    const name = body.name;
    if ([...this.datasets.values()].some((d) => d.name === name)) throw new ConflictError(`Dataset with name ${name} already exists`);
    const at = now();
    const dataset: Dataset = {
      id: randomUUID(),
      name,
      description: optionalString(body.description),
      tenant_id: LAB_TENANT_ID,
      created_at: at,
      modified_at: at,
      data_type: typeof body.data_type === "string" ? body.data_type : "kv",
      extra: isRecord(body.extra) ? body.extra : null,
      inputs_schema_definition: body.inputs_schema_definition ?? null,
      outputs_schema_definition: body.outputs_schema_definition ?? null,
    };
    this.datasets.set(dataset.id, dataset);
    return dataset;
  }

  dataset(id: string): Dataset | undefined {
    return this.datasets.get(id);
  }

  listDatasets(): Dataset[] {
    return [...this.datasets.values()];
  }

  deleteDataset(id: string): boolean {
    for (const example of [...this.examples.values()]) if (example.dataset_id === id) this.examples.delete(example.id);
    return this.datasets.delete(id);
  }

  /** With the counts LangSmith adds to a dataset it returns. */
  datasetView(dataset: Dataset): Dataset & { example_count: number; session_count: number; last_session_start_time: string | null } {
    const experiments = [...this.projects.values()].filter((p) => p.reference_dataset_id === dataset.id);
    return {
      ...dataset,
      example_count: this.listExamples(dataset.id).length,
      session_count: experiments.length,
      last_session_start_time: experiments.map((p) => p.start_time).sort().at(-1) ?? null,
    };
  }

  // ---- examples ----

  /** Adds examples to a dataset; each input is { id?, inputs, outputs?, metadata?, split?, source_run_id?, created_at? }. */
  addExamples(datasetId: string, items: unknown[]): Example[] {
    const dataset = this.datasets.get(datasetId);
    if (!dataset) throw new NotFoundError(`Dataset ${datasetId} not found`);
    const parsed = items.map((item, index) => {
      if (!isRecord(item) || !isRecord(item.inputs)) throw new InvalidInputError(`example ${index}: inputs must be an object`);
      if (item.outputs !== undefined && item.outputs !== null && !isRecord(item.outputs)) throw new InvalidInputError(`example ${index}: outputs must be an object`);
      const at = now();
      const example: Example = {
        id: typeof item.id === "string" && item.id ? item.id : randomUUID(),
        dataset_id: datasetId,
        inputs: item.inputs,
        outputs: isRecord(item.outputs) ? item.outputs : null,
        metadata: isRecord(item.metadata) ? item.metadata : null,
        split: typeof item.split === "string" || Array.isArray(item.split) ? (item.split as string | string[]) : null,
        source_run_id: optionalString(item.source_run_id),
        created_at: typeof item.created_at === "string" ? item.created_at : at,
        modified_at: at,
      };
      return example;
    });
    for (const example of parsed) this.examples.set(example.id, example);
    dataset.modified_at = now();
    return parsed;
  }

  example(id: string): Example | undefined {
    return this.examples.get(id);
  }

  listExamples(datasetId?: string): Example[] {
    return [...this.examples.values()].filter((e) => datasetId === undefined || e.dataset_id === datasetId);
  }

  deleteExample(id: string): boolean {
    return this.examples.delete(id);
  }
}

const instances = new WeakMap<RunStore, LangSmithData>();

/** The LangSmith data that lives beside this run store (one per lab), cleared when the store is. */
export function langsmithData(store: RunStore): LangSmithData {
  let data = instances.get(store);
  if (!data) {
    const created = new LangSmithData(store);
    store.onClear(() => created.clear());
    instances.set(store, created);
    data = created;
  }
  return data;
}
