// The manifest is the one source of truth: every ready exercise has its four parts, and package.json agrees.
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { examples, exercises } from "../curriculum.ts";
import { checkFile, findExercise, folderName } from "../lib/exercises.ts";

const root = path.resolve(import.meta.dirname, "..");
const pkg = JSON.parse(fs.readFileSync(path.join(root, "package.json"), "utf8")) as { scripts: Record<string, string> };

describe("curriculum.ts", () => {
  it("ids are 1..N without gaps and slugs are unique", () => {
    expect(exercises.map((e) => e.id)).toEqual(exercises.map((_, i) => i + 1));
    expect(new Set(exercises.map((e) => e.slug)).size).toBe(exercises.length);
  });

  for (const exercise of exercises.filter((e) => e.status === "ready")) {
    describe(`exercise ${exercise.id} (${exercise.slug})`, () => {
      it("has files, a stub, a solution with the same file names, a check and hints", () => {
        expect(exercise.files.length).toBeGreaterThan(0);
        for (const file of exercise.files) {
          expect(fs.existsSync(path.join(root, "exercises", folderName(exercise), file)), `stub ${file}`).toBe(true);
          expect(fs.existsSync(path.join(root, "solutions", folderName(exercise), file)), `solution ${file}`).toBe(true);
        }
        expect(fs.existsSync(path.join(root, "exercises", folderName(exercise), "README.md")), "exercise README").toBe(true);
        expect(fs.existsSync(path.join(root, checkFile(exercise))), "check file").toBe(true);
        expect(exercise.hints.length).toBeGreaterThanOrEqual(2);
        if (exercise.entry) expect(exercise.files).toContain(exercise.entry);
      });

      it("solutions/ holds only the student's files: the given ones are stored once, in exercises/", () => {
        const list = (dir: string): string[] =>
          fs.readdirSync(dir, { withFileTypes: true }).flatMap((d) => (d.isDirectory() ? list(path.join(dir, d.name)).map((f) => path.join(d.name, f)) : [d.name]));
        const stubDir = path.join(root, "exercises", folderName(exercise));
        const solutionDir = path.join(root, "solutions", folderName(exercise));
        // A file only the solution has (11's Dockerfile, its README) is no copy; README.md is the solution's own.
        const copies = list(solutionDir)
          .map((f) => f.split(path.sep).join("/"))
          .filter((f) => f !== "README.md" && !exercise.files.includes(f) && fs.existsSync(path.join(stubDir, f)));
        expect(
          copies,
          `solutions/${folderName(exercise)}/ repeats files the exercise gives (not in curriculum.ts \`files\`): delete them; ` +
            "code run from solutions/ reads them from exercises/ (scripts/lib/solution-files.mjs)",
        ).toEqual([]);
      });

      it("the stub and the solution differ (a stub is not a solution)", () => {
        const differs = exercise.files.some(
          (file) =>
            fs.readFileSync(path.join(root, "exercises", folderName(exercise), file), "utf8") !==
            fs.readFileSync(path.join(root, "solutions", folderName(exercise), file), "utf8"),
        );
        expect(differs).toBe(true);
      });
    });
  }

  it("every exercise folder on disk is in the manifest", () => {
    for (const base of ["exercises", "solutions"]) {
      for (const dir of fs.readdirSync(path.join(root, base))) {
        if (!fs.statSync(path.join(root, base, dir)).isDirectory()) continue;
        expect(exercises.some((e) => folderName(e) === dir && e.status === "ready"), `${base}/${dir} has no ready manifest entry`).toBe(true);
      }
    }
  });

  it("package.json has a thin ex:N script for every exercise, and nothing else repeats the list", () => {
    for (const e of exercises) expect(pkg.scripts[`ex:${e.id}`]).toBe(`node scripts/ex.mjs ${e.id}`);
    expect(Object.keys(pkg.scripts).filter((s) => /^ex:\d+$/.test(s)).length).toBe(exercises.length);
  });

  it("examples point at files that exist, with unique names", () => {
    expect(new Set(examples.map((e) => e.name)).size).toBe(examples.length);
    for (const e of examples) expect(fs.existsSync(path.join(root, e.file)), e.file).toBe(true);
  });
});

describe("findExercise", () => {
  it.each(["1", "01", "ex:1", "hello-world-prod", "01-hello-world-prod", "exercises/01-hello-world-prod/hello_world_prod.ts", "checks\\01-hello-world-prod.test.ts"])(
    "accepts %s",
    (query) => {
      const found = findExercise(query);
      expect("exercise" in found && found.exercise.id).toBe(1);
    },
  );

  it("suggests the nearest slug and lists the valid ones on a miss", () => {
    const found = findExercise("hello-wrld-prod");
    expect("error" in found && found.error).toContain('Você quis dizer "hello-world-prod"');
    const unknown = findExercise("99");
    expect("error" in unknown && unknown.error).toContain("hello-world-prod");
  });
});
