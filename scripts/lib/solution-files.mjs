// solutions/NN-slug/ holds only the files the student writes (curriculum.ts `files`, plus files that exist
// only in the solution, such as 11's Dockerfile); every other file of the exercise (detectors, data, the
// capstone's service) is the given one in exercises/NN-slug/ and is stored once. Whenever code runs from
// solutions/, a path solutions/NN-slug/<file> that does not exist stands for exercises/NN-slug/<file>, and
// the module keeps its solutions/ path: its own relative imports (`./validadores.ts`) then reach the
// solution's files again. One rule (givenFileFor), applied three ways:
//   - solutionFallback(): a vite plugin, for vitest (checks, project tests, Stryker's sandbox);
//   - solution-hooks.mjs: Node's module hooks, for plain `node --import tsx` runs (npm run chatbot,
//     chapter examples, benches, the leak test);
//   - copySolutionFolder(): a real merged copy, where a folder must stand alone (mistake variants, the
//     grading sandbox).
// TypeScript sees the same thing through tsconfig.json (`rootDirs` and the `#solucoes/*` path).
// Only solutions/ falls back: a student's folder (exercises/ or --dir) always holds every file itself.
// Plain JavaScript: the check runners (*.mjs) and Node's hooks thread load it without tsx.
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { ROOT } from "../../lib/cli/paths.mjs";

export const REPO_ROOT = ROOT;

/** Node arguments that run a .ts file of the workbook with tsx and the solutions/ fallback (in this order). */
export const TSX_WITH_SOLUTIONS = ["--import", "tsx", "--import", pathToFileURL(path.join(path.dirname(fileURLToPath(import.meta.url)), "solution-hooks-register.mjs")).href];

/** exercises/NN-slug/<file> when `file` is a MISSING solutions/NN-slug/<file> and the exercise has it. */
export function givenFileFor(file, root = REPO_ROOT) {
  const relative = path.relative(path.join(root, "solutions"), file);
  if (!relative || relative.startsWith("..") || path.isAbsolute(relative)) return undefined;
  const [folder, ...rest] = relative.split(path.sep);
  if (!folder || !/^\d\d-/.test(folder) || rest.length === 0) return undefined;
  if (fs.existsSync(file)) return undefined;
  const given = path.join(root, "exercises", folder, ...rest);
  return fs.existsSync(given) && fs.statSync(given).isFile() ? given : undefined;
}

/** Absolute path an import specifier names, for specifiers that name a file (relative, absolute, file:). */
export function specifierPath(specifier, importerFile, root = REPO_ROOT) {
  // A query or fragment is not part of the path; a leading `#` is a package import, not a fragment.
  const clean = specifier.startsWith("#") ? specifier : specifier.replace(/[?#].*$/, "");
  if (clean.startsWith("file:")) return fileURLToPath(clean);
  // `#solucoes/*` (package.json "imports", the vitest alias): the capstone's way into solutions/.
  if (clean.startsWith("#solucoes/")) return path.join(root, "solutions", clean.slice("#solucoes/".length));
  if (path.isAbsolute(clean)) return path.resolve(clean);
  if ((clean.startsWith("./") || clean.startsWith("../")) && importerFile) return path.resolve(path.dirname(importerFile), clean);
  return undefined;
}

/**
 * Vite plugin: a missing solutions/NN-slug/<file> resolves to itself (so relative imports inside it stay in
 * solutions/) and loads the given exercises/NN-slug/<file>. Everything else goes to vite's own resolution.
 */
export function solutionFallback(root = REPO_ROOT) {
  return {
    name: "workbook:solution-fallback",
    enforce: "pre",
    resolveId(source, importer) {
      const importerFile = importer && !importer.startsWith("\0") ? importer.replace(/[?#].*$/, "") : undefined;
      const file = specifierPath(source, importerFile, root);
      if (!file || !givenFileFor(file, root)) return null;
      return file.split(path.sep).join("/");
    },
    load(id) {
      const given = givenFileFor(path.resolve(id.replace(/[?#].*$/, "")), root);
      return given ? fs.readFileSync(given, "utf8") : null;
    },
  };
}

/**
 * Copies solutions/<folder> into `dest` as a standalone folder, the way a student who solved it would hold
 * it: the exercise's files first (README and hidden scratch folders left out), then the solution's over them.
 */
export function copySolutionFolder(folder, dest, root = REPO_ROOT, options = {}) {
  const skip = (src) => src.split(path.sep).includes(".scratch");
  const exercise = path.join(root, "exercises", folder);
  fs.cpSync(exercise, dest, {
    recursive: true,
    dereference: options.dereference ?? false,
    filter: (src) => !skip(src) && path.relative(exercise, src) !== "README.md",
  });
  fs.cpSync(path.join(root, "solutions", folder), dest, { recursive: true, dereference: options.dereference ?? false, filter: (src) => !skip(src) });
}

/**
 * A solution file as students see it (npm run solucao, npm run diff): without the whole-line
 * `// Stryker disable …` / `// Stryker restore …` comments, mutation-testing bookkeeping (see scripts/mutation.ts)
 * that is not part of the answer.
 */
export function withoutMutationPragmas(text) {
  return text.replace(/^[ \t]*\/\/ Stryker (disable|restore)\b.*(\r?\n|$)/gm, "");
}
