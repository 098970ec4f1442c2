/**
 * Anti-cheat: every deliberately wrong variant of a solution (variants.ts) must FAIL its exercise's checks.
 * Time bound: variants run in rounds; round k puts variant k of every exercise into ONE temp folder shaped
 * like exercises/ and runs all those check files in ONE runChecks call (one vitest start per round).
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { exercises } from "../../curriculum.ts";
import { checkFile, folderName } from "../../lib/exercises.ts";
import { runChecks, type CheckFileResult } from "../../scripts/lib/run-checks.ts";
import { pending, variants as variantsUpTo10, type Variant } from "./variants.ts";
import { variants11 } from "./variants-11.ts";
import { mistakesByFolder, type Mistake } from "../mistakes/catalogue.ts";

/** A wrong solution to run: an anti-cheat variant or a catalogued student mistake (test/mistakes/). */
type Wrong = Variant & Partial<Pick<Mistake, "files" | "says" | "family">>;

const anticheat: Record<string, Variant[]> = { ...variantsUpTo10, ...variants11 };
const variants: Record<string, Wrong[]> = { ...anticheat };
for (const [folder, list] of Object.entries(mistakesByFolder)) {
  variants[folder] = [...(variants[folder] ?? []), ...list.map((m) => ({ ...m, edits: m.edits ?? [] }))];
}

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
const ready = exercises.filter((e) => e.status === "ready");
const ROUND_TIMEOUT_MS = 240_000;

/** Copies solutions/<folder> into <base>/<folder> and applies the variant's edits; throws on a stale edit. */
function buildVariant(base: string, folder: string, variant: Wrong): void {
  const dest = path.join(base, folder);
  fs.cpSync(path.join(ROOT, "solutions", folder), dest, { recursive: true, filter: (src) => !src.split(path.sep).includes(".scratch") });
  for (const edit of variant.edits) {
    const file = path.join(dest, edit.file);
    const text = fs.readFileSync(file, "utf8");
    if (!text.includes(edit.find)) {
      throw new Error(`variant "${variant.name}" of ${folder}: text not found in solutions/${folder}/${edit.file} (the solution changed? update test/anticheat/variants.ts):\n${edit.find}`);
    }
    fs.writeFileSync(file, text.replace(edit.find, edit.replace));
  }
  for (const [file, content] of Object.entries(variant.files ?? {})) fs.writeFileSync(path.join(dest, file), content);
}

describe("anti-cheat: coverage of the manifest", () => {
  it("every ready exercise has at least one wrong variant, or is listed in `pending` with a reason", () => {
    const uncovered = ready.map(folderName).filter((f) => !(variants[f]?.length) && !pending[f]?.trim());
    expect(uncovered, `ready exercises with no anti-cheat variant and not in pending: ${uncovered.join(", ")} — add variants in test/anticheat/variants.ts`).toEqual([]);
  });

  it("variants and pending only name exercises that exist in curriculum.ts", () => {
    const known = new Set(exercises.map(folderName));
    const unknown = [...Object.keys(variants), ...Object.keys(pending)].filter((f) => !known.has(f));
    expect(unknown, `unknown exercise folders in test/anticheat/variants.ts: ${unknown.join(", ")}`).toEqual([]);
  });
});

// Only exercises that are ready AND have variants; planned exercises' variants wait until they land.
const active = ready.filter((e) => variants[folderName(e)]?.length);
const rounds = Math.max(0, ...active.map((e) => variants[folderName(e)]!.length));

for (let round = 0; round < rounds; round++) {
  const members = active.filter((e) => variants[folderName(e)]!.length > round);
  describe(`anti-cheat round ${round + 1}/${rounds}`, () => {
    let base = "";
    let results: CheckFileResult[] = [];
    let buildErrors = new Map<string, string>();

    beforeAll(async () => {
      base = fs.mkdtempSync(path.join(os.tmpdir(), `anticheat-${round + 1}-`));
      buildErrors = new Map();
      const files: string[] = [];
      for (const exercise of members) {
        const folder = folderName(exercise);
        try {
          buildVariant(base, folder, variants[folder]![round]!);
          files.push(checkFile(exercise));
        } catch (error) {
          buildErrors.set(folder, error instanceof Error ? error.message : String(error));
        }
      }
      results = files.length ? await runChecks({ root: ROOT, files, target: base, timeoutMs: ROUND_TIMEOUT_MS - 10_000 }) : [];
    }, ROUND_TIMEOUT_MS);

    afterAll(() => {
      if (base) fs.rmSync(base, { recursive: true, force: true });
    });

    for (const exercise of members) {
      const folder = folderName(exercise);
      const variant = variants[folder]![round]!;
      it(`${folder}: ${variant.family ? `mistake [${variant.family}]` : "variant"} "${variant.name}" fails the checks`, () => {
        expect(buildErrors.get(folder), "the variant could not be built").toBeUndefined();
        const result = results.find((r) => r.file === checkFile(exercise));
        expect(result, `no result for ${checkFile(exercise)} (the check file did not run)`).toBeDefined();
        const failed = result!.tests.filter((t) => t.state === "failed");
        expect(failed.length > 0 || Boolean(result!.error), `the checks of ${folder} ACCEPTED the wrong variant "${variant.name}": add a check that rejects it`).toBe(true);
        const names = failed.map((t) => t.name);
        expect(
          names.some((n) => variant.caughtBy.test(n)),
          `"${variant.name}" was rejected, but not by the check meant to catch it (${variant.caughtBy}); failed: ${names.join(" | ") || result!.error}`,
        ).toBe(true);
        if (variant.says) {
          const messages = failed.filter((t) => variant.caughtBy.test(t.name)).map((t) => t.message ?? "");
          expect(
            messages.some((m) => variant.says!.test(m)),
            `"${variant.name}" was caught by ${variant.caughtBy}, but its message does not name the mistake (${variant.says}): ${messages.join(" | ")}`,
          ).toBe(true);
        }
      });
    }
  });
}
