// lib/cli: the one toolkit of scripts/ and quiz/ (root, colours and progress bar, state folder and atomic writes,
// seeded RNG), and a guard that the copies it replaced do not come back.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { makeColors, progressBar, rule, unicodeTerminal } from "../../lib/cli/colors.ts";
import { ROOT } from "../../lib/cli/paths.mjs";
import { hashString, seededRandom, shuffled } from "../../lib/cli/rng.ts";
import { describeWriteError, displayPath, keepInvalidCopy, stateDir, writeFileAtomic } from "../../lib/cli/state.ts";

const plain = makeColors(false);
const temps: string[] = [];
const tempDir = () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "cli-toolkit-"));
  temps.push(dir);
  return dir;
};
afterEach(() => {
  for (const dir of temps.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});

describe("lib/cli", () => {
  it("ROOT is the workbook's root", () => {
    expect(fs.existsSync(path.join(ROOT, "curriculum.ts"))).toBe(true);
    expect(fs.existsSync(path.join(ROOT, "package.json"))).toBe(true);
  });

  it("one state folder: .workbook/ at the root unless WORKBOOK_STATE_DIR moves it", () => {
    expect(stateDir("/wb", {})).toBe(path.join("/wb", ".workbook"));
    expect(stateDir("/wb", { WORKBOOK_STATE_DIR: "  " })).toBe(path.join("/wb", ".workbook"));
    expect(stateDir("/wb", { WORKBOOK_STATE_DIR: "/tmp/estado" })).toBe(path.resolve("/tmp/estado"));
  });

  it("atomic write: creates the folder, replaces the file, leaves no temp file, even when it fails", () => {
    const dir = tempDir();
    const file = path.join(dir, "a", "b.json");
    writeFileAtomic(file, "1");
    writeFileAtomic(file, "2 ção");
    expect(fs.readFileSync(file, "utf8")).toBe("2 ção");
    expect(fs.readdirSync(path.dirname(file))).toEqual(["b.json"]);
    const blocked = path.join(dir, "pasta");
    fs.mkdirSync(path.join(blocked, "x.json"), { recursive: true });
    expect(() => writeFileAtomic(path.join(blocked, "x.json"), "3")).toThrow();
    expect(fs.readdirSync(blocked)).toEqual(["x.json"]);
  });

  it("an unreadable file is kept aside, never over an earlier copy", () => {
    const dir = tempDir();
    const file = path.join(dir, "p.json");
    fs.writeFileSync(file, "{ um");
    expect(keepInvalidCopy(file)).toBe(`${file}.invalido`);
    fs.writeFileSync(file, "{ dois");
    expect(keepInvalidCopy(file)).toBe(`${file}.invalido-2`);
    expect(fs.readFileSync(`${file}.invalido`, "utf8")).toBe("{ um");
    expect(fs.readFileSync(`${file}.invalido-2`, "utf8")).toBe("{ dois");
  });

  it("write failures in pt-BR words; paths shown relative to the root with /", () => {
    expect(describeWriteError(Object.assign(new Error("x"), { code: "EACCES" }))).toBe("sem permissão de escrita");
    expect(describeWriteError(Object.assign(new Error("x"), { code: "ENOSPC" }))).toBe("disco cheio");
    expect(describeWriteError(Object.assign(new Error("x"), { code: "EISDIR" }))).toBe("há uma pasta onde deveria estar o arquivo");
    expect(displayPath("/wb", path.join("/wb", ".workbook", "p.json"))).toBe(".workbook/p.json");
    expect(displayPath("/wb", "/outro/p.json")).toBe("/outro/p.json");
  });

  it("one progress bar, ASCII on the legacy Windows console; the rule falls back too", () => {
    expect(progressBar(1, 4, { width: 8, colors: plain, env: {} })).toBe("██░░░░░░");
    expect(progressBar(0, 0, { width: 4, colors: plain, env: {} })).toBe("░░░░");
    expect(progressBar(9, 4, { width: 4, colors: plain, env: {} })).toBe("████");
    expect(unicodeTerminal({}, "win32")).toBe(false);
    expect(unicodeTerminal({ WT_SESSION: "1" }, "win32")).toBe(true);
    expect(rule("x", plain, "-")).toBe(`-- x ${"-".repeat(59)}`);
  });

  it("seeded RNG: same seed, same sequence and the same shuffle on every run", () => {
    const a = seededRandom(42);
    const b = seededRandom(42);
    const first = [a(), a(), a()];
    expect([b(), b(), b()]).toEqual(first);
    for (const x of first) expect(x >= 0 && x < 1).toBe(true);
    expect(shuffled([1, 2, 3, 4, 5], seededRandom(7))).toEqual(shuffled([1, 2, 3, 4, 5], seededRandom(7)));
    expect(hashString("livro-1")).toBe(hashString("livro-1"));
    expect(hashString("livro-1")).not.toBe(hashString("livro-2"));
  });
});

describe("no second copy of the toolkit in scripts/, quiz/ and lib/", () => {
  const sources = (dir: string): string[] =>
    fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
      const full = path.join(dir, e.name);
      if (e.isDirectory()) return e.name === "node_modules" ? [] : sources(full);
      return /\.(ts|mts|mjs)$/.test(e.name) ? [full] : [];
    });
  const files = ["scripts", "quiz", "lib"].flatMap((d) => sources(path.join(ROOT, d)));
  const rel = (f: string) => path.relative(ROOT, f).split(path.sep).join("/");

  it("the root is computed only in lib/cli/paths.mjs", () => {
    const allowed = new Set(["lib/cli/paths.mjs"]);
    const computes = /import\.meta\.(url|dirname)\)?\)?,\s*["']\.\.|new URL\(\s*["']\.\.\/?["'],\s*import\.meta\.url/;
    const offenders = files.filter((f) => !allowed.has(rel(f)) && computes.test(fs.readFileSync(f, "utf8"))).map(rel);
    expect(offenders).toEqual([]);
  });

  it("one seeded RNG (mulberry32) and one FNV hash, also across bench/ and test/; one colour setup", () => {
    const everywhere = [...files, ...["bench", "test"].flatMap((d) => sources(path.join(ROOT, d)))].filter((f) => !f.endsWith("cli-toolkit.test.ts"));
    const rng = everywhere.filter((f) => fs.readFileSync(f, "utf8").includes("0x6d2b79f5")).map(rel);
    expect(rng).toEqual(["lib/cli/rng.ts"]);
    const fnv = everywhere.filter((f) => fs.readFileSync(f, "utf8").includes("0x01000193")).map(rel);
    expect(fnv).toEqual(["lib/cli/rng.ts"]);
    const colours = files.filter((f) => /\.createColors\(/.test(fs.readFileSync(f, "utf8"))).map(rel);
    expect(colours).toEqual(["lib/cli/colors.ts"]);
  });
});
