/**
 * Grading untrusted code (`npm run grade`). Each student × exercise runs in a fresh workspace:
 *
 *   <tmp>/grade-XXXX/
 *     workbook/    copy of what the checks need (config, lib/, checks/, the solutions the capstone reuses),
 *                  node_modules as links to the instructor's packages; owned by the instructor, read-only for the student
 *     aluno/       copy of the student's exercise folders (links that resolve outside the folder are refused)
 *     home/, tmp/  the student's HOME and TMPDIR
 *     resultados/  0700, the instructor's: grade-child.mjs writes the results here (the student's code cannot)
 *
 * Layers, where the platform has them:
 *  - Linux as root (the instructor's CI, this project's CI): vitest's worker processes, the only ones that
 *    load student code, run as a dedicated unprivileged user (one per parallel slot), so the instructor's
 *    files, the results directory and /proc/<pid>/environ of every ancestor are out of reach, and every
 *    process the student left behind is killed by uid.
 *  - Node's permission model on those workers: reads limited to the workspace and node_modules, writes to
 *    aluno/, home/ and tmp/ (no `.env` anywhere in reach, no /proc).
 *  - Everywhere: an environment built from scratch (no key, no variable of the instructor's), a process group
 *    killed whole on timeout, a heap cap per run, and secrets masked in every report.
 * Windows, macOS or a non-root Linux user get the last layer only, with a loud pt-BR warning.
 */
import { spawn, spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import type { CheckFileResult } from "./run-checks.ts";
import type { Isolation } from "./sandbox-user.ts";
import { copySolutionFolder } from "./solution-files.mjs";

// Who the run executes as lives in sandbox-user.ts; re-exported so callers import the sandbox from one place.
export { sandboxCannotReach, sandboxUser, type Isolation } from "./sandbox-user.ts";

const CHILD = path.join(path.dirname(fileURLToPath(import.meta.url)), "grade-child.mjs");

/** What the workbook copy needs for the checks to run (everything else of the instructor's stays out). */
const WORKBOOK_ENTRIES = ["package.json", "tsconfig.json", "vitest.config.ts", "scripts/lib/solution-files.mjs", "curriculum.ts", "lib", "checks", "test/retry/fake-clock.ts"];

/** Relative paths of links inside `dir` that resolve outside it (or nowhere). */
export function linksOutside(dir: string): string[] {
  const base = fs.realpathSync(dir);
  const bad: string[] = [];
  const walk = (current: string) => {
    for (const entry of fs.readdirSync(current, { withFileTypes: true })) {
      const full = path.join(current, entry.name);
      if (entry.isSymbolicLink()) {
        let real = "";
        try {
          real = fs.realpathSync(full);
        } catch {
          // a dangling link resolves nowhere: refused too
        }
        const inside = real !== "" && (real === base || real.startsWith(base + path.sep));
        if (!inside) bad.push(path.relative(dir, full));
        else if (fs.statSync(full).isDirectory()) walk(full);
      } else if (entry.isDirectory() && entry.name !== "node_modules") walk(full);
    }
  };
  walk(dir);
  return bad.sort();
}

function chownTree(dir: string, uid: number, gid: number): void {
  fs.chownSync(dir, uid, gid);
  for (const entry of fs.readdirSync(dir, { withFileTypes: true, recursive: true })) {
    fs.lchownSync(path.join(entry.parentPath, entry.name), uid, gid);
  }
}

export interface Workspace {
  dir: string;
  workbook: string;
  target: string;
  results: string;
  home: string;
  tmp: string;
}

/** A fresh workspace for one run: the workbook copy, the student's folders, home, tmp and the results dir. */
export function createWorkspace(root: string, studentDir: string, folders: string[], solutionFolders: string[], isolation: Isolation): Workspace {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "grade-"));
  fs.chmodSync(dir, 0o755);
  const ws: Workspace = {
    dir,
    workbook: path.join(dir, "workbook"),
    target: path.join(dir, "aluno"),
    results: path.join(dir, "resultados"),
    home: path.join(dir, "home"),
    tmp: path.join(dir, "tmp"),
  };
  for (const entry of WORKBOOK_ENTRIES) {
    const from = path.join(root, entry);
    if (fs.existsSync(from)) fs.cpSync(from, path.join(ws.workbook, entry), { recursive: true, dereference: true });
  }
  // Whole folders (given files included): the copy holds no exercises/ to fall back to.
  for (const folder of solutionFolders) copySolutionFolder(folder, path.join(ws.workbook, "solutions", folder), root, { dereference: true });
  // node_modules: a real folder of links, so vitest's cache lands in the copy and never in the instructor's tree.
  const modules = path.join(ws.workbook, "node_modules");
  fs.mkdirSync(modules, { recursive: true });
  for (const name of fs.readdirSync(path.join(root, "node_modules"))) {
    if (name === ".vite" || name === ".vitest" || name === ".cache") continue;
    fs.symlinkSync(path.join(root, "node_modules", name), path.join(modules, name), "junction");
  }
  fs.mkdirSync(ws.target, { recursive: true });
  for (const folder of folders) {
    const from = path.join(studentDir, folder);
    if (fs.existsSync(from)) fs.cpSync(from, path.join(ws.target, folder), { recursive: true, dereference: true, filter: (src) => path.basename(src) !== "node_modules" });
  }
  fs.mkdirSync(ws.home);
  fs.mkdirSync(ws.tmp);
  fs.mkdirSync(ws.results, { mode: 0o700 });
  if (isolation.kind === "usuario") {
    for (const own of [ws.target, ws.home, ws.tmp]) chownTree(own, isolation.uid!, isolation.gid!);
  }
  return ws;
}

