import path from "node:path";
import { fileURLToPath } from "node:url";
import { defineConfig, type Plugin } from "vitest/config";
import { solutionFallback } from "./scripts/lib/solution-files.mjs";

// One config for everything. WORKBOOK_TARGET chooses what the checks grade:
// "exercises" (default, the student's work), "solutions", or any folder shaped like exercises/.
const root = path.dirname(fileURLToPath(import.meta.url));
const target = path.resolve(root, process.env.WORKBOOK_TARGET ?? "exercises");

const alias = [
  // Checks import the graded code as `@alvo/01-hello-world-prod/hello_world_prod.ts`.
  { find: /^@alvo\/(.*)$/, replacement: `${target}/$1` },
  // `#lib/*` also resolves for student folders outside this repository (grading with --dir).
  { find: /^#lib\/(.*)$/, replacement: `${root}/lib/$1.ts` },
  // `#solucoes/*`: the capstone (exercise 11) reuses the reference solutions of exercises 02–09; same reason.
  { find: /^#solucoes\/(.*)$/, replacement: `${root}/solutions/$1` },
];
// solutions/NN-slug/ holds only the student's files; the given ones resolve from exercises/NN-slug/.
const plugins = [solutionFallback(root)];

// Graded code may not import the checks (their lab handle, their helpers): static imports and literal dynamic
// import()s are refused while resolving. A student's own folders importing each other stay fine.
const checksDir = path.join(root, "checks") + path.sep;
const importGuard: Plugin = {
  name: "workbook-import-guard",
  enforce: "pre",
  async resolveId(source, importer, options) {
    if (!importer || !path.resolve(importer).startsWith(target + path.sep)) return null;
    const resolved = await this.resolve(source, importer, { ...options, skipSelf: true });
    if (resolved && path.resolve(resolved.id.split("?")[0]!).startsWith(checksDir))
      throw new Error(`import proibido: ${path.relative(target, importer)} importa "${source}", um arquivo dos checks. O código do exercício não pode depender dos checks que o corrigem.`);
    return resolved;
  },
};

export default defineConfig({
  plugins,
  resolve: { alias },
  test: {
    projects: [
      {
        plugins: [...plugins, importGuard],
        resolve: { alias },
        test: {
          name: "checks",
          include: ["checks/**/*.test.ts"],
          setupFiles: ["checks/_support/setup.ts"],
          testTimeout: 10_000,
          env: { WORKBOOK_TARGET_DIR: target },
        },
      },
      {
        plugins,
        resolve: { alias },
        test: {
          name: "unit",
          include: ["test/**/*.test.ts"],
          testTimeout: 20_000,
        },
      },
    ],
  },
});
