/**
 * zod, loaded with require(). Under `node --import tsx` every ESM file goes through tsx's loader hooks, and
 * zod's ESM build is dozens of files; its CommonJS build loads in-thread and measurably faster. The quiz must
 * show its first question within 0.5 s (bench/quiz-startup.ts), so the bank validation uses this copy.
 * Types still come from the regular `import type`.
 */
import { createRequire } from "node:module";
import type { z as ZodNamespace } from "zod";

export type { z as Z } from "zod";

export const z: typeof ZodNamespace = (createRequire(import.meta.url)("zod") as { z: typeof ZodNamespace }).z;
