import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { defineConfig, type Plugin } from "vitest/config";
import { BaseSequencer, type TestSpecification } from "vitest/node";
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

// The student's runs of the checks (`npm run ex:N`, `npm test`: WORKBOOK_CHECKS_CACHE=1) load the lab from a one-file
// JavaScript build of lib/lab/server.ts and its imports, natively: one module instead of ~40 through the module runner.
// The same sources, rebuilt whenever one changes (scripts/lib/lab-bundle.mjs); one instance for setup.ts, the sentinel
// and lib/session.ts. Grading, verify and the project's tests load lib/lab/server.ts as before.
const labServer = path.join(root, "lib", "lab", "server.ts");
const labBundleFile = /[\\/]\.workbook[\\/]cache[\\/]lab[\\/]lab-[0-9a-f]{16}\.mjs$/;
const importsLabServer = /(^|[\\/])lab[\\/]server(\.ts)?$/;
let labBuild: string | undefined;
const labFromBundle: Plugin = {
  name: "workbook-lab-bundle",
  enforce: "pre",
  async configureVitest({ experimental_defineCacheKeyGenerator }) {
    // Loaded by path, only here: the grading sandbox's copy of the workbook holds no scripts/lib/lab-bundle.mjs.
    // No esbuild, a read-only folder: the sources, as everywhere else.
    const builder = pathToFileURL(path.join(root, "scripts", "lib", "lab-bundle.mjs")).href;
    labBuild = await (import(builder) as Promise<typeof import("./scripts/lib/lab-bundle.mjs")>).then((m) => m.labBundle(root)).catch(() => undefined);
    // Transforms cached on disk (fsModuleCache) keep the import paths resolved below: a file that may import the lab
    // is cached per build, so a rebuilt lab is never reached through an old path.
    experimental_defineCacheKeyGenerator(({ sourceCode }) => (/lab[\\/]server/.test(sourceCode) ? path.basename(labBuild ?? labServer) : undefined));
  },
  async resolveId(source, importer, options) {
    if (!importsLabServer.test(source)) return null;
    const resolved = await this.resolve(source, importer, { ...options, skipSelf: true });
    if (!labBuild || !resolved || path.resolve(resolved.id.split("?")[0]!) !== labServer) return resolved;
    return labBuild;
  },
};
const labBundled = process.env.WORKBOOK_CHECKS_CACHE === "1";

// The project's longest test files start first. On a fresh clone vitest knows no durations and starts the largest
// files first, so a short file that grades a whole class started last and ran alone at the end of `verify` step 2
// (368 s on an idle 2-core machine, the last 40 s with one file left). Longest first, as measured in that step (s);
// a stale list only orders worse, it never changes a result.
const LONG_FIRST = [
  "test/tooling/feedback.test.ts", // 121
  "test/grading/reference.test.ts", // 86
  "test/leaks/no-leaks.test.ts", // 85
  "test/grading/hostile.test.ts", // 57
  "test/tooling/watch.test.ts", // 39
  "test/deploy/workflow-rules.test.ts", // 36
  "test/tooling/grade.test.ts", // 28
  "test/grading/merge.test.ts", // 24
  "test/capstone/caos-redis.test.ts", // 21
  "test/tooling/solucao.test.ts", // 21
  "test/tooling/local-state.test.ts", // 19
  "test/capstone/checks-hermeticos.test.ts", // 18
];
class LongFirstSequencer extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const rank = (spec: TestSpecification) => {
      const at = LONG_FIRST.indexOf(path.relative(root, spec.moduleId).split(path.sep).join("/"));
      return at < 0 ? LONG_FIRST.length : at;
    };
    const sorted = await super.sort(files);
    return sorted.map((spec, order) => ({ spec, order })).sort((a, b) => rank(a.spec) - rank(b.spec) || a.order - b.order).map(({ spec }) => spec);
  }
}

export default defineConfig({
  plugins,
  resolve: { alias },
  test: {
    sequence: { sequencer: LongFirstSequencer },
    projects: [
      {
        plugins: [...plugins, importGuard, ...(labBundled ? [labFromBundle] : [])],
        resolve: { alias },
        test: {
          name: "checks",
          server: { deps: { external: [labBundleFile] } },
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
