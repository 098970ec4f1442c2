// The given server.ts (`npm run chatbot`) listens on loopback unless HOST says otherwise: a student who runs
// it on a laptop in a café must not publish an API that spends their key. In a container, the Dockerfile sets
// HOST=0.0.0.0 on purpose (test/deploy covers that). Judged by what the socket accepts, not by the source text.
import { spawn, type ChildProcess } from "node:child_process";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startLab, type Lab } from "#lib/lab/server";
import { freePort } from "#lib/servers";
import { TSX_WITH_SOLUTIONS } from "../../scripts/lib/solution-files.mjs";
import { eventually } from "./ambiente.ts";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
const SERVER = path.join(ROOT, "solutions", "11-chatbot-producao", "server.ts");

let lab: Lab;
let child: ChildProcess | undefined;

beforeAll(async () => {
  lab = await startLab();
});

afterAll(async () => {
  if (child && child.exitCode === null && child.signalCode === null) child.kill("SIGKILL");
  await lab.close();
});

/** Whether a TCP connection to host:port is accepted (true), refused or unreachable (false). */
function accepts(host: string, port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect({ host, port });
    socket.setTimeout(2_000);
    socket.once("connect", () => {
      socket.destroy();
      resolve(true);
    });
    socket.once("error", () => resolve(false));
    socket.once("timeout", () => {
      socket.destroy();
      resolve(false);
    });
  });
}

/** This machine's non-loopback IPv4 addresses (where a server bound to 0.0.0.0 would also answer). */
function externalAddresses(): string[] {
  return Object.values(os.networkInterfaces())
    .flat()
    .filter((a): a is os.NetworkInterfaceInfo => !!a && a.family === "IPv4" && !a.internal)
    .map((a) => a.address);
}

describe("capstone server process: bind address", () => {
  it("without HOST it answers on 127.0.0.1 only, never on the machine's other addresses", async () => {
    const port = await freePort();
    const env: NodeJS.ProcessEnv = { ...process.env, WORKBOOK_MODE: "lab", LAB_URL: lab.url, GOOGLE_API_KEY: "", OPENAI_API_KEY: "", LANGSMITH_API_KEY: "", PORT: String(port) };
    delete env.HOST;
    let output = "";
    child = spawn(process.execPath, [...TSX_WITH_SOLUTIONS, SERVER], { cwd: ROOT, env, stdio: ["ignore", "pipe", "pipe"] });
    child.stdout!.setEncoding("utf8");
    child.stdout!.on("data", (chunk: string) => (output += chunk));
    child.stderr!.setEncoding("utf8");
    child.stderr!.on("data", (chunk: string) => (output += chunk));
    const exited = new Promise<never>((_, reject) => child!.once("exit", (code) => reject(new Error(`the server exited (${code}) before listening:\n${output}`))));
    exited.catch(() => undefined); // the SIGTERM at the end also ends it
    await Promise.race([eventually(async () => (output.includes("Chatbot de atendimento em") ? true : undefined), 15_000, `the server to start:\n${output}`), exited]);

    expect(output).toContain(`http://127.0.0.1:${port}`);
    expect(await accepts("127.0.0.1", port), "the server should answer on loopback").toBe(true);
    const outside = externalAddresses();
    // A machine with no other interface cannot show the difference; the log line above still names loopback.
    for (const address of outside) expect(await accepts(address, port), `the server answered on ${address}: it is bound to every interface`).toBe(false);
    child.kill("SIGTERM");
  });
});
