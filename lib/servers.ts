/**
 * Real servers some project tests need (Redis, Prometheus, Chromium): where their binaries are, which test
 * suites start them, and how to install them on each platform. `npm run verify` provisions them on
 * Debian/Ubuntu as root (apt-get); elsewhere it skips the suites whose server is missing, loudly, unless
 * CI=true. Tests call `serverBinary(name)`, which throws the install command instead of skipping.
 */
import { spawn } from "node:child_process";
import fs from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";

export type ServerName = "redis" | "prometheus" | "promtool" | "chromium";

/** Where install advice is aimed: apt on Debian/Ubuntu, brew on macOS, winget/choco on Windows. */
export type Platform = "debian" | "linux" | "macos" | "windows";

interface ServerInfo {
  /** Executable names looked up on PATH (without extension: PATHEXT adds it on Windows). */
  binaries: string[];
  purpose: string;
  apt: string;
  brew: string;
  /** Windows: a winget/choco command, or advice when there is no maintained native build. */
  windows: string;
  /** `docker run` alternative (for the student's own use: the integration suites spawn the binary). */
  docker?: string;
}

export const SERVERS: Record<ServerName, ServerInfo> = {
  redis: {
    binaries: ["redis-server"],
    purpose: "rate limit e fila compartilhados (capstone)",
    apt: "redis-server",
    brew: "redis",
    windows: "o Redis não tem versão nativa mantida para Windows: use o WSL (Ubuntu) ou o Docker",
    docker: "docker run --rm -p 6379:6379 redis:7   (e REDIS_URL=redis://127.0.0.1:6379 no .env para o npm run chatbot)",
  },
  prometheus: {
    binaries: ["prometheus"],
    purpose: "raspagem real de /metrics",
    apt: "prometheus",
    brew: "prometheus",
    windows: "baixe o zip para Windows em https://prometheus.io/download/ e ponha a pasta no PATH",
    docker: "docker run --rm -p 9090:9090 prom/prometheus",
  },
  promtool: {
    binaries: ["promtool"],
    purpose: "promtool check metrics/rules",
    apt: "prometheus",
    brew: "prometheus",
    windows: "o promtool vem no mesmo zip do Prometheus (https://prometheus.io/download/)",
  },
  chromium: {
    binaries: ["chromium", "chromium-browser"],
    purpose: "teste do visualizador de traces num navegador real",
    apt: "chromium",
    brew: "--cask google-chrome",
    windows: "winget install --id Google.Chrome -e   (ou: choco install googlechrome)",
  },
};

/**
 * Project test suites (vitest project "unit") that start a real server. `verify` leaves them out when
 * their server is missing outside CI; test/tooling/servers.test.ts keeps this list in step with the code.
 */
export const SERVER_SUITES: Record<string, ServerName[]> = {
  "test/capstone/caos-redis.test.ts": ["redis"],
  "test/capstone/checks-hermeticos.test.ts": ["redis"],
  "test/capstone/escala.test.ts": ["redis"],
  "test/observability/prometheus.test.ts": ["prometheus", "promtool"],
  "test/viewer/browser.test.ts": ["chromium"],
};

/** The suites that cannot run without one of `missing`. */
export function suitesNeeding(missing: ServerName[]): string[] {
  return Object.entries(SERVER_SUITES)
    .filter(([, needs]) => needs.some((n) => missing.includes(n)))
    .map(([suite]) => suite);
}

export interface LookupOptions {
  platform?: NodeJS.Platform;
  env?: NodeJS.ProcessEnv;
  /** Whether a path is an existing file we may run (injected by tests). */
  isExecutable?: (candidate: string) => boolean;
}

function isExecutableFile(candidate: string): boolean {
  try {
    if (!fs.statSync(candidate).isFile()) return false;
    fs.accessSync(candidate, fs.constants.X_OK); // on Windows X_OK only checks existence
    return true;
  } catch {
    return false;
  }
}

/** An environment variable, case-insensitively on Windows (`Path` and `PATH` are the same there). */
function envValue(env: NodeJS.ProcessEnv, name: string, platform: NodeJS.Platform): string | undefined {
  if (platform !== "win32") return env[name];
  const key = Object.keys(env).find((k) => k.toUpperCase() === name);
  return key === undefined ? undefined : env[key];
}

/**
 * Absolute path of an executable on PATH, or undefined. On Windows it tries each PATHEXT extension
 * (`redis-server` → `redis-server.exe`); elsewhere it also looks in the usual system and Homebrew folders.
 */
export function which(binary: string, options: LookupOptions = {}): string | undefined {
  const platform = options.platform ?? process.platform;
  const env = options.env ?? process.env;
  const runnable = options.isExecutable ?? isExecutableFile;
  const p = platform === "win32" ? path.win32 : path.posix;
  const extraDirs = platform === "win32" ? [] : ["/usr/bin", "/usr/sbin", "/usr/local/bin", ...(platform === "darwin" ? ["/opt/homebrew/bin"] : [])];
  const dirs = [...(envValue(env, "PATH", platform) ?? "").split(p.delimiter), ...extraDirs];
  const pathext = (envValue(env, "PATHEXT", platform) ?? ".COM;.EXE;.BAT;.CMD").split(";").filter(Boolean).map((e) => e.toLowerCase());
  const extensions = platform !== "win32" ? [""] : p.extname(binary) ? ["", ...pathext] : pathext;
  for (const dir of dirs) {
    if (!dir) continue;
    for (const extension of extensions) {
      const candidate = p.join(dir.replace(/^"(.*)"$/, "$1"), binary + extension);
      if (runnable(candidate)) return candidate;
    }
  }
  return undefined;
}

