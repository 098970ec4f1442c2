/**
 * Exercise 10 judged by what the files DO, not only by their text:
 *  - the HEALTHCHECK command is run for real (when it is a node command, the only tool the node slim images have) against
 *    a server that answers 200, one that answers 500 and a port where nothing listens;
 *  - the workflow's test steps are run in bash the way GitHub's ubuntu runner runs them (`bash -e`), with an
 *    `npm` on PATH that always fails: a step that still exits 0 can never fail the pipeline.
 * Both need a POSIX shell only for shell-form commands; on Windows those fall back to the static rules.
 */
import { spawn } from "node:child_process";
import fs from "node:fs";
import http from "node:http";
import type { AddressInfo } from "node:net";
import os from "node:os";
import path from "node:path";
import { execForm } from "./dockerfile.ts";
import type { Problem } from "./common.ts";

export interface Ran {
  code: number | null;
  timedOut: boolean;
}

/** Runs argv with a hard bound (a hung health check is a failing one, as for Docker's --timeout). */
export function run(argv: string[], env: NodeJS.ProcessEnv, boundMs = 10_000, cwd?: string): Promise<Ran> {
  return new Promise((resolve) => {
    const child = spawn(argv[0]!, argv.slice(1), { env, cwd, stdio: "ignore" });
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      child.kill("SIGKILL");
    }, boundMs);
    child.on("error", () => {
      clearTimeout(timer);
      resolve({ code: 127, timedOut: false });
    });
    child.on("close", (code) => {
      clearTimeout(timer);
      resolve({ code, timedOut });
    });
  });
}

/** An app whose GET /health answers `status`; any other path is a 404 (a check on the wrong route fails). */
async function listen(status: number): Promise<{ port: number; close: () => Promise<void> }> {
  const server = http.createServer((req, res) => {
    const health = new URL(req.url ?? "/", "http://app").pathname === "/health";
    res.writeHead(health ? status : 404, { "content-type": "application/json", connection: "close" });
    res.end(JSON.stringify({ status: health ? (status === 200 ? "ok" : "erro") : "rota desconhecida" }));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return { port: (server.address() as AddressInfo).port, close: () => new Promise((r) => server.close(() => r())) };
}

async function closedPort(): Promise<number> {
  const { port, close } = await listen(200);
  await close();
  return port;
}

/** The final HEALTHCHECK's command as argv, or undefined when it cannot be run here. */
export function healthcheckArgv(dockerfile: string): string[] | undefined {
  const lines = dockerfile.replace(/\r\n/g, "\n").replace(/\\\n/g, " ").split("\n");
  const check = lines.filter((l) => /^\s*HEALTHCHECK\b/i.test(l)).pop();
  if (!check) return undefined;
  const match = /\bCMD\s+(.*)$/i.exec(check);
  if (!match) return undefined;
  const exec = execForm(match[1]!.trim());
  if (exec) return exec;
  return process.platform === "win32" ? undefined : ["/bin/sh", "-c", match[1]!.trim()];
}

/**
 * Runs the HEALTHCHECK against 200, 500 and a dead port. Only node commands are run (the image's only tool);
 * the port the student wrote (3000 or $PORT) is pointed at the test servers.
 */
export async function healthcheckBehaviour(dockerfile: string, line?: number): Promise<Problem[]> {
  const argv = healthcheckArgv(dockerfile);
  if (!argv) return [];
  const program = path.basename(argv[0]!);
  const text = argv.join(" ");
  const runsNode = program === "node" || (program === "sh" && /(^|[\s;&|(])node\s/.test(argv[2] ?? ""));
  if (!runsNode || /\b(curl|wget)\b/.test(text)) return [];
  const [ok, erro] = [await listen(200), await listen(500)];
  const dead = await closedPort();
  const problems: Problem[] = [];
  try {
    const against = (port: number) =>
      run(
        argv.map((a, i) => (i === 0 && a === "node" ? process.execPath : a.replace(/\b3000\b/g, String(port)))),
        { PATH: `${path.dirname(process.execPath)}${path.delimiter}${process.env.PATH ?? ""}`, PORT: String(port), HOME: os.tmpdir() },
      );
    const [healthy, failing, down] = [await against(ok.port), await against(erro.port), await against(dead)];
    if (healthy.code !== 0) {
      problems.push({
        line,
        message: `rodei o HEALTHCHECK com GET /health respondendo 200 e ele falhou (código ${healthy.timedOut ? "—, não terminou" : healthy.code}): o contêiner ficaria "unhealthy" com o app saudável. Confira a rota (/health) e a porta (3000 ou process.env.PORT).`,
      });
    }
    if (failing.code === 0) {
      problems.push({ line, message: "rodei o HEALTHCHECK com /health respondendo 500 e ele saiu com 0 (\"saudável\"): confira o status (`r.ok`) antes de sair com 0, e saia com 1 caso contrário." });
    }
    if (down.code === 0) {
      problems.push({ line, message: "rodei o HEALTHCHECK com o app fora do ar e ele saiu com 0: um HEALTHCHECK que nunca falha não detecta nada (tire `|| exit 0`/`|| true` e trate o erro de conexão com exit 1)." });
    }
  } finally {
    await Promise.all([ok.close(), erro.close()]);
  }
  return problems;
}

/**
 * Runs a workflow step's script as GitHub's ubuntu runner does (`bash -e`) with an `npm` that always fails.
 * Returns true when the step still succeeds (the tests can never fail the pipeline); undefined without bash.
 */
export async function survivesFailingTests(script: string): Promise<boolean | undefined> {
  if (process.platform === "win32") return undefined;
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "npm-falha-"));
  try {
    for (const tool of ["npm", "npx", "yarn", "pnpm"]) {
      fs.writeFileSync(path.join(dir, tool), "#!/bin/sh\necho '1 teste falhou' >&2\nexit 1\n", { mode: 0o755 });
    }
    const ran = await run(["bash", "--noprofile", "--norc", "-e", "-c", script], { PATH: `${dir}:/usr/bin:/bin`, HOME: dir });
    if (ran.code === 127 && !ran.timedOut && !fs.existsSync("/bin/bash") && !fs.existsSync("/usr/bin/bash")) return undefined;
    return ran.code === 0;
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
