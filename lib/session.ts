/**
 * A run of student or example code: loads `.env`, validates it, starts the lab in-process for the
 * providers without a key, points the SDKs at it, and at the end flushes traces, prints the trace
 * tree and stops the lab. Used by `npm run ex:N`, `npm run exemplo` and `runMain`.
 */
import fs from "node:fs";
import path from "node:path";
import { applyEnvironment, ConfigError, describeModes, loadDotenv, readConfig, type WorkbookConfig } from "./config.ts";
import { startLab, type Lab } from "./lab/server.ts";
import type { StoredRun } from "./lab/store.ts";
import { buildTrees, renderTrees } from "./trace-tree.ts";
import { flushTraces } from "./tracing.ts";
import { ROOT } from "./cli/paths.mjs";

export { ROOT };
/** Where the lab keeps runs; `LAB_TRACE_FILE` moves it (the no-leak test points each run at a temp file). */
export const TRACE_FILE = process.env.LAB_TRACE_FILE ? path.resolve(process.env.LAB_TRACE_FILE) : path.join(ROOT, ".lab", "traces.jsonl");
/** Where `npm run lab` writes its URL while it runs (next to the traces; LAB_TRACE_FILE moves both). */
export const LAB_URL_FILE = path.join(path.dirname(TRACE_FILE), "url");

/**
 * The URL of a lab opened with `npm run lab` in another terminal, when it is really up (answers /info as
 * the lab within 300 ms): runs then go to it and show up live in its trace viewer. A stale file (the lab
 * was killed) costs one refused connection, about a millisecond.
 */
export async function runningLabUrl(file = LAB_URL_FILE): Promise<string | undefined> {
  let url: string;
  try {
    url = fs.readFileSync(file, "utf8").trim();
  } catch {
    return undefined;
  }
  if (!/^http:\/\/127\.0\.0\.1:\d{1,5}$/.test(url)) return undefined;
  try {
    const response = await fetch(`${url}/info`, { signal: AbortSignal.timeout(300) });
    const info = (await response.json()) as { version?: unknown };
    return response.ok && info.version === "lab" ? url : undefined;
  } catch {
    return undefined;
  }
}

export interface Session {
  config: WorkbookConfig;
  lab?: Lab;
  labUrl?: string;
  startedAt: number;
  /** Runs the lab received since the session started. */
  runs(): Promise<StoredRun[]>;
  /** Flushes traces, prints the trace tree (lab mode) and stops the lab. */
  finish(options?: { printTree?: boolean }): Promise<void>;
}

export interface SessionOptions {
  /** Print the mode banner (default true). */
  banner?: boolean;
  /** Keep runs in `.lab/traces.jsonl` (default true). */
  persist?: boolean;
  log?: (line: string) => void;
}

/** Throws ConfigError (pt-BR, names the variable) when `.env` is malformed. */
export async function startSession({ banner = true, persist = true, log = console.log }: SessionOptions = {}): Promise<Session> {
  loadDotenv(ROOT);
  const config = readConfig();
  const startedAt = Date.now();
  const needsLab = Object.values(config.modes).includes("lab");
  let lab: Lab | undefined;
  let labUrl = config.labUrl;
  const shared = needsLab && !labUrl ? await runningLabUrl() : undefined;
  if (shared) labUrl = shared;
  if (needsLab && !labUrl) {
    lab = await startLabOnPort((port) => startLab({ port, traceFile: persist ? TRACE_FILE : undefined }), config.labPort, log);
    labUrl = lab.url;
  }
  applyEnvironment(config, labUrl);
  if (banner) {
    const allLab = Object.values(config.modes).every((m) => m === "lab");
    log(
      allLab
        ? shared
          ? `🧪 Modo lab: usando o laboratório do \`npm run lab\` em ${labUrl} — os traces aparecem no visualizador (${labUrl}/).`
          : `🧪 Modo lab: Gemini, OpenAI e LangSmith simulados em ${labUrl} (sem chave, sem rede).`
        : `🔑 Modos: ${describeModes(config).join("; ")}.`,
    );
  }
  const runs = async () => {
    if (lab) return lab.store.list(startedAt);
    if (labUrl && config.modes.langsmith === "lab") {
      const { labClient } = await import("./lab/client.ts");
      return (await labClient(labUrl).runs()).filter((r) => r.received_at >= startedAt);
    }
    return [];
  };
  return {
    config,
    lab,
    labUrl,
    startedAt,
    runs,
    async finish({ printTree = true } = {}) {
      const delivered = await flushTraces();
      if (printTree) {
        if (config.modes.langsmith === "lab") {
          const trees = buildTrees(await runs());
          if (trees.length) log(`\n🧭 Trace (o que o LangSmith recebeu):\n${renderTrees(trees, { color: !!process.stdout.isTTY && !process.env.NO_COLOR })}`);
          else log("\n🧭 Nenhum trace chegou ao LangSmith nesta execução.");
        } else if (config.tracing && delivered) {
          log(`\n🧭 Traces enviados ao LangSmith (projeto ${config.langsmithProject ?? "default"}): veja em https://smith.langchain.com`);
        }
      }
      await lab?.close();
    },
  };
}

/** Why a port could not be opened, in pt-BR. */
export function portProblem(code: string | undefined): string {
  if (code === "EADDRINUSE") return "está ocupada";
  if (code === "EACCES" || code === "EPERM") return "precisa de permissão de administrador (portas abaixo de 1024 são reservadas)";
  if (code === "EADDRNOTAVAIL") return "não está disponível nesta máquina";
  return `não pôde ser aberta (${code ?? "erro desconhecido"})`;
}

/**
 * Starts the lab on the port asked for (LAB_PORT), falling back to any free port when that one cannot be
 * opened (busy — the lab itself handles that —, reserved, not available), with a pt-BR line saying so.
 */
export async function startLabOnPort(start: (port: number) => Promise<Lab>, port: number, log: (line: string) => void): Promise<Lab> {
  let lab: Lab;
  let code: string | undefined;
  try {
    lab = await start(port);
    if (lab.portFallback) code = "EADDRINUSE";
  } catch (error) {
    code = (error as NodeJS.ErrnoException).code;
    if (!port || !code) throw error;
    lab = await start(0);
  }
  if (code) log(`A porta ${port} (LAB_PORT) ${portProblem(code)}; o laboratório usou a ${lab.port}.`);
  return lab;
}

export function describeConfigError(error: unknown): string | undefined {
  return error instanceof ConfigError ? `❌ ${error.message}` : undefined;
}
