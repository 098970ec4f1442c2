// `node --import tsx --import ./scripts/lib/solution-hooks-register.mjs <file in solutions/>`: see solution-hooks.mjs.
import { register } from "node:module";

register("./solution-hooks.mjs", import.meta.url);
