/**
 * `verify`'s step 0: installs the missing servers (apt-get, as root on Debian/Ubuntu) and decides what to do about
 * those still missing: fail on CI, or leave their suites out with a loud warning. What the servers are, where they
 * live and how to install them is lib/servers.ts.
 */
import { spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { findServer, installAdvice, isRoot, SERVERS, suitesNeeding, which, type InstallOptions, type ServerName } from "./servers.ts";

/** How long apt-get may take (a stuck mirror must not hold verify forever). */
const PROVISION_TIMEOUT_MS = 15 * 60_000;

/**
 * Installs the missing servers with apt-get when running as root on Debian; resolves to what is still missing.
 * Asynchronous, so verify installs while its type check runs: apt-get mostly waits on the network and dpkg, and on
 * a fresh machine (CI) this takes about as long as the type check. Its output goes to a file (a pipe nobody drains
 * while verify runs the maintainer install would stall it), and its last lines are shown if it fails.
 */
export async function provisionServers(names: ServerName[], log: (line: string) => void = console.log): Promise<ServerName[]> {
  const missing = () => names.filter((n) => !findServer(n));
  const before = missing();
  if (before.length === 0) return [];
  if (process.platform !== "linux" || !isRoot() || !which("apt-get")) return before;
  const packages = [...new Set(before.map((n) => SERVERS[n].apt))];
  const logFile = path.join(os.tmpdir(), `workbook-apt-${process.pid}.log`);
  log(`Instalando com apt-get, em segundo plano: ${packages.join(" ")} (saída em ${logFile}) …`);
  let out: number;
  try {
    out = fs.openSync(logFile, "w");
  } catch (error) {
    // verify awaits this later: a rejection here would end the process before anyone awaits it.
    log(`Não consegui criar ${logFile} para o apt-get (${(error as NodeJS.ErrnoException).code ?? String(error)}).`);
    return before;
  }
  // One shell for both commands: the second starts as soon as the first ends, whatever verify is doing meanwhile.
  // The package names come from SERVERS, not from the user.
  const code = await new Promise<number | null>((resolve) => {
    const child = spawn("sh", ["-c", `apt-get update -qq && apt-get install -y -qq --no-install-recommends ${packages.join(" ")}`], {
      env: { ...process.env, DEBIAN_FRONTEND: "noninteractive" },
      // Same process group as verify: Ctrl+C stops apt-get too. The timeout kills only the shell (apt-get, if still
      // running, ends on its own); a process group of its own would make Ctrl+C leave apt-get running instead.
      stdio: ["ignore", out, out],
    });
    const timer = setTimeout(() => child.kill("SIGKILL"), PROVISION_TIMEOUT_MS);
    child.on("close", (status) => {
      clearTimeout(timer);
      resolve(status);
    });
    child.on("error", () => {
      clearTimeout(timer);
      resolve(-1);
    });
  });
  fs.closeSync(out);
  if (code !== 0) log(`apt-get terminou com código ${code ?? "(interrompido)"}. Fim da saída (${logFile}):\n${lastLines(logFile, 15)}`);
  else fs.rmSync(logFile, { force: true });
  return missing();
}

/** The last `count` lines of a file, or a note that it could not be read (this module never throws). */
function lastLines(file: string, count: number): string {
  try {
    return fs.readFileSync(file, "utf8").trimEnd().split("\n").slice(-count).join("\n");
  } catch (error) {
    return `(não consegui ler o arquivo: ${(error as NodeJS.ErrnoException).code ?? String(error)})`;
  }
}

/** CI=true (or 1): a missing server fails instead of skipping its suites. */
export function isCi(env: NodeJS.ProcessEnv = process.env): boolean {
  return /^(1|true)$/i.test(env.CI ?? "");
}

export interface ServerPlan {
  /** Servers still missing after provisioning. */
  missing: ServerName[];
  /** Project suites to leave out of this run (never on CI). */
  skippedSuites: string[];
  /** True on CI when something is missing: verify must fail. */
  fail: boolean;
  /** What to tell the user (pt-BR): the loud warning, or the failure with the install command. */
  message?: string;
}

/**
 * `verify`'s step 0: provision what it can, then either fail (CI) or name the suites it leaves out and how
 * to install what they need. Never silent: a skipped suite always comes with `message`.
 */
export async function planServers(
  servers: ServerName[],
  { ci = isCi(), provision = provisionServers, install = {} }: { ci?: boolean; provision?: (names: ServerName[]) => ServerName[] | Promise<ServerName[]>; install?: InstallOptions } = {},
): Promise<ServerPlan> {
  const missing = servers.length ? await provision(servers) : [];
  if (missing.length === 0) return { missing, skippedSuites: [], fail: false };
  const advice = installAdvice(missing, install);
  if (ci) {
    return { missing, skippedSuites: [], fail: true, message: `Faltam servidores para os testes (CI=true exige todos): ${missing.join(", ")}. Instale e rode de novo:\n  ${advice}` };
  }
  const skippedSuites = suitesNeeding(missing);
  const message = [
    `⚠️  ATENÇÃO: faltam servidores reais nesta máquina: ${missing.join(", ")}`,
    `⚠️  Estes testes de integração NÃO vão rodar (o verify não prova o que eles provam):`,
    ...(skippedSuites.length ? skippedSuites.map((suite) => `⚠️    - ${suite}`) : ["⚠️    (nenhuma suíte do projeto; os checks que precisarem deles vão falhar)"]),
    `⚠️  Para rodar tudo, instale e rode de novo:`,
    ...advice.split("\n  ").map((line) => `⚠️    ${line}`),
    `⚠️  (Na CI, com CI=true, a falta de um servidor reprova o verify.)`,
  ].join("\n");
  return { missing, skippedSuites, fail: false, message };
}
