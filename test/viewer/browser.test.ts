// The trace viewer in a real browser (Debian's Chromium through puppeteer-core): a RAG trace made by the real
// SDKs (traceable rag → traceable retriever + wrapOpenAI) shows as a tree with its token counts, new runs and
// feedback appear without reloading (SSE), filters work, a 1,000-run trace renders in ≤ 1 s, garbage posted
// to the lab does not break the page, and no secret reaches the screen.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { Client } from "langsmith";
import { getCurrentRunTree, traceable } from "langsmith/traceable";
import { wrapOpenAI } from "langsmith/wrappers";
import OpenAI from "openai";
import type { Page } from "puppeteer-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { applyEnvironment, readConfig } from "../../lib/config.ts";
import { startLab, type Lab } from "../../lib/lab/server.ts";
import { flushTraces } from "../../lib/tracing.ts";
import { launchChromium, type Chromium } from "./chromium.ts";
import { bigTrace, postBatch } from "./fixtures.ts";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
const SOLUTION = path.join(ROOT, "solutions", "05-rag-tracing", "rag_tracing.ts");
const RENDER_BUDGET_MS = 1_000;

type Rag = (question: string) => Promise<string>;

/** Exercise 5's reference `rag` when it exists; otherwise the same shape built here with the same SDKs. */
async function loadRag(): Promise<{ rag: Rag; source: string }> {
  if (fs.existsSync(SOLUTION)) {
    const module = (await import(pathToFileURL(SOLUTION).href)) as { rag?: unknown };
    if (typeof module.rag === "function") return { rag: module.rag as Rag, source: "solutions/05-rag-tracing" };
  }
  const openai = wrapOpenAI(new OpenAI({ maxRetries: 0 }));
  const retriever = traceable(async (question: string) => [`Harrison Chase trabalhou na Kensho. (${question})`], { name: "retriever", run_type: "retriever" });
  const rag = traceable(
    async (question: string) => {
      const docs = await retriever(question);
      const completion = await openai.chat.completions.create({
        model: "gpt-4o-mini",
        messages: [
          { role: "system", content: `Responda usando apenas: ${docs.join("\n")}` },
          { role: "user", content: question },
        ],
      });
      return completion.choices[0]?.message.content ?? "";
    },
    { name: "rag", run_type: "chain" },
  );
  return { rag, source: "test" };
}

let lab: Lab;
let chromium: Chromium | undefined;
let page: Page;
let tmp: string;
const pageErrors: string[] = [];

// puppeteer's callbacks run in the page, where the DOM exists; this project's tsconfig has no DOM library.
type Node = { textContent: string | null; dataset: Record<string, string | undefined>; getAttribute(name: string): string | null };
const texts = (selector: string) => page.$$eval(selector, (nodes) => nodes.map((n) => (n as unknown as Node).textContent?.replace(/\s+/g, " ").trim() ?? ""));
const text = (selector: string) => page.$eval(selector, (n) => (n as unknown as Node).textContent?.replace(/\s+/g, " ").trim() ?? "");
const traceRows = () =>
  page.$$eval(".arvore .corpo .linha", (rows) =>
    rows.map((row) => {
      const r = row as unknown as Node & { querySelector(s: string): Node | null };
      return { name: r.querySelector("a")?.textContent ?? "", depth: Number(r.dataset.depth), type: r.dataset.type ?? "", tokens: r.querySelector(".col-tokens")?.textContent ?? "" };
    }),
  );
/** Waits for a condition evaluated in the page (a JavaScript expression). */
const waitFor = (expression: string) => page.waitForFunction(expression);

/** Sets the hash (as clicking a link does) and waits for the trace view to render; returns its times in the page. */
async function openTrace(traceId: string, rows: number): Promise<{ renderMs: number; drawMs: number; wallMs: number }> {
  await page.evaluate(`(() => { const s = document.querySelector("#trace"); delete s.dataset.rows; delete s.dataset.renderMs; location.hash = ""; })()`);
  const started = Date.now();
  await page.evaluate(`location.hash = "#trace=" + encodeURIComponent(${JSON.stringify(traceId)})`);
  await waitFor(`(() => { const s = document.querySelector("#trace"); return s.dataset.rows === "${rows}" && s.textContent.includes(${JSON.stringify(traceId)}); })()`);
  const times = (await page.evaluate(`({ ...document.querySelector("#trace").dataset })`)) as { renderMs: string; drawMs: string };
  return { renderMs: Number(times.renderMs), drawMs: Number(times.drawMs), wallMs: Date.now() - started };
}

beforeAll(async () => {
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), "viewer-browser-"));
  lab = await startLab({ traceFile: path.join(tmp, "traces.jsonl") });
  applyEnvironment(readConfig({ WORKBOOK_MODE: "lab" }), lab.url);
  chromium = await launchChromium({ timeoutMs: 20_000 });
  page = await chromium.browser.newPage();
  page.setDefaultTimeout(10_000);
  page.on("pageerror", (error) => pageErrors.push(String(error)));
}, 40_000);

