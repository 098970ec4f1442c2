// Runs before every check file, in its own worker: a private lab (so faults, counters and traces of one
// file never leak into another running in parallel) and every SDK pointed at it. Checks always run in
// lab mode, whatever keys .env has: grading never spends a real key.
import { afterAll, chai } from "vitest";
import { applyEnvironment, readConfig } from "#lib/config";
import { startLab } from "#lib/lab/server";

const lab = await startLab();
applyEnvironment(readConfig({ WORKBOOK_MODE: "lab" }), lab.url);
(globalThis as { __workbookLab?: typeof lab }).__workbookLab = lab;
afterAll(() => lab.close());

// The graded code runs in this process: its assertions are frozen, so it cannot neuter them
// (e.g. `chai.Assertion.prototype.assert = () => {}`); such code fails to load instead (docs/grading.md).
Object.freeze(chai.Assertion.prototype);
Object.freeze(chai.Assertion);
