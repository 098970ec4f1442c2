// `node --import tsx --import ./scripts/lib/solution-hooks-register.mjs <file in solutions/>`: see solution-hooks.mjs.
// In-thread hooks (module.registerHooks, Node ≥ 22.15) where Node has them, as tsx itself does there; Node 26
// deprecates module.register (DEP0205), which stays only for the Node versions without registerHooks.
import module from "node:module";
import { loadSync, resolveSync } from "./solution-hooks.mjs";

if (typeof module.registerHooks === "function") module.registerHooks({ resolve: resolveSync, load: loadSync });
else module.register("./solution-hooks.mjs", import.meta.url);
