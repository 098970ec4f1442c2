// Runs vitest on check files and prints the results as one JSON line on stdout.
// Plain JavaScript on purpose: importing vitest under tsx's loader costs ~1 s more than under
// plain node (measured: 1.3 s vs 0.32 s), and `npm run ex:N` must feel instant.
// Usage: node scripts/lib/checks-child.mjs <root> <target> <checkFile>...
import path from "node:path";
import { collectModules } from "./vitest-results.mjs";

const [root, target, ...files] = process.argv.slice(2);
process.env.WORKBOOK_TARGET = path.resolve(root, target);

const { createVitest } = await import("vitest/node");
let results = [];
const vitest = await createVitest(
  "test",
  {
    root,
    config: path.join(root, "vitest.config.ts"),
    watch: false,
    project: ["checks"],
    // Threads start faster than forks (≈ 130 ms here) and are what the watch mode's warm runner uses.
    pool: process.env.WORKBOOK_CHECKS_POOL ?? "threads",
    // Transforms cached on disk between runs (keyed by content; ≈ 150 ms per ex:N). Only ex:N asks for
    // it: grading and verify keep vitest's default.
    experimental: { fsModuleCache: process.env.WORKBOOK_CHECKS_CACHE === "1" },
    reporters: [{ onTestRunEnd: (modules) => void (results = collectModules(modules, root)) }],
  },
  {},
);
try {
  await vitest.start(files.map((f) => path.resolve(root, f)));
} finally {
  await vitest.close();
}
process.stdout.write(`${JSON.stringify(results)}\n`);
process.exit(0);
