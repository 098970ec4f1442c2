// POST /lab/control-token trades the current control token for a fresh one: the grader hands its workers a first
// token in their environment, and once traded, the copy still readable there (/proc/self/environ) opens nothing.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { labClient } from "#lib/lab/client";
import { startLab, type Lab } from "#lib/lab/server";

let lab: Lab;
const first = "primeiro-token-de-teste";

beforeAll(async () => {
  lab = await startLab({ controlToken: first });
});
afterAll(() => lab.close());

const rotate = (token: string) =>
  fetch(`${lab.url}/lab/control-token`, { method: "POST", headers: { "content-type": "application/json", "x-lab-token": token }, body: "{}" });

describe("lab control token rotation", () => {
  it("the first token buys one fresh token; after that only the fresh one controls the lab", async () => {
    const refusalsBefore = await lab.controlRefusals();
    const answer = await rotate(first);
    expect(answer.status).toBe(200);
    const { token } = (await answer.json()) as { token: string };
    expect(token).toMatch(/^[0-9a-f]{48}$/);
    expect(token).not.toBe(first);

    await expect(labClient(lab.url, first).reset()).rejects.toThrow(/403/);
    expect((await rotate(first)).status).toBe(403);
    await labClient(lab.url, token).reset();
    expect(await lab.controlRefusals()).toBe(refusalsBefore + 2);
    expect((await lab.controlLog()).map((e) => e.action)).toEqual(expect.arrayContaining(["token", "reset"]));
  });

  it("a lab without a token answers null and stays open", async () => {
    const open = await startLab();
    try {
      const answer = await fetch(`${open.url}/lab/control-token`, { method: "POST", headers: { "content-type": "application/json" }, body: "{}" });
      expect(await answer.json()).toEqual({ token: null });
      await labClient(open.url).reset();
    } finally {
      await open.close();
    }
  });
});
