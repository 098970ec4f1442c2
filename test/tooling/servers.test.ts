// lib/servers.ts: finding executables on every platform (PATHEXT on Windows), install advice per platform,
// what doctor tells a student, and the list of suites verify may skip, kept in step with the tests.
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { exercises } from "../../curriculum.ts";
import { isCi, planServers } from "../../lib/server-provisioning.ts";
import { findServer, installAdvice, installCommand, SERVER_SUITES, serverStatus, suitesNeeding, which, type ServerName } from "../../lib/servers.ts";

const ROOT = path.resolve(import.meta.dirname, "../..");
const existing = (...files: string[]) => (candidate: string) => files.includes(candidate);

describe("which()", () => {
  it("on Windows tries each PATHEXT extension and joins with backslashes", () => {
    const env = { Path: "C:\\Windows;C:\\Program Files\\Redis", PATHEXT: ".COM;.EXE;.BAT;.CMD" };
    const found = which("redis-server", { platform: "win32", env, isExecutable: existing("C:\\Program Files\\Redis\\redis-server.exe") });
    expect(found).toBe("C:\\Program Files\\Redis\\redis-server.exe");
    expect(which("npm", { platform: "win32", env: { PATH: "C:\\nodejs" }, isExecutable: existing("C:\\nodejs\\npm.cmd") })).toBe("C:\\nodejs\\npm.cmd");
    // A name that already has its extension is tried as it is; quoted PATH entries work too.
    expect(which("git.exe", { platform: "win32", env: { PATH: '"C:\\Git\\cmd"' }, isExecutable: existing("C:\\Git\\cmd\\git.exe") })).toBe("C:\\Git\\cmd\\git.exe");
    expect(which("redis-server", { platform: "win32", env, isExecutable: existing("C:\\Program Files\\Redis\\redis-server") })).toBeUndefined();
  });

  it("elsewhere splits PATH on ':' and also looks in the system and Homebrew folders", () => {
    expect(which("promtool", { platform: "linux", env: { PATH: "/opt/a:/opt/b" }, isExecutable: existing("/opt/b/promtool") })).toBe("/opt/b/promtool");
    expect(which("redis-server", { platform: "darwin", env: { PATH: "" }, isExecutable: existing("/opt/homebrew/bin/redis-server") })).toBe("/opt/homebrew/bin/redis-server");
    expect(which("redis-server", { platform: "linux", env: { PATH: "" }, isExecutable: existing("/opt/homebrew/bin/redis-server") })).toBeUndefined();
  });

  it("finds a browser installed off PATH (macOS app bundle, Windows program folder)", () => {
    const mac = "/Applications/Google Chrome.app/Contents/MacOS/Google Chrome";
    expect(findServer("chromium", { platform: "darwin", env: { PATH: "" }, isExecutable: existing(mac) })).toBe(mac);
    const win = "C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe";
    expect(findServer("chromium", { platform: "win32", env: { PATH: "", ProgramFiles: "C:\\Program Files" }, isExecutable: existing(win) })).toBe(win);
  });
});

describe("install advice per platform", () => {
  it("apt-get on Debian/Ubuntu, with sudo only when not root", () => {
    expect(installCommand(["redis", "prometheus", "promtool"], { platform: "debian", root: true })).toBe("apt-get update && apt-get install -y redis-server prometheus");
    expect(installCommand(["chromium"], { platform: "debian", root: false })).toBe("sudo apt-get update && sudo apt-get install -y chromium");
  });

  it("brew on macOS (casks apart), winget/choco on Windows, the distribution's manager elsewhere", () => {
    expect(installCommand(["redis", "prometheus", "chromium"], { platform: "macos" })).toBe("brew install redis prometheus && brew install --cask google-chrome");
    expect(installCommand(["chromium"], { platform: "windows" })).toMatch(/winget install --id Google\.Chrome -e.*choco install googlechrome/);
    expect(installCommand(["redis"], { platform: "windows" })).toMatch(/WSL.*Docker/);
    expect(installCommand(["prometheus"], { platform: "linux" })).toMatch(/gerenciador de pacotes.*prometheus/);
    for (const platform of ["macos", "windows", "linux"] as const) expect(installCommand(["redis"], { platform })).not.toMatch(/apt-get|sudo/);
  });

  it("offers Docker for Redis and Prometheus", () => {
    expect(installAdvice(["redis"], { platform: "windows" })).toMatch(/docker run --rm -p 6379:6379 redis:7/);
    expect(installAdvice(["prometheus"], { platform: "macos" })).toMatch(/docker run --rm -p 9090:9090 prom\/prometheus/);
    expect(installAdvice(["chromium"], { platform: "macos" })).not.toMatch(/docker/);
  });
});

