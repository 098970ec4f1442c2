// The control API's token, refusal counter and journal (LabOptions.controlToken), and its input validation:
// through labClient (the typed HTTP client) and plain fetch.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { labClient } from "../../lib/lab/client.ts";
import { startLab, type Lab } from "../../lib/lab/server.ts";

const TOKEN = "token-do-corretor-0123456789";
const json = { "content-type": "application/json" };

describe("lab: control token", () => {
  let lab: Lab;
  beforeAll(async () => {
    lab = await startLab({ controlToken: TOKEN });
  });
  afterAll(() => lab.close());

  it("without the token every mutating /lab/* request is a counted pt-BR 403; reads stay open", async () => {
    await lab.setFaults([{ status: 503, times: 3 }]); // the in-process handle needs no token
    const intruder = labClient(lab.url);
    await expect(intruder.reset()).rejects.toThrow(/403.*x-lab-token/);
    await expect(intruder.setFaults([])).rejects.toThrow(/403/);
    const wrong = labClient(lab.url, "token-errado");
    await expect(wrong.setHallucinate(true)).rejects.toThrow(/403/);
    const short = await fetch(`${lab.url}/lab/reset`, { method: "POST", headers: { ...json, "x-lab-token": "x" }, body: "{}" });
    expect(short.status).toBe(403);
    expect(((await short.json()) as { error: string }).error).toMatch(/exige o cabeçalho x-lab-token/);
    // Nothing changed, and the refusals are visible to anyone (GET is always allowed).
    expect((await intruder.stats()).calls).toBe(0);
    expect((await fetch(`${lab.url}/lab/state`).then((r) => r.json())) as { faults: unknown[] }).toMatchObject({ faults: [{ status: 503, times: 3 }] });
    expect(await intruder.controlRefusals()).toBe(4);
    expect(await lab.controlRefusals()).toBe(4);
  });

  it("with the token the client controls the lab; the journal keeps every action across resets", async () => {
    const grader = labClient(lab.url, TOKEN);
    await grader.setFaults([{ status: 429 }]);
    await grader.setLatency({ fixedMs: 1 });
    await grader.reset();
    await lab.reset();
    await grader.setHallucinate(false);
    const log = await grader.controlLog();
    expect(log.map((e) => `${e.action}/${e.via}`)).toEqual(["faults/handle", "faults/http", "latency/http", "reset/http", "reset/handle", "hallucinate/http"]);
    expect(log.every((e) => typeof e.at === "number" && e.at > 0)).toBe(true);
    expect(await lab.controlLog()).toEqual(log);
    // Refused attempts are counted, not journaled; reset clears neither.
    expect(await lab.controlRefusals()).toBe(4);
  });
});

describe("lab: no token (the default)", () => {
  let lab: Lab;
  beforeAll(async () => {
    lab = await startLab();
  });
  afterAll(() => lab.close());

  it("anyone may control the lab, as before; the journal still records it", async () => {
    const client = labClient(lab.url);
    await client.setFaults([{ status: 500 }]);
    await client.reset();
    expect(await client.controlRefusals()).toBe(0);
    expect((await client.controlLog()).map((e) => e.action)).toEqual(["faults", "reset"]);
  });

  it("bad control input is a pt-BR 400 naming the field, never a 500, and changes nothing", async () => {
    const post = (path: string, body: string) => fetch(`${lab.url}${path}`, { method: "POST", headers: json, body });
    const cases: Array<[string, unknown, RegExp]> = [
      ["/lab/faults", [{ status: "abc" }], /0\.status: tipo inválido/],
      ["/lab/faults", [{ status: 99 }], /status: fora do intervalo/],
      ["/lab/faults", [{ kind: "explode" }], /kind: valor inválido/],
      ["/lab/faults", [{ times: -1 }], /times/],
      ["/lab/faults", [{ statu: 429 }], /campo desconhecido \(statu\)/],
      ["/lab/faults", { nada: 1 }, /envie uma lista de falhas/],
      ["/lab/latency", { fixedMs: "devagar" }, /fixedMs: tipo inválido/],
      ["/lab/latency", { perTokenMs: -5 }, /perTokenMs: fora do intervalo/],
      ["/lab/hallucinate", { on: "sim" }, /on: tipo inválido/],
      ["/lab/keys", { gemini: 42 }, /gemini/],
      ["/lab/keys", { anthropic: "x" }, /campo desconhecido/],
    ];
    for (const [path, body, message] of cases) {
      const response = await post(path, JSON.stringify(body));
      expect(response.status, `${path} ${JSON.stringify(body)}`).toBe(400);
      expect(((await response.json()) as { error: string }).error, `${path} ${JSON.stringify(body)}`).toMatch(message);
    }
    expect((await post("/lab/faults", "{nao é json")).status).toBe(400);
    const state = (await fetch(`${lab.url}/lab/state`).then((r) => r.json())) as { faults: unknown[]; latency: unknown; hallucinate: boolean };
    expect(state).toMatchObject({ faults: [], latency: { fixedMs: 0, perTokenMs: 0 }, hallucinate: false });
  });
});
