// `npm run ex:N` launcher, plain node: starts the exercise's checks (a vitest child) at once, before
// tsx is loaded, then loads tsx and runs scripts/ex.ts, which takes the running checks over. Starting
// the child ~150 ms earlier is most of what keeps ex:N within 5x a bare `node --import tsx`
// (bench/ex.ts measures it).
import fs from "node:fs";
import module from "node:module";
import path from "node:path";
import { spawnChecks } from "./lib/checks-spawn.mjs";
import { ROOT } from "../lib/cli/paths.mjs";

// Node ≥ 22.1: V8's compile cache for every module loaded from here on (LangChain, tsx, the exercise), the same one
// tsx turns on; stale entries are impossible (keyed by source hash). Node 20 has no such cache and skips this.
module.enableCompileCache?.();
const args = process.argv.slice(2);
let exerciseDir;
const query = args.find((a) => !a.startsWith("-"));
// Only the plain `ex:N` run; anything else (watch, a slug, a typo) is resolved by ex.ts as before.
if (query && /^\d{1,2}$/.test(query) && !args.includes("--watch")) {
  const prefix = `${query.padStart(2, "0")}-`;
  let name;
  try {
    name = fs.readdirSync(path.join(ROOT, "checks")).find((f) => f.startsWith(prefix) && f.endsWith(".test.ts"));
  } catch {
    name = undefined;
  }
  if (name) {
    let child;
    const file = `checks/${name}`;
    const output = spawnChecks({ root: ROOT, target: path.join(ROOT, "exercises"), files: [file], env: { WORKBOOK_CHECKS_CACHE: "1" }, early: true, onSpawn: (c) => (child = c) });
    globalThis.__workbookEarlyChecks = { file, output, cancel: () => child?.kill() };
    exerciseDir = path.join(ROOT, "exercises", name.replace(/\.test\.ts$/, ""));
  }
}
// Packages loaded here, before tsx's hooks exist, skip the hooks' per-module round trips (tsx resolves
// and loads every node_modules file through its loader thread: ≈ 0.3 s for LangChain). Same URLs, so
// the exercise gets these very instances later. Failures are left for the real import to report.
const packages = new Set(["langsmith", "@langchain/core/tracers/tracer_langchain", "@langchain/core/callbacks/promises", "zod", "dotenv"]);
if (exerciseDir) {
  for (const file of fs.readdirSync(exerciseDir).filter((f) => f.endsWith(".ts"))) {
    const source = fs.readFileSync(path.join(exerciseDir, file), "utf8");
    for (const [, spec] of source.matchAll(/^\s*import\s[^;]*?from\s*["']([^"'.#/][^"']*)["']/gm)) if (!spec.startsWith("node:")) packages.add(spec);
  }
}
await Promise.allSettled([...packages].map((spec) => import(spec)));
await import("tsx");
await import("./ex.ts");
