/**
 * Compares two saved runs of the catalogue (ANTICHEAT_SAVE), check by check: what CONTRIBUTING asks before a check
 * file joins the VM pool. Prints every check whose state differs and every job whose verdict differs (a wrong
 * solution caught by a check named like its `caughtBy` in one run only, a control passing in one run only); exits 1
 * on a verdict difference.
 *   ANTICHEAT_ALL=1 ANTICHEAT_SAVE=/tmp/vm.json npx vitest run --project unit test/anticheat/anticheat.test.ts
 *   ANTICHEAT_ALL=1 ANTICHEAT_POOL=threads ANTICHEAT_SAVE=/tmp/th.json npx vitest run --project unit test/anticheat/anticheat.test.ts
 *   node --import tsx test/anticheat/compare-pools.ts /tmp/vm.json /tmp/th.json
 */
import fs from "node:fs";
import type { CheckFileResult } from "../../scripts/lib/run-checks.ts";
import { catchingChecks, controlPasses, wrongJob, wrongSolutions, type Wrong } from "./wrong-solutions.ts";

type Saved = Array<CheckFileResult & { job: string }>;

const [fileA, fileB] = process.argv.slice(2);
if (!fileA || !fileB) {
  console.error("usage: node --import tsx test/anticheat/compare-pools.ts <run-a.json> <run-b.json>");
  process.exit(2);
}

const wrongByJob = new Map<string, Wrong>();
for (const [folder, list] of Object.entries(wrongSolutions)) list.forEach((w, i) => wrongByJob.set(wrongJob(folder, i), w));

const read = (file: string) => new Map((JSON.parse(fs.readFileSync(file, "utf8")) as Saved).map((r) => [r.job, r]));
const a = read(fileA);
const b = read(fileB);

/** The verdict anticheat.test.ts asserts: a wrong solution is caught by a failed check named like its `caughtBy` (and
 * saying its `says`); a control (a job with no wrong solution) passes every check. */
function verdict(result: CheckFileResult, wrong: Wrong | undefined): string {
  if (!wrong) return controlPasses(result) ? "control passes" : "control fails";
  return catchingChecks(result, wrong).length > 0 ? "caught" : "accepted";
}

let stateDiffs = 0;
let verdictDiffs = 0;
for (const job of [...new Set([...a.keys(), ...b.keys()])].sort()) {
  const ra = a.get(job);
  const rb = b.get(job);
  if (!ra || !rb) {
    console.log(`${job}: only in ${ra ? fileA : fileB}`);
    verdictDiffs++;
    continue;
  }
  if (!!ra.error !== !!rb.error) console.log(`${job}: file error in one run only: ${(ra.error ?? rb.error ?? "").split("\n")[0]}`);
  const states = new Map(rb.tests.map((t) => [t.name, t.state]));
  for (const t of ra.tests) {
    if (states.get(t.name) === t.state) continue;
    stateDiffs++;
    console.log(`${job}: "${t.name.slice(0, 90)}" ${t.state} vs ${states.get(t.name) ?? "absent"}`);
  }
  const wrong = wrongByJob.get(job);
  if (verdict(ra, wrong) !== verdict(rb, wrong)) {
    verdictDiffs++;
    console.log(`${job}: VERDICT differs${wrong ? ` (caughtBy ${wrong.caughtBy})` : ""}: ${verdict(ra, wrong)} vs ${verdict(rb, wrong)}`);
  }
}
console.log(`${a.size} jobs; ${stateDiffs} checks differ in state; ${verdictDiffs} verdicts differ`);
process.exit(verdictDiffs === 0 ? 0 : 1);
