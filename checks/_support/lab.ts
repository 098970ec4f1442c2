import type { LabControl } from "#lib/lab/types";

/** The lab for this check file, installed by setup.ts (an in-process lab, or the grader's lab when grading). */
let handle: LabControl | undefined;

export function installLab(lab: LabControl): void {
  handle = lab;
}

/** Kept in this module, not on globalThis: code under test that wants it must import checks/, which grading refuses. */
export const lab: LabControl = new Proxy({} as LabControl, {
  get(_, property) {
    if (!handle) throw new Error("checks/_support/setup.ts não iniciou o laboratório: rode os checks pelo vitest do workbook (npm test).");
    return handle[property as keyof LabControl];
  },
});
