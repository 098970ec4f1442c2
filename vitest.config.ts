import path from "node:path";
import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";
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

export default defineConfig({
  plugins,
  resolve: { alias },
  test: {
    projects: [
      {
        plugins,
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
