/**
 * `npm run watch [N] [-- --poll]`: the watch mode on exercise N, or on the first ready exercise not yet
 * solved. Same loop as `npm run ex:N -- --watch` (scripts/lib/watch.ts).
 */
import { parseScriptArgs } from "../lib/cli/args.ts";
import { pickExercise, WATCH_OPTIONS, watchFromArgs } from "./lib/watch.ts";
import { ROOT } from "../lib/cli/paths.mjs";

const args = process.argv.slice(2);
const query = parseScriptArgs(args, WATCH_OPTIONS, "Uso: npm run watch [N] [-- --poll] [--debounce MS]").positionals[0];
const picked = pickExercise(ROOT, query);
if ("error" in picked) {
  console.error(picked.error);
  process.exit(2);
}
if ("allDone" in picked) {
  console.log("🎉 Todos os exercícios prontos desta versão estão resolvidos. Para vigiar um deles mesmo assim: npm run watch -- N");
  process.exit(0);
}
process.exit(await watchFromArgs(ROOT, picked.exercise, args));