afterAll(async () => {
  try {
    await chromium?.close();
  } finally {
    await lab?.close();
    fs.rmSync(tmp, { recursive: true, force: true });
  }
}, 15_000);

describe("trace viewer in Chromium", { timeout: 30_000 }, () => {
  let ragTraceId = "";

  it("a RAG trace from the real SDKs: list row, tree rag → retriever + ChatOpenAI, token counts, run details", async () => {
    const { rag } = await loadRag();
    const answer = await rag("Onde Harrison trabalhou?");
    expect(answer).toContain("Kensho");
    await flushTraces();
    const [call] = await lab.calls();
    const usage = call!.usage!;
    const root = (await lab.runs()).find((r) => r.name === "rag" && !r.parent_run_id)!;
    ragTraceId = root.id;

    await page.goto(`${lab.url}/`, { waitUntil: "load" });
    await page.waitForSelector("#traces tbody tr a");
    await page.waitForSelector("#conexao.ao-vivo");
    expect(await texts("#traces tbody tr th a")).toEqual(["rag"]);
    const listRow = await texts("#traces tbody tr td");
    expect(listRow).toContain("ok");
    expect(listRow).toContain(String(usage.total));
    expect(listRow.some((cell) => /^US\$ 0,0000\d\d$/.test(cell)), `custo na lista: ${listRow.join(" | ")}`).toBe(true);

    await page.click("#traces tbody tr th a");
    await page.waitForSelector(".arvore .corpo .linha:nth-child(3)");
    expect(await traceRows()).toEqual([
      { name: "rag", depth: 0, type: "chain", tokens: "—" },
      { name: "retriever", depth: 1, type: "retriever", tokens: "—" },
      { name: "ChatOpenAI", depth: 1, type: "llm", tokens: `${usage.input} → ${usage.output}` },
    ]);
    expect(await text("#trace .resumo")).toContain(`Tokens${usage.total} (entrada ${usage.input}, saída ${usage.output})`);
    const bars = (await page.evaluate(`[...document.querySelectorAll(".arvore .barra")].map((bar) => Number.parseFloat(bar.style.left))`)) as number[];
    expect(bars).toHaveLength(3);
    expect(bars[0]).toBe(0);
    expect(bars[2]!).toBeGreaterThan(bars[1]!); // the model call starts after the retriever

    // The root is selected at first; clicking the model call shows its detail.
    await waitFor(`document.querySelector("#run-titulo")?.textContent.includes("rag")`);
    expect(await text("#run")).toContain("Onde Harrison trabalhou?");
    await page.click(".arvore .corpo .linha:nth-child(3) a");
    await waitFor(`document.querySelector("#run-titulo")?.textContent.includes("ChatOpenAI")`);
    const detail = await text("#run");
    expect(detail).toContain("Modelogpt-4o-mini");
    expect(detail).toContain(`Tokens${usage.input} de entrada, ${usage.output} de saída, ${usage.total} no total`);
    expect(detail).toContain("Responda usando apenas:");
    expect(detail).toContain("Kensho");

    const shot = path.join(tmp, "viewer-rag.png");
    await page.screenshot({ path: shot, fullPage: true });
    expect(fs.statSync(shot).size).toBeGreaterThan(10_000);
    if (process.env.VIEWER_SCREENSHOT_DIR) fs.copyFileSync(shot, path.join(process.env.VIEWER_SCREENSHOT_DIR, "viewer-rag.png"));
  });

  it("live: a new trace, a new run in the open trace and feedback appear without reloading (SSE)", async () => {
    await page.evaluate("window.semRecarregar = true");
    const comErro = traceable(
      async (pergunta: string) => {
        throw new Error(`índice fora do ar para "${pergunta}"`);
      },
      { name: "busca_quebrada", run_type: "tool" },
    );
    await expect(comErro("cache")).rejects.toThrow("índice fora do ar");
    await flushTraces();
    await waitFor(`document.querySelectorAll("#traces tbody tr").length === 2`);
    expect(await texts("#traces tbody tr th a")).toEqual(["busca_quebrada", "rag"]);
    expect(await text("#traces tbody tr:first-child")).toContain("erro");
    expect(await text("#aviso")).toContain("Novo trace: busca_quebrada");

    // A run that joins the open trace (a late child) shows up in its tree.
    const root = (await lab.runs()).find((r) => r.id === ragTraceId)!;
    const now = new Date();
    const segment = `${now.toISOString().replace(/[-:]/g, "").replace(/\.(\d{3})Z$/, "$1000Z")}tardio-0001`;
    const late = { id: "tardio-0001", name: "pos_processamento", run_type: "tool", trace_id: ragTraceId, parent_run_id: ragTraceId, dotted_order: `${root.dotted_order}.${segment}`, start_time: now.toISOString() };
    expect((await fetch(`${lab.url}/runs`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(late) })).status).toBe(202);
    await waitFor(`document.querySelectorAll(".arvore .corpo .linha").length === 4`);
    expect((await traceRows()).at(-1)).toMatchObject({ name: "pos_processamento", depth: 1, type: "tool" });

    // Feedback (the real SDK's createFeedback) shows on the list and on the run.
    const client = new Client({ apiUrl: lab.url, apiKey: "lab" });
    await client.createFeedback(ragTraceId, "user_feedback", { score: 1, comment: "resposta certa" });
    await waitFor(`document.querySelector("#traces tbody tr:nth-child(2) .col-feedback")?.textContent.includes("média")`);
    expect(await text("#traces tbody tr:nth-child(2) .col-feedback")).toBe("média 1 (1)");
    expect(await text("#trace .resumo")).toContain("Feedbacknota média 1 · 1 avaliação");
    expect(await text(".arvore .corpo .linha:first-child")).toContain("feedback: user_feedback 1");
    expect(await page.evaluate("window.semRecarregar")).toBe(true);
  });

  it("filters by name and status", async () => {
    await page.select("#filtro-status", "erro");
    expect(await texts("#traces tbody tr th a")).toEqual(["busca_quebrada"]);
    await page.select("#filtro-status", "");
    await page.type("#filtro-nome", "RAG");
    expect(await texts("#traces tbody tr th a")).toEqual(["rag"]);
    expect(await text("#contagem")).toBe("(1 de 2)");
    await page.type("#filtro-nome", "-nao-existe");
    expect(await page.evaluate(`document.querySelector("#filtro-vazio").hidden`)).toBe(false);
    await page.evaluate(`(() => { const input = document.querySelector("#filtro-nome"); input.value = ""; input.dispatchEvent(new Event("input")); })()`);
    expect(await texts("#traces tbody tr th a")).toHaveLength(2);
  });

  it(`a 1,000-run trace renders in ≤ ${RENDER_BUDGET_MS} ms; errors and secrets shown masked`, async () => {
    const secret = "sk-proj-NAOPODEAPARECER0123456789abcdef";
    expect(await postBatch(lab.url, bigTrace("grande", 1000, { errorAt: 500, secret }))).toBe(202);
    await waitFor(`document.querySelectorAll("#traces tbody tr").length === 3`);
    // Up to three openings, the best counts: one slow run on a busy machine (other test files share the cores) is noise.
    const attempts: Array<Awaited<ReturnType<typeof openTrace>>> = [];
    for (let i = 0; i < 3 && !attempts.some((a) => a.renderMs <= RENDER_BUDGET_MS); i++) attempts.push(await openTrace("grande", 1000));
    const best = attempts.reduce((a, b) => (b.renderMs < a.renderMs ? b : a));
    console.log(`visualizador: trace de 1000 runs aberto em ${attempts.map((a) => `${a.renderMs} ms (desenho ${a.drawMs} ms)`).join(", ")}; melhor ${best.renderMs} ms`);
    expect(best.renderMs, `fetch + render of 1,000 runs in the page (best of ${attempts.map((a) => a.renderMs).join(", ")} ms)`).toBeLessThanOrEqual(RENDER_BUDGET_MS);
    expect(await page.evaluate(`document.querySelectorAll(".arvore .corpo .linha").length`)).toBe(1000);
    expect(await text(".arvore .linha[data-id='grande-0500']")).toContain("erro: Error: 401 chave sk-…def recusada");
    const html = await page.content();
    expect(html).not.toContain(secret);
    await page.click(".arvore .linha[data-id='grande-0500'] a");
    await waitFor(`document.querySelector("#run .erro")?.textContent.includes("401")`);
    expect(await page.content()).not.toContain(secret);
  });

  it("garbage posted to the lab: 4xx, and the open page keeps working", async () => {
    for (const [route, body] of [
      ["/runs/batch", "{lixo"],
      ["/runs", "null"],
      ["/runs/batch", JSON.stringify({ post: [{ sem: "id" }] })],
    ] as const) {
      const status = (await fetch(`${lab.url}${route}`, { method: "POST", headers: { "content-type": "application/json" }, body })).status;
      expect(status, `${route} ${body}`).toBeGreaterThanOrEqual(400);
      expect(status, `${route} ${body}`).toBeLessThan(500);
    }
    const weird = { id: "estranho", name: 42, run_type: ["x"], trace_id: "estranho", parent_run_id: "estranho", dotted_order: 5, start_time: "ontem", inputs: "texto solto" };
    expect((await fetch(`${lab.url}/runs/batch`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ post: [weird] }) })).status).toBe(202);
    await waitFor(`document.querySelectorAll("#traces tbody tr").length === 4`);
    await openTrace("estranho", 1);
    expect(await texts(".arvore .corpo .linha a")).toEqual(["42"]);
    expect(pageErrors).toEqual([]);
  });
});
