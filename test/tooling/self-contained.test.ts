// The repository explains itself: no file outside docs/ points at notes that only existed on the authors'
// machine (a shared notes folder next to the clone, with its protocol, design and facts notes). Comments cite docs/ instead
// (`docs/protocols.md §4.2`, `docs/facts.md §3`, `docs/architecture.md`).
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

const ROOT = path.resolve(import.meta.dirname, "../..");
const SKIP_DIRS = new Set(["node_modules", ".git", "reports", ".workbook", ".lab", ".stryker-tmp"]);

/** Tracked files (git ls-files), or every file when the copy has no .git (a zip download). */
function repositoryFiles(): string[] {
  const git = spawnSync("git", ["ls-files", "-z"], { cwd: ROOT, encoding: "utf8" });
  if (git.status === 0 && git.stdout) return git.stdout.split("\0").filter(Boolean);
  const walk = (dir: string): string[] =>
    fs.readdirSync(path.join(ROOT, dir), { withFileTypes: true }).flatMap((d) => {
      const relative = dir ? `${dir}/${d.name}` : d.name;
      if (d.isDirectory()) return SKIP_DIRS.has(d.name) ? [] : walk(relative);
      return d.isFile() ? [relative] : [];
    });
  return walk("");
}

/** The comment part of a code line (a `docs/…` inside a string literal is data, not a citation). */
function commentOf(line: string): string {
  const trimmed = line.trimStart();
  if (/^(\*|\/\*|\/\/|#)/.test(trimmed)) return trimmed;
  const at = line.search(/(^|\s)\/\/\s/);
  return at >= 0 ? line.slice(at) : "";
}

// Spelled so that this file does not match itself.
const OUTSIDE = new RegExp(["\\.\\./shared", "PROTOCOLS\\.md", "PROTOCOLS [§]", "DESIGN\\.md", "FACTS\\.md"].join("|"));

describe("self-contained repository", () => {
  it("no file outside docs/ cites the notes folder outside the repository (protocol, design, facts notes)", () => {
    const offenders: string[] = [];
    for (const file of repositoryFiles()) {
      if (file.startsWith("docs/")) continue;
      let text: string;
      try {
        text = fs.readFileSync(path.join(ROOT, file), "utf8");
      } catch {
        continue; // deleted in the working tree
      }
      text.split(/\r?\n/).forEach((line, i) => {
        if (OUTSIDE.test(line)) offenders.push(`${file}:${i + 1}: ${line.trim().slice(0, 160)}`);
      });
    }
    expect(offenders, `cite docs/ instead (docs/protocols.md §N, docs/facts.md §N, docs/architecture.md):\n${offenders.join("\n")}`).toEqual([]);
  });

  it("the docs/ pages that code cites exist, and protocols.md keeps its section numbers", () => {
    for (const page of ["README.md", "architecture.md", "protocols.md", "facts.md", "naming.md"]) {
      expect(fs.existsSync(path.join(ROOT, "docs", page)), `docs/${page}`).toBe(true);
    }
    const protocols = fs.readFileSync(path.join(ROOT, "docs", "protocols.md"), "utf8");
    const sections = [...protocols.matchAll(/^#{2,3} §(\d+(?:\.\d+)?)\b/gm)].map((m) => m[1]);
    for (const section of ["0", "1", "1.1", "1.2", "1.3", "1.4", "2", "2.1", "2.2", "2.3", "2.4", "3", "4", "4.1", "4.2", "4.3", "4.4", "4.5", "4.6", "4.7", "5", "6"]) {
      expect(sections, `§${section}`).toContain(section);
    }
  });

  it("every `docs/<page>.md §N` cited in the code names a page and a section that exist", () => {
    const pages = new Map<string, string>();
    const missing: string[] = [];
    for (const file of repositoryFiles()) {
      if (file.startsWith("docs/") || !/\.(ts|mjs|js|md|yml)$/.test(file)) continue;
      let text: string;
      try {
        text = fs.readFileSync(path.join(ROOT, file), "utf8");
      } catch {
        continue;
      }
      const cited = file.endsWith(".md") ? text : text.split(/\r?\n/).map(commentOf).join("\n");
      for (const m of cited.matchAll(/docs\/([\w-]+\.md)(?:\s+§(\d+(?:\.\d+)?))?/g)) {
        const [, page, section] = m;
        if (!pages.has(page!)) pages.set(page!, fs.existsSync(path.join(ROOT, "docs", page!)) ? fs.readFileSync(path.join(ROOT, "docs", page!), "utf8") : "");
        const body = pages.get(page!)!;
        if (!body) missing.push(`${file}: docs/${page} does not exist`);
        else if (section && !new RegExp(`^#{2,4} §${section.replace(".", "\\.")}\\b`, "m").test(body)) missing.push(`${file}: docs/${page} has no §${section}`);
      }
    }
    expect(missing).toEqual([]);
  });

  it("CONTRIBUTING.md links only files that exist", () => {
    const text = fs.readFileSync(path.join(ROOT, "CONTRIBUTING.md"), "utf8");
    const targets = [...text.matchAll(/\]\(([^)#\s]+)\)/g)].map((m) => m[1]!).filter((t) => !/^https?:/.test(t));
    expect(targets.length).toBeGreaterThan(0);
    for (const target of targets) expect(fs.existsSync(path.join(ROOT, target)), target).toBe(true);
  });
});
