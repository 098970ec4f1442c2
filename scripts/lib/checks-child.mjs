// Runs vitest on check files and prints the results as one JSON line on stdout.
// Plain JavaScript on purpose: importing vitest under tsx's loader costs ~1 s more than under
// plain node (measured: 1.3 s vs 0.32 s), and `npm run ex:N` must feel instant.
// Usage: node scripts/lib/checks-child.mjs <root> <target> <checkFile>...
// With WORKBOOK_CHECKS_EARLY=1 a secret tag arrives as the first line on stdin; the results are then also printed,
// as soon as the run ends, on a line starting with that tag (before vitest closes and this process exits, which
// costs 20–200 ms the caller need not wait for). Read from stdin, not the environment: the code under test runs
// in this process and can read its environment (even /proc/self/environ), so it could forge an env-given tag.
import fs from "node:fs";
import path from "node:path";
import { collectModules } from "./vitest-results.mjs";

const [root, target, ...files] = process.argv.slice(2);
process.env.WORKBOOK_TARGET = path.resolve(root, target);
const tag = process.env.WORKBOOK_CHECKS_EARLY === "1" ? readTag() : undefined;

/** The first stdin line, read before any code under test loads (stdin is then at EOF for it). */
function readTag() {
  const buffer = Buffer.alloc(256);
  let text = "";
  while (!text.includes("\n")) {
    let n;
    try {
      n = fs.readSync(0, buffer, 0, buffer.length, null);
    } catch (error) {
      if (error.code === "EAGAIN") continue; // non-blocking pipe, the line not written yet
      if (error.code === "EOF") break; // Windows: the pipe closed with nothing (more) in it
      throw error;
    }
    if (n === 0) break;
    text += buffer.toString("utf8", 0, n);
  }
  return text.split("\n")[0] || undefined;
}

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
    reporters: [
      {
        onTestRunEnd: (modules) => {
          results = collectModules(modules, root);
          if (tag) process.stdout.write(`${tag}${JSON.stringify(results)}\n`);
        },
      },
    ],
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
