/**
 * Which trace a run belongs to, and a trace's runs as trees: grouping by trace_id, dotted_order or the chain of
 * parents, and the cycle cut that keeps garbage (a run that is its own parent) from hiding runs or looping.
 */
import { buildTrees, type RunNode } from "../../trace-tree.ts";
import type { StoredRun } from "../store.ts";

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

/** The roots of a trace, in tree order: the real root first when it arrived, then orphans. */
export function treesOf(traceId: string, runs: readonly StoredRun[]): RunNode[] {
  const roots = buildTrees(acyclic(runs));
  const real = roots.findIndex((n) => n.run.id === traceId);
  if (real > 0) roots.unshift(...roots.splice(real, 1));
  return roots;
}
