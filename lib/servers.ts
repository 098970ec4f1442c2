/**
 * Real servers some project tests need (Redis, Prometheus, Chromium): where their binaries are, which test
 * suites start them, and how to install them on each platform. `npm run verify` provisions them on
 * Debian/Ubuntu as root (apt-get, lib/server-provisioning.ts); elsewhere it skips the suites whose server is
 * missing, loudly, unless CI=true. Tests call `serverBinary(name)`, which throws the install command instead of
 * skipping.
 */
import fs from "node:fs";
import net from "node:net";
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

export function isRoot(): boolean {
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
