/**
 * `npm run lab [-- --porta N]`: the local lab in the foreground (Gemini, OpenAI and LangSmith simulated), with
 * the trace viewer at http://127.0.0.1:PORT/. The port comes from `--porta`, else LAB_PORT (.env), else 8787;
 * a busy port falls back to a free one. Runs are kept in `.lab/traces.jsonl` (reloaded on start). The URL is
 * written to `.lab/url` for other terminals and tools, and removed on Ctrl-C, which stops the lab cleanly.
 */
import fs from "node:fs";
import path from "node:path";
import { ConfigError, loadDotenv, readConfig } from "../lib/config.ts";
import { startLab, type Lab } from "../lib/lab/server.ts";
import { groupTraces } from "../lib/lab/viewer/traces.ts";
import { parseScriptArgs } from "../lib/cli/args.ts";
import { c } from "../lib/cli/colors.ts";
import { ROOT } from "../lib/cli/paths.mjs";

const DEFAULT_PORT = 8787;

const USAGE = `npm run lab [-- --porta N]

Sobe o laboratório local em primeiro plano, com o visualizador de traces no navegador.
  --porta N   porta a usar (padrão: LAB_PORT do .env, ou ${DEFAULT_PORT}; 0 = qualquer porta livre)
Ctrl-C para parar. Os traces ficam em .lab/traces.jsonl e voltam quando o laboratório sobe de novo.`;
const { values: flags } = parseScriptArgs(
  process.argv.slice(2),
  { porta: { type: "string" }, port: { type: "string" }, ajuda: { type: "boolean" }, help: { type: "boolean", short: "h" } },
  USAGE,
  false,
);
if (flags.ajuda || flags.help) {
  console.log(USAGE);
  process.exit(0);
}

loadDotenv(ROOT);
let port: number;
try {
  const requested = flags.porta ?? flags.port ?? process.env.LAB_PORT;
  // Only LAB_PORT is validated here: a key typed wrong in .env must not stop the lab from starting.
  port = requested?.trim() ? readConfig({ LAB_PORT: requested }).labPort : DEFAULT_PORT;
} catch (error) {
  console.error(`❌ ${error instanceof ConfigError ? error.message : String(error)}`);
  process.exit(1);
}

// lib/session.ts decides where runs are kept (LAB_TRACE_FILE moves them); it loads LangChain, so only now.
const { TRACE_FILE, LAB_URL_FILE: URL_FILE, portProblem } = await import("../lib/session.ts");

let lab: Lab;
let portNote: string | undefined;
try {
  try {
    lab = await startLab({ port, traceFile: TRACE_FILE });
    if (lab.portFallback) portNote = `A porta ${port} está ocupada (outro npm run lab aberto?); usei a ${lab.port}.`;
  } catch (error) {
    // A reserved port (LAB_PORT=80 as a normal user) or one this machine lacks: any free port will do.
    const code = (error as NodeJS.ErrnoException).code;
    if (!port || !code) throw error;
    lab = await startLab({ port: 0, traceFile: TRACE_FILE });
    portNote = `A porta ${port} ${portProblem(code)}; usei a ${lab.port}.`;
  }
} catch (error) {
  const code = (error as NodeJS.ErrnoException).code;
  console.error(`❌ Não consegui abrir o laboratório em 127.0.0.1 (${portProblem(code)}). Libere conexões locais no firewall/antivírus e tente de novo.`);
  process.exit(1);
}

const url = lab.url;
fs.mkdirSync(path.dirname(URL_FILE), { recursive: true });
fs.writeFileSync(URL_FILE, `${url}\n`);

const runs = lab.store.list();
const traces = groupTraces(runs).size;
/** A path as the student typed it: relative to the workbook when inside it, absolute otherwise. */
const shown = (file: string) => {
  const relative = path.relative(ROOT, file);
  return relative && !relative.startsWith("..") && !path.isAbsolute(relative) ? relative : file;
};
const relativeTraces = shown(TRACE_FILE);
if (portNote) console.log(c.yellow(portNote));
console.log(`🧪 Laboratório local no ar em ${c.bold(url)} (Gemini, OpenAI e LangSmith simulados, sem rede).`);
console.log(`🔎 Visualizador de traces: ${c.bold(c.cyan(`${url}/`))}  ← abra no navegador`);
console.log(c.dim(`   ${traces} ${traces === 1 ? "trace guardado" : "traces guardados"} em ${relativeTraces} (${runs.length} runs).`));
console.log(`
Enquanto este laboratório estiver aberto, ${c.bold("npm run ex:N")} e ${c.bold("npm run exemplo")} em outro terminal usam ele
sozinhos (acham o endereço em ${shown(URL_FILE)}) e os traces aparecem no visualizador na hora.
Os checks continuam com um laboratório próprio cada, para um teste não atrapalhar o outro. Ctrl-C para parar.`);
const configured = process.env.LAB_URL?.trim();
if (configured && configured.replace(/\/+$/, "") !== url) {
  console.log(c.yellow(`⚠️  O .env (ou o ambiente) tem LAB_URL=${configured}: os exercícios vão mandar os traces para lá, não para ${url}.`));
}

// The lab's server does not hold the process open by itself (in-process labs must let scripts exit).
const keepAlive = setInterval(() => {}, 1 << 30);
let stopping = false;

async function stop(): Promise<void> {
  if (stopping) process.exit(130); // second Ctrl-C: leave now
  stopping = true;
  console.log("\nParando o laboratório…");
  try {
    if (fs.readFileSync(URL_FILE, "utf8").trim() === url) fs.rmSync(URL_FILE);
  } catch {
    // already gone, or another lab took it over
  }
  await lab.close();
  clearInterval(keepAlive);
  console.log(`Laboratório parado. Os traces continuam em ${relativeTraces}.`);
  process.exit(0);
}

process.on("SIGINT", () => void stop());
process.on("SIGTERM", () => void stop());
if (process.platform === "win32") process.on("SIGBREAK", () => void stop());