/** Places where browsers install themselves off PATH (macOS app bundles, Windows program folders). */
function knownLocations(name: ServerName, platform: NodeJS.Platform, env: NodeJS.ProcessEnv): string[] {
  if (name !== "chromium") return [];
  if (platform === "darwin") return ["/Applications/Chromium.app/Contents/MacOS/Chromium", "/Applications/Google Chrome.app/Contents/MacOS/Google Chrome"];
  if (platform !== "win32") return [];
  const roots = ["PROGRAMFILES", "PROGRAMFILES(X86)", "LOCALAPPDATA"].map((v) => envValue(env, v, platform)).filter((v): v is string => !!v);
  return roots.flatMap((root) => [path.win32.join(root, "Google", "Chrome", "Application", "chrome.exe"), path.win32.join(root, "Chromium", "Application", "chrome.exe")]);
}

/** Path of a server's executable (on PATH or where it installs itself), or undefined. */
export function findServer(name: ServerName, options: LookupOptions = {}): string | undefined {
  for (const binary of SERVERS[name].binaries) {
    const found = which(binary, options);
    if (found) return found;
  }
  const runnable = options.isExecutable ?? isExecutableFile;
  return knownLocations(name, options.platform ?? process.platform, options.env ?? process.env).find((candidate) => runnable(candidate));
}

/** What one server is for on this machine: which exercises' checks start it and which project suites do. */
export interface ServerStatus {
  name: ServerName;
  /** Its executable, when installed. */
  path?: string;
  /** Exercises whose checks need it (curriculum `needs`): missing means the student cannot pass them. */
  exercises: number[];
  /** Project test suites that start it: only maintainers and `verify` need those. */
  suites: string[];
}

/** The servers a student may be asked about (promtool ships with prometheus), classified for `npm run doctor`. */
export function serverStatus(
  exercises: ReadonlyArray<{ id: number; status: string; needs?: ReadonlyArray<string> }>,
  find: (name: ServerName) => string | undefined = (name) => findServer(name),
): ServerStatus[] {
  return (["redis", "prometheus", "chromium"] as const).map((name) => {
    const found = find(name);
    return {
      name,
      ...(found ? { path: found } : {}),
      exercises: exercises.filter((e) => e.status === "ready" && e.needs?.includes(name)).map((e) => e.id),
      suites: Object.entries(SERVER_SUITES)
        .filter(([, needs]) => needs.includes(name))
        .map(([suite]) => suite),
    };
  });
}

function isRoot(): boolean {
  return typeof process.getuid === "function" && process.getuid() === 0;
}

export function currentPlatform(): Platform {
  if (process.platform === "win32") return "windows";
  if (process.platform === "darwin") return "macos";
  return fs.existsSync("/etc/debian_version") || which("apt-get") ? "debian" : "linux";
}

export interface InstallOptions {
  platform?: Platform;
  /** Running as root (no `sudo` in the apt-get command). */
  root?: boolean;
}

/** The one command (or instruction, pt-BR) that installs these servers on this platform. */
export function installCommand(names: ServerName[], { platform = currentPlatform(), root = isRoot() }: InstallOptions = {}): string {
  const unique = <T>(items: T[]) => [...new Set(items)];
  const infos = unique(names).map((n) => SERVERS[n]);
  switch (platform) {
    case "debian": {
      const sudo = root ? "" : "sudo ";
      return `${sudo}apt-get update && ${sudo}apt-get install -y ${unique(infos.map((i) => i.apt)).join(" ")}`;
    }
    case "macos": {
      const formulae = unique(infos.map((i) => i.brew).filter((b) => !b.startsWith("--cask")));
      const casks = unique(infos.map((i) => i.brew).filter((b) => b.startsWith("--cask")));
      return [...(formulae.length ? [`brew install ${formulae.join(" ")}`] : []), ...casks.map((c) => `brew install ${c}`)].join(" && ");
    }
    case "windows":
      return unique(infos.map((i) => i.windows)).join("; ");
    case "linux":
      return `instale pelo gerenciador de pacotes da sua distribuição: ${unique(infos.map((i) => i.apt)).join(", ")}`;
  }
}

/** The install command plus the Docker alternatives, one per line (pt-BR). */
export function installAdvice(names: ServerName[], options: InstallOptions = {}): string {
  const docker = [...new Set(names.map((n) => SERVERS[n].docker).filter((d): d is string => !!d))];
  return [installCommand(names, options), ...docker.map((d) => `ou, com Docker: ${d}`)].join("\n  ");
}

/** The server's executable path; throws (pt-BR, with the install command) when it is not installed. */
export function serverBinary(name: ServerName): string {
  const found = findServer(name);
  if (found) return found;
  const platform = currentPlatform();
  throw new Error(
    `${SERVERS[name].binaries[0]} não está instalado (${SERVERS[name].purpose}). Instale com:\n  ${installAdvice([name], { platform })}` +
      (platform === "debian" ? "\n(npm run verify instala sozinho quando roda como root no Debian/Ubuntu.)" : ""),
  );
}

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
      // Same process group as verify: Ctrl+C stops apt-get too.
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
  if (code !== 0) {
    const tail = fs.readFileSync(logFile, "utf8").trimEnd().split("\n").slice(-15).join("\n");
    log(`apt-get terminou com código ${code ?? "(interrompido)"}. Fim da saída (${logFile}):\n${tail}`);
  } else fs.rmSync(logFile, { force: true });
  return missing();
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

/** A free TCP port on 127.0.0.1 (for servers that cannot listen on port 0 themselves, like redis-server). */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}
