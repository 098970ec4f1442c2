/**
 * The guards of an earlier commit, read from git history, so that evaluate.ts and offdomain.ts can run them in
 * the same process next to today's (every figure compared in the same run) without frozen copies in the tree.
 *
 *   const old = await guardsAt("3df50a9");   // { label, detectInjection, detectPii }
 *
 * The files are written with `git show REV:path` into node_modules/.cache/bench-guards/<rev>/ (07/ and 08/, the
 * layout the modules expect: pii.ts next to validadores.ts, detector.ts next to normalize.ts, model.ts and
 * model.json), then imported. Their export names changed over time (detectInjection → detectarInjecao in the
 * naming change), so both are accepted. Needs a git checkout with that commit; a zip download has no history.
 */
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { ROOT } from "../../lib/cli/paths.mjs";

type Detector = (text: string, options?: { source?: "user" | "document"; useModel?: boolean }) => { flagged: boolean };
type PiiDetector = (text: string) => Array<{ type: string; start: number; end: number }>;

export interface GuardsAtRevision {
  /** The short commit id, as given. */
  readonly label: string;
  readonly detectInjection: Detector;
  readonly detectPii: PiiDetector;
}

/** Each file to materialise: where it goes, and where it may have lived at that commit (first found wins). */
const FILES: ReadonlyArray<{ to: string; from: readonly string[] }> = [
  ...["detector.ts", "normalize.ts", "model.ts", "model.json"].map((name) => ({
    to: `08/${name}`,
    from: [`exercises/08-injecao-prompt/${name}`, `solutions/08-injecao-prompt/${name}`],
  })),
  { to: "07/pii.ts", from: ["exercises/07-bloqueio-pii/pii.ts", "solutions/07-bloqueio-pii/pii.ts"] },
  // The student's file: the reference answer, never the stub.
  { to: "07/validadores.ts", from: ["solutions/07-bloqueio-pii/validadores.ts"] },
];

function show(rev: string, file: string): Buffer | undefined {
  try {
    return execFileSync("git", ["show", `${rev}:${file}`], { cwd: ROOT, stdio: ["ignore", "pipe", "ignore"], maxBuffer: 64 * 1024 * 1024 });
  } catch {
    return undefined;
  }
}

function materialise(rev: string): string {
  let commit: string;
  try {
    commit = execFileSync("git", ["rev-parse", "--verify", "--quiet", `${rev}^{commit}`], { cwd: ROOT, encoding: "utf8", stdio: ["ignore", "pipe", "ignore"] }).trim();
  } catch {
    throw new Error(`bench/guards: commit ${rev} not found (needs a git clone with history: git fetch --unshallow)`);
  }
  const dir = path.join(ROOT, "node_modules", ".cache", "bench-guards", commit);
  if (fs.existsSync(path.join(dir, "complete"))) return dir;
  for (const { to, from } of FILES) {
    const content = from.map((file) => show(commit, file)).find((c) => c !== undefined);
    if (!content) throw new Error(`bench/guards: ${from.join(" or ")} not found at ${rev}`);
    fs.mkdirSync(path.dirname(path.join(dir, to)), { recursive: true });
    fs.writeFileSync(path.join(dir, to), content);
  }
  fs.writeFileSync(path.join(dir, "complete"), `${commit}\n`);
  return dir;
}

function pick<T>(module: Record<string, unknown>, names: readonly string[], what: string, rev: string): T {
  for (const name of names) if (typeof module[name] === "function") return module[name] as T;
  throw new Error(`bench/guards: ${what} at ${rev} exports none of ${names.join(", ")}`);
}

/** The injection detector and PII detector as they were at `rev` (a commit id, tag or branch). */
export async function guardsAt(rev: string): Promise<GuardsAtRevision> {
  const dir = materialise(rev);
  const detector = (await import(pathToFileURL(path.join(dir, "08/detector.ts")).href)) as Record<string, unknown>;
  const pii = (await import(pathToFileURL(path.join(dir, "07/pii.ts")).href)) as Record<string, unknown>;
  return {
    label: rev,
    detectInjection: pick<Detector>(detector, ["detectarInjecao", "detectInjection"], "08/detector.ts", rev),
    detectPii: pick<PiiDetector>(pii, ["detectarPii", "detectPii"], "07/pii.ts", rev),
  };
}
