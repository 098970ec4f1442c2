/**
 * The mistake catalogue: wrong solutions a real student would plausibly hand in (not edits of the reference
 * like mutants, but the other mistakes: wrong clock, swallowed error, trusted header, text that looks right and
 * does nothing). One file per exercise, `test/mistakes/NN-slug.ts`, exporting `mistakes: Mistake[]`.
 * test/anticheat/anticheat.test.ts runs them together with the anti-cheat variants: each must FAIL its
 * exercise's checks, in the check named by `caughtBy`, with a failure message matching `says` when given.
 */
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import type { Edit } from "../anticheat/variants.ts";

export type MistakeFamily =
  | "error-path"
  | "time"
  | "config"
  | "network"
  | "measurement"
  | "concurrency"
  | "security"
  | "deploy"
  | "other";

export interface Mistake {
  /** What the student got wrong, in a few words (English; shows in the test name). */
  name: string;
  family: MistakeFamily;
  /** Targeted edits of the reference solution (the find text must exist). */
  edits?: Edit[];
  /** Whole files written over the solution's copy (path relative to the exercise folder → content). */
  files?: Record<string, string>;
  /** Matches the name of at least one failed check: the check meant to catch this mistake. */
  caughtBy: RegExp;
  /** Matches that check's pt-BR failure message: it names the mistake. */
  says?: RegExp;
}

const here = path.dirname(fileURLToPath(import.meta.url));
const files = fs.readdirSync(here).filter((f) => /^\d\d-.+\.ts$/.test(f)).sort();

/** Every catalogue file, keyed by exercise folder (`01-hello-world-prod`). */
export const mistakesByFolder: Record<string, Mistake[]> = Object.fromEntries(
  await Promise.all(
    files.map(async (f) => {
      const mod = (await import(pathToFileURL(path.join(here, f)).href)) as { mistakes: Mistake[] };
      return [f.replace(/\.ts$/, ""), mod.mistakes] as const;
    }),
  ),
);
