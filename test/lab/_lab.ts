// Shared set-up of the lab's SDK tests: one lab per test file, reset before each test.
import OpenAI from "openai";
import { afterAll, beforeAll, beforeEach } from "vitest";
import { startLab, type Lab } from "../../lib/lab/server.ts";

/** Registers the hooks and returns the file's lab (usable as `lab.url`, `lab.calls()` once the tests run). */
export function labForFile(): Lab {
  let started: Lab | undefined;
  beforeAll(async () => {
    started = await startLab();
  });
  afterAll(() => started?.close());
  beforeEach(() => started!.reset());
  return new Proxy({} as Lab, {
    get(_, property) {
      if (!started) throw new Error("the lab starts in beforeAll: use it inside a test or a hook");
      const value = started[property as keyof Lab];
      return typeof value === "function" ? value.bind(started) : value;
    },
  });
}

/** The plain openai SDK pointed at the lab, retries off (a test sees the first answer). */
export const openaiOn = (lab: Lab) => new OpenAI({ apiKey: "lab", baseURL: `${lab.url}/v1`, maxRetries: 0 });
