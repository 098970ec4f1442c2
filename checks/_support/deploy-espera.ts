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
import { interpolate, type Contexts, type Value } from "./deploy/expressions.ts";
import { baseContexts, PUSH_MAIN, stored, textValues, type Run } from "./deploy/simulate.ts";
import { runGroup } from "./deploy/process-group.ts";
import { parseWorkflow, stepLabel, type WorkflowModel, type WorkflowStep } from "./deploy/workflow.ts";

export interface WaitOutcome {
  /** The health step found, as messages name a step (`stepLabel`, quoted); undefined when there is none. */
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

// Pure bash on an integer clock in milliseconds (no awk, cat or wc per attempt): a correct step ends in a few ms on
// any machine, and a loop that never waits reaches the attempt cap (500 requests; polling every 0.05 s for 15 s makes 300) at once. The cap, not the
// wall-clock bound of the run, decides "it does not stop"; the bound is only a net for constructs that make no request.
const ATTEMPT_CAP = 500;
// The system's tools only (no node_modules/.bin, no user folders). curl, wget, sleep and timeout are the prelude's bash
// functions, which take precedence over any program of that name. No folder of links: the grading sandbox's permission
// model refuses fs.symlink.
const SYSTEM_PATH = "/usr/local/bin:/usr/bin:/bin";
/** Only for a step that never makes a request and never ends; a correct step takes milliseconds. */
const NET_BOUND_MS = 8_000;
const PRELUDE = String.raw`
__ms() {
  local v="$1" int frac
  int="\${v%%.*}"
  if [ "$int" = "$v" ]; then frac=""; else frac="\${v#*.}"; fi
  case "$int$frac" in ''|*[!0-9]*) __MS=0; return;; esac
  [ -z "$int" ] && int=0
  frac="\${frac}000"; frac="\${frac:0:3}"
  __MS=$(( (10#$int * 1000 + 10#$frac) * $2 / 1000 ))
}
__agora() { read -r __AGORA < "$__T" || true; }
__avanca() { __agora; echo $(( __AGORA + $1 )) > "$__T"; }
__no_ar() { __agora; [ "$__AGORA" -ge "$__SUBIDA_MS" ]; }
__tentativa() {
  local n; read -r n < "$__N" || true; n=$(( n + 1 )); echo "$n" > "$__N"
  if [ "$n" -ge "$__LIMITE" ]; then echo 1 > "$__N.laco"; kill -KILL 0; fi
}
sleep() {
  local total=0 a
  for a in "$@"; do
    case "$a" in
      *s) __ms "\${a%s}" 1000;; *m) __ms "\${a%m}" 60000;; *h) __ms "\${a%h}" 3600000;; *d) __ms "\${a%d}" 86400000;; *) __ms "$a" 1000;;
    esac
    total=$(( total + __MS ))
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
  case "$retry" in ''|*[!0-9]*) retry=0;; esac
  __ms "$delay" 1000; local delay_ms=$__MS
  __ms "$maxtime" 1000; local max_ms=$__MS
  __agora; local inicio=$__AGORA
  local n=0 espera
  while :; do
    __tentativa
    if __no_ar; then
      if [ -z "$o" ]; then printf '%s' '{"status":"ok"}'; fi
      if [ -n "$w" ]; then w="\${w//%\{http_code\}/200}"; w="\${w//%\{response_code\}/200}"; printf "\${w//%/%%}"; fi
      return 0
    fi
    if [ "$connref" = 1 ] && [ "$n" -lt "$retry" ]; then
      if [ "$delay_ms" -gt 0 ]; then espera=$delay_ms; else espera=$(( n < 10 ? (1 << n) * 1000 : 600000 )); [ "$espera" -gt 600000 ] && espera=600000; fi
      __agora
      if [ "$max_ms" -gt 0 ] && [ $(( __AGORA - inicio + espera )) -gt "$max_ms" ]; then break; fi
      __avanca "$espera"; n=$(( n + 1 )); continue
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
  case "$tries" in ''|*[!0-9]*) tries=20;; esac
  case "$wait" in ''|*[!0-9]*) wait=10;; esac
  [ "$tries" = 0 ] && tries=1000000
  while :; do
    __tentativa
    if __no_ar; then return 0; fi
    n=$(( n + 1 ))
    if [ "$connref" = 1 ] && [ "$n" -lt "$tries" ]; then
      espera=$n; [ "$espera" -gt "$wait" ] && espera=$wait
      __avanca $(( espera * 1000 )); continue
    fi
    echo "failed: Connection refused." >&2
    return 4
  done
}
timeout() { while [ "$#" -gt 0 ] && [ "\${1#-}" != "$1" ]; do shift; done; shift; "$@"; }
export -f __ms __agora __avanca __no_ar __tentativa sleep curl wget timeout
`.replace(/\\\$\{/g, "${"); // String.raw keeps the backslash of \${ (bash expansion, not a template hole)

/** The commit, run id and run number of the simulated push. */
export const COMMIT = "0123456789abcdef0123456789abcdef01234567";
export const RUN_ID = "9876543210";
export const RUN_NUMBER = "4242";

/** Contexts of a push to main of COMMIT (the workflow simulation's, with this run's ids; earlier steps and jobs succeeded). */
export function pushToMain(sha: string): Contexts {
  const run: Run = { sha, previousSha: "f".repeat(40), previousImage: "registro.exemplo/chatbot:anterior", runId: RUN_ID, runNumber: RUN_NUMBER };
  return {
    ...baseContexts(PUSH_MAIN, run),
    steps: new Proxy({} as Record<string, Value>, { get: () => ({ outcome: "success", conclusion: "success", outputs: stored("output") }) }),
    needs: new Proxy({} as Record<string, Value>, { get: () => ({ result: "success", outputs: stored("output") }) }),
  };
}

/** The environment a step sees (workflow, job and step `env:`, each with its `${{ }}` filled). */
export function stepEnv(model: WorkflowModel, step: WorkflowStep, ctx: Contexts): Record<string, string> {
  const env: Record<string, string> = {};
  for (const values of [model.env, step.job.env, step.env]) Object.assign(env, textValues(values, { ...ctx, env: { ...env } }));
  return env;
}

/**
 * A `run:` script as it would execute on the push to main: `${{ }}` filled, then the shell variables expanded from
 * the step's environment (`$IMAGEM`, `${IMAGEM}`, `${IMAGEM,,}`) and the runner's $GITHUB_SHA / $GITHUB_RUN_ID /
 * $GITHUB_RUN_NUMBER. Unknown variables stay as written.
 */
export function expandedRun(run: string, env: Record<string, string>, ctx: Contexts): string {
  const runner: Record<string, string> = { GITHUB_SHA: COMMIT, GITHUB_RUN_ID: RUN_ID, GITHUB_RUN_NUMBER: RUN_NUMBER };
  return interpolate(run, { ...ctx, env }).replace(/\$\{?([A-Za-z_][A-Za-z0-9_]*)(?:,,|\^\^)?\}?/g, (all, name: string) => runner[name] ?? env[name] ?? all);
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
    const clock = path.join(dir, "relogio");
    const attempts = path.join(dir, "tentativas");
    fs.writeFileSync(clock, "0\n");
    fs.writeFileSync(attempts, "0\n");
    const ctx = pushToMain(COMMIT);
    const env = stepEnv(model, step, ctx);
    const script = interpolate(step.run!, { ...ctx, env: { ...env } });
    // "bash" found on SYSTEM_PATH: the sandbox's permission model refuses fs.existsSync outside the workspace.
    const bash = "bash";
    const ran = await runGroup(
      [bash, "--noprofile", "--norc", "-eo", "pipefail", "-c", `${PRELUDE}\n${script}`],
      { ...env, PATH: SYSTEM_PATH, HOME: dir, CI: "true", __T: clock, __N: attempts, __SUBIDA_MS: String(startupSeconds * 1000), __LIMITE: String(ATTEMPT_CAP) },
      dir,
      NET_BOUND_MS,
    );
    const capped = fs.existsSync(`${attempts}.laco`);
    return {
      step: stepLabel(step),
      line: step.line,
      ok: ran.code === 0 && !ran.timedOut && !capped,
      hung: capped || ran.timedOut,
      startupSeconds,
      attempts: Number(fs.readFileSync(attempts, "utf8").trim()) || 0,
    };
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
