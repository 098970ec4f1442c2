// .dockerignore is read the way Docker reads it; the rules ask "does this path reach the build?",
// so comments, later exceptions and folder patterns are all taken into account.
import { describe, expect, it } from "vitest";
import { checkDockerignore, isIgnored, parseDockerignore } from "../../checks/_support/deploy/index.ts";
import { failing, messages } from "./helpers.ts";

const GOOD = ".env\n.env.*\n!.env.example\nnode_modules\n.git\n";

describe(".dockerignore matching (Docker semantics)", () => {
  it("skips comments and blank lines, tolerates CRLF and a BOM", () => {
    expect(parseDockerignore("\uFEFF# comentário\r\n\r\n.env\r\n  node_modules/  \r\n")).toEqual([
      { line: 3, pattern: ".env", exception: false },
      { line: 4, pattern: "node_modules", exception: false },
    ]);
  });

  it("a folder pattern excludes everything inside it; leading slash and ./ mean the context root", () => {
    const patterns = parseDockerignore("/node_modules\n./.git/\n");
    expect(isIgnored(patterns, "node_modules/pacote/index.js")).toBe(true);
    expect(isIgnored(patterns, ".git/HEAD")).toBe(true);
    expect(isIgnored(patterns, "src/node_modules.ts")).toBe(false);
  });

  it("the last matching pattern wins, so exceptions can re-include", () => {
    const patterns = parseDockerignore("*\n!package.json\n!src\n");
    expect(isIgnored(patterns, "package.json")).toBe(false);
    expect(isIgnored(patterns, "src/server.ts")).toBe(false);
    expect(isIgnored(patterns, ".env")).toBe(true);
    expect(isIgnored(parseDockerignore(".env\n!.env\n"), ".env")).toBe(false);
  });

  it("supports *, ?, [..] and **", () => {
    expect(isIgnored(parseDockerignore(".env*\n"), ".env.production")).toBe(true);
    expect(isIgnored(parseDockerignore("**/.env\n"), "apps/api/.env")).toBe(true);
    expect(isIgnored(parseDockerignore("**/.env\n"), ".env")).toBe(true);
    expect(isIgnored(parseDockerignore("*.lo?\n"), "npm-debug.log")).toBe(true);
    expect(isIgnored(parseDockerignore("[.]env\n"), ".env")).toBe(true);
    expect(isIgnored(parseDockerignore("*/x\n"), "a/b/x")).toBe(false);
  });
});

describe(".dockerignore rules", () => {
  it("the reference passes, with LF or CRLF", () => {
    expect(failing(checkDockerignore(GOOD))).toEqual([]);
    expect(failing(checkDockerignore(GOOD.replace(/\n/g, "\r\n")))).toEqual([]);
  });

  it("rejects a file that forgets .env, and says why", () => {
    const results = checkDockerignore("node_modules\n.git\n");
    expect(failing(results)).toEqual(["excludes"]);
    expect(messages(results, "excludes")).toMatch(/`\.env` \(o arquivo com as chaves de API\) ainda vai para a imagem/);
    expect(messages(results, "excludes")).toMatch(/`\.env\.\*`/);
  });

  it("a commented-out .env does not count", () => {
    expect(messages(checkDockerignore("# .env\n.env.*\nnode_modules\n.git\n"), "excludes")).toMatch(/`\.env` \(o arquivo/);
  });

  it("an exception that brings .env back is named with its line", () => {
    expect(messages(checkDockerignore(`${GOOD}!.env\n`), "excludes")).toMatch(/^6: `!\.env` traz \.env de volta/);
  });

  it("rejects a file without node_modules or .git", () => {
    expect(messages(checkDockerignore(".env\n.env.*\n.git\n"), "excludes")).toMatch(/`node_modules`/);
    expect(messages(checkDockerignore(".env\n.env.*\nnode_modules\n"), "excludes")).toMatch(/`\.git`/);
  });

  it("an empty file fails", () => {
    expect(failing(checkDockerignore(""))).toEqual(["excludes"]);
  });

  it("rejects patterns that hide package.json or package-lock.json from npm ci", () => {
    const results = checkDockerignore(`${GOOD}*.json\n`);
    expect(failing(results)).toEqual(["keeps-manifests"]);
    expect(messages(results, "keeps-manifests")).toMatch(/^6: package\.json fica fora do contexto de build por causa de `\*\.json`/m);
    expect(failing(checkDockerignore("*\n!package.json\n!package-lock.json\n!src\n"))).toEqual([]);
  });
});
