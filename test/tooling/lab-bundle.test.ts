// The lab's one-file build (scripts/lib/lab-bundle.mjs), used by the checks of `npm run ex:N` / `npm test`: it must
// never be stale. A changed source gives a new build, and the checks (whose transforms
// vitest caches on disk, resolved imports included) reach the new one.
import fs from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { spawnChecks } from "../../scripts/lib/checks-spawn.mjs";
import { parseChecksOutput } from "../../scripts/lib/run-checks.ts";
import { makeWorkbook, plainEnv, type Workbook } from "./_workbook.ts";

let wb: Workbook;
let labBundle: (root: string, options?: { build?: boolean }) => Promise<string | undefined>;
beforeAll(async () => {
  wb = makeWorkbook("lab-bundle-");
  ({ labBundle } = (await import(pathToFileURL(path.join(wb.root, "scripts", "lib", "lab-bundle.mjs")).href)) as typeof import("../../scripts/lib/lab-bundle.mjs"));
});
afterAll(() => wb.cleanup());

describe("lab build", { timeout: 120_000 }, () => {
  it("is reused while its sources are unchanged, rebuilt when one changes, and keeps each file's import.meta.url", async () => {
    const first = (await labBundle(wb.root))!;
    expect(path.dirname(first)).toBe(path.join(wb.root, ".workbook", "cache", "lab"));
    const built = fs.statSync(first).mtimeMs;
    expect(await labBundle(wb.root)).toBe(first);
    expect(fs.statSync(first).mtimeMs).toBe(built);
    const text = fs.readFileSync(first, "utf8");
    expect(text).not.toContain("import.meta.url");
    expect(text).toContain(JSON.stringify(pathToFileURL(path.join(wb.root, "lib", "lab", "tokens.ts")).href));

    // A file the build imports indirectly (not the entry) changes: no build to reuse, then a new one.
    wb.write("lib/lab/http.ts", wb.read("lib/lab/http.ts") + "\n// mudou\n");
    expect(await labBundle(wb.root, { build: false })).toBeUndefined();
    const second = (await labBundle(wb.root))!;
    expect(second).not.toBe(first);

    // The build works on its own: a lab starts, answers and stops.
    const { startLab } = (await import(pathToFileURL(second).href)) as typeof import("../../lib/lab/server.ts");
    const lab = await startLab();
    try {
      expect(await lab.calls()).toEqual([]);
    } finally {
      await lab.close();
    }
  });

  it("the checks of ex:N reach a rebuilt lab even with their transforms cached on disk", async () => {
    const CHECK = "checks/01-hello-world-prod.test.ts";
    const run = async () =>
      parseChecksOutput(await spawnChecks({ root: wb.root, target: path.join(wb.root, "solutions"), files: [CHECK], env: plainEnv({ WORKBOOK_CHECKS_CACHE: "1" }), timeoutMs: 100_000 }));
    const before = await run();
    expect(before[0]!.tests.length).toBeGreaterThan(0);
    expect(before[0]!.tests.every((t) => t.state === "passed")).toBe(true);

    const server = wb.read("lib/lab/server.ts");
    wb.write("lib/lab/server.ts", server.replace("export async function startLab(options: LabOptions = {}): Promise<Lab> {", '$&\n  throw new Error("laboratório reconstruído");'));
    const after = await run();
    expect(JSON.stringify(after)).toContain("laboratório reconstruído");

    wb.write("lib/lab/server.ts", server);
    const restored = await run();
    expect(restored[0]!.tests.every((t) => t.state === "passed")).toBe(true);
  });
});
