// size: one simulated run of a deploy job (expression filling, the bash sandbox with recording fakes, GITHUB_OUTPUT/ENV between steps, three scenarios); split parts would share all their state.
/**
 * Exercise 10's workflow run without GitHub: which jobs and steps an event starts (trigger filters plus every
 * `if:` evaluated as the runner does), and the deploy job executed in bash with fake deploy tools.
 *
 * The deploy job (and the jobs after it) run in `bash -eo pipefail`, as on the ubuntu runner, with a PATH that
 * holds only harmless text utilities: any other command (`ssh`, `docker`, `kubectl`, `./scripts/deploy.sh`, …)
 * is recorded with its arguments and prints a "previous image" line. `curl`/`wget` are fakes too: in the
 * health-failure scenario the app answers 500 (curl with --fail exits 22, without it exits 0). `${{ }}` is
 * replaced first, `$GITHUB_OUTPUT`/`$GITHUB_ENV` are honoured. Nothing leaves the machine.
 */
import { randomBytes } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { run, type Ran } from "./behaviour.ts";
import { commandWords, shellCommands } from "./common.ts";
import { conditionHolds, interpolate, type Contexts, type Value } from "./expressions.ts";
import type { WorkflowJob, WorkflowModel, WorkflowStep } from "./workflow.ts";

export interface Event {
  name: string;
  /** push: the branch pushed; pull_request: the head branch (the base is main). */
  branch: string;
}

export const PUSH_MAIN: Event = { name: "push", branch: "main" };
export const PUSH_OTHER: Event = { name: "push", branch: "feature/nova-tela" };
export const PULL_REQUEST: Event = { name: "pull_request", branch: "feature/nova-tela" };

/** Branch filter globs as GitHub reads them (`*` not crossing `/`, `**` anything, `!` negates, last match wins). */
function branchMatches(patterns: string[], branch: string): boolean {
  let matched = false;
  for (const raw of patterns) {
    const negate = raw.startsWith("!");
    const glob = negate ? raw.slice(1) : raw;
    let re = "";
    for (let i = 0; i < glob.length; i++) {
      const c = glob[i]!;
      if (c === "*" && glob[i + 1] === "*") {
        re += ".*";
        i++;
      } else if (c === "*") re += "[^/]*";
      else if (c === "?") re += ".";
      else re += c.replace(/[.+^${}()|[\]\\]/g, "\\$&");
    }
    if (new RegExp(`^${re}$`).test(branch)) matched = !negate;
  }
  return matched;
}

function list(value: unknown): string[] | undefined {
  if (typeof value === "string") return [value];
  if (Array.isArray(value)) return value.map(String);
  return undefined;
}

/** Whether the workflow starts for this event (the `on:` section with its branch filters). */
export function workflowStarts(on: unknown, event: Event): boolean {
  if (typeof on === "string") return on === event.name;
  if (Array.isArray(on)) return on.includes(event.name);
  if (!on || typeof on !== "object" || !(event.name in on)) return false;
  const filter = (on as Record<string, unknown>)[event.name];
  if (!filter || typeof filter !== "object") return true;
  const f = filter as Record<string, unknown>;
  // push: the pushed branch; pull_request: the base branch (main).
  const branch = event.name === "push" ? event.branch : "main";
  const branches = list(f.branches);
  const ignore = list(f["branches-ignore"]);
  if (branches) return branchMatches(branches, branch);
  if (ignore) return !branchMatches(ignore, branch);
  // Only tags (or only paths-ignore of tags): a branch push does not start it.
  if (event.name === "push" && (list(f.tags) || list(f["tags-ignore"]))) return false;
  return true;
}

export interface Run {
  sha: string;
  previousSha: string;
  /** What a fake deploy tool prints when asked (`docker inspect`, `kubectl get …`): the image in production. */
  previousImage: string;
  /** github.run_id / run_number (defaults 4242 / 42). */
  runId?: string;
  runNumber?: string;
}

export function newRun(): Run {
  const sha = randomBytes(20).toString("hex");
  const previousSha = randomBytes(20).toString("hex");
  return { sha, previousSha, previousImage: `registro.exemplo/chatbot:${previousSha.slice(0, 12)}` };
}

