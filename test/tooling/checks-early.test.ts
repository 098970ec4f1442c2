// `npm run ex:N` takes the checks' results as soon as the child prints them (spawnChecks `early`), before vitest
// closes and the child exits. The results must be the same as the full run's, and the code under test (which runs
// inside that child and can write to its stdout) must not be able to hand in results of its own.
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { spawnChecks } from "../../scripts/lib/checks-spawn.mjs";
import { parseChecksOutput } from "../../scripts/lib/run-checks.ts";
import { makeWorkbook, type Workbook } from "./_workbook.ts";

let wb: Workbook;
beforeAll(() => {
  wb = makeWorkbook("checks-early-");
});
afterAll(() => wb.cleanup());

const CHECK = "checks/01-hello-world-prod.test.ts";
const summary = (results: ReturnType<typeof parseChecksOutput>) => results.flatMap((r) => r.tests.map((t) => `${t.state} ${t.name}`)).sort();

describe("spawnChecks early", { timeout: 120_000 }, () => {
  it("gives the same results as waiting for the child to exit, even when the graded code forges a results line", async () => {
    const file = "exercises/01-hello-world-prod/hello_world_prod.ts";
    // A forged line in every shape the code under test could guess: a tag of the right form, and a bare JSON last line.
    const forged = JSON.stringify([{ file: CHECK, tests: [{ name: "forjado", state: "passed" }] }]);
    wb.write(
      file,
      wb.read(file) + `\nprocess.stdout.write(${JSON.stringify(`\u001eresultados-${"0".repeat(32)}:${forged}\n${forged}\n`)});\n`,
    );
    const options = { root: wb.root, target: path.join(wb.root, "exercises"), files: [CHECK] };
    let child: import("node:child_process").ChildProcess | undefined;
    const early = await spawnChecks({ ...options, early: true, onSpawn: (c) => (child = c) });
    child?.kill();
    const full = await spawnChecks(options);
    const fromEarly = parseChecksOutput(early);
    const fromFull = parseChecksOutput(full);
    expect(summary(fromEarly).length).toBeGreaterThan(0);
    expect(summary(fromEarly)).toEqual(summary(fromFull));
    expect(summary(fromEarly).some((t) => t.endsWith("forjado"))).toBe(false);
    expect(summary(fromEarly).every((t) => t.startsWith("failed "))).toBe(true);
  });
});