/** The only environment the run sees: nothing inherited from the instructor. */
export function sandboxEnv(ws: Workspace, memoryMb: number): NodeJS.ProcessEnv {
  return {
    PATH: [path.dirname(process.execPath), "/usr/local/bin", "/usr/bin", "/bin"].join(path.delimiter),
    HOME: ws.home,
    USERPROFILE: ws.home,
    TMPDIR: ws.tmp,
    TMP: ws.tmp,
    TEMP: ws.tmp,
    LANG: "C.UTF-8",
    WORKBOOK_MODE: "lab",
    FORCE_COLOR: "0",
    NODE_OPTIONS: `--max-old-space-size=${memoryMb}`,
    ...(process.platform === "win32" && process.env.SystemRoot ? { SystemRoot: process.env.SystemRoot } : {}),
    // Empty (not absent): dotenv never fills a variable that exists.
    GOOGLE_API_KEY: "",
    OPENAI_API_KEY: "",
    LANGSMITH_API_KEY: "",
    LANGCHAIN_API_KEY: "",
  };
}

/**
 * Node's permission model for the workers (the processes that load student code). One flag per path: Node 20.20
 * and 22 both take repeated flags (the old comma-separated form no longer matches).
 */
export function permissionArgs(ws: Workspace, root: string, { childProcesses = false } = {}): string[] {
  const major = Number(process.versions.node.split(".")[0]);
  const modules = path.join(root, "node_modules");
  const packages = new Set([modules, fs.realpathSync(modules)]);
  for (const name of fs.readdirSync(modules)) {
    try {
      packages.add(path.dirname(fs.realpathSync(path.join(modules, name))));
    } catch {
      // dangling link: nothing to read there
    }
  }
  const read = [ws.dir, ...packages, path.dirname(process.execPath)];
  const write = [ws.target, ws.home, ws.tmp];
  return [
    major >= 22 ? "--permission" : "--experimental-permission",
    ...read.map((p) => `--allow-fs-read=${p}`),
    ...write.map((p) => `--allow-fs-write=${p}`),
    // Programs the checks start (git reads 06's .gitignore; 10 runs the HEALTHCHECK and the workflow's steps in
    // bash) are not under the permission model: for those exercises the separate uid is the boundary.
    ...(childProcesses ? ["--allow-child-process"] : []),
    // Node ≥ 25 puts the network under the model too; the checks reach the lab on 127.0.0.1, so the workers keep
    // the network they have on Node 20–24, where the model does not cover it (the lab and the separate uid bound it).
    ...(process.allowedNodeEnvironmentFlags.has("--allow-net") ? ["--allow-net"] : []),
  ];
}

