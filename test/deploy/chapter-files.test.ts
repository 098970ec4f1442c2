// The chapter §6 material (chapters/09/06-deploy/) is held to the same rules as exercise 10, and its
// template project is exercised as far as possible without a Docker engine: the build context, the
// template's own tests, and the runtime stage (compiled server, the Dockerfile's HEALTHCHECK command, SIGTERM).
import { spawn, spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import ts from "typescript";
import { parse as parseYaml } from "yaml";
import {
  checkDockerfile,
  checkDockerignore,
  checkWorkflow,
  describeFailure,
  imageNodeMajor,
  isIgnored,
  lineProblem,
  parseDockerfile,
  parseDockerignore,
} from "../../checks/_support/deploy/index.ts";
import { freePort } from "../../lib/servers.ts";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
const CHAPTER = path.join(ROOT, "chapters", "09", "06-deploy");
const read = (relative: string) => fs.readFileSync(path.join(CHAPTER, ...relative.split("/")), "utf8");
const readJson = <T>(file: string) => JSON.parse(fs.readFileSync(file, "utf8")) as T;
const readIfAny = (relative: string) => (fs.existsSync(path.join(CHAPTER, ...relative.split("/"))) ? read(relative) : null);
/** The Node line of the template's image (its final stage), which its CI, .nvmrc and engines follow. */
const imageMajor = imageNodeMajor(parseDockerfile(read("Dockerfile")));

describe("chapter §6 files pass every exercise-10 rule", () => {
  it("Dockerfile", () => {
    for (const r of checkDockerfile(read("Dockerfile"))) expect(r.ok, describeFailure(r, "chapters/09/06-deploy/Dockerfile")).toBe(true);
  });

  it(".dockerignore", () => {
    for (const r of checkDockerignore(read(".dockerignore"))) expect(r.ok, describeFailure(r, "chapters/09/06-deploy/.dockerignore")).toBe(true);
  });

  it(".github/workflows/ci.yml", async () => {
    const context = { dockerfile: read("Dockerfile"), readRepoFile: readIfAny };
    for (const r of await checkWorkflow(read(".github/workflows/ci.yml"), undefined, context)) expect(r.ok, describeFailure(r, "chapters/09/06-deploy/.github/workflows/ci.yml")).toBe(true);
  });

  it("one supported Node line everywhere: the image, .nvmrc and package.json engines", () => {
    expect(imageMajor).not.toBeNull();
    expect(lineProblem(imageMajor!)).toBeNull();
    expect(read(".nvmrc").trim()).toBe(String(imageMajor));
    const engines = readJson<{ engines: { node: string } }>(path.join(CHAPTER, "package.json")).engines.node;
    expect(engines).toBe(`>=${imageMajor}.0.0 <${imageMajor! + 1}`);
  });
});

describe("chapter §6: the Docker build context", () => {
  it("every file the Dockerfile copies from the context exists and is not excluded by .dockerignore", () => {
    const ignore = parseDockerignore(read(".dockerignore"));
    const model = parseDockerfile(read("Dockerfile"));
    const copies = model.stages.flatMap((s) => s.instructions).filter((i) => (i.keyword === "COPY" || i.keyword === "ADD") && !i.flags.some((f) => f.name === "from"));
    expect(copies.length).toBeGreaterThan(0);
    for (const copy of copies) {
      for (const source of copy.args.slice(0, -1)) {
        if (source === "." || source === "./") continue;
        expect(fs.existsSync(path.join(CHAPTER, source)), `${source} (line ${copy.line}) is missing`).toBe(true);
        expect(isIgnored(ignore, source), `${source} (line ${copy.line}) is excluded by .dockerignore`).toBe(false);
      }
    }
    // What `COPY . .` must bring to `npm run build`, and what it must never bring.
    for (const needed of ["server.ts", "tsconfig.json", "tsconfig.build.json"]) expect(isIgnored(ignore, needed), needed).toBe(false);
    for (const secret of [".env", ".env.production", "node_modules/x/index.js", ".git/HEAD"]) expect(isIgnored(ignore, secret), secret).toBe(true);
  });
});

interface PackageJson {
  name: string;
  scripts: Record<string, string>;
  dependencies: Record<string, string>;
  devDependencies: Record<string, string>;
}

describe("chapter §6: the template project", () => {
  const pkg = readJson<PackageJson>(path.join(CHAPTER, "package.json"));
  const rootPkg = readJson<PackageJson>(path.join(ROOT, "package.json"));

  it("pins exact versions, the same ones the workbook uses", () => {
    for (const [name, version] of Object.entries({ ...pkg.dependencies, ...pkg.devDependencies })) {
      expect(version, `${name} must be pinned`).toMatch(/^\d+\.\d+\.\d+$/);
      const rootVersion = rootPkg.dependencies[name] ?? rootPkg.devDependencies[name];
      expect(version, `${name}: template ${version}, workbook ${rootVersion}`).toBe(rootVersion);
    }
  });

  it("package-lock.json is in sync with package.json (what `npm ci` demands)", () => {
    const lock = readJson<{ name: string; lockfileVersion: number; packages: Record<string, { version?: string; dependencies?: Record<string, string>; devDependencies?: Record<string, string> }> }>(
      path.join(CHAPTER, "package-lock.json"),
    );
    expect(lock.name).toBe(pkg.name);
    expect(lock.lockfileVersion).toBe(3);
    expect(lock.packages[""]?.dependencies).toEqual(pkg.dependencies);
    expect(lock.packages[""]?.devDependencies).toEqual(pkg.devDependencies);
    for (const [name, version] of Object.entries({ ...pkg.dependencies, ...pkg.devDependencies })) {
      expect(lock.packages[`node_modules/${name}`]?.version, name).toBe(version);
    }
  });

  it("the image starts the app the way `npm start` does, from what `npm run build` writes", () => {
    const model = parseDockerfile(read("Dockerfile"));
    const runtime = model.stages[model.stages.length - 1]!;
    const cmd = runtime.instructions.filter((i) => i.keyword === "CMD").pop()!;
    expect((JSON.parse(cmd.content) as string[]).join(" ")).toBe(pkg.scripts.start);
    const build = readJson<{ compilerOptions: { outDir: string } }>(path.join(CHAPTER, "tsconfig.build.json"));
    expect(runtime.instructions.some((i) => i.keyword === "COPY" && i.content === `/app/${build.compilerOptions.outDir} ./${build.compilerOptions.outDir}`)).toBe(true);
    for (const script of ["typecheck", "test", "build"]) expect(pkg.scripts[script], script).toBeDefined();
    const workflow = read(".github/workflows/ci.yml");
    expect(workflow).toContain("npm run typecheck");
    expect(workflow).toContain("npm test");
  });

  it("its own tests pass, run the way its CI runs them (`npm test`)", () => {
    const [command, ...args] = pkg.scripts.test!.split(" ");
    expect(command).toBe("node");
    const run = spawnSync(process.execPath, args, { cwd: CHAPTER, encoding: "utf8", timeout: 30_000 });
    expect(run.status, `${run.stdout}\n${run.stderr}`).toBe(0);
    // TAP ("# pass 5") up to Node 22, the spec reporter ("ℹ pass 5") from Node 23 on.
    expect(run.stdout).toMatch(/^(?:# |ℹ )pass 5$/m);
  }, 40_000);

  it("the runtime stage without Docker: compiled server, the Dockerfile's HEALTHCHECK, graceful SIGTERM", async () => {
    const outDir = fs.mkdtempSync(path.join(CHAPTER, ".dist-test-"));
    try {
      // `npm run build` with the options of tsconfig.build.json (emit only: `npm run typecheck` and the
      // workbook's own `tsc -p .` already type-check server.ts; a full tsc here would cost seconds).
      const config = ts.getParsedCommandLineOfConfigFile(path.join(CHAPTER, "tsconfig.build.json"), { outDir }, { ...ts.sys, onUnRecoverableConfigFileDiagnostic: () => {} });
      expect(config?.errors ?? ["tsconfig.build.json unreadable"]).toEqual([]);
      expect(config!.fileNames.map((f) => path.basename(f))).toEqual(["server.ts"]);
      const program = ts.createProgram({ rootNames: config!.fileNames, options: { ...config!.options, noResolve: true, noLib: true, types: [] } });
      program.emit();
      const entry = path.join(outDir, "server.js");
      expect(fs.existsSync(entry)).toBe(true);

      const baseEnv = { PATH: process.env.PATH ?? "", NODE_ENV: "production", LANGSMITH_TRACING: "false" };
      const noKey = spawnSync(process.execPath, [entry], { env: baseEnv, encoding: "utf8", timeout: 20_000 });
      expect(noKey.status).toBe(1);
      expect(noKey.stderr).toMatch(/GOOGLE_API_KEY não está definida/);

      const port = await freePort();
      const env = { ...baseEnv, GOOGLE_API_KEY: "chave-de-teste", PORT: String(port) };
      const child = spawn(process.execPath, [entry], { env, stdio: ["ignore", "pipe", "pipe"] });
      let stdout = "";
      child.stdout.setEncoding("utf8");
      child.stdout.on("data", (chunk: string) => (stdout += chunk));
      const exited = new Promise<number | null>((resolve) => child.on("exit", (code) => resolve(code)));
      try {
        await waitFor(() => stdout.includes("ouvindo na porta"), 15_000);
        const health = await fetch(`http://127.0.0.1:${port}/health`);
        expect(health.status).toBe(200);

        const model = parseDockerfile(read("Dockerfile"));
        const check = model.stages[model.stages.length - 1]!.instructions.find((i) => i.keyword === "HEALTHCHECK")!;
        const argv = JSON.parse(check.content.replace(/^CMD\s*/, "")) as string[];
        expect(argv[0]).toBe("node");
        const probe = spawnSync(process.execPath, argv.slice(1), { env, encoding: "utf8", timeout: 10_000 });
        expect(probe.status, probe.stderr).toBe(0);
        const wrongPort = spawnSync(process.execPath, argv.slice(1), { env: { ...env, PORT: String(await freePort()) }, encoding: "utf8", timeout: 10_000 });
        expect(wrongPort.status, "the HEALTHCHECK must fail when nothing answers").toBe(1);

        child.kill("SIGTERM");
        expect(await Promise.race([exited, sleep(10_000).then(() => "timeout")])).toBe(0);
        expect(stdout).toMatch(/SIGTERM recebido/);
      } finally {
        if (child.exitCode === null) child.kill("SIGKILL");
      }
    } finally {
      fs.rmSync(outDir, { recursive: true, force: true });
    }
  }, 90_000);
});

describe("chapter §6: the GitLab CI equivalent", () => {
  const ci = parseYaml(read(".gitlab-ci.yml"), { merge: true }) as Record<string, Record<string, unknown> & { script?: string[]; rules?: Array<Record<string, string>>; needs?: string[] }> & {
    stages: string[];
  };
  const script = (job: string) => (ci[job]?.script ?? []).join("\n");

  it("tests (npm ci with cache, typecheck, tests) on the image's Node line before anything else", () => {
    expect(ci.stages).toEqual(["test", "build", "deploy", "rollback"]);
    expect(String(ci.testes?.image)).toBe(`node:${imageMajor}-slim`);
    expect(JSON.stringify(ci.testes?.cache)).toContain("package-lock.json");
    expect(script("testes")).toMatch(/npm ci[\s\S]*npm run typecheck[\s\S]*npm test/);
  });

  it("builds the image only after the tests and deploys only from the default branch, with a health check that fails", () => {
    expect(ci.imagem?.needs).toEqual(["testes"]);
    expect(script("imagem")).toMatch(/docker build/);
    expect(ci.deploy?.stage).toBe("deploy");
    expect(ci.deploy?.rules).toEqual([{ if: "$CI_COMMIT_BRANCH == $CI_DEFAULT_BRANCH" }]);
    expect(script("deploy")).toMatch(/curl --fail .*\/health/);
  });

  it("rolls back only when the deploy fails, to the version recorded before it", () => {
    expect(ci.rollback?.stage).toBe("rollback");
    expect(ci.rollback?.needs).toContain("deploy");
    expect(ci.rollback?.needs).toContain("versao-atual");
    expect(ci.rollback?.rules?.[0]?.when).toBe("on_failure");
    expect(script("versao-atual")).toContain("IMAGEM_ANTERIOR=");
    expect(script("rollback")).toMatch(/\$IMAGEM_ANTERIOR/);
  });
});

describe("chapter §6 README", () => {
  const readme = read("README.md");

  it("has the book's commands translated, the CI/CD checklist and the §9 production cycle as Mermaid", () => {
    expect(readme).toContain("docker build -t langchain-prod .");
    expect(readme).toContain("docker run --rm --env-file .env -p 3000:3000 langchain-prod");
    expect(readme).toMatch(/## Checklist de CI\/CD[\s\S]*Rollback automático/);
    const mermaid = [...readme.matchAll(/```mermaid\n([\s\S]*?)```/g)].map((m) => m[1]!);
    expect(mermaid.length).toBe(2);
    const cycle = mermaid.find((m) => m.includes("Escrever código"))!;
    for (const step of ["1. Escrever código", "2. Escrever testes", "3. Ativar logs/tracing", "4. Proteger chaves", "5. Deploy", "6. Monitorar e otimizar", "7. Manter e atualizar"]) {
      expect(cycle).toContain(step);
    }
  });

  it("links only files that exist", () => {
    for (const [, target] of readme.matchAll(/\]\(([^)#]+)\)/g)) {
      if (/^https?:/.test(target!)) continue;
      expect(fs.existsSync(path.join(CHAPTER, target!)), target).toBe(true);
    }
  });
});


function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

async function waitFor(condition: () => boolean, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error("timed out waiting for the server to start");
    await sleep(50);
  }
}
