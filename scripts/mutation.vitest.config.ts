// Vitest config used only by Stryker (stryker.config.mjs → vitest.configFile): the workbook's own
// vitest.config.ts, reduced to the "checks" project and to ONE check file (MUTATION_CHECK).
// Why not Stryker's `testFiles` option: with it, Stryker 9.6.1 activates module-level ("static") mutants
// only after the graded module has been imported, so every such mutant "survives" without being tested.
import { defineConfig, type TestProjectInlineConfiguration } from "vitest/config";
import base from "../vitest.config.ts";

const check = process.env.MUTATION_CHECK;
if (!check) throw new Error("scripts/mutation.vitest.config.ts: MUTATION_CHECK (e.g. checks/01-hello-world-prod.test.ts) is not set.");

const projects = (base.test?.projects ?? []) as TestProjectInlineConfiguration[];
const checks = projects.find((p) => p.test?.name === "checks");
if (!checks) throw new Error('vitest.config.ts has no "checks" project.');

export default defineConfig({
  ...base,
  test: { ...base.test, projects: [{ ...checks, test: { ...checks.test, include: [check] } }] },
});
