// size: the deploy job run three times against one simulated server (a stateful fake docker reached directly or through ssh); the fakes are one bash text each and share the server's folder.
/**
 * Exercise 10 (red team 3, 2026-12-06): does the deploy work the SECOND time, and does the rollback replace the
 * container that failed? `docker run -d --name chatbot …` without removing the container of the previous deploy
 * works once; from then on Docker answers "Conflict. The container name "/chatbot" is already in use" and every
 * deploy fails (a rollback that does the same cannot bring the previous version back either).
 *
 * The deploy job's steps run in bash as on the runner (`bash -eo pipefail`, `if:` evaluated, $GITHUB_OUTPUT/ENV
 * honoured) with fake tools over ONE simulated server: `docker` keeps its containers in a folder (names, image,
 * running or not, published host ports) and answers as Docker does (name conflicts, port already allocated, "No such
 * container", `inspect --format`, `ps --filter`); `ssh host "cmd"` (and appleboy/ssh-action's `script:`) runs the remote
 * command against the same server; curl/wget reach a healthy app, or one answering 500. Nothing leaves the machine.
 *   1. a first deploy on a server that already runs "the previous version" (lenient: removing or stopping a
 *      container the server does not have is fine, as if it had it);
 *   2. a second deploy, strict, app healthy: every step must succeed;
 *   3. a third deploy, strict, app answering 500: the rollback must succeed and leave the version of deploy 2 running.
 * A deploy that never calls `docker run`/`create` (kubectl, compose, a platform CLI) has nothing to judge here.
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { conditionHolds, interpolate, type Contexts, type Value } from "./deploy/expressions.ts";
import { runGroup } from "./deploy/process-group.ts";
import { baseContexts, PUSH_MAIN, readKeyValues, runnerEnv, textValues, type Run } from "./deploy/simulate.ts";
import { parseWorkflow, stepLabel, type WorkflowJob, type WorkflowModel, type WorkflowStep } from "./deploy/workflow.ts";

export interface StepOutcome {
  step: WorkflowStep;
  ran: boolean;
  ok: boolean;
  stderr: string;
}

export interface RepeatOutcome {
  /** The deploy job, as messages name it. */
  job: string;
  /** Some step created a container with docker (directly or through ssh). */
  usesDocker: boolean;
  /** Deploy 2 (healthy app): its first failing step, if any. */
  secondFailure?: { step: string; line?: number; stderr: string };
  /** Images running after deploy 2. */
  afterSecond: string[];
  /** Deploy 3 (app answering 500): the rollback step(s) that ran, whether they succeeded, and what runs after. */
  rollback?: { step: string; line?: number; ok: boolean; stderr: string };
  afterThird: string[];
  /** A step did not end within its bound. */
  incomplete: boolean;
}

const ROLLBACK_WORDS = /rollback|roll back|revert|revers|reverte|anterior|previous/i;

function isDeploy(step: WorkflowStep): boolean {
  const title = `${step.name ?? ""} ${step.id ?? ""}`;
  return /deploy|implant/i.test(title) && !ROLLBACK_WORDS.test(title);
}

function isRollback(step: WorkflowStep): boolean {
  // Only a step whose `if:` lets it run after a failure can undo a failed deploy.
  return /failure\(\)|always\(\)|'failure'/.test(step.if ?? "");
}

const UTILITIES = [
  "cat", "grep", "egrep", "sed", "awk", "tr", "cut", "head", "tail", "seq", "mkdir", "chmod", "install", "touch", "cp", "mv", "rm",
  "date", "basename", "dirname", "tee", "wc", "sort", "uniq", "env", "printenv", "mktemp", "xargs", "base64", "sha256sum", "jq", "ls", "expr", "test", "true", "false",
];

// Unknown commands (kubectl, a platform CLI, ./deploy.sh) succeed silently: only docker keeps state here.
const PRELUDE = String.raw`command_not_found_handle() { return 0; }
`;

