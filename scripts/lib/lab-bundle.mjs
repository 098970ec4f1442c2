// A one-file JavaScript build of the lab (lib/lab/server.ts and the lib/ files it imports), for the checks of
// `npm run ex:N`: loaded natively in the check worker, the lab is one module instead of ~40 module-runner round
// trips and evaluations (measured in bench/ex.ts). Stale-safe by construction: a build is used only while every
// file it was made from (esbuild's metafile lists them; this file and esbuild's package.json too) has the content
// hash it had when built; otherwise it is rebuilt. Same code, same behaviour: packages stay imports (the instances the
// checks use; so the build lives inside the workbook, under .workbook/cache/lab/, where node_modules resolves), and each
// file's `import.meta.url` stays its own source file's URL.
import { createHash } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { createRequire } from "node:module";
import { fileURLToPath, pathToFileURL } from "node:url";

const ENTRY = path.join("lib", "lab", "server.ts");
const SELF = fileURLToPath(import.meta.url);

/**
 * The path of an up-to-date build of the lab under `<root>/.workbook/cache/lab/`, building it if needed
 * (with `{ build: false }`: undefined when there is none).
 * @param {string} root the workbook's root folder
 * @param {{ build?: boolean }} [options]
 * @returns {Promise<string | undefined>}
 */
export async function labBundle(root, { build: mayBuild = true } = {}) {
  const dir = path.join(root, ".workbook", "cache", "lab");
  const manifestFile = path.join(dir, "manifest.json");
  return fresh(root, dir, manifestFile) ?? (mayBuild ? await build(root, dir, manifestFile) : undefined);
}

const hashOf = (file) => createHash("sha256").update(fs.readFileSync(file)).digest("hex");

/** The build the manifest names, if every input still has its recorded hash. */
function fresh(root, dir, manifestFile) {
  try {
    const manifest = JSON.parse(fs.readFileSync(manifestFile, "utf8"));
    if (manifest.root !== root) return undefined;
    for (const [file, hash] of Object.entries(manifest.inputs)) if (hashOf(path.resolve(root, file)) !== hash) return undefined;
    const bundle = path.join(dir, manifest.bundle);
    return fs.existsSync(bundle) ? bundle : undefined;
  } catch {
    return undefined;
  }
}

async function build(root, dir, manifestFile) {
  const esbuild = await import("esbuild");
  const result = await esbuild.build({
    absWorkingDir: root,
    entryPoints: [path.join(root, ENTRY)],
    bundle: true,
    write: false,
    format: "esm",
    platform: "node",
    target: "node20",
    packages: "external",
    metafile: true,
    logLevel: "silent",
    plugins: [
      {
        name: "own-import-meta-url",
        setup(b) {
          b.onLoad({ filter: /\.[cm]?ts$/ }, (args) => ({
            contents: fs.readFileSync(args.path, "utf8").replaceAll("import.meta.url", JSON.stringify(pathToFileURL(args.path).href)),
            loader: "ts",
          }));
        },
      },
    ],
  });
  const inputs = Object.fromEntries(
    [...Object.keys(result.metafile.inputs).map((f) => path.resolve(root, f)), SELF, createRequire(import.meta.url).resolve("esbuild/package.json")].map((file) => [path.relative(root, file), hashOf(file)]),
  );
  const key = createHash("sha256").update(JSON.stringify({ root, inputs })).digest("hex").slice(0, 16);
  const name = `lab-${key}.mjs`;
  fs.mkdirSync(dir, { recursive: true });
  // Written whole then renamed: parallel check workers may build at once, and none reads a half-written file.
  const write = (file, text) => {
    const temp = `${file}.${process.pid}-${Math.random().toString(36).slice(2)}.tmp`;
    fs.writeFileSync(temp, text);
    fs.renameSync(temp, file);
  };
  write(path.join(dir, name), result.outputFiles[0].text);
  write(manifestFile, JSON.stringify({ root, bundle: name, inputs }, null, 2));
  // Older builds: removed after a day (a run started before this build may still be about to load one).
  for (const old of fs.readdirSync(dir).filter((f) => f !== name && /^lab-[0-9a-f]+\.mjs$|\.tmp$/.test(f))) {
    try {
      if (Date.now() - fs.statSync(path.join(dir, old)).mtimeMs > 86_400_000) fs.rmSync(path.join(dir, old), { force: true });
    } catch {
      // Removed by a parallel build.
    }
  }
  return path.join(dir, name);
}