describe("what doctor tells a student", () => {
  it("a server no exercise's checks need is reported as the project tests' only, never as the student's", () => {
    const none = () => undefined;
    const status = serverStatus(exercises, none);
    const chromium = status.find((s) => s.name === "chromium")!;
    expect(chromium.exercises).toEqual([]);
    expect(chromium.suites).toContain("test/viewer/browser.test.ts");
    for (const s of status) {
      const wanted = exercises.filter((e) => e.status === "ready" && (e.needs as string[] | undefined)?.includes(s.name)).map((e) => e.id);
      expect(s.exercises, s.name).toEqual(wanted);
      expect(s.path).toBeUndefined();
    }
  });

  it("a server an exercise needs is attributed to that exercise", () => {
    const status = serverStatus([{ id: 42, status: "ready", needs: ["redis"] }, { id: 43, status: "planned", needs: ["chromium"] }], () => "/x");
    expect(status.find((s) => s.name === "redis")).toMatchObject({ exercises: [42], path: "/x" });
    expect(status.find((s) => s.name === "chromium")?.exercises).toEqual([]);
  });
});

describe("SERVER_SUITES (what verify skips when a server is missing outside CI)", () => {
  /** Helpers that start a server for the suites that call them. */
  const HELPERS: Record<string, { file: string; server: ServerName }> = {
    startRedis: { file: "test/capstone/ambiente.ts", server: "redis" },
    launchChromium: { file: "test/viewer/chromium.ts", server: "chromium" },
  };

  it("the helpers really start the server they are listed for", () => {
    for (const [name, { file, server }] of Object.entries(HELPERS)) {
      const text = fs.readFileSync(path.join(ROOT, file), "utf8");
      expect(text, `${file} exports ${name}`).toMatch(new RegExp(`export (async )?function ${name}\\b`));
      expect(text, `${file} calls serverBinary("${server}")`).toContain(`serverBinary("${server}")`);
    }
  });

  it("lists exactly the test files that start a real server, with the servers they start", () => {
    const found: Record<string, ServerName[]> = {};
    const walk = (dir: string): string[] =>
      fs.readdirSync(dir, { withFileTypes: true }).flatMap((d) => (d.isDirectory() ? walk(path.join(dir, d.name)) : d.name.endsWith(".test.ts") ? [path.join(dir, d.name)] : []));
    for (const file of walk(path.join(ROOT, "test"))) {
      const text = fs.readFileSync(file, "utf8");
      const servers = new Set<ServerName>([...text.matchAll(/serverBinary\("(\w+)"\)/g)].map((m) => m[1] as ServerName));
      for (const [helper, { server }] of Object.entries(HELPERS)) if (new RegExp(`\\b${helper}\\(`).test(text)) servers.add(server);
      if (servers.size) found[path.relative(ROOT, file).split(path.sep).join("/")] = [...servers].sort();
    }
    const listed = Object.fromEntries(Object.entries(SERVER_SUITES).map(([suite, servers]) => [suite, [...servers].sort()]));
    expect(listed).toEqual(found);
  });

  it("suitesNeeding picks the suites of the missing servers only", () => {
    expect(suitesNeeding(["chromium"])).toEqual(["test/viewer/browser.test.ts"]);
    expect(suitesNeeding(["promtool"])).toEqual(["test/observability/prometheus.test.ts"]);
    expect(suitesNeeding([])).toEqual([]);
  });
});

describe("planServers (verify's step 0)", () => {
  const all: ServerName[] = ["redis", "prometheus", "promtool", "chromium"];

  it("nothing missing: nothing skipped, nothing to say", async () => {
    expect(await planServers(all, { ci: false, provision: () => [] })).toEqual({ missing: [], skippedSuites: [], fail: false });
  });

  it("outside CI, a missing server skips exactly its suites, with a loud pt-BR warning and the install command", async () => {
    const plan = await planServers(all, { ci: false, provision: () => ["chromium"], install: { platform: "macos" } });
    expect(plan.fail).toBe(false);
    expect(plan.skippedSuites).toEqual(["test/viewer/browser.test.ts"]);
    expect(plan.message).toMatch(/ATENÇÃO: faltam servidores reais nesta máquina: chromium/);
    expect(plan.message).toMatch(/NÃO vão rodar[\s\S]*test\/viewer\/browser\.test\.ts/);
    expect(plan.message).toContain("brew install --cask google-chrome");
  });

  it("on CI the same absence fails, skips nothing and gives the install command", async () => {
    const plan = await planServers(all, { ci: true, provision: () => ["redis"], install: { platform: "debian", root: true } });
    expect(plan).toMatchObject({ fail: true, skippedSuites: [], missing: ["redis"] });
    expect(plan.message).toContain("apt-get update && apt-get install -y redis-server");
  });

  it("CI is CI=true or CI=1", () => {
    expect(isCi({ CI: "true" })).toBe(true);
    expect(isCi({ CI: "1" })).toBe(true);
    expect(isCi({ CI: "false" })).toBe(false);
    expect(isCi({})).toBe(false);
  });
});
