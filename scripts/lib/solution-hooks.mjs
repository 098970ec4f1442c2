// Node module hooks for running code from solutions/ with plain `node`: the rule of solution-files.mjs, applied by
// Node's resolver. Registered by solution-hooks-register.mjs, after tsx (the async pair for module.register, the sync
// pair for module.registerHooks; one rule, two calling conventions):
//   node --import tsx --import ./scripts/lib/solution-hooks-register.mjs solutions/11-chatbot-producao/server.ts
import { fileURLToPath, pathToFileURL } from "node:url";
import { givenFileFor, specifierPath } from "./solution-files.mjs";

/** The given file (in exercises/) a solutions/ specifier stands for, or undefined. */
function givenFor(specifier, context) {
  const parent = context.parentURL?.startsWith("file:") ? fileURLToPath(context.parentURL) : undefined;
  const file = specifierPath(specifier, parent);
  const given = file ? givenFileFor(file) : undefined;
  return given ? { file, given } : undefined;
}

// The rest of the chain (tsx) resolves the given file, which sets the format (TypeScript, JSON); the module keeps the
// solutions/ URL.
function keepSolutionsUrl(resolved, file) {
  const url = new URL(resolved.url);
  url.pathname = pathToFileURL(file).pathname;
  return { ...resolved, url: url.href, shortCircuit: true };
}

/** The given file's URL for a solutions/ URL (its source is loaded under the solutions/ URL), else the URL itself. */
function sourceUrl(url) {
  const given = url.startsWith("file:") ? givenFileFor(fileURLToPath(url)) : undefined;
  return given ? pathToFileURL(given).href : url;
}

export async function resolve(specifier, context, nextResolve) {
  const hit = givenFor(specifier, context);
  if (!hit) return nextResolve(specifier, context);
  return keepSolutionsUrl(await nextResolve(pathToFileURL(hit.given).href, context), hit.file);
}

export async function load(url, context, nextLoad) {
  return nextLoad(sourceUrl(url), context);
}

export function resolveSync(specifier, context, nextResolve) {
  const hit = givenFor(specifier, context);
  if (!hit) return nextResolve(specifier, context);
  return keepSolutionsUrl(nextResolve(pathToFileURL(hit.given).href, context), hit.file);
}

export function loadSync(url, context, nextLoad) {
  return nextLoad(sourceUrl(url), context);
}
