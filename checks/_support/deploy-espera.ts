/**
 * Exercise 10 (red team 2, 2026-12-06): does the post-deploy health check WAIT for the new version to come up?
 * A container that was just started refuses connections for a few seconds; a health check that tries once
 * (`curl --fail "$APP_URL/health"`) fails on every deploy and the rollback undoes every good release.
 *
 * The health step's `run:` is executed in bash with fake `curl`, `wget` and `sleep` over a SIMULATED clock (no
 * wall-clock wait, no network): the app refuses connections until `startupSeconds` have passed on that clock.
 * curl's own retries are emulated as curl does them: `--retry N` retries a refused connection only with
 * `--retry-connrefused` or `--retry-all-errors`, waiting `--retry-delay` seconds (else 1, 2, 4… s), within
 * `--retry-max-time`; wget retries a refused connection only with `--retry-connrefused` (`--tries`, default 20,
 * waiting 1, 2… up to `--waitretry`, default 10 s). A shell loop with `sleep` advances the same clock.
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { run } from "./deploy/behaviour.ts";
import { interpolate, type Contexts, type Value } from "./deploy/expressions.ts";
import { parseWorkflow, type WorkflowModel, type WorkflowStep } from "./deploy/workflow.ts";

export interface WaitOutcome {
  /** The health step found, as "name" or "id" (for messages); undefined when there is none. */
  step?: string;
  line?: number;
  /** The step succeeded once the app came up. */
  ok: boolean;
  /** The step did not end within the bound (a loop without sleep, or without an end). */
  hung: boolean;
  /** Simulated seconds the app took to come up. */
  startupSeconds: number;
  /** Requests the step made. */
  attempts: number;
}

const ROLLBACK = /rollback|roll back|revert|revers|reverte|anterior|previous/i;
const FAILURE = /\bfailure\(\)|\.(outcome|conclusion|result)\s*==\s*'failure'/;

/** The health step run after the deploy: a `run:` that asks for /health with curl or wget, not the rollback. */
function healthStep(steps: WorkflowStep[]): WorkflowStep | undefined {
  return steps.find((s) => s.run && /health/i.test(s.run) && /\b(curl|wget)\b/.test(s.run) && !ROLLBACK.test(`${s.name ?? ""} ${s.id ?? ""}`) && !FAILURE.test(s.if ?? ""));
}

function stand(kind: string): Record<string, Value> {
  return new Proxy({} as Record<string, Value>, {
    get: (_, name) => (typeof name !== "string" ? undefined : /url/i.test(name) ? "https://chatbot.producao.exemplo" : /host|server|servidor/i.test(name) ? "deploy@producao.exemplo" : `${kind}-${name}`),
  });
}