function githubContext(event: Event, run: Run): Record<string, Value> {
  const push = event.name === "push";
  return {
    event_name: event.name,
    ref: push ? `refs/heads/${event.branch}` : "refs/pull/7/merge",
    ref_name: push ? event.branch : "7/merge",
    base_ref: push ? "" : "main",
    head_ref: push ? "" : event.branch,
    ref_type: "branch",
    sha: run.sha,
    repository: "aluno/chatbot",
    repository_owner: "aluno",
    actor: "aluno",
    run_id: run.runId ?? "4242",
    run_number: run.runNumber ?? "42",
    run_attempt: "1",
    workflow: "CI",
    server_url: "https://github.com",
    token: "token-de-mentira",
    event: push
      ? { before: run.previousSha, after: run.sha, ref: `refs/heads/${event.branch}`, head_commit: { id: run.sha } }
      : { number: 7, pull_request: { head: { ref: event.branch, sha: run.sha }, base: { ref: "main", sha: run.previousSha } } },
  };
}

/** A stand-in for a repository secret, variable or step output: a URL for *URL*, a host for *HOST*, else a marked value. */
export function stored(kind: string): Record<string, Value> {
  return new Proxy({} as Record<string, Value>, {
    get: (_, name) => (typeof name !== "string" ? undefined : /url/i.test(name) ? "https://chatbot.producao.exemplo" : /host|server|servidor/i.test(name) ? "deploy@producao.exemplo" : `${kind}-${name}`),
  });
}

/** The contexts every job and step of a run sees (github, secrets, vars, runner…). */
export function baseContexts(event: Event, run: Run): Contexts {
  return { github: githubContext(event, run), secrets: stored("secrets"), vars: stored("vars"), runner: { os: "Linux", temp: "/tmp", arch: "X64" }, inputs: {}, matrix: {}, env: {} };
}

export type JobResult = "success" | "failure" | "skipped";

/**
 * Which jobs run for an event, assuming every step that runs succeeds (`fails` names jobs whose steps fail).
 * Throws when an `if:` cannot be evaluated.
 */
export function jobResults(model: WorkflowModel, event: Event, run: Run, fails = new Set<string>()): Map<string, JobResult> {
  const results = new Map<string, JobResult>();
  if (!workflowStarts(model.on, event)) {
    for (const job of model.jobs) results.set(job.id, "skipped");
    return results;
  }
  const pending = [...model.jobs];
  while (pending.length) {
    const index = pending.findIndex((j) => j.needs.every((n) => results.has(n) || !model.jobs.some((k) => k.id === n)));
    if (index < 0) break; // a cycle: actionlint reports it
    const job = pending.splice(index, 1)[0]!;
    const needs = job.needs.map((n) => results.get(n) ?? "success");
    const status = { success: needs.every((r) => r === "success"), failure: needs.some((r) => r === "failure") };
    const ctx = { ...baseContexts(event, run), needs: Object.fromEntries(job.needs.map((n) => [n, { result: results.get(n) ?? "success", outputs: {} }])) };
    const runs = conditionHolds(job.if, ctx, status);
    results.set(job.id, !runs ? "skipped" : fails.has(job.id) ? "failure" : "success");
  }
  return results;
}

/** Whether a step runs for an event when every step before it succeeded (its job's and its own `if:`). */
export function stepRuns(model: WorkflowModel, step: WorkflowStep, event: Event, run: Run): boolean {
  if (jobResults(model, event, run).get(step.job.id) !== "success") return false;
  return conditionHolds(step.if, { ...baseContexts(event, run), steps: {}, needs: {} }, { success: true, failure: false });
}

// ---------------------------------------------------------------------------------------------
// Running the deploy job
// ---------------------------------------------------------------------------------------------

export interface StepRun {
  step: WorkflowStep;
  ran: boolean;
  outcome: "success" | "failure" | "skipped";
  /** Fake tools the step called, each as argv (for `uses:`, the action and its `with:` inputs). */
  calls: string[][];
  timedOut: boolean;
}

