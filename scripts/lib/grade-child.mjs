// The grader's vitest process for ONE student and ONE exercise (see scripts/lib/sandbox.ts).
// This process is trusted (it runs as the instructor); the student's code runs only in vitest's worker
// processes, which it forks with the sandbox user's uid/gid when one is given. The results are written to a
// file in a directory only the instructor can write, never printed: stdout is the student's to scribble on.
// Usage: node grade-child.mjs <workbook> <target> <resultsFile> <uid|-> <gid|-> <checkFile>...
import childProcess from "node:child_process";
import { randomBytes } from "node:crypto";
import fs from "node:fs";
import { syncBuiltinESMExports } from "node:module";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { ROOT as instructorRoot } from "../../lib/cli/paths.mjs";
import { labBundle } from "./lab-bundle.mjs";
import { collectModules } from "./vitest-results.mjs";

const [root, target, resultsFile, uidArg, gidArg, ...files] = process.argv.slice(2);
process.env.WORKBOOK_TARGET = path.resolve(root, target);

if (uidArg !== "-" && gidArg !== "-") {
  // vitest's forks pool calls child_process.fork: every worker it starts runs as the sandbox user.
  const uid = Number(uidArg);
  const gid = Number(gidArg);
  // Node's permission model on top (reads: the workspace and node_modules; writes: the student's folders).
  const permission = JSON.parse(process.env.WORKBOOK_GRADE_WORKER_ARGS ?? "[]");
  const fork = childProcess.fork;
  childProcess.fork = (modulePath, args, options) => {
    const opts = (Array.isArray(args) ? options : args) ?? {};
    const execArgv = [...(opts.execArgv ?? process.execArgv), ...permission];
    const withUser = { ...opts, execArgv, uid, gid };
    return Array.isArray(args) ? fork(modulePath, args, withUser) : fork(modulePath, withUser);
  };
  syncBuiltinESMExports();
}

// The lab lives here, in the trusted process: the code under test reaches it only over HTTP, and its control API
// (reset, faults, keys) asks for a token. The workers get a first token in their environment; setup.ts trades it
// for a fresh one at once (/proc/self/environ keeps only the spent one) and removes it from process.env.
// Loaded from the lab's one-file build in the instructor's own tree (scripts/lib/lab-bundle.mjs: the same sources,
// rebuilt whenever one changes; `npm test` loads the same build): about 0.5 s less per exercise graded than ~40
// TypeScript files through tsx, whose cache starts empty in every sandbox. The sources, if the build fails.
const bundle = await labBundle(instructorRoot).catch(() => undefined);
const { startLab } = bundle ? await import(pathToFileURL(bundle).href) : await (await import("tsx/esm/api")).tsImport(path.join(root, "lib/lab/server.ts"), import.meta.url);
const firstToken = randomBytes(24).toString("hex");
const lab = await startLab({ controlToken: firstToken });
process.env.WORKBOOK_GRADER_LAB_URL = lab.url;
process.env.WORKBOOK_GRADER_LAB_TOKEN = firstToken;

const { createVitest } = await import("vitest/node");
let results = [];
const vitest = await createVitest(
  "test",
  {
    root,
    config: path.join(root, "vitest.config.ts"),
    watch: false,
    project: ["checks"],
    pool: "forks",
    reporters: [{ onTestRunEnd: (modules) => void (results = collectModules(modules, root)) }],
  },
  {},
);
try {
  await vitest.start(files.map((f) => path.resolve(root, f)));
} finally {
  await vitest.close();
}
// What the lab saw, kept out of the student's reach: refused control attempts mean the graded code tried to
// steer the lab (the checks hold the live token; nothing else may use /lab/*).
const journal = { controlRefusals: await lab.controlRefusals(), control: await lab.controlLog() };
await lab.close();
fs.writeFileSync(resultsFile, JSON.stringify(results), { mode: 0o600 });
fs.writeFileSync(`${resultsFile}.lab.json`, JSON.stringify(journal), { mode: 0o600 });
process.exit(0);
