// Graceful shutdown of the real server process (`npm run chatbot`, server.ts) on SIGTERM, the way `docker stop`
// or an orchestrator ends it: the request in flight is answered, new work is refused, the traces reach
// LangSmith (the lab), and the process exits 0 on its own, within its deadline.
// POSIX only: on Windows, process.kill(pid, "SIGTERM") ends the process at once (no signal handler runs).
import { spawn, type ChildProcess } from "node:child_process";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startLab, type Lab } from "#lib/lab/server";
import { TSX_WITH_SOLUTIONS } from "../../scripts/lib/solution-files.mjs";
import { freePort } from "#lib/servers";
import { eventually } from "./ambiente.ts";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
// server.ts is given (exercises/11-…): run from solutions/ like `npm run chatbot`, it reads the solution's files.
const SERVER = path.join(ROOT, "solutions", "11-chatbot-producao", "server.ts");

let lab: Lab;
let child: ChildProcess | undefined;
let output = "";

beforeAll(async () => {
  lab = await startLab();
});

afterAll(async () => {
  if (child && child.exitCode === null && child.signalCode === null) child.kill("SIGKILL");
  await lab.close();
});

describe.skipIf(process.platform === "win32")("capstone server process: SIGTERM", () => {
  it("answers the request in flight, refuses new work, delivers its traces and exits 0", async () => {
    const port = await freePort();
    child = spawn(process.execPath, [...TSX_WITH_SOLUTIONS, SERVER], {
      cwd: ROOT,
      // Everything through the test's lab (LAB_URL); empty keys so a developer's .env cannot switch to real services.
      env: { ...process.env, WORKBOOK_MODE: "lab", LAB_URL: lab.url, GOOGLE_API_KEY: "", OPENAI_API_KEY: "", LANGSMITH_API_KEY: "", HOST: "127.0.0.1", PORT: String(port), LOG_LEVEL: "info" },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let signalledAt = 0;
    const exited = new Promise<{ code: number | null; ms: number }>((resolve) => child!.once("exit", (code) => resolve({ code, ms: Date.now() - signalledAt })));
    child.stdout!.setEncoding("utf8");
    child.stdout!.on("data", (chunk: string) => (output += chunk));
    child.stderr!.setEncoding("utf8");
    child.stderr!.on("data", (chunk: string) => (output += chunk));
    const base = `http://127.0.0.1:${port}`;
    await eventually(async () => (output.includes("Chatbot de atendimento em") ? true : undefined), 20_000, `the server to start:\n${output}`);

    // A slow model call, so the request is still in flight when the signal arrives.
    await lab.setLatency({ fixedMs: 1_200, perTokenMs: 0 });
    const pergunta = `Quais são os horários de funcionamento? (sinal ${Date.now()})`;
    const emAndamento = fetch(`${base}/v1/chat`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ pergunta }) });
    await eventually(async () => ((await lab.stats()).inFlight > 0 ? true : undefined), 5_000, "the request to reach the model");

    signalledAt = Date.now();
    child.kill("SIGTERM");
    await eventually(async () => (output.includes("encerrando") ? true : undefined), 5_000, `the server to log that it is shutting down:\n${output}`);

    // New work is refused while the in-flight request finishes: either 503 ENCERRANDO or the port already closed.
    const nova = await fetch(`${base}/v1/chat`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ pergunta: "Qual o prazo de entrega?" }) }).then(
      async (r) => ({ status: r.status, body: await r.text() }),
      () => ({ status: 0, body: "connection refused" }),
    );
    expect([0, 503], `a new request during shutdown got ${nova.status} ${nova.body}`).toContain(nova.status);
    if (nova.status === 503) expect(nova.body).toContain("ENCERRANDO");

    const resposta = await emAndamento;
    const corpo = (await resposta.json()) as { resposta?: string; runId?: string };
    expect(resposta.status, `the request in flight was cut: ${JSON.stringify(corpo)}`).toBe(200);
    expect(corpo.resposta).toBeTruthy();

    const fim = await exited;
    expect(fim.code, `exit code after SIGTERM; output:\n${output}`).toBe(0);
    expect(fim.ms, "shutdown must finish well within its 15 s deadline").toBeLessThan(10_000);

    // The trace of the request answered during shutdown reached LangSmith (the lab) before the process exited.
    const raiz = (await lab.runs()).find((run) => run.id === corpo.runId);
    expect(raiz?.name, `no trace with runId ${corpo.runId} reached the lab`).toBe("atendimento_chain");
    expect(raiz?.end_time, "the root run was sent but never finished (its update was lost)").toBeTruthy();
    expect(output, "the server's output must not contain a stack trace").not.toMatch(/\n\s+at .+\(.+:\d+:\d+\)/);
  }, 40_000);
});