const QUIET = "#!/bin/sh\nexit 0\n";

/**
 * Whether the app behind $APP_URL answers 500: in the broken scenario, while the new (broken) version runs, or
 * always when the deploy keeps no docker state here (kubectl, a platform CLI). After a rollback, the previous one answers.
 */
const BROKEN = String.raw`quebrada() {
  [ "$__SIM_SAUDE_FALHA" = 1 ] || return 1
  local f achou=0
  for f in "$__SIM_SRV"/c/*; do
    [ -f "$f" ] || continue; achou=1
    [ "$(/usr/bin/sed -n 2p "$f")" = running ] && /usr/bin/sed -n 1p "$f" | /usr/bin/grep -q -- "$__SIM_QUEBRADA" && return 0
  done
  [ "$achou" = 0 ]
}
`;

const CURL = String.raw`#!/bin/bash
${BROKEN}f=0; w=""; o=""; prox=""
for a in "$@"; do
  if [ "$prox" = w ]; then w="$a"; prox=""; continue; fi
  if [ "$prox" = o ]; then o="$a"; prox=""; continue; fi
  case "$a" in
    --fail|--fail-with-body) f=1;; -w|--write-out) prox=w;; --write-out=*) w="\${a#--write-out=}";; -o|--output) prox=o;;
    --*) ;; -*w) case "$a" in *f*) f=1;; esac; prox=w;; -*o) case "$a" in *f*) f=1;; esac; prox=o;; -*f*) f=1;;
  esac
done
codigo=200; corpo='{"status":"ok"}'
if quebrada; then codigo=500; corpo='{"status":"erro"}'; fi
if [ "$codigo" = 500 ] && [ "$f" = 1 ]; then echo "curl: (22) The requested URL returned error: 500" >&2; exit 22; fi
[ -z "$o" ] && printf '%s' "$corpo"
if [ -n "$w" ]; then w="\${w//%\{http_code\}/$codigo}"; w="\${w//%\{response_code\}/$codigo}"; printf "\${w//%/%%}"; fi
exit 0
`.replace(/\\\$\{/g, "${");

const WGET = String.raw`#!/bin/bash
${BROKEN}
if quebrada; then echo "ERROR 500: Internal Server Error." >&2; exit 8; fi
exit 0
`;

/** ssh [options] host [command…]: the remote command (or stdin, for a heredoc) runs against the same simulated server. */
const SSH = String.raw`#!/bin/bash
while [ $# -gt 0 ]; do
  case "$1" in
    -[bcDEeFIiJLlmOopQRSWw]) shift 2;;
    -*) shift;;
    *) break;;
  esac
done
[ $# -gt 0 ] && shift
if [ $# -eq 0 ]; then exec /bin/bash -s; fi
exec /bin/bash -c "$*"
`;

/** A Docker daemon in a folder: one file per container (image, state, published host ports). */
const DOCKER = String.raw`#!/bin/bash
PATH=/usr/bin:/bin
srv="$__SIM_SRV/c"; mkdir -p "$srv"
{ printf '%s\037' docker "$@"; printf '\036'; } >> "$__SIM_SRV/log"
while [ $# -gt 0 ]; do case "$1" in -H|--host|--context|-c|--config|-l|--log-level) shift 2;; -*) shift;; *) break;; esac; done
cmd="\${1:-}"; [ $# -gt 0 ] && shift
if [ "$cmd" = container ]; then cmd="\${1:-}"; [ $# -gt 0 ] && shift; fi
leniente() { [ "\${__SIM_LENIENTE:-0}" = 1 ]; }
arquivo() { printf '%s/%s' "$srv" "$(printf '%s' "\${1#/}" | tr '/' '_')"; }
existe() { [ -f "$(arquivo "$1")" ]; }
campo() { sed -n "\${2}p" "$(arquivo "$1")"; }
grava() { printf '%s\n%s\n%s\n' "$2" "$3" "$4" > "$(arquivo "$1")"; }
porta_host() { local p="\${1%%/*}" n; n=$(printf '%s' "$p" | tr -cd ':' | wc -c); if [ "$n" = 1 ]; then printf ' %s' "\${p%%:*}"; elif [ "$n" = 2 ]; then p="\${p#*:}"; printf ' %s' "\${p%%:*}"; fi; }
ocupada() { local f p q; for f in "$srv"/*; do [ -f "$f" ] || continue; [ "$(sed -n 2p "$f")" = running ] || continue; for p in $(sed -n 3p "$f"); do for q in $1; do [ "$p" = "$q" ] && return 0; done; done; done; return 1; }
nomes() { local f; for f in "$srv"/*; do [ -f "$f" ] && basename "$f"; done; }
case "$cmd" in
  run|create)
    name=""; image=""; ports=""
    while [ $# -gt 0 ]; do
      case "$1" in
        --name) name="$2"; shift 2;;
        --name=*) name="\${1#--name=}"; shift;;
        -p|--publish) ports="$ports$(porta_host "$2")"; shift 2;;
        --publish=*) ports="$ports$(porta_host "\${1#--publish=}")"; shift;;
        --*=*) shift;;
        -e|--env|--env-file|--restart|-v|--volume|--network|--net|-l|--label|-m|--memory|--cpus|-u|--user|-w|--workdir|--entrypoint|--log-driver|--log-opt|--mount|--add-host|-h|--hostname|--pull|--platform|--stop-timeout|--stop-signal|--ulimit|--cap-add|--cap-drop|--security-opt|--tmpfs|--dns|--expose|--label-file|--memory-swap|--memory-reservation|--pids-limit|--gpus|--ip|--shm-size|--device|--cidfile|--link|--sysctl|--runtime|--health-cmd|--health-interval|--health-retries|--health-timeout|--health-start-period|--network-alias|--userns|--ipc|--pid|--cgroupns|--cpu-shares|--cpuset-cpus|--group-add) shift 2;;
        -[!-]*p) ports="$ports$(porta_host "$2")"; shift 2;;
        -*) shift;;
        *) image="$1"; break;;
      esac
    done
    [ -z "$name" ] && name="anonimo_$RANDOM$RANDOM"
    if existe "$name"; then
      echo "docker: Error response from daemon: Conflict. The container name \"/$name\" is already in use by container \"id_$name\". You have to remove (or rename) that container to be able to reuse that name." >&2
      exit 125
    fi
    if [ "$cmd" = run ] && [ -n "\${ports// /}" ] && ocupada "$ports"; then
      grava "$name" "$image" created "$ports"
      echo "docker: Error response from daemon: driver failed programming external connectivity on endpoint $name: Bind for 0.0.0.0:\${ports# } failed: port is already allocated." >&2
      exit 125
    fi
    if [ "$cmd" = run ]; then grava "$name" "$image" running "$ports"; else grava "$name" "$image" created "$ports"; fi
    echo "id_$name"; exit 0;;
  rm)
    force=0; names=()
    for a in "$@"; do case "$a" in -f|--force) force=1;; --*) ;; -*) case "$a" in *f*) force=1;; esac;; *) names+=("$a");; esac; done
    if [ "\${#names[@]}" = 0 ]; then echo "\"docker rm\" requires at least 1 argument." >&2; exit 1; fi
    rc=0
    for n in "\${names[@]}"; do
      if ! existe "$n"; then leniente && continue; echo "Error response from daemon: No such container: $n" >&2; rc=1; continue; fi
      if [ "$(campo "$n" 2)" = running ] && [ "$force" = 0 ]; then echo "Error response from daemon: cannot remove container \"/$n\": container is running: stop the container before removing or force remove" >&2; rc=1; continue; fi
      rm -f "$(arquivo "$n")"; echo "$n"
    done
    exit $rc;;
  stop|kill)
    names=(); prox=""
    for a in "$@"; do if [ -n "$prox" ]; then prox=""; continue; fi; case "$a" in -t|--time|-s|--signal|--timeout) prox=1;; -*) ;; *) names+=("$a");; esac; done
    if [ "\${#names[@]}" = 0 ]; then echo "\"docker $cmd\" requires at least 1 argument." >&2; exit 1; fi
    rc=0
    for n in "\${names[@]}"; do
      if ! existe "$n"; then leniente && continue; echo "Error response from daemon: No such container: $n" >&2; rc=1; continue; fi
      grava "$n" "$(campo "$n" 1)" exited "$(campo "$n" 3)"; echo "$n"
    done
    exit $rc;;
  start|restart)
    rc=0
    for n in "$@"; do case "$n" in -*) continue;; esac
      if ! existe "$n"; then echo "Error response from daemon: No such container: $n" >&2; rc=1; continue; fi
      grava "$n" "$(campo "$n" 1)" running "$(campo "$n" 3)"; echo "$n"
    done
    exit $rc;;
  rename)
    if ! existe "$1"; then leniente && exit 0; echo "Error response from daemon: No such container: $1" >&2; exit 1; fi
    if existe "$2"; then echo "Error response from daemon: Conflict. The container name \"/$2\" is already in use." >&2; exit 1; fi
    mv "$(arquivo "$1")" "$(arquivo "$2")"; exit 0;;
  inspect)
    fmt=""; names=(); prox=""
    for a in "$@"; do
      if [ "$prox" = f ]; then fmt="$a"; prox=""; continue; fi
      if [ "$prox" = x ]; then prox=""; continue; fi
      case "$a" in -f|--format) prox=f;; --format=*) fmt="\${a#--format=}";; --type) prox=x;; -*) ;; *) names+=("$a");; esac
    done
    rc=0
    for n in "\${names[@]}"; do
      if ! existe "$n"; then
        if leniente; then img="$__SIM_ANTERIOR"; estado=running; else echo "Error: No such object: $n" >&2; rc=1; continue; fi
      else img="$(campo "$n" 1)"; estado="$(campo "$n" 2)"; fi
      case "$fmt" in
        *State.Running*) [ "$estado" = running ] && echo true || echo false;;
        *State.Status*|*State*) echo "$estado";;
        *Image*) echo "$img";;
        "") printf '[{"Name":"/%s","Config":{"Image":"%s"},"State":{"Status":"%s","Running":%s}}]\n' "$n" "$img" "$estado" "$([ "$estado" = running ] && echo true || echo false)";;
        *) echo "$img";;
      esac
    done
    exit $rc;;
  ps)
    todos=0; quieto=0; filtro=""; fmt=""; prox=""
    for a in "$@"; do
      if [ "$prox" = f ]; then filtro="$a"; prox=""; continue; fi
      if [ "$prox" = m ]; then fmt="$a"; prox=""; continue; fi
      case "$a" in -a|--all) todos=1;; -q|--quiet) quieto=1;; -aq|-qa) todos=1; quieto=1;; -f|--filter) prox=f;; --filter=*) filtro="\${a#--filter=}";; --format) prox=m;; --format=*) fmt="\${a#--format=}";; esac
    done
    for n in $(nomes); do
      [ "$todos" = 1 ] || [ "$(campo "$n" 2)" = running ] || continue
      case "$filtro" in name=*) printf '%s' "$n" | grep -q -- "\${filtro#name=}" || continue;; esac
      if [ "$quieto" = 1 ]; then echo "id_$n"; elif [ -n "$fmt" ]; then case "$fmt" in *Image*) echo "$(campo "$n" 1)";; *) echo "$n";; esac; else echo "id_$n $(campo "$n" 1) $(campo "$n" 2) $n"; fi
    done
    exit 0;;
  *) exit 0;;
esac
`.replace(/\\\$\{/g, "${");

interface Server {
  dir: string;
  bin: string;
  prelude: string;
}

function newServer(dir: string): Server {
  const bin = path.join(dir, "bin");
  fs.mkdirSync(bin);
  fs.mkdirSync(path.join(dir, "servidor"));
  // Wrapper scripts that find the tool when they run, not links nor fs.existsSync here: the grading sandbox's
  // permission model refuses fs.symlink and reads outside the workspace (the programs it starts are not under it).
  for (const tool of UTILITIES)
    fs.writeFileSync(path.join(bin, tool), `#!/bin/sh\nfor d in /usr/bin /bin; do [ -x "$d/${tool}" ] && exec "$d/${tool}" "$@"; done\necho "${tool}: command not found" >&2\nexit 127\n`, { mode: 0o755 });
  for (const [name, text] of Object.entries({ docker: DOCKER, ssh: SSH, curl: CURL, wget: WGET, scp: QUIET, rsync: QUIET, sftp: QUIET, sleep: QUIET, "ssh-keyscan": QUIET, "ssh-add": QUIET, "ssh-agent": QUIET }))
    fs.writeFileSync(path.join(bin, name), text, { mode: 0o755 });
  const prelude = path.join(dir, "prelude.sh");
  fs.writeFileSync(prelude, PRELUDE);
  return { dir, bin, prelude };
}

function running(server: Server): string[] {
  const c = path.join(server.dir, "servidor", "c");
  if (!fs.existsSync(c)) return [];
  return fs
    .readdirSync(c)
    .map((f) => fs.readFileSync(path.join(c, f), "utf8").split("\n"))
    .filter((l) => l[1] === "running")
    .map((l) => l[0]!);
}

/** One run of the deploy job against the server. */
async function deployOnce(model: WorkflowModel, job: WorkflowJob, server: Server, run: Run, opts: { lenient: boolean; healthFails: boolean }): Promise<{ steps: StepOutcome[]; incomplete: boolean }> {
  const base: Contexts = {
    ...baseContexts(PUSH_MAIN, run),
    needs: Object.fromEntries(
      job.needs.map((n) => [n, { result: "success", outputs: new Proxy({} as Record<string, Value>, { get: (_, k) => (typeof k === "string" ? `registro.exemplo/chatbot:${run.sha}` : undefined) }) }]),
    ),
  };
  const env: Record<string, string> = {};
  Object.assign(env, textValues(model.env, base));
  Object.assign(env, textValues(job.env, { ...base, env }));
  const stepsCtx: Record<string, Value> = {};
  const steps: StepOutcome[] = [];
  let failed = false;
  let incomplete = false;
  const work = fs.mkdtempSync(path.join(server.dir, "work-"));
  const home = fs.mkdtempSync(path.join(server.dir, "home-"));
  for (const step of job.steps) {
    const ctx: Contexts = { ...base, env: { ...env }, steps: stepsCtx, job: { status: failed ? "failure" : "success" } };
    const status = { success: !failed, failure: failed };
    if (!conditionHolds(step.if, ctx, status)) {
      steps.push({ step, ran: false, ok: true, stderr: "" });
      if (step.id) stepsCtx[step.id] = { outcome: "skipped", conclusion: "skipped", outputs: {} };
      continue;
    }
    const stepEnv = { ...env, ...textValues(step.env, ctx) };
    let script: string | undefined;
    let shell = ["-eo", "pipefail"];
    if (step.run !== undefined) script = interpolate(step.run, { ...ctx, env: stepEnv }, status);
    else if (/ssh-action@|ssh-deploy@|remote-ssh/i.test(step.uses ?? "") && typeof step.with.script === "string") {
      script = interpolate(step.with.script, { ...ctx, env: stepEnv }, status);
      shell = []; // the remote shell: no -e
    }
    let ok = true;
    let stderr = "";
    let outputs: Record<string, string> = {};
    if (script !== undefined) {
      const outFile = path.join(server.dir, `output-${steps.length}-${run.sha.slice(0, 6)}`);
      const envFile = path.join(server.dir, `env-${steps.length}-${run.sha.slice(0, 6)}`);
      for (const f of [outFile, envFile]) fs.writeFileSync(f, "");
      const ran = await runGroup(
        ["/bin/bash", "--noprofile", "--norc", ...shell, "-c", script],
        {
          ...stepEnv,
          PATH: server.bin,
          HOME: home,
          BASH_ENV: server.prelude,
          ...runnerEnv(run, PUSH_MAIN, { work, outFile, envFile, dir: server.dir }),
          __SIM_SRV: path.join(server.dir, "servidor"),
          __SIM_LENIENTE: opts.lenient ? "1" : "0",
          __SIM_SAUDE_FALHA: opts.healthFails ? "1" : "0",
          __SIM_ANTERIOR: run.previousImage,
          __SIM_QUEBRADA: run.sha.slice(0, 7),
        },
        work,
        5_000,
      );
      if (ran.timedOut) incomplete = true;
      ok = ran.code === 0;
      stderr = ran.stderr;
      outputs = readKeyValues(outFile);
      Object.assign(env, readKeyValues(envFile));
    }
    const conclusion = !ok && step.continueOnError ? "success" : ok ? "success" : "failure";
    if (conclusion === "failure") failed = true;
    if (step.id) stepsCtx[step.id] = { outcome: ok ? "success" : "failure", conclusion, outputs };
    steps.push({ step, ran: true, ok, stderr });
  }
  return { steps, incomplete };
}

/** The deploy job run three times against one simulated server. Undefined without bash (Windows) or without a deploy step. */
export async function deployRepeated(workflowText: string): Promise<RepeatOutcome | undefined> {
  if (process.platform === "win32") return undefined;
  const model = parseWorkflow(workflowText);
  const deploy = model.jobs.flatMap((j) => j.steps).find(isDeploy);
  if (!deploy) return undefined;
  const job = deploy.job;
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "deploy-repetido-"));
  try {
    const server = newServer(dir);
    const sha = (c: string) => c.repeat(40);
    const first: Run = { sha: sha("a"), previousSha: sha("9"), previousImage: `registro.exemplo/chatbot:${sha("9").slice(0, 12)}` };
    const second: Run = { sha: sha("b"), previousSha: sha("a"), previousImage: "" };
    const third: Run = { sha: sha("c"), previousSha: sha("b"), previousImage: "" };
    const r1 = await deployOnce(model, job, server, first, { lenient: true, healthFails: false });
    const log = path.join(dir, "servidor", "log");
    const calls = fs.existsSync(log) ? fs.readFileSync(log, "utf8").split("\x1e").map((r) => r.split("\x1f")) : [];
    const usesDocker = calls.some((c) => c.includes("run") || c.includes("create"));
    const r2 = await deployOnce(model, job, server, second, { lenient: false, healthFails: false });
    const afterSecond = running(server);
    const failing = r2.steps.find((s) => s.ran && !s.ok);
    const r3 = await deployOnce(model, job, server, third, { lenient: false, healthFails: true });
    const back = r3.steps.filter((s) => s.ran && isRollback(s.step) && !isDeploy(s.step));
    const badBack = back.find((s) => !s.ok);
    const shown = badBack ?? back[0];
    return {
      job: job.id,
      usesDocker,
      ...(failing ? { secondFailure: { step: stepLabel(failing.step), line: failing.step.line, stderr: failing.stderr.trim() } } : {}),
      afterSecond,
      ...(shown ? { rollback: { step: stepLabel(shown.step), line: shown.step.line, ok: !badBack, stderr: shown.stderr.trim() } } : {}),
      afterThird: running(server),
      incomplete: r1.incomplete || r2.incomplete || r3.incomplete,
    };
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