/** Whether a check file, or a check module it imports (relative imports, followed), starts other programs. */
export function checksStartPrograms(root: string, checkFile: string, seen = new Set<string>()): boolean {
  const file = path.resolve(root, checkFile);
  if (seen.has(file) || !fs.existsSync(file)) return false;
  seen.add(file);
  const source = fs.readFileSync(file, "utf8");
  if (/["']node:child_process["']/.test(source)) return true;
  const local = [...source.matchAll(/from\s+["'](\.{1,2}\/[^"']+)["']/g)].map((m) => path.resolve(path.dirname(file), m[1]!));
  return local.some((dep) => checksStartPrograms(root, dep, seen));
}

export type RunOutcome = CheckFileResult[] | { error: string };

export interface IsolatedRun {
  root: string;
  ws: Workspace;
  isolation: Isolation;
  checkFiles: string[];
  timeoutMs: number;
  memoryMb: number;
}

function killAll(pid: number | undefined, isolation: Isolation): void {
  if (pid) {
    try {
      if (process.platform === "win32") spawnSync("taskkill", ["/pid", String(pid), "/T", "/F"]);
      else process.kill(-pid, "SIGKILL");
    } catch {
      // already gone
    }
  }
  if (isolation.kind === "usuario") spawnSync("pkill", ["-KILL", "-u", isolation.user!]);
}

const OOM = /heap out of memory|Reached heap limit|ERR_WORKER_OUT_OF_MEMORY|Allocation failed/i;

/** Runs the check files against the workspace; the verdict comes only from the results directory. */
export function runIsolated({ ws, isolation, checkFiles, timeoutMs, memoryMb }: IsolatedRun): Promise<RunOutcome> {
  const resultsFile = path.join(ws.results, "checks.json");
  return new Promise((resolve) => {
    const child = spawn(
      process.execPath,
      [CHILD, ws.workbook, ws.target, resultsFile, String(isolation.uid ?? "-"), String(isolation.gid ?? "-"), ...checkFiles],
      {
        cwd: ws.workbook,
        env: { ...sandboxEnv(ws, memoryMb), ...(isolation.kind === "usuario" ? { WORKBOOK_GRADE_WORKER_ARGS: JSON.stringify(permissionArgs(ws, ws.workbook, { childProcesses: checkFiles.some((f) => checksStartPrograms(ws.workbook, f)) })), NODE_NO_WARNINGS: "1" } : {}) },
        stdio: ["ignore", "ignore", "pipe"],
        detached: process.platform !== "win32",
      },
    );
    let stderr = "";
    child.stderr.setEncoding("utf8");
    child.stderr.on("data", (d: string) => {
      if (stderr.length < 200_000) stderr += d;
    });
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      killAll(child.pid, isolation);
    }, timeoutMs);
    child.on("error", (error) => {
      clearTimeout(timer);
      resolve({ error: `não consegui iniciar os checks: ${error.message}` });
    });
    child.on("close", () => {
      clearTimeout(timer);
      killAll(child.pid, isolation);
      if (timedOut) {
        resolve({ error: `tempo esgotado: os checks passaram de ${Math.round(timeoutMs / 1000)} s e foram interrompidos (laço infinito ou espera sem fim no código?)` });
        return;
      }
      let raw: CheckFileResult[] | undefined;
      try {
        raw = JSON.parse(fs.readFileSync(resultsFile, "utf8")) as CheckFileResult[];
      } catch {
        raw = undefined;
      }
      const oom = OOM.test(stderr);
      if (oom) {
        resolve({ error: `memória esgotada: o código passou do limite de ${memoryMb} MB por aluno` });
        return;
      }
      if (!raw) {
        resolve({ error: "os checks não terminaram: o processo acabou antes de entregar o resultado (o código chamou process.exit ou derrubou o processo?)" });
        return;
      }
      const refusals = labControlRefusals(`${resultsFile}.lab.json`);
      if (refusals > 0) {
        resolve({ error: `o código corrigido tentou controlar o laboratório da correção (${refusals} pedido(s) recusado(s) em /lab/): só os checks podem zerar o laboratório ou simular falhas, e a nota deste exercício não vale` });
        return;
      }
      resolve(raw);
    });
  });
}

/** Refused /lab/* control requests, from the journal the grader's process wrote (the student cannot write there). */
function labControlRefusals(journalFile: string): number {
  try {
    return Number((JSON.parse(fs.readFileSync(journalFile, "utf8")) as { controlRefusals?: number }).controlRefusals) || 0;
  } catch {
    return 0;
  }
}

export function removeWorkspace(ws: Workspace): void {
  fs.rmSync(ws.dir, { recursive: true, force: true });
}
