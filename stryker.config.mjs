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
import fs from "node:fs";
import path from "node:path";
import { diffLines } from "diff";

const exercise = process.env.MUTATION_EXERCISE;
if (!exercise) {
  throw new Error("stryker.config.mjs: set MUTATION_EXERCISE (e.g. 01-hello-world-prod) or run `npm run mutation`.");
}
process.env.WORKBOOK_TARGET = "solutions";
process.env.MUTATION_CHECK = `checks/${exercise}.test.ts`;
const reportDir = `reports/mutation/${exercise}`;

// Only the lines the STUDENT writes are mutated: the lines of each solution file that are not in the exercise's
// file (the TODO bodies). What the exercise gives ready (data, helpers, main()) is not the student's work;
// mutating it would measure whether the checks notice a broken file the student never touches. Whole given
// files (08's detector.ts) are not even in solutions/: they are read from exercises/ (scripts/lib/solution-files.mjs).
// A solution file with no counterpart in exercises/ is mutated whole.
// MUTATION_SCOPE=all mutates the whole solution files instead.
function studentLines() {
  const dir = path.join("solutions", exercise);
  const files = fs.readdirSync(dir, { recursive: true }).map(String).filter((f) => f.endsWith(".ts") && !f.endsWith(".d.ts"));
  const patterns = [];
  for (const file of files) {
    const name = `${dir}/${file.split(path.sep).join("/")}`;
    const stub = path.join("exercises", exercise, file);
    if (!fs.existsSync(stub)) {
      patterns.push(name);
      continue;
    }
    let line = 1;
    for (const part of diffLines(fs.readFileSync(stub, "utf8"), fs.readFileSync(path.join(dir, file), "utf8"))) {
      if (part.removed) continue;
      if (part.added) patterns.push(`${name}:${line}-${line + part.count - 1}`);
      line += part.count;
    }
  }
  return patterns;
}

/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  testRunner: "vitest",
  plugins: ["@stryker-mutator/vitest-runner"],
  // Only this exercise's check file runs (see scripts/mutation.vitest.config.ts for why not `testFiles`).
  // `related: false`: checks import the graded file through a computed path vitest cannot follow.
  vitest: { configFile: "scripts/mutation.vitest.config.ts", related: false },
  mutate: process.env.MUTATION_SCOPE === "all" ? [`solutions/${exercise}/**/*.ts`, "!solutions/**/.*/**", "!**/*.d.ts"] : studentLines(),
  // Not needed to grade solutions; fewer files to copy into the sandbox. chapters/ is never mutated (mutate
  // above only lists solutions/).
  // exercises/ and test/ stay: solutions/ reads its given files from exercises/, and checks/02 imports
  // test/retry/fake-clock.ts (the sandbox must hold what the checks import).
  ignorePatterns: ["/chapters", "/bench", "/quiz", "/.lab", "/.workbook", "/reports", "/solutions/**/.scratch"],
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
  // Incremental mode: a re-run only tests mutants whose code or covering tests changed since the last run
  // of this exercise (the previous results are kept in incremental.json next to the report). Caveat: a
  // "static" mutant (code run at import time) has no covering test, so Stryker reuses its old result even
  // after the check file changed; scripts/mutation.ts therefore adds --force whenever the checks changed.
  incremental: true,
  incrementalFile: `${reportDir}/incremental.json`,
  tempDirName: ".stryker-tmp",
  cleanTempDir: true,
  thresholds: { high: 90, low: 80, break: null },
};
