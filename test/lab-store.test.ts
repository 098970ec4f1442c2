import fs from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { startLab } from "../lib/lab/server.ts";
import { RunStore } from "../lib/lab/store.ts";
import { buildTrees, renderTrees } from "../lib/trace-tree.ts";

const tmp = () => fs.mkdtempSync(path.join(os.tmpdir(), "lab-"));

describe("RunStore", () => {
  it("merges post and patch, and survives a restart through traces.jsonl (a truncated line is skipped)", () => {
    const file = path.join(tmp(), "traces.jsonl");
    const store = new RunStore(file);
    store.merge({ id: "r1", name: "rag", run_type: "chain", inputs: { q: "oi" }, start_time: "2026-11-25T10:00:00.000Z" });
    store.merge({ id: "r1", outputs: { a: "olá" }, end_time: "2026-11-25T10:00:01.000Z" });
    store.addFeedback({ id: "f1", run_id: "r1", key: "user_feedback", score: 1, received_at: 1 });
    fs.appendFileSync(file, '{"kind":"run","run":{"id":"r2"');
    const reloaded = new RunStore(file);
    expect(reloaded.get("r1")).toMatchObject({ name: "rag", inputs: { q: "oi" }, outputs: { a: "olá" }, end_time: "2026-11-25T10:00:01.000Z" });
    expect(reloaded.listFeedback()).toHaveLength(1);
    expect(reloaded.get("r2")).toBeUndefined();
  });
});

describe("lab start-up", () => {
  it("a busy port falls back to a free one", async () => {
    const blocker = net.createServer();
    await new Promise<void>((r) => blocker.listen(0, "127.0.0.1", r));
    const busy = (blocker.address() as net.AddressInfo).port;
    const lab = await startLab({ port: busy });
    expect(lab.portFallback).toBe(true);
    expect(lab.port).not.toBe(busy);
    await lab.close();
    blocker.close();
  });

  it("control API answers pt-BR errors for unknown routes and bad fault lists", async () => {
    const lab = await startLab();
    const bad = await fetch(`${lab.url}/lab/faults`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ nada: 1 }) });
    expect(bad.status).toBe(400);
    expect(await bad.text()).toContain("envie uma lista de falhas");
    expect((await fetch(`${lab.url}/nao-existe`)).status).toBe(404);
    await lab.close();
  });
});

describe("trace tree", () => {
  it("nests runs by parent, orders by dotted_order, shows tokens, cost and errors, masks secrets", () => {
    const runs = [
      { id: "c2", name: "ChatOpenAI", run_type: "llm", parent_run_id: "p", dotted_order: "a.c", received_at: 0, start_time: "2026-11-25T10:00:00.000Z", end_time: "2026-11-25T10:00:00.250Z", extra: { metadata: { ls_model_name: "gpt-4o-mini", usage_metadata: { input_tokens: 1000, output_tokens: 500, total_tokens: 1500 } } }, outputs: { choices: [{ message: { content: "Kensho" } }] } },
      { id: "c1", name: "retriever", run_type: "retriever", parent_run_id: "p", dotted_order: "a.b", received_at: 0, error: "Error: falhou com sk-proj-abcdefghijklmnop123" },
      { id: "p", name: "rag", run_type: "chain", dotted_order: "a", received_at: 0, inputs: { input: "Onde Harrison trabalhou?" } },
    ];
    const [root] = buildTrees(runs);
    expect(root!.run.id).toBe("p");
    expect(root!.children.map((c) => c.run.name)).toEqual(["retriever", "ChatOpenAI"]);
    const text = renderTrees(buildTrees(runs));
    expect(text).toContain("1000→500 tokens");
    expect(text).toContain("US$ 0,000450");
    expect(text).toContain("250 ms");
    expect(text).toContain("erro:");
    expect(text).not.toContain("sk-proj-abcdefghijklmnop123");
    expect(text).toContain("Onde Harrison trabalhou?");
  });

  it("a malformed dotted_order (a number) sorts instead of throwing", () => {
    const runs = [
      { id: "b", name: "b", run_type: "llm", dotted_order: 2 as unknown as string, received_at: 0 },
      { id: "a", name: "a", run_type: "llm", dotted_order: 1 as unknown as string, received_at: 0 },
    ];
    expect(buildTrees(runs).map((t) => t.run.id)).toEqual(["a", "b"]);
  });

  it("orphans (parent not received yet) become roots instead of disappearing", () => {
    const trees = buildTrees([{ id: "x", name: "filho", run_type: "llm", parent_run_id: "ausente", received_at: 0 }]);
    expect(trees.map((t) => t.run.id)).toEqual(["x"]);
  });
});