export interface JobRun {
  steps: StepRun[];
  /** A step did not finish within its bound: the simulation says nothing. */
  incomplete: boolean;
}

const UTILITIES = [
  "cat", "grep", "egrep", "sed", "awk", "tr", "cut", "head", "tail", "seq", "mkdir", "chmod", "install", "touch", "cp", "mv",
  "date", "basename", "dirname", "tee", "wc", "sort", "uniq", "env", "printenv", "mktemp", "xargs", "base64", "sha256sum", "jq", "ls", "expr",
];

const PRELUDE = String.raw`
__sim_registra() { { printf '%s\037' "$@"; printf '\036'; } >> "$__SIM_LOG"; }
command_not_found_handle() { __sim_registra "$@"; if [ "$__SIM_FALHA" = 1 ]; then echo "$1: falhou" >&2; return 1; fi; printf '%s\n' "$__SIM_ANTERIOR"; return 0; }
curl() {
  __sim_registra curl "$@"
  local __codigo=200 __corpo='{"status":"ok"}' __w="" __prox="" __a __f=0 __o=""
  if [ "$__SIM_FALHA" = 1 ]; then __codigo=500; __corpo='{"status":"erro"}'; fi
  for __a in "$@"; do
    if [ "$__prox" = w ]; then __w="$__a"; __prox=""; continue; fi
    if [ "$__prox" = o ]; then __o="$__a"; __prox=""; continue; fi
    case "$__a" in
      --fail|--fail-with-body) __f=1;;
      -w|--write-out) __prox=w;;
      --write-out=*) __w="\${__a#--write-out=}";;
      -o|--output) __prox=o;;
      --*) ;;
      -*w) case "$__a" in *f*) __f=1;; esac; __prox=w;;
      -*o) case "$__a" in *f*) __f=1;; esac; __prox=o;;
      -*f*) __f=1;;
    esac
  done
  if [ "$__codigo" = 500 ] && [ "$__f" = 1 ]; then echo "curl: (22) The requested URL returned error: 500" >&2; return 22; fi
  if [ -z "$__o" ]; then printf '%s' "$__corpo"; fi
  if [ -n "$__w" ]; then __w="\${__w//%\{http_code\}/$__codigo}"; __w="\${__w//%\{response_code\}/$__codigo}"; printf "\${__w//%/%%}"; fi
  return 0
}
wget() { __sim_registra wget "$@"; if [ "$__SIM_FALHA" = 1 ]; then echo "ERROR 500" >&2; return 8; fi; return 0; }
`.replace(/\\\$\{/g, "${"); // String.raw keeps the backslash of \${ (bash parameter expansion, not a template hole)

const FAKE_SCRIPT = `#!/bin/sh
{ printf '%s\\037' "$0" "$@"; printf '\\036'; } >> "$__SIM_LOG"
if [ "$__SIM_FALHA" = 1 ]; then exit 1; fi
printf '%s\\n' "$__SIM_ANTERIOR"
`;

function runBash(script: string, env: NodeJS.ProcessEnv, cwd: string, boundMs: number): Promise<Ran> {
  const bash = ["/bin/bash", "/usr/bin/bash"].find((p) => fs.existsSync(p)) ?? "bash";
  return run([bash, "--noprofile", "--norc", "-eo", "pipefail", "-c", script], env, boundMs, cwd);
}

/** The variables the runner gives every `run:` step (GITHUB_*, RUNNER_TEMP, CI), for one simulated run. */
export function runnerEnv(run: Run, event: Event, paths: { work: string; outFile: string; envFile: string; dir: string }): Record<string, string> {
  return {
    GITHUB_SHA: run.sha,
    GITHUB_REF: `refs/heads/${event.branch}`,
    GITHUB_REF_NAME: event.branch,
    GITHUB_EVENT_NAME: event.name,
    GITHUB_REPOSITORY: "aluno/chatbot",
    GITHUB_REPOSITORY_OWNER: "aluno",
    GITHUB_ACTOR: "aluno",
    GITHUB_WORKSPACE: paths.work,
    GITHUB_OUTPUT: paths.outFile,
    GITHUB_ENV: paths.envFile,
    GITHUB_STEP_SUMMARY: path.join(paths.dir, "summary"),
    RUNNER_TEMP: paths.dir,
    CI: "true",
  };
}

/** `name=value` lines and `name<<EOF … EOF` blocks of $GITHUB_OUTPUT / $GITHUB_ENV. */
export function readKeyValues(file: string): Record<string, string> {
  if (!fs.existsSync(file)) return {};
  const out: Record<string, string> = {};
  const lines = fs.readFileSync(file, "utf8").split(/\r?\n/);
  for (let i = 0; i < lines.length; i++) {
    const heredoc = /^([^=<]+)<<(.+)$/.exec(lines[i]!);
    if (heredoc) {
      const body: string[] = [];
      while (++i < lines.length && lines[i] !== heredoc[2]) body.push(lines[i]!);
      out[heredoc[1]!] = body.join("\n");
      continue;
    }
    const eq = lines[i]!.indexOf("=");
    if (eq > 0) out[lines[i]!.slice(0, eq)] = lines[i]!.slice(eq + 1);
  }
  return out;
}

function readCalls(file: string): string[][] {
  if (!fs.existsSync(file)) return [];
  return fs
    .readFileSync(file, "utf8")
    .split("\x1e")
    .filter((r) => r.length > 0)
    .map((r) => r.split("\x1f").slice(0, -1));
}

/** Each value with its `${{ }}` filled (one level of `env:`, `with:` or `outputs:`). */
export function textValues(values: Record<string, unknown>, ctx: Contexts): Record<string, string> {
  return Object.fromEntries(Object.entries(values).map(([k, v]) => [k, interpolate(typeof v === "string" ? v : JSON.stringify(v ?? ""), ctx)]));
}

/**
 * Runs the deploy job and every job after it, for a push to main, in bash with fake tools. `failing` is the
 * health-check step: in that scenario its HTTP calls get a 500 (and with `forceFailure` the step fails even if
 * its script swallows that, to judge the rollback apart from the health check). Undefined without bash (Windows).
 */
export async function runDeployJob(model: WorkflowModel, deployJob: WorkflowJob, failing: WorkflowStep | undefined, run: Run, forceFailure = false): Promise<JobRun | undefined> {
  if (process.platform === "win32") return undefined;
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "deploy-sim-"));
  try {
    const bin = path.join(dir, "bin");
    const home = path.join(dir, "home");
    const work = path.join(dir, "work");
    for (const d of [bin, home, work]) fs.mkdirSync(d);
    for (const tool of UTILITIES) {
      const real = ["/usr/bin", "/bin"].map((d) => path.join(d, tool)).find((p) => fs.existsSync(p));
      if (real) fs.symlinkSync(real, path.join(bin, tool));
    }
    const descendants = (job: WorkflowJob): boolean => job === deployJob || job.needs.some((n) => { const j = model.jobs.find((k) => k.id === n); return j ? descendants(j) : false; });
    const jobs = model.jobs.filter(descendants);
    const results = new Map<string, { result: JobResult; outputs: Record<string, string> }>();
    const steps: StepRun[] = [];
    let incomplete = false;
    const event = PUSH_MAIN;
    const pending = [...jobs];
    while (pending.length) {
      const index = pending.findIndex((j) => j.needs.every((n) => results.has(n) || !jobs.some((k) => k.id === n)));
      if (index < 0) break;
      const job = pending.splice(index, 1)[0]!;
      const needsCtx: Record<string, Value> = Object.fromEntries(
        job.needs.map((n) => {
          const done = results.get(n);
          // Jobs before the deploy (tests, image) succeeded; their outputs describe the new build.
          const outputs = done ? done.outputs : new Proxy({} as Record<string, Value>, { get: (_, k) => (typeof k === "string" ? `registro.exemplo/chatbot:${run.sha}` : undefined) });
          return [n, { result: done?.result ?? "success", outputs }];
        }),
      );
      const needResults = job.needs.map((n) => results.get(n)?.result ?? "success");
      const jobStatus = { success: needResults.every((r) => r === "success"), failure: needResults.some((r) => r === "failure") };
      const base = { ...baseContexts(event, run), needs: needsCtx };
      if (!conditionHolds(job.if, base, jobStatus)) {
        results.set(job.id, { result: "skipped", outputs: {} });
        for (const step of job.steps) steps.push({ step, ran: false, outcome: "skipped", calls: [], timedOut: false });
        continue;
      }
      const env: Record<string, string> = {};
      Object.assign(env, textValues(model.env, base));
      Object.assign(env, textValues(job.env, { ...base, env }));
      const stepsCtx: Record<string, Value> = {};
      let failed = false;
      for (const step of job.steps) {
        const ctx: Contexts = { ...base, env: { ...env }, steps: stepsCtx, job: { status: failed ? "failure" : "success" } };
        const status = { success: !failed, failure: failed };
        if (!conditionHolds(step.if, ctx, status)) {
          steps.push({ step, ran: false, outcome: "skipped", calls: [], timedOut: false });
          if (step.id) stepsCtx[step.id] = { outcome: "skipped", conclusion: "skipped", outputs: {} };
          continue;
        }
        const stepEnv = { ...env, ...textValues(step.env, ctx) };
        let calls: string[][] = [];
        let outcome: "success" | "failure" = "success";
        let outputs: Record<string, string> = {};
        let timedOut = false;
        if (step.run !== undefined) {
          const script = interpolate(step.run, { ...ctx, env: stepEnv }, status);
          // The repository's own scripts (`./scripts/deploy.sh`, also inside `$(…)`) become recording fakes.
          const relative = new Set(shellCommands(script).map((w) => commandWords(w)[0] ?? ""));
          for (const m of script.matchAll(/(?:^|[\s"'`(=;|&])((?:\.\/)?[A-Za-z0-9_.-]+(?:\/[A-Za-z0-9_.-]+)+|\.\/[A-Za-z0-9_.-]+)/g)) relative.add(m[1]!);
          for (const name of relative) {
            if (!name.includes("/") || path.isAbsolute(name) || name.split("/").includes("..")) continue;
            const target = path.join(work, name);
            if (fs.existsSync(target)) continue;
            fs.mkdirSync(path.dirname(target), { recursive: true });
            fs.writeFileSync(target, FAKE_SCRIPT, { mode: 0o755 });
          }
          const log = path.join(dir, `chamadas-${steps.length}`);
          const outFile = path.join(dir, `output-${steps.length}`);
          const envFile = path.join(dir, `env-${steps.length}`);
          for (const f of [outFile, envFile]) fs.writeFileSync(f, "");
          const ran = await runBash(`${PRELUDE}\n${script}`, {
            ...stepEnv,
            PATH: bin,
            HOME: home,
            ...runnerEnv(run, event, { work, outFile, envFile, dir }),
            __SIM_LOG: log,
            __SIM_FALHA: step === failing ? "1" : "0",
            __SIM_ANTERIOR: run.previousImage,
          }, work, 5_000);
          timedOut = ran.timedOut;
          if (timedOut) incomplete = true;
          outcome = ran.code === 0 && !(forceFailure && step === failing) ? "success" : "failure";
          calls = readCalls(log);
          outputs = readKeyValues(outFile);
          Object.assign(env, readKeyValues(envFile));
        } else if (step.uses !== undefined) {
          calls = [[step.uses, ...Object.entries(textValues(step.with, { ...ctx, env: stepEnv })).map(([k, v]) => `${k}=${v}`)]];
          if (step === failing) outcome = "failure";
        }
        const conclusion = outcome === "failure" && step.continueOnError ? "success" : outcome;
        if (conclusion === "failure") failed = true;
        if (step.id) stepsCtx[step.id] = { outcome, conclusion, outputs };
        steps.push({ step, ran: true, outcome, calls, timedOut });
      }
      const outputsMap = job.outputs ?? {};
      const jobCtx = { ...base, env, steps: stepsCtx };
      results.set(job.id, { result: failed ? "failure" : "success", outputs: textValues(outputsMap, jobCtx) });
    }
    return { steps, incomplete };
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
