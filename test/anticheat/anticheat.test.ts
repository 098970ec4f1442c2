/**
 * Anti-cheat and mistake catalogue: every deliberately wrong variant of a solution (variants.ts) and every
 * catalogued student mistake (test/mistakes/) must FAIL its exercise's checks, in the check meant to catch it.
 * Time bound: each wrong solution is built in its own temp folder shaped like exercises/, and ALL of them run in
 * ONE vitest start (many-targets-child.mjs: a wrapper test file per wrong solution, two projects (vmThreads for the
 * check files that allow it, threads for the others), one transform of each shared module per project), so the cost
 * is one vitest start plus, per wrong solution, its check
 * file with only the checks named like its `caughtBy` (the others are skipped: checks/_support/setup.ts), spread over
 * the cores; each control runs every check.
 * ANTICHEAT_ONLY=01,05 (folder prefixes) limits the run while you work on one exercise's catalogue;
 * ANTICHEAT_ALL=1 runs every check on every wrong solution (to see which other checks reject one too).
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { exercises } from "../../curriculum.ts";
import { checkFile, folderName } from "../../lib/exercises.ts";
import { spawn } from "node:child_process";
import type { CheckFileResult } from "../../scripts/lib/run-checks.ts";
import { pending } from "./variants.ts";
import { catchingChecks, controlPasses, wrongJob, wrongSolutions as variants, type Wrong } from "./wrong-solutions.ts";
import { copySolutionFolder } from "../../scripts/lib/solution-files.mjs";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
const ready = exercises.filter((e) => e.status === "ready");
// The whole catalogue in one vitest start; a hung wrong solution is bounded by the checks' own testTimeout.
const RUN_TIMEOUT_MS = 900_000;
const CHILD = path.join(path.dirname(fileURLToPath(import.meta.url)), "many-targets-child.mjs");
const only = (process.env.ANTICHEAT_ONLY ?? "").split(",").map((s) => s.trim()).filter(Boolean);
const selected = (folder: string) => only.length === 0 || only.some((p) => folder.startsWith(p));

interface Job {
  job: string;
  target: string;
  file: string;
  /** run only the checks whose name matches (a wrong solution's caughtBy); absent: every check */
  only?: { source: string; flags: string };
}

/** Runs every job's check file against its own target folder in one vitest start. */
function runJobs(jobs: Job[], dir: string): Promise<Array<CheckFileResult & { job: string }>> {
  const jobsFile = path.join(dir, "jobs.json");
  fs.writeFileSync(jobsFile, JSON.stringify(jobs));
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [CHILD, ROOT, jobsFile], { cwd: ROOT, env: { ...process.env, FORCE_COLOR: "0" }, stdio: ["ignore", "pipe", "pipe"] });
    let stdout = "";
    let stderr = "";
    child.stdout.setEncoding("utf8");
    child.stdout.on("data", (d: string) => (stdout += d));
    child.stderr.setEncoding("utf8");
    child.stderr.on("data", (d: string) => (stderr += d));
    const timer = setTimeout(() => child.kill("SIGKILL"), RUN_TIMEOUT_MS - 10_000);
    child.on("error", reject);
    child.on("close", (code) => {
      clearTimeout(timer);
      try {
        resolve(JSON.parse(fs.readFileSync(`${jobsFile}.results.json`, "utf8")));
      } catch {
        reject(new Error(`the checks did not run (code ${code}):\n${stderr.trim().slice(-4000) || stdout.trim().slice(-4000)}`));
      }
    });
  });
}

/**
 * Builds <base>/<folder> as a student who solved the exercise would hold it (the given files of exercises/<folder>
 * with solutions/<folder> over them) and applies the variant's edits; throws on a stale edit.
 */
function buildVariant(base: string, folder: string, variant: Wrong): void {
  const dest = path.join(base, folder);
  copySolutionFolder(folder, dest, ROOT);
  // A folder that imports a sibling exercise (08's defesas.ts: ../07-bloqueio-pii/grounding.ts) needs it next
  // to it, as in a student's tree; without it every check fails on the import and any `caughtBy` matches.
  for (const sibling of siblingsImported(dest)) {
    if (!fs.existsSync(path.join(base, sibling))) copySolutionFolder(sibling, path.join(base, sibling), ROOT);
  }
  for (const edit of variant.edits) {
    const file = path.join(dest, edit.file);
    const text = fs.readFileSync(file, "utf8");
    if (!text.includes(edit.find)) {
      throw new Error(`variant "${variant.name}" of ${folder}: text not found in ${folder}/${edit.file} of the solution (or, for a given file, of exercises/) (the solution changed? update test/anticheat/variants.ts):\n${edit.find}`);
    }
    fs.writeFileSync(file, text.replace(edit.find, edit.replace));
  }
  for (const [file, content] of Object.entries(variant.files ?? {})) fs.writeFileSync(path.join(dest, file), content);
}

