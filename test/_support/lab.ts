// A lab for a project test file: started once, every SDK pointed at it, pending traces flushed and the
// lab reset before each test, closed at the end. Use at the top level: `const lab = await startTestLab();`
import { afterAll, beforeEach } from "vitest";
import { applyEnvironment, readConfig } from "../../lib/config.ts";
import { startLab, type Lab } from "../../lib/lab/server.ts";
import { flushTraces } from "../../lib/tracing.ts";

export async function startTestLab(): Promise<Lab> {
  const lab = await startLab();
  applyEnvironment(readConfig({ WORKBOOK_MODE: "lab" }), lab.url);
  afterAll(() => lab.close());
  beforeEach(async () => {
    await flushTraces();
    await lab.reset();
  });
  return lab;
}
