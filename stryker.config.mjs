// Mutation testing of the checks: Stryker mutates one exercise's solution and runs that exercise's check
// file against each mutant. A mutant that survives is a wrong solution the checks would accept.
// Normally driven by `npm run mutation [N]` (scripts/mutation.ts), which sets MUTATION_EXERCISE to the
// exercise folder name (e.g. "01-hello-world-prod"); running `npx stryker run` alone needs that variable.
//
// Why a sandbox and a relative WORKBOOK_TARGET: vitest.config.ts resolves the `@alvo/*` alias and
// WORKBOOK_TARGET_DIR from its own directory, so inside Stryker's sandbox copy "solutions" means the
// sandbox's (mutated) solutions/. An absolute target would point back at the pristine repository and
// every mutant would "survive" (or Stryker would report "No tests were executed"). We never use
// `inPlace: true`: other engineers run checks against solutions/ in this same working tree.
const exercise = process.env.MUTATION_EXERCISE;
if (!exercise) {
  throw new Error("stryker.config.mjs: set MUTATION_EXERCISE (e.g. 01-hello-world-prod) or run `npm run mutation`.");
}
process.env.WORKBOOK_TARGET = "solutions";
process.env.MUTATION_CHECK = `checks/${exercise}.test.ts`;
const reportDir = `reports/mutation/${exercise}`;

/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  testRunner: "vitest",
  plugins: ["@stryker-mutator/vitest-runner"],
  // Only this exercise's check file runs (see scripts/mutation.vitest.config.ts for why not `testFiles`).
  // `related: false`: checks import the graded file through a computed path vitest cannot follow.
  vitest: { configFile: "scripts/mutation.vitest.config.ts", related: false },
  mutate: [`solutions/${exercise}/**/*.ts`, "!solutions/**/.*/**", "!**/*.d.ts"],
  // Not needed to grade solutions; fewer files to copy into the sandbox. chapters/ and exercises/ are
  // never mutated (mutate above only lists solutions/).
  ignorePatterns: ["/exercises", "/chapters", "/bench", "/quiz", "/test", "/.lab", "/.workbook", "/solutions/**/.scratch"],
  coverageAnalysis: "perTest",
  // The machine has 2 cores shared with other jobs: one sandbox keeps it predictable.
  concurrency: Number(process.env.MUTATION_CONCURRENCY ?? 1),
  // A mutant that hangs (a retry loop that never ends, a wait that never resolves) counts as killed
  // ("Timeout") after the dry-run time × timeoutFactor + timeoutMS.
  timeoutMS: 10_000,
  timeoutFactor: 1.5,
  reporters: ["html", "json", "clear-text", "progress"],
  htmlReporter: { fileName: `${reportDir}/index.html` },
  jsonReporter: { fileName: `${reportDir}/mutation.json` },
  clearTextReporter: { allowColor: false, logTests: false, reportScoreTable: true, reportMutants: true },
  tempDirName: ".stryker-tmp",
  cleanTempDir: true,
  thresholds: { high: 90, low: 80, break: null },
};
