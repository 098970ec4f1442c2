import type { RuleResult } from "../../checks/_support/deploy/index.ts";

/** The result of one rule, failing loudly when the id is unknown. */
export function rule(results: RuleResult[], id: string): RuleResult {
  const found = results.find((r) => r.id === id);
  if (!found) throw new Error(`rule ${id} not in [${results.map((r) => r.id).join(", ")}]`);
  return found;
}

/** Ids of the rules that failed. */
export function failing(results: RuleResult[]): string[] {
  return results.filter((r) => !r.ok).map((r) => r.id);
}

/** All problem messages of a rule, joined (for `toMatch`). */
export function messages(results: RuleResult[], id: string): string {
  return rule(results, id)
    .problems.map((p) => `${p.line ?? "-"}: ${p.message}`)
    .join("\n");
}
