/**
 * Lab start-up with a long trace history (issue 18 item 7): builds a 60 MB `.lab/traces.jsonl` in a temporary
 * directory and times startLab() with no file and with it. Not a timed test. Run:
 *
 *   node --import tsx bench/lab-start.ts
 *   LAB_LIB=/path/to/other/checkout/lib node --import tsx bench/lab-start.ts   (compare with another version)
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const LIB = process.env.LAB_LIB ?? path.join(ROOT, "lib");
const MB = Number(process.env.HISTORY_MB ?? 60);
const { startLab } = (await import(pathToFileURL(path.join(LIB, "lab", "server.ts")).href)) as typeof import("../lib/lab/server.ts");

const dir = fs.mkdtempSync(path.join(os.tmpdir(), "lab-start-"));
const file = path.join(dir, "traces.jsonl");
const fd = fs.openSync(file, "w");
const question = "Qual o prazo de entrega do meu pedido? ".repeat(40);
for (let i = 0; fs.fstatSync(fd).size < MB * 1024 * 1024; ) {
  let chunk = "";
  for (let k = 0; k < 1000; k++, i++) chunk += `${JSON.stringify({ kind: "run", at: Date.now(), run: { id: `r${i}`, name: "chatbot", run_type: "chain", trace_id: `r${i}`, inputs: { pergunta: question } } })}\n`;
  fs.writeSync(fd, chunk);
}
fs.closeSync(fd);

console.log(`lab start — lib: ${LIB}`);
for (const [label, traceFile] of [["no history", path.join(dir, "vazio.jsonl")], [`${MB} MB history`, file]] as const) {
  const started = performance.now();
  const lab = await startLab({ traceFile });
  const ms = performance.now() - started;
  console.log(`${label}: startLab ${ms.toFixed(0)} ms, ${(await lab.runs()).length} runs loaded`);
  await lab.close();
}
fs.rmSync(dir, { recursive: true, force: true });
