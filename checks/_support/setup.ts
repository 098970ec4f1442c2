// Runs before every check file, in its own worker: a private lab (so faults, counters and traces of one
// file never leak into another running in parallel) and every SDK pointed at it. Checks always run in
// lab mode, whatever keys .env has: grading never spends a real key.
// When grading (scripts/lib/grade-child.mjs), the lab runs in the grader's own process instead, where the code
// under test cannot reach its memory: its control API asks for a token, read here and removed from the
// environment before any graded module loads, and its journal of calls and control actions stays with the grader.
import { afterAll, beforeEach, chai, inject } from "vitest";
import { applyEnvironment, readConfig } from "#lib/config";
import { labClient } from "#lib/lab/client";
import { installLab } from "./lab.ts";

/** Trades the token from the environment for a fresh one only this module holds. */
async function freshToken(url: string, token: string | undefined): Promise<string> {
  const response = await fetch(`${url}/lab/control-token`, { method: "POST", headers: { "content-type": "application/json", "x-lab-token": token ?? "" }, body: "{}" });
  if (!response.ok) throw new Error(`o laboratório da correção recusou o token (${response.status}): ${await response.text()}`);
  return ((await response.json()) as { token: string }).token;
}

const graderLab = process.env.WORKBOOK_GRADER_LAB_URL;
const graderToken = process.env.WORKBOOK_GRADER_LAB_TOKEN;
delete process.env.WORKBOOK_GRADER_LAB_URL;
delete process.env.WORKBOOK_GRADER_LAB_TOKEN;

// The in-process lab is loaded only when there is no grader's lab (a sandboxed run would load ~40 modules for nothing).
const local = graderLab ? undefined : await (await import("#lib/lab/server")).startLab();
const url = graderLab ?? local!.url;
const lab = graderLab ? labClient(graderLab, await freshToken(graderLab, graderToken)) : local!;
// A fresh start for this file when the lab is shared with the grader (its journal keeps what came before).
if (graderLab) await lab.reset();
applyEnvironment(readConfig({ WORKBOOK_MODE: "lab" }), url);
installLab(lab);
afterAll(() => local?.close());

declare module "vitest" {
  interface ProvidedContext {
    /** set only by the anti-cheat catalogue (test/anticheat/many-targets-child.mjs): per test file name, the checks to run */
    anticheatOnly: Record<string, { source: string; flags: string }> | null;
  }
}
// The mistake catalogue runs, for each wrong solution, only the check meant to catch it (its `caughtBy`); a student's
// run, a grade or a solution's verify provides nothing here, so every check runs. A value from the runner's config:
// the code under test cannot set it.
const only = inject("anticheatOnly");
if (only) {
  beforeEach((context) => {
    const wanted = only[context.task.file.filepath.split(/[\\/]/).pop()!];
    if (wanted && !new RegExp(wanted.source, wanted.flags.replace("g", "")).test(context.task.name)) context.skip();
  });
}

// The graded code runs in this process: its assertions are frozen, so it cannot neuter them
// (e.g. `chai.Assertion.prototype.assert = () => {}`); such code fails to load instead (docs/grading.md).
Object.freeze(chai.Assertion.prototype);
Object.freeze(chai.Assertion);
