// Runs check files against MANY graded folders in ONE vitest start: each job gets a generated wrapper test file
// (`<job>.catalogo[-vm].test.ts`, beside the job folders) that points the check file at the job's folder and imports it.
// Two projects, not one per job: one Vite server each, so lib/, the checks and their imports are transformed once per
// project instead of once per job (one project per job: 58 s for the 54 jobs of 01 and 07; one project: 33 s).
// Check files that give the same verdicts in a VM context run in the "vmThreads" pool, where node_modules stay loaded
// across test files (the same 54 jobs: 16 s; the whole catalogue in VMs 218 s vs 411 s in threads); the others
// (VM_UNSAFE) run in plain threads.
// Writes the results next to the jobs file: [{ job, file, tests, error }].
// Usage: node test/anticheat/many-targets-child.mjs <root> <jobs.json>
//   jobs.json: [{ "job": "w12", "target": "/tmp/…/w12", "file": "checks/02-retry-rate-limit.test.ts",
//                 "only": { "source": "…", "flags": "i" } }, …]
//   `only` (optional): run only the checks whose name matches (checks/_support/setup.ts skips the others).
// Plain JavaScript for the same reason as scripts/lib/checks-child.mjs (vitest under tsx starts ~1 s slower).
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { solutionFallback } from "../../scripts/lib/solution-files.mjs";
import { collectModules } from "../../scripts/lib/vitest-results.mjs";

const [root, jobsFile] = process.argv.slice(2);
const jobs = JSON.parse(fs.readFileSync(jobsFile, "utf8"));
const dir = path.dirname(jobsFile);
const WRAPPER = { threads: ".catalogo.test.ts", vm: ".catalogo-vm.test.ts" };
// Check files whose reference solution fails in a VM context (its own globals and module loader), so every wrong
// solution would be "caught" for that reason: 09 (the OpenAI SDK tells a timeout by the error's name, but first rebuilds
// any error that is not an `Error` of its own realm; fetch's abort error comes from outside the VM context, loses its
// name, and a timeout becomes a plain APIConnectionError). The other ten give the same verdicts in both pools
// (ANTICHEAT_ALL=1 in each, compared with compare-pools.ts, 2026-12-07: all 346 wrong solutions alike; 7 single checks
// of wrong solutions differed, by random draw or speed, none changing a verdict). A new check file must show the same
// before it leaves this list. ANTICHEAT_POOL=threads runs every job in threads.
const VM_UNSAFE = /^checks[\\/]09-/;
// Node 20.19+ resolves `require()` with the "module-sync" condition, which may pick an ES module (set-cookie-parser 3,
// required by fastify's inject); vitest's VM CommonJS loader cannot run one and leaves that condition out only on
// Node 22.12+. On Node 20, VM workers run without require(esm), so `require()` resolves the CommonJS build as before 20.19.
const VM_EXEC_ARGV = process.versions.node.startsWith("20.") ? ["--no-experimental-require-module"] : [];
const poolOf = (file) => (process.env.ANTICHEAT_POOL === "threads" || VM_UNSAFE.test(file) ? "threads" : "vm");

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

// The wrapper sets the folder target.ts reads (each test file has its own module graph: the check file, target.ts and
// the graded code load afresh for each job), then runs the check file's top level, which declares its checks.
// A wrapper's file name is its job plus a suffix: the job is read back from it, and the caughtBy filters are keyed by it
// (vitest's own path may differ in form: Windows slashes, /private/tmp on macOS).
const wrappers = [];
const onlyByFile = {};
for (const j of jobs) {
  const wrapper = path.join(dir, `${j.job}${WRAPPER[poolOf(j.file)]}`);
  const check = pathToFileURL(path.join(root, j.file)).href;
  fs.writeFileSync(wrapper, `process.env.WORKBOOK_TARGET_DIR = ${JSON.stringify(j.target)};\nawait import(${JSON.stringify(check)});\n`);
  wrappers.push(wrapper);
  if (j.only) onlyByFile[path.basename(wrapper)] = j.only;
}
const jobOf = (file) => path.basename(file).replace(/\.catalogo(-vm)?\.test\.ts$/, "");

const project = (name, pool, suffix) => ({
  plugins,
  resolve: { alias },
  test: {
    name,
    root,
    dir,
    include: [`*${suffix}`],
    pool,
    setupFiles: [path.join(root, "checks/_support/setup.ts")],
    testTimeout: 10_000,
    provide: { anticheatOnly: onlyByFile },
    ...(pool === "vmThreads" ? { execArgv: VM_EXEC_ARGV } : {}),
  },
});

const { createVitest } = await import("vitest/node");
const results = [];
const vitest = await createVitest(
  "test",
  {
    root,
    config: false,
    watch: false,
    maxWorkers: workers(),
    // A VM worker is recycled when its memory passes this (vitest's default is a share of the machine's memory).
    vmMemoryLimit: "1024MB",
    reporters: [{ onTestRunEnd: (modules) => void results.push(...byJob(modules)) }],
  },
  {
    plugins,
    resolve: { alias },
    // Plain threads start faster than forks (54 jobs of 01 and 07: forks 39 s, threads 33 s).
    test: { projects: [project("catalogo", "threads", WRAPPER.threads), project("catalogo-vm", "vmThreads", WRAPPER.vm)] },
  },
);

function byJob(modules) {
  const plain = collectModules(modules, root);
  return modules.map((m, i) => ({ job: jobOf(m.moduleId), ...plain[i] }));
}

try {
  await vitest.start(wrappers);
} finally {
  await vitest.close();
}
// A file, not stdout: a ~1 MB line written to a pipe right before process.exit() arrived cut short under load.
fs.writeFileSync(`${jobsFile}.results.json`, JSON.stringify(results));
process.exit(0);
