// The viewer's HTTP side over a real socket: page and assets, JSON API fed by the ingest endpoints
// (multipart, batch, single post, patch), live events (SSE), and bad input that must not break it.
import fs from "node:fs";
import http from "node:http";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { startLab, type Lab } from "../../lib/lab/server.ts";
import { eventsFor } from "../../lib/lab/viewer/events.ts";
import type { RunDetail, TraceSummary, TraceView } from "../../lib/lab/viewer/traces.ts";

const PAGE_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../lib/lab/viewer/page");

let lab: Lab;
beforeAll(async () => {
  lab = await startLab();
});
afterAll(() => lab.close());
beforeEach(() => lab.reset());

const get = (path: string, headers: Record<string, string> = {}) => fetch(`${lab.url}${path}`, { headers });
const json = async <T>(path: string): Promise<T> => {
  const response = await get(path);
  expect(response.status, `GET ${path}`).toBe(200);
  return (await response.json()) as T;
};
const post = (path: string, body: Body, type = "application/json") =>
  fetch(`${lab.url}${path}`, { method: "POST", headers: type ? { "content-type": type } : {}, body });

type Body = string | FormData;
const part = (value: unknown) => new Blob([JSON.stringify(value)], { type: "application/json" });

/** A reader of the lab's event stream: `next(name)` resolves with the data of the next event of that name. */
async function events() {
  const controller = new AbortController();
  const response = await fetch(`${lab.url}/lab/events`, { signal: controller.signal });
  expect(response.headers.get("content-type")).toContain("text/event-stream");
  const reader = response.body!.pipeThrough(new TextDecoderStream()).getReader();
  let buffer = "";
  const queue: Array<{ event: string; data: unknown }> = [];
  const pump = async () => {
    const { value, done } = await reader.read();
    if (done) throw new Error("o fluxo de eventos terminou");
    buffer += value;
    let end: number;
    while ((end = buffer.indexOf("\n\n")) >= 0) {
      const frame = buffer.slice(0, end);
      buffer = buffer.slice(end + 2);
      const event = /^event: (.*)$/m.exec(frame)?.[1];
      const data = /^data: (.*)$/m.exec(frame)?.[1];
      if (event) queue.push({ event, data: data ? JSON.parse(data) : undefined });
    }
  };
  return {
    async next(name: string, timeoutMs = 2_000): Promise<unknown> {
      const deadline = Date.now() + timeoutMs;
      for (;;) {
        const index = queue.findIndex((e) => e.event === name);
        if (index >= 0) return queue.splice(index, 1)[0]!.data;
        const left = deadline - Date.now();
        if (left <= 0) throw new Error(`nenhum evento "${name}" em ${timeoutMs} ms`);
        await Promise.race([pump(), new Promise((_, reject) => setTimeout(() => reject(new Error(`nenhum evento "${name}" em ${timeoutMs} ms`)), left))]);
      }
    },
    close: () => controller.abort(),
  };
}

