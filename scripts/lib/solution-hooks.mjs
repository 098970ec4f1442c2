// Node module hooks (module.register) for running code from solutions/ with plain `node`: the rule of
// solution-files.mjs, applied by Node's resolver. Registered by solution-hooks-register.mjs, after tsx:
//   node --import tsx --import ./scripts/lib/solution-hooks-register.mjs solutions/11-chatbot-producao/server.ts
import { fileURLToPath, pathToFileURL } from "node:url";
import { givenFileFor, specifierPath } from "./solution-files.mjs";

export async function resolve(specifier, context, nextResolve) {
  const parent = context.parentURL?.startsWith("file:") ? fileURLToPath(context.parentURL) : undefined;
  const file = specifierPath(specifier, parent);
  const given = file ? givenFileFor(file) : undefined;
  if (!given) return nextResolve(specifier, context);
  // The rest of the chain (tsx) resolves the given file, which sets the format (TypeScript, JSON); the module
  // keeps the solutions/ URL.
  const resolved = await nextResolve(pathToFileURL(given).href, context);
  const url = new URL(resolved.url);
  url.pathname = pathToFileURL(file).pathname;
  return { ...resolved, url: url.href, shortCircuit: true };
}

export async function load(url, context, nextLoad) {
  const given = url.startsWith("file:") ? givenFileFor(fileURLToPath(url)) : undefined;
  // The given file's source, under the solutions/ URL the module was resolved to.
  return nextLoad(given ? pathToFileURL(given).href : url, context);
}
