import type { Lab } from "#lib/lab/server";

/** The lab started for this check file by setup.ts. */
export const lab = (globalThis as { __workbookLab?: Lab }).__workbookLab as Lab;
if (!lab) throw new Error("checks/_support/setup.ts não iniciou o laboratório: rode os checks pelo vitest do workbook (npm test).");
