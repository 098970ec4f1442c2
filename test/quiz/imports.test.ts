// The quiz must start fast: it may not import LangChain, LangSmith, provider SDKs or anything heavy.
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { repoRoot } from "./helpers.ts";

const ALLOWED = new Set(["zod", "picocolors", "@inquirer/prompts"]);

function quizSources(dir = path.join(repoRoot, "quiz")): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return quizSources(full);
    return entry.name.endsWith(".ts") ? [full] : [];
  });
}

describe("quiz dependencies", () => {
  it("imports only node:*, its own files, curriculum.ts, zod, picocolors and @inquirer/prompts", () => {
    const external = new Map<string, string>();
    for (const file of quizSources()) {
      const source = fs.readFileSync(file, "utf8");
      for (const m of source.matchAll(/(?:^|\s)(?:import|export)\s[^'"]*?from\s+["']([^"']+)["']|import\(\s*["']([^"']+)["']\s*\)/g)) {
        const spec = m[1] ?? m[2] ?? "";
        if (spec.startsWith(".") || spec.startsWith("node:")) continue;
        external.set(spec, path.relative(repoRoot, file));
      }
    }
    for (const [spec, file] of external) expect(ALLOWED.has(spec), `${file} imports ${spec}`).toBe(true);
    expect([...external.keys()].some((s) => /langchain|langsmith|openai|google/i.test(s))).toBe(false);
  });

  // The CLI toolkit the quiz shares with scripts/ (lib/cli: paths, colours, flags, state, RNG); it imports only
  // node:*, picocolors and its own files.
  const CLI = path.join(repoRoot, "lib", "cli");
  const SHARED = fs.readdirSync(CLI).filter((f) => /\.(ts|mjs)$/.test(f)).map((f) => path.join(CLI, f));

  it("relative imports use the .ts extension and stay inside quiz/ (plus the manifest and lib/cli)", () => {
    for (const file of quizSources()) {
      for (const m of fs.readFileSync(file, "utf8").matchAll(/from\s+["'](\.[^"']+)["']/g)) {
        const spec = m[1]!;
        expect(spec, path.relative(repoRoot, file)).toMatch(/\.(ts|mjs)$/);
        const target = path.resolve(path.dirname(file), spec);
        const inside = target.startsWith(path.join(repoRoot, "quiz")) || target === path.join(repoRoot, "curriculum.ts") || SHARED.includes(target);
        expect(inside, `${path.relative(repoRoot, file)} → ${spec}`).toBe(true);
      }
    }
    for (const shared of SHARED) {
      for (const m of fs.readFileSync(shared, "utf8").matchAll(/from\s+["']([^"']+)["']/g)) {
        const spec = m[1]!;
        const ok = spec.startsWith("node:") || spec === "picocolors" || SHARED.includes(path.resolve(CLI, spec));
        expect(ok, `${path.relative(repoRoot, shared)} → ${spec}`).toBe(true);
      }
    }
  });
});
