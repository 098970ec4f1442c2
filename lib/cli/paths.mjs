// The workbook's root folder, computed once for the scripts, the quiz and lib/. Plain JavaScript (with
// paths.d.mts) so that scripts/ex.mjs and scripts/maintainer.mjs, which run before tsx is loaded, share it.
import path from "node:path";
import { fileURLToPath } from "node:url";

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..", "..");
