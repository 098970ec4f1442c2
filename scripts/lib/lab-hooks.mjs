// Node module hooks (module.register) for `npm run ex:N`'s own process: lib/lab/server.ts, wherever it is imported
// from (lib/session.ts), resolves to the one-file build of scripts/lib/lab-bundle.mjs, loaded as plain JavaScript:
// one module instead of ~40 through tsx's loader thread, each with its source map. Registered by scripts/ex.mjs after
// tsx, so these hooks run first; every other module goes on down the chain untouched.
import fs from "node:fs";
import { fileURLToPath } from "node:url";

/** @type {{ from: string, to: string }} file URLs of lib/lab/server.ts and of its build */
let lab;

export function initialize(data) {
  lab = data;
}

export async function resolve(specifier, context, nextResolve) {
  if (!/lab[\\/]server(\.ts)?$/.test(specifier)) return nextResolve(specifier, context);
  const resolved = await nextResolve(specifier, context);
  return resolved.url === lab.from ? { url: lab.to, format: "module", shortCircuit: true } : resolved;
}

export async function load(url, context, nextLoad) {
  if (url !== lab.to) return nextLoad(url, context);
  return { format: "module", source: fs.readFileSync(fileURLToPath(url), "utf8"), shortCircuit: true };
}
