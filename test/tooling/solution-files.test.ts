// solutions/ stores only the student's files; a missing solutions/NN-slug/<file> stands for the given
// exercises/NN-slug/<file> (scripts/lib/solution-files.mjs). The rule on a throwaway tree, then the vite plugin
// (this very file is loaded by vitest) and Node's hooks on the real repository.
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { afterAll, describe, expect, it } from "vitest";
import { copySolutionFolder, givenFileFor, specifierPath, TSX_WITH_SOLUTIONS, withoutMutationPragmas } from "../../scripts/lib/solution-files.mjs";
import { detectarPii } from "../../solutions/07-bloqueio-pii/pii.ts";

const ROOT = path.resolve(import.meta.dirname, "../..");
const tree = fs.mkdtempSync(path.join(os.tmpdir(), "solution-files-"));
const write = (rel: string, text: string) => {
  fs.mkdirSync(path.dirname(path.join(tree, rel)), { recursive: true });
  fs.writeFileSync(path.join(tree, rel), text);
};
write("exercises/07-x/given.ts", "given");
write("exercises/07-x/student.ts", "stub");
write("exercises/07-x/README.md", "leia");
write("exercises/07-x/data/model.json", "{}");
write("solutions/07-x/student.ts", "answer");
write("solutions/07-x/only-here.ts", "extra");
afterAll(() => fs.rmSync(tree, { recursive: true, force: true }));

describe("givenFileFor / specifierPath", () => {
  const sol = (rel: string) => path.join(tree, "solutions", rel);
  it("a missing solutions/NN-slug/<file> is the exercise's file; a present one is itself", () => {
    expect(givenFileFor(sol("07-x/given.ts"), tree)).toBe(path.join(tree, "exercises/07-x/given.ts"));
    expect(givenFileFor(sol("07-x/data/model.json"), tree)).toBe(path.join(tree, "exercises/07-x/data/model.json"));
    expect(givenFileFor(sol("07-x/student.ts"), tree)).toBeUndefined();
  });

  it("nothing else falls back: a file the exercise lacks, a folder, a student's folder, paths outside solutions/", () => {
    expect(givenFileFor(sol("07-x/nowhere.ts"), tree)).toBeUndefined();
    expect(givenFileFor(sol("07-x/data"), tree)).toBeUndefined();
    expect(givenFileFor(path.join(tree, "exercises/07-x/given.ts"), tree)).toBeUndefined();
    expect(givenFileFor(path.join(tree, "aluno/07-x/given.ts"), tree)).toBeUndefined();
    expect(givenFileFor(sol("notes/given.ts"), tree)).toBeUndefined();
  });

  it("names the file of relative, absolute, file: and #solucoes/ specifiers, and leaves packages alone", () => {
    const importer = sol("07-x/student.ts");
    expect(specifierPath("./given.ts", importer, tree)).toBe(sol("07-x/given.ts"));
    expect(specifierPath("../07-x/given.ts?v=1", importer, tree)).toBe(sol("07-x/given.ts"));
    expect(specifierPath("#solucoes/07-x/given.ts", importer, tree)).toBe(sol("07-x/given.ts"));
    expect(specifierPath(pathToFileURL(sol("07-x/given.ts")).href, importer, tree)).toBe(sol("07-x/given.ts"));
    expect(specifierPath("zod", importer, tree)).toBeUndefined();
    expect(specifierPath("#lib/config", importer, tree)).toBeUndefined();
  });
});

describe("copySolutionFolder", () => {
  it("builds the folder a student who solved it would hold: given files, the solution over the stubs, no README", () => {
    const dest = path.join(tree, "copia", "07-x");
    copySolutionFolder("07-x", dest, tree);
    const files = fs.readdirSync(dest, { recursive: true }).map(String).map((f) => f.split(path.sep).join("/")).sort();
    expect(files).toEqual(["data", "data/model.json", "given.ts", "only-here.ts", "student.ts"]);
    expect(fs.readFileSync(path.join(dest, "student.ts"), "utf8")).toBe("answer");
  });
});

describe("on the repository", () => {
  it("vitest (the plugin): a given file imported from solutions/ runs with the solution's files next to it", () => {
    expect(fs.existsSync(path.join(ROOT, "solutions/07-bloqueio-pii/pii.ts"))).toBe(false);
    // pii.ts is given; its validators (./validadores.ts) are the student's: the stub's would throw "TODO 1".
    expect(detectarPii("CPF 529.982.247-25").map((e) => e.type)).toEqual(["CPF"]);
  });

  it("Node (the hooks, after tsx): the same", { timeout: 60_000 }, () => {
    const script = [
      `const m = await import(${JSON.stringify(pathToFileURL(path.join(ROOT, "solutions/07-bloqueio-pii/pii.ts")).href)});`,
      `console.log(JSON.stringify(m.detectarPii("CPF 529.982.247-25").map((e) => e.type)));`,
    ].join("\n");
    const run = spawnSync(process.execPath, [...TSX_WITH_SOLUTIONS, "--input-type=module", "-e", script], { cwd: ROOT, encoding: "utf8", timeout: 50_000 });
    expect(run.stderr).toBe("");
    expect(run.stdout.trim()).toBe('["CPF"]');
  });
});

describe("withoutMutationPragmas", () => {
  it("drops whole-line // Stryker disable/restore comments (LF or CRLF) and nothing else", () => {
    const text = "a\n// Stryker disable all: x\nb // Stryker no\r\n  // Stryker restore all\r\nc";
    expect(withoutMutationPragmas(text)).toBe("a\nb // Stryker no\r\nc");
  });
});
