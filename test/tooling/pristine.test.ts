// The original stubs shipped for `npm run reset` (scripts/lib/pristine-stubs.json) must match exercises/.
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { exercises } from "../../curriculum.ts";
import { buildSnapshot, readSnapshot, SNAPSHOT_RELATIVE } from "../../scripts/lib/pristine.ts";
import { REPO } from "./_workbook.ts";

const REGENERATE = "node --import tsx scripts/lib/pristine.ts --gravar";

describe(SNAPSHOT_RELATIVE, () => {
  it("has every file of every ready exercise, equal to exercises/ (regenerate after changing a stub)", () => {
    const stored = readSnapshot(REPO);
    expect(stored, `${SNAPSHOT_RELATIVE} não existe ou não é válido: rode ${REGENERATE}`).toBeDefined();
    const fresh = buildSnapshot(REPO).files;
    const keys = [...new Set([...Object.keys(stored!.files), ...Object.keys(fresh)])].sort();
    const stale = keys.filter((k) => stored!.files[k] !== fresh[k]);
    expect(stale, `esqueletos diferentes de exercises/ (reset restauraria a versão velha): rode ${REGENERATE}`).toEqual([]);
    for (const exercise of exercises.filter((e) => e.status === "ready")) {
      for (const file of exercise.files) expect(Object.keys(stored!.files), `falta ${file} do exercício ${exercise.id}`).toContain(`${String(exercise.id).padStart(2, "0")}-${exercise.slug}/${file}`);
    }
  });

  it("never holds a solution (some files may be given as is, but never a whole solved exercise)", () => {
    const stored = readSnapshot(REPO)!;
    for (const exercise of exercises.filter((e) => e.status === "ready")) {
      const folder = `${String(exercise.id).padStart(2, "0")}-${exercise.slug}`;
      const same = exercise.files.filter((file) => {
        const solution = path.join(REPO, "solutions", folder, file);
        return fs.existsSync(solution) && stored.files[`${folder}/${file}`] === fs.readFileSync(solution, "utf8").replace(/\r\n/g, "\n");
      });
      expect(same.length, `o snapshot do exercício ${exercise.id} é igual à solução em todos os arquivos`).toBeLessThan(exercise.files.length);
    }
  });
});