describe("page and assets", () => {
  it("GET / is the pt-BR page; its CSS and JS are served with a strict CSP; nothing else on disk is reachable", async () => {
    const page = await get("/");
    expect(page.status).toBe(200);
    expect(page.headers.get("content-type")).toContain("text/html");
    expect(page.headers.get("content-security-policy")).toContain("script-src 'self'");
    const html = await page.text();
    expect(html).toContain('<html lang="pt-BR">');
    expect(html).toContain("Traces do laboratório");
    expect(html).toContain('<script type="module" src="/viewer/viewer.js"></script>');
    for (const asset of ["/viewer/viewer.js", "/viewer/viewer.css"]) {
      const response = await get(asset);
      expect(response.status, asset).toBe(200);
      expect((await response.text()).length).toBeGreaterThan(1000);
    }
    for (const path of ["/viewer/../package.json", "/viewer/%2e%2e/%2e%2e/package.json", "/viewer/page/index.html", "/viewer/traces.ts", "/viewer/view-types.ts", "/viewer/tsconfig.json"]) {
      expect((await get(path)).status, path).toBe(404);
    }
  });

  it("serves every ES module the page imports as JavaScript, with the same CSP; each module checks its types", async () => {
    const modules = fs.readdirSync(PAGE_DIR).filter((file) => file.endsWith(".js"));
    expect(modules).toContain("viewer.js");
    expect(modules.length).toBeGreaterThan(3);
    for (const file of modules) {
      const response = await get(`/viewer/${file}`);
      expect(response.status, file).toBe(200);
      expect(response.headers.get("content-type"), file).toBe("text/javascript; charset=utf-8");
      expect(response.headers.get("content-security-policy"), file).toContain("script-src 'self'");
      expect(response.headers.get("x-content-type-options"), file).toBe("nosniff");
      const source = await response.text();
      expect(source, `${file} starts with // @ts-check`).toMatch(/^\/\/ @ts-check\r?\n/);
      // Every relative import names a file that is served (a typo would only show up in the browser).
      for (const [, imported] of source.matchAll(/^import [^"]+ from "\.\/([^"]+)";\r?$/gm)) expect(modules, `${file} imports ${imported}`).toContain(imported);
    }
  });

  it("answers only requests addressed to the local host (no DNS rebinding)", async () => {
    // fetch does not let a caller set Host; node:http does (as a rebinding page's browser would send it).
    const status = (host: string, path: string) =>
      new Promise<number>((resolve, reject) => {
        http.get({ host: "127.0.0.1", port: lab.port, path, headers: { host } }, (res) => resolve(res.resume().statusCode ?? 0)).on("error", reject);
      });
    expect(await status("ataque.example.com", "/viewer/api/traces")).toBe(403);
    expect(await status(`ataque.example.com:${lab.port}`, "/")).toBe(403);
    expect(await status(`localhost:${lab.port}`, "/")).toBe(200);
    expect(await status(`127.0.0.1:${lab.port}`, "/viewer/api/traces")).toBe(200);
  });

  it("unknown traces/runs and broken ids are 404 in pt-BR, never 500", async () => {
    for (const path of ["/viewer/api/traces/nao-existe", "/viewer/api/runs/nao-existe", "/viewer/api/traces/%E0%A4%A", `/viewer/api/runs/${"x".repeat(500)}`, "/viewer/api/nada"]) {
      const response = await get(path);
      expect(response.status, path).toBe(404);
      expect(JSON.stringify(await response.json())).toMatch(/não encontrado|desconhecida/);
    }
  });
});

describe("ingest → viewer", () => {
  it("multipart (post with its parts, patch in a later request) builds one trace tree", async () => {
    const form = new FormData();
    form.append("post.r1", part({ name: "rag", run_type: "chain", trace_id: "r1", dotted_order: "20261125T100000000000Zr1", start_time: "2026-11-25T10:00:00.000000Z" }));
    form.append("post.r1.inputs", part({ input: "Onde Harrison trabalhou?" }));
    form.append("post.c1", part({ name: "ChatOpenAI", run_type: "llm", trace_id: "r1", parent_run_id: "r1", dotted_order: "20261125T100000000000Zr1.20261125T100000100000Zc1", start_time: "2026-11-25T10:00:00.100000Z", end_time: Date.parse("2026-11-25T10:00:00.300Z") }));
    form.append("post.c1.outputs", part({ choices: [{ message: { content: "Kensho" } }] }));
    form.append("post.c1.extra", part({ metadata: { ls_model_name: "gpt-4o-mini", usage_metadata: { input_tokens: 30, output_tokens: 12, total_tokens: 42 } } }));
    expect((await post("/runs/multipart", form, "")).status).toBe(202);
    let view = await json<TraceView>("/viewer/api/traces/r1");
    expect(view.summary.status).toBe("andamento");
    const patch = new FormData();
    patch.append("patch.r1", part({ end_time: Date.parse("2026-11-25T10:00:00.400Z"), trace_id: "r1" }));
    patch.append("patch.r1.outputs", part({ outputs: "Kensho" }));
    expect((await post("/runs/multipart", patch, "")).status).toBe(202);
    view = await json<TraceView>("/viewer/api/traces/r1");
    expect(view.rows.map((r) => [r.name, r.depth])).toEqual([
      ["rag", 0],
      ["ChatOpenAI", 1],
    ]);
    expect(view.summary).toMatchObject({ status: "ok", duration_ms: 400, total_tokens: 42 });
    const detail = await json<RunDetail>("/viewer/api/runs/r1");
    expect(detail).toMatchObject({ input_summary: "Onde Harrison trabalhou?", output_summary: "Kensho" });
  });

  it("batch (/runs/batch), single post (/runs) and PATCH /runs/:id arrive in any order", async () => {
    expect((await post("/runs/batch", JSON.stringify({ post: [{ id: "k2", name: "retriever", run_type: "retriever", trace_id: "k1", parent_run_id: "k1", start_time: 1_000 }], patch: [] }))).status).toBe(202);
    let [summary] = (await json<{ traces: TraceSummary[] }>("/viewer/api/traces")).traces;
    expect(summary).toMatchObject({ id: "k1", root_missing: true, name: "retriever" });
    expect((await post("/runs", JSON.stringify({ id: "k1", name: "pipeline", run_type: "chain", trace_id: "k1", start_time: 900 }))).status).toBe(202);
    const patched = await fetch(`${lab.url}/runs/k2`, { method: "PATCH", headers: { "content-type": "application/json" }, body: JSON.stringify({ end_time: 1_050 }) });
    expect(patched.status).toBe(202);
    [summary] = (await json<{ traces: TraceSummary[] }>("/viewer/api/traces")).traces;
    expect(summary).toMatchObject({ id: "k1", root_missing: false, name: "pipeline", runs: 2 });
    const view = await json<TraceView>("/viewer/api/traces/k1");
    expect(view.rows.map((r) => [r.name, r.depth, r.duration_ms])).toEqual([
      ["pipeline", 0, undefined],
      ["retriever", 1, 50],
    ]);
  });

  it("garbage to every ingest endpoint: 4xx, and the store and the viewer stay readable", async () => {
    expect((await post("/runs/batch", JSON.stringify({ post: [{ id: "ok", name: "valido", run_type: "chain", trace_id: "ok" }] }))).status).toBe(202);
    const bad: Array<[string, Body, string]> = [
      ["/runs/batch", "{não é json", "application/json"],
      ["/runs/batch", "null", "application/json"],
      ["/runs/batch", JSON.stringify({ post: [{ name: "sem id" }] }), "application/json"],
      ["/runs/batch", JSON.stringify({ post: [{ id: "bom", name: "x" }, 42] }), "application/json"],
      ["/runs", "[]", "application/json"],
      ["/runs", '"texto"', "application/json"],
      ["/runs/multipart", "lixo", "multipart/form-data; boundary=zzz"],
      ["/runs/multipart", "--zzz\r\nContent-Disposition: form-data; name=\"post.a\"\r\n\r\n{quebrado\r\n--zzz--\r\n", "multipart/form-data; boundary=zzz"],
      ["/feedback", JSON.stringify({ score: 1 }), "application/json"],
      ["/feedback", "{", "application/json"],
    ];
    for (const [path, body, type] of bad) {
      const response = await post(path, body, type);
      expect(response.status, `${path} ${String(body).slice(0, 40)}`).toBeGreaterThanOrEqual(400);
      expect(response.status, `${path} ${String(body).slice(0, 40)}`).toBeLessThan(500);
    }
    // Valid JSON with nonsense inside is stored as sent; the viewer shows it instead of failing.
    const weird = [
      { id: "eu", name: "eu-mesmo", run_type: "chain", trace_id: "w", parent_run_id: "eu" },
      { id: "num", name: 123, run_type: 5, trace_id: "w", dotted_order: 9, start_time: "quando?", inputs: "só texto", tags: "não é lista" },
    ];
    expect((await post("/runs/batch", JSON.stringify({ post: weird }))).status).toBe(202);
    expect((await get("/lab/runs")).status).toBe(200);
    const { traces } = await json<{ traces: TraceSummary[] }>("/viewer/api/traces");
    expect(traces.map((t) => t.id).sort()).toEqual(["ok", "w"]);
    const view = await json<TraceView>("/viewer/api/traces/w");
    expect(view.rows.map((r) => r.id).sort()).toEqual(["eu", "num"]);
    expect((await json<RunDetail>("/viewer/api/runs/num")).tags).toEqual([]);
  });
});

describe("live updates (GET /lab/events)", () => {
  it("a burst of runs is one `runs` event naming its traces; feedback and reset have their own events", async () => {
    const stream = await events();
    try {
      await stream.next("hello");
      const runs = Array.from({ length: 200 }, (_, i) => ({ id: `b${i}`, name: "passo", run_type: "tool", trace_id: i < 100 ? "lote-1" : "lote-2" }));
      expect((await post("/runs/batch", JSON.stringify({ post: runs }))).status).toBe(202);
      const event = (await stream.next("runs")) as { traces: string[]; runs: string[] };
      expect(event.traces.sort()).toEqual(["lote-1", "lote-2"]);
      expect(event.runs).toHaveLength(200);
      expect((await post("/feedback", JSON.stringify({ run_id: "b5", key: "user_feedback", score: 1 }))).status).toBe(200);
      expect(await stream.next("feedback")).toEqual({ traces: ["lote-1"], runs: ["b5"] });
      await fetch(`${lab.url}/lab/reset`, { method: "POST", headers: { "content-type": "application/json" }, body: "{}" });
      expect(await stream.next("reset")).toEqual({});
    } finally {
      stream.close();
    }
  });

  it("a closed page stops listening to the store; closing the lab ends open streams", async () => {
    const hub = eventsFor(lab.store);
    const stream = await events();
    await stream.next("hello");
    expect(hub.size).toBe(1);
    stream.close();
    for (let i = 0; i < 50 && hub.size > 0; i++) await new Promise((r) => setTimeout(r, 10));
    expect(hub.size).toBe(0);

    const other = await startLab();
    const response = await fetch(`${other.url}/lab/events`);
    const reader = response.body!.getReader();
    await reader.read();
    const started = performance.now();
    await other.close();
    // The stream ends (or the socket is cut) at once instead of holding the lab open.
    await expect(reader.read().then((r) => r.done, () => true)).resolves.toBe(true);
    expect(performance.now() - started).toBeLessThan(1_000);
  });
});
