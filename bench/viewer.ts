/**
 * Trace viewer figures (not a timed test): a 1,000-run trace opened in Chromium (request + drawing, and drawing
 * alone), the server side of that request, the trace list with many traces, and how long a new run takes to show
 * up in an open page (SSE). Run: npm run bench:viewer   (BENCH_RUNS=10; noisy on 2 cores: compare runs made together)
 */
import { startLab } from "../lib/lab/server.ts";
import { summarizeTraces, traceView } from "../lib/lab/viewer/traces.ts";
import { launchChromium } from "../test/viewer/chromium.ts";
import { bigTrace, postBatch } from "../test/viewer/fixtures.ts";
import { median } from "./lib/stats.ts";

const runs = Number(process.env.BENCH_RUNS ?? 10);
const BUDGET_MS = 1_000;

const fmt = (xs: number[]) => `mediana ${Math.round(median(xs))} ms, melhor ${Math.round(Math.min(...xs))} ms, pior ${Math.round(Math.max(...xs))} ms`;

const lab = await startLab();
const chromium = await launchChromium();
try {
  // 200 small traces (a student's week of runs) plus the 1,000-run one.
  const small = Array.from({ length: 200 }, (_, i) => bigTrace(`t${i}`, 5, { start: Date.now() - 60_000 + i * 100 })).flat();
  await postBatch(lab.url, small);
  await postBatch(lab.url, bigTrace("grande", 1000));
  const stored = lab.store.list();

  const server: number[] = [];
  const list: number[] = [];
  for (let i = 0; i < runs; i++) {
    let started = performance.now();
    traceView("grande", stored);
    server.push(performance.now() - started);
    started = performance.now();
    summarizeTraces(stored);
    list.push(performance.now() - started);
  }

  const page = await chromium.browser.newPage();
  await page.goto(`${lab.url}/`, { waitUntil: "load" });
  await page.waitForFunction(`document.querySelectorAll("#traces tbody tr").length === 201`);
  const total: number[] = [];
  const draw: number[] = [];
  for (let i = 0; i < runs; i++) {
    await page.evaluate(`(() => { const s = document.querySelector("#trace"); delete s.dataset.rows; location.hash = ""; })()`);
    await page.evaluate(`location.hash = "#trace=grande"`);
    await page.waitForFunction(`document.querySelector("#trace").dataset.rows === "1000"`);
    const times = (await page.evaluate(`({ ...document.querySelector("#trace").dataset })`)) as { renderMs: string; drawMs: string };
    total.push(Number(times.renderMs));
    draw.push(Number(times.drawMs));
  }

  // Live update: from the POST of a new trace to its row in the open page.
  const live: number[] = [];
  for (let i = 0; i < runs; i++) {
    const rows = 202 + i;
    const started = Date.now();
    await postBatch(lab.url, bigTrace(`novo${i}`, 3));
    await page.waitForFunction(`document.querySelectorAll("#traces tbody tr").length === ${rows}`, { polling: 5 });
    live.push(Date.now() - started);
  }

  console.log(`visualizador, trace de 1000 runs no Chromium (pedido + desenho): ${fmt(total)} (meta ≤ ${BUDGET_MS} ms)`);
  console.log(`  só o desenho na página: ${fmt(draw)}`);
  console.log(`  montagem no servidor (traceView, ${stored.length} runs guardados): ${fmt(server)}`);
  console.log(`lista de ${summarizeTraces(stored).length} traces no servidor (summarizeTraces): ${fmt(list)}`);
  console.log(`run novo até aparecer na página aberta (SSE, sem recarregar): ${fmt(live)}`);
} finally {
  await chromium.close();
  await lab.close();
}
