/**
 * Real servers some tests need (Redis, Prometheus, Chromium): where their binaries are, and how to
 * install them. `npm run verify` provisions them on Debian as root (apt-get); elsewhere it stops with the
 * exact install command. Tests call `serverBinary(name)`, which throws that command instead of skipping.
 */
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import net from "node:net";

export type ServerName = "redis" | "prometheus" | "promtool" | "chromium";

export const SERVERS: Record<ServerName, { binaries: string[]; aptPackage: string; purpose: string }> = {
  redis: { binaries: ["redis-server"], aptPackage: "redis-server", purpose: "rate limit e fila compartilhados (capstone)" },
  prometheus: { binaries: ["prometheus"], aptPackage: "prometheus", purpose: "raspagem real de /metrics" },
  promtool: { binaries: ["promtool"], aptPackage: "prometheus", purpose: "promtool check metrics/rules" },
  chromium: { binaries: ["chromium", "chromium-browser"], aptPackage: "chromium", purpose: "teste do visualizador de traces num navegador real" },
};

/** Absolute path of a binary on PATH (or /usr/bin, /usr/sbin), or undefined. */
export function which(binary: string): string | undefined {
  const dirs = [...(process.env.PATH ?? "").split(process.platform === "win32" ? ";" : ":"), "/usr/bin", "/usr/sbin", "/usr/local/bin"];
  for (const dir of dirs) {
    if (!dir) continue;
    const candidate = `${dir}/${binary}`;
    try {
      fs.accessSync(candidate, fs.constants.X_OK);
      return candidate;
    } catch {
      // not here
    }
  }
  return undefined;
}

export function installCommand(names: ServerName[]): string {
  const packages = [...new Set(names.map((n) => SERVERS[n].aptPackage))].join(" ");
  return `sudo apt-get update && sudo apt-get install -y ${packages}`;
}

/** The server's binary path; throws (pt-BR, with the install command) when it is not installed. */
export function serverBinary(name: ServerName): string {
  for (const binary of SERVERS[name].binaries) {
    const found = which(binary);
    if (found) return found;
  }
  throw new Error(
    `${SERVERS[name].binaries[0]} não está instalado (${SERVERS[name].purpose}). Instale com:\n  ${installCommand([name])}\n(npm run verify instala sozinho quando roda como root no Debian/Ubuntu.)`,
  );
}

/** Installs the missing servers with apt-get when running as root on Debian; returns what is still missing. */
export function provisionServers(names: ServerName[], log: (line: string) => void = console.log): ServerName[] {
  const missing = () => names.filter((n) => SERVERS[n].binaries.every((b) => !which(b)));
  const before = missing();
  if (before.length === 0) return [];
  const isRoot = typeof process.getuid === "function" && process.getuid() === 0;
  if (!isRoot || !which("apt-get")) return before;
  const packages = [...new Set(before.map((n) => SERVERS[n].aptPackage))];
  log(`Instalando com apt-get: ${packages.join(" ")} …`);
  const env = { ...process.env, DEBIAN_FRONTEND: "noninteractive" };
  execFileSync("apt-get", ["update", "-qq"], { stdio: "inherit", env });
  execFileSync("apt-get", ["install", "-y", "-qq", "--no-install-recommends", ...packages], { stdio: "inherit", env });
  return missing();
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