const PRELUDE = String.raw`
__agora() { cat "$__T"; }
__avanca() { awk -v a="$(cat "$__T")" -v b="$1" 'BEGIN { printf "%.3f", a + b }' > "$__T.n" && mv "$__T.n" "$__T"; }
__no_ar() { awk -v a="$(cat "$__T")" -v s="$__SUBIDA" 'BEGIN { exit !(a >= s) }'; }
__tentativa() { echo x >> "$__N"; }
sleep() {
  local total=0 a v
  for a in "$@"; do
    case "$a" in
      *s) v="\${a%s}";; *m) v=$(awk -v x="\${a%m}" 'BEGIN { print x * 60 }');; *h) v=$(awk -v x="\${a%h}" 'BEGIN { print x * 3600 }');; *) v="$a";;
    esac
    total=$(awk -v a="$total" -v b="$v" 'BEGIN { print a + b }')
  done
  __avanca "$total"
}
curl() {
  local retry=0 delay=0 maxtime=0 connref=0 w="" prox="" a o=""
  for a in "$@"; do
    case "$prox" in
      retry) retry="$a"; prox=""; continue;; delay) delay="$a"; prox=""; continue;; max) maxtime="$a"; prox=""; continue;;
      w) w="$a"; prox=""; continue;; o) o="$a"; prox=""; continue;; skip) prox=""; continue;;
    esac
    case "$a" in
      --retry) prox=retry;; --retry=*) retry="\${a#--retry=}";;
      --retry-delay) prox=delay;; --retry-delay=*) delay="\${a#--retry-delay=}";;
      --retry-max-time) prox=max;; --retry-max-time=*) maxtime="\${a#--retry-max-time=}";;
      --retry-connrefused|--retry-all-errors) connref=1;;
      -w|--write-out) prox=w;; --write-out=*) w="\${a#--write-out=}";;
      -o|--output) prox=o;;
      -H|--header|-m|--max-time|--connect-timeout|-X|--request|-u|--user|-A|--user-agent|-d|--data) prox=skip;;
      --*) ;;
      -*w) prox=w;; -*o) prox=o;; -*m) prox=skip;;
    esac
  done
  local inicio; inicio=$(__agora)
  local n=0 espera
  while :; do
    __tentativa
    if __no_ar; then
      if [ -z "$o" ]; then printf '%s' '{"status":"ok"}'; fi
      if [ -n "$w" ]; then w="\${w//%\{http_code\}/200}"; w="\${w//%\{response_code\}/200}"; printf "\${w//%/%%}"; fi
      return 0
    fi
    if [ "$connref" = 1 ] && [ "$n" -lt "$retry" ]; then
      if [ "$delay" != 0 ]; then espera="$delay"; else espera=$(awk -v k="$n" 'BEGIN { e = 2 ^ k; if (e > 600) e = 600; print e }'); fi
      if [ "$maxtime" != 0 ] && awk -v a="$(__agora)" -v i="$inicio" -v e="$espera" -v m="$maxtime" 'BEGIN { exit !(a - i + e > m) }'; then break; fi
      __avanca "$espera"; n=$((n + 1)); continue
    fi
    break
  done
  echo "curl: (7) Failed to connect to chatbot.producao.exemplo port 443: Connection refused" >&2
  if [ -n "$w" ]; then w="\${w//%\{http_code\}/000}"; w="\${w//%\{response_code\}/000}"; printf "\${w//%/%%}"; fi
  return 7
}
wget() {
  local tries=20 wait=10 connref=0 a n=0 espera
  for a in "$@"; do
    case "$a" in
      --tries=*) tries="\${a#--tries=}";; -t*) tries="\${a#-t}";; --waitretry=*) wait="\${a#--waitretry=}";; --retry-connrefused) connref=1;;
    esac
  done
  [ "$tries" = 0 ] && tries=1000000
  while :; do
    __tentativa
    if __no_ar; then return 0; fi
    n=$((n + 1))
    if [ "$connref" = 1 ] && [ "$n" -lt "$tries" ]; then
      espera=$n; [ "$espera" -gt "$wait" ] && espera=$wait
      __avanca "$espera"; continue
    fi
    echo "failed: Connection refused." >&2
    return 4
  done
}
timeout() { while [ "$#" -gt 0 ] && [ "\${1#-}" != "$1" ]; do shift; done; shift; "$@"; }
export -f __agora __avanca __no_ar __tentativa sleep curl wget timeout
`.replace(/\\\$\{/g, "${"); // String.raw keeps the backslash of \${ (bash expansion, not a template hole)

/** The commit, run id and run number of the simulated push. */
export const COMMIT = "0123456789abcdef0123456789abcdef01234567";
export const RUN_ID = "9876543210";
export const RUN_NUMBER = "4242";

/** Contexts of a push to main (secrets and variables are stand-ins; earlier steps and jobs succeeded). */
export function pushToMain(sha: string): Contexts {
  return {
    github: { event_name: "push", ref: "refs/heads/main", ref_name: "main", sha, repository: "aluno/chatbot", repository_owner: "aluno", actor: "aluno", run_id: RUN_ID, run_number: RUN_NUMBER },
    secrets: stand("secrets"),
    vars: stand("vars"),
    runner: { os: "Linux", temp: "/tmp", arch: "X64" },
    inputs: {},
    matrix: {},
    steps: new Proxy({} as Record<string, Value>, { get: () => ({ outcome: "success", conclusion: "success", outputs: stand("output") }) }),
    needs: new Proxy({} as Record<string, Value>, { get: () => ({ result: "success", outputs: stand("output") }) }),
    env: {},
  };
}

/** The environment a step sees (workflow, job and step `env:`, each with its `${{ }}` filled). */
export function stepEnv(model: WorkflowModel, step: WorkflowStep, ctx: Contexts): Record<string, string> {
  const env: Record<string, string> = {};
  for (const values of [model.env, step.job.env, step.env]) {
    for (const [k, v] of Object.entries(values)) env[k] = interpolate(typeof v === "string" ? v : JSON.stringify(v ?? ""), { ...ctx, env: { ...env } });
  }
  return env;
}

/**
 * Runs the workflow's post-deploy health step while the new version is still starting. Undefined without bash
 * (Windows) or when the workflow has no health step (the health rule already says so).
 */
export async function healthCheckWaits(workflowText: string, startupSeconds: number): Promise<WaitOutcome | undefined> {
  if (process.platform === "win32") return undefined;
  const model = parseWorkflow(workflowText);
  const step = healthStep(model.jobs.flatMap((j) => j.steps));
  if (!step) return undefined;
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "deploy-espera-"));
  try {
    const bin = path.join(dir, "bin");
    fs.mkdirSync(bin);
    for (const tool of ["bash", "sh", "awk", "cat", "mv", "grep", "sed", "tr", "cut", "head", "tail", "seq", "date", "expr", "wc", "jq", "printf", "echo"]) {
      const real = ["/usr/bin", "/bin"].map((d) => path.join(d, tool)).find((p) => fs.existsSync(p));
      if (real) fs.symlinkSync(real, path.join(bin, tool));
    }
    const clock = path.join(dir, "relogio");
    const attempts = path.join(dir, "tentativas");
    fs.writeFileSync(clock, "0");
    fs.writeFileSync(attempts, "");
    const ctx = pushToMain(COMMIT);
    const env = stepEnv(model, step, ctx);
    const script = interpolate(step.run!, { ...ctx, env: { ...env } });
    const bash = ["/bin/bash", "/usr/bin/bash"].find((p) => fs.existsSync(p)) ?? "bash";
    const ran = await run(
      [bash, "--noprofile", "--norc", "-eo", "pipefail", "-c", `${PRELUDE}\n${script}`],
      { ...env, PATH: bin, HOME: dir, CI: "true", __T: clock, __N: attempts, __SUBIDA: String(startupSeconds) },
      5_000,
      dir,
    );
    return {
      step: step.name ?? step.id ?? `passo ${step.index + 1} do job ${step.job.id}`,
      line: step.line,
      ok: ran.code === 0 && !ran.timedOut,
      hung: ran.timedOut,
      startupSeconds,
      attempts: fs.readFileSync(attempts, "utf8").split("\n").filter(Boolean).length,
    };
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
