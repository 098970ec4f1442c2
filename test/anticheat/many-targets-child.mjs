// Runs check files against MANY graded folders in ONE vitest start: one inline project per job (its own
// WORKBOOK_TARGET_DIR), all sharing one worker pool. Prints one JSON line: [{ job, file, tests, error }].
// Usage: node test/anticheat/many-targets-child.mjs <root> <jobs.json>
//   jobs.json: [{ "job": "w12", "target": "/tmp/…/w12", "file": "checks/02-retry-rate-limit.test.ts",
//                 "only": { "source": "…", "flags": "i" } }, …]
//   `only` (optional): run only the checks whose name matches (checks/_support/setup.ts skips the others).
// Plain JavaScript for the same reason as scripts/lib/checks-child.mjs (vitest under tsx starts ~1 s slower).
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { solutionFallback } from "../../scripts/lib/solution-files.mjs";
import { collectModules } from "../../scripts/lib/vitest-results.mjs";

const [root, jobsFile] = process.argv.slice(2);
const jobs = JSON.parse(fs.readFileSync(jobsFile, "utf8"));

const alias = [
  { find: /^#lib\/(.*)$/, replacement: `${root}/lib/$1.ts` },
  { find: /^#solucoes\/(.*)$/, replacement: `${root}/solutions/$1` },
];
// `#solucoes/*` reaches solutions/, which holds only the student's files (see scripts/lib/solution-files.mjs).
const plugins = [solutionFallback(root)];

// Check files mostly wait (lab latency, child processes, servers): one worker per core plus one kept both cores
// busy (65 wrong solutions: 98 s with vitest's default of cores − 1 = 1 worker, 54 s with 3, 54 s with 4, on 2 cores).
// ANTICHEAT_WORKERS overrides it.
function workers() {
  return Number(process.env.ANTICHEAT_WORKERS) || os.availableParallelism() + 1;
}

const { createVitest } = await import("vitest/node");
const results = [];
const vitest = await createVitest(
  "test",
  { root, config: false, watch: false, maxWorkers: workers(), reporters: [{ onTestRunEnd: (modules) => void results.push(...byJob(modules)) }] },
  {
    plugins,
    resolve: { alias },
    test: {
      projects: jobs.map((j) => ({
        plugins,
        resolve: { alias: [{ find: /^@alvo\/(.*)$/, replacement: `${j.target}/$1` }, ...alias] },
        test: {
          name: j.job,
          root,
          include: [j.file],
          setupFiles: [path.join(root, "checks/_support/setup.ts")],
          testTimeout: 10_000,
          env: { WORKBOOK_TARGET_DIR: j.target },
          provide: { anticheatOnly: j.only ?? null },
        },
      })),
    },
  },
);

function byJob(modules) {
  const plain = collectModules(modules, root);
  return modules.map((m, i) => ({ job: m.project.name, ...plain[i] }));
}

try {
  await vitest.start();
} finally {
  await vitest.close();
}
// A file, not stdout: a ~1 MB line written to a pipe right before process.exit() arrived cut short under load.
fs.writeFileSync(`${jobsFile}.results.json`, JSON.stringify(results));
process.exit(0);