/** Exercise folders that the .ts files of `dir` import by relative path (`../07-bloqueio-pii/…`). */
function siblingsImported(dir: string): string[] {
  const found = new Set<string>();
  for (const file of fs.readdirSync(dir, { recursive: true }).map(String).filter((f) => f.endsWith(".ts"))) {
    for (const m of fs.readFileSync(path.join(dir, file), "utf8").matchAll(/from\s+["']\.\.\/(\d\d-[a-z0-9-]+)\//g)) found.add(m[1]!);
  }
  return [...found];
}

describe("anti-cheat: coverage of the manifest", () => {
  it("every ready exercise has at least one wrong variant, or is listed in `pending` with a reason", () => {
    const uncovered = ready.map(folderName).filter((f) => !(variants[f]?.length) && !pending[f]?.trim());
    expect(uncovered, `ready exercises with no anti-cheat variant and not in pending: ${uncovered.join(", ")} — add variants in test/anticheat/variants.ts`).toEqual([]);
  });

  it("variants and pending only name exercises that exist in curriculum.ts", () => {
    const known = new Set(exercises.map(folderName));
    const unknown = [...Object.keys(variants), ...Object.keys(pending)].filter((f) => !known.has(f));
    expect(unknown, `unknown exercise folders in test/anticheat/variants.ts: ${unknown.join(", ")}`).toEqual([]);
  });
});

// Only exercises that are ready AND have variants; planned exercises' variants wait until they land.
const active = ready.filter((e) => variants[folderName(e)]?.length && selected(folderName(e)));
const controlJob = (exercise: (typeof ready)[number]) => `c${folderName(exercise).slice(0, 2)}`;
const wrongs = active.flatMap((exercise) => variants[folderName(exercise)]!.map((variant, index) => ({ exercise, folder: folderName(exercise), variant, job: wrongJob(folderName(exercise), index) })));

describe(`anti-cheat and mistake catalogue (${wrongs.length} wrong solutions, one vitest start)`, () => {
  let base = "";
  let results: Array<CheckFileResult & { job: string }> = [];
  const buildErrors = new Map<string, string>();

  beforeAll(async () => {
    base = fs.mkdtempSync(path.join(os.tmpdir(), "anticheat-"));
    const jobs: Job[] = [];
    for (const w of wrongs) {
      const target = path.join(base, w.job);
      try {
        buildVariant(target, w.folder, w.variant);
        // Only the check meant to catch it runs (ANTICHEAT_ALL=1: every check, to see which others reject it too).
        const only = process.env.ANTICHEAT_ALL === "1" ? undefined : { source: w.variant.caughtBy.source, flags: w.variant.caughtBy.flags };
        jobs.push({ job: w.job, target, file: checkFile(w.exercise), ...(only ? { only } : {}) });
      } catch (error) {
        buildErrors.set(w.job, error instanceof Error ? error.message : String(error));
      }
    }
    // Controls: the reference solution built the same way, unedited, must pass (else every wrong one "fails").
    for (const exercise of active) {
      const job = controlJob(exercise);
      buildVariant(path.join(base, job), folderName(exercise), { name: "control", edits: [], caughtBy: /$^/ });
      jobs.push({ job, target: path.join(base, job), file: checkFile(exercise) });
    }
    const started = performance.now();
    results = jobs.length ? await runJobs(jobs, base) : [];
    // ANTICHEAT_SAVE=<file>: keep every job's per-check results (to compare the two pools, see CONTRIBUTING).
    if (process.env.ANTICHEAT_SAVE) fs.writeFileSync(process.env.ANTICHEAT_SAVE, JSON.stringify(results));
    // Reported, not asserted: the cost of the catalogue shows up in verify's log.
    const checks = results.flatMap((r) => r.tests);
    const ran = checks.filter((t) => t.state !== "skipped").length;
    console.log(`anti-cheat: ${jobs.length - active.length} wrong solutions (+ ${active.length} controls) checked in one vitest start, ${((performance.now() - started) / 1000).toFixed(1)} s; ${ran} checks ran, ${checks.length - ran} skipped (not the wrong solution's caughtBy)`);
  }, RUN_TIMEOUT_MS);

  afterAll(() => {
    if (base) fs.rmSync(base, { recursive: true, force: true });
  });

  for (const exercise of active) {
    it(`${folderName(exercise)}: control — the reference solution, built like the wrong ones, passes every check`, () => {
      const result = results.find((r) => r.job === controlJob(exercise));
      const failed = result?.tests.filter((t) => t.state !== "passed").map((t) => `${t.name}: ${(t.message ?? "").split("\n")[0]}`) ?? [];
      expect(
        !!result && controlPasses(result),
        `the wrong solutions of ${folderName(exercise)} prove nothing while the unedited one fails too (a folder built incompletely?): ${result?.error ?? failed.join(" | ")}`,
      ).toBe(true);
    });
  }

  for (const { exercise, folder, variant, job } of wrongs) {
    it(`${folder}: ${variant.family ? `mistake [${variant.family}]` : "variant"} "${variant.name}" fails the checks`, () => {
      expect(buildErrors.get(job), "the variant could not be built").toBeUndefined();
      const result = results.find((r) => r.job === job);
      expect(result, `no result for ${checkFile(exercise)} on ${job} (the check file did not run)`).toBeDefined();
      const failed = result!.tests.filter((t) => t.state === "failed");
      const ran = result!.tests.filter((t) => t.state !== "skipped");
      expect(ran.length > 0 || Boolean(result!.error), `no check of ${folder} is named like ${variant.caughtBy} (the caughtBy of "${variant.name}"): a check was renamed?`).toBe(true);
      expect(failed.length > 0 || Boolean(result!.error), `the checks of ${folder} ACCEPTED the wrong variant "${variant.name}" (only the checks named like ${variant.caughtBy} ran; ANTICHEAT_ALL=1 runs every check): add a check that rejects it`).toBe(true);
      const names = failed.map((t) => t.name);
      expect(
        names.some((n) => variant.caughtBy.test(n)),
        `"${variant.name}" was rejected, but not by the check meant to catch it (${variant.caughtBy}); failed: ${names.join(" | ") || result!.error}`,
      ).toBe(true);
      if (variant.says) {
        const messages = failed.filter((t) => variant.caughtBy.test(t.name)).map((t) => t.message ?? "");
        expect(
          catchingChecks(result!, variant).length > 0,
          `"${variant.name}" was caught by ${variant.caughtBy}, but its message does not name the mistake (${variant.says}): ${messages.join(" | ")}`,
        ).toBe(true);
      }
    });
  }
});
