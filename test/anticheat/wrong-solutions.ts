/**
 * Every wrong solution the catalogue runs, by exercise folder: the anti-cheat variants (variants.ts, variants-11.ts)
 * followed by the catalogued student mistakes (test/mistakes/), and the job name each one runs under.
 * Shared by anticheat.test.ts and compare-pools.ts, so a saved run's jobs are read back as they were named and judged
 * as the test judges them.
 */
import type { CheckFileResult, CheckTestResult } from "../../scripts/lib/run-checks.ts";
import { variants as variantsUpTo10, type Variant } from "./variants.ts";
import { variants11 } from "./variants-11.ts";
import { mistakesByFolder, type Mistake } from "../mistakes/catalogue.ts";

/** A wrong solution to run: an anti-cheat variant or a catalogued student mistake (test/mistakes/). */
export type Wrong = Variant & Partial<Pick<Mistake, "files" | "says" | "family">>;

export const wrongSolutions: Record<string, Wrong[]> = { ...variantsUpTo10, ...variants11 };
for (const [folder, list] of Object.entries(mistakesByFolder)) {
  wrongSolutions[folder] = [...(wrongSolutions[folder] ?? []), ...list.map((m) => ({ ...m, edits: m.edits ?? [] }))];
}

/** The job of the wrong solution at `index` (0-based) of an exercise folder: "w05-3". */
export const wrongJob = (folder: string, index: number) => `w${folder.slice(0, 2)}-${index + 1}`;

/** The reference solution, built like the wrong ones, passes every check (else the wrong ones prove nothing). */
export function controlPasses(result: CheckFileResult): boolean {
  return !result.error && result.tests.length > 0 && result.tests.every((t) => t.state === "passed");
}

/** The failed checks that catch a wrong solution: named like its `caughtBy` and, when it has `says`, saying so. */
export function catchingChecks(result: CheckFileResult, wrong: Pick<Wrong, "caughtBy" | "says">): CheckTestResult[] {
  return result.tests.filter((t) => t.state === "failed" && wrong.caughtBy.test(t.name) && (!wrong.says || wrong.says.test(t.message ?? "")));
}
