// The exercise 11 checks must not depend on the environment of whoever runs them (red team 2026-12-06): with
// REDIS_URL exported (the README suggests it for `npm run chatbot`) every app the check file builds shared one
// Redis rate-limit counter and the reference solution failed 3 checks with 429; TRUST_PROXY changed who the
// client is. Here the check file runs against the reference with both set (a real redis-server on a free port)
// and every check must pass, as in a default run.
import path from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runChecks } from "../../scripts/lib/run-checks.ts";
import { startRedis, type KillableRedis } from "./ambiente.ts";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
const FILE = "checks/11-chatbot-producao.test.ts";
let redis: KillableRedis;

beforeAll(async () => {
  redis = await startRedis();
}, 20_000);
afterAll(async () => {
  await redis?.stop();
});

describe("exercise 11 checks are hermetic", () => {
  it("pass on the reference with REDIS_URL and TRUST_PROXY exported, Redis up", async () => {
    const [result] = await runChecks({
      root: ROOT,
      files: [FILE],
      target: path.join(ROOT, "solutions"),
      env: { REDIS_URL: redis.url, TRUST_PROXY: "10.0.0.0/8,127.0.0.1" },
      timeoutMs: 110_000,
    });
    expect(result?.error, `${FILE} failed to run`).toBeUndefined();
    const failed = (result?.tests ?? []).filter((t) => t.state !== "passed").map((t) => `${t.name}: ${t.message ?? t.state}`);
    expect(failed, "a check depends on the caller's REDIS_URL / TRUST_PROXY").toEqual([]);
    expect(result!.tests.length).toBeGreaterThan(10);
  }, 120_000);
});
