// An unreachable LangSmith must never hang a student's run: one pt-BR warning, then the run ends
// (the SDK alone holds the process ~87 s when refused and forever on a silent server: docs/protocols.md §4.7).
import net from "node:net";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { execTs } from "../scripts/lib/exec.ts";

const root = path.resolve(import.meta.dirname, "..");
const example = path.join(root, "chapters/09/01-hello-world-prod/hello_world_prod.ts");
const KEY = "lsv2_pt_sentinel0123456789abcdef0123_abcdef0123";

let silent: net.Server;
let silentPort = 0;
const sockets = new Set<net.Socket>();
beforeAll(async () => {
  // Accepts TCP connections and never answers.
  silent = net.createServer((socket) => {
    sockets.add(socket);
    socket.on("error", () => {});
  });
  await new Promise<void>((resolve) => silent.listen(0, "127.0.0.1", resolve));
  silentPort = (silent.address() as net.AddressInfo).port;
});
afterAll(() => {
  for (const socket of sockets) socket.destroy();
  return new Promise<void>((resolve) => silent.close(() => resolve()));
});

function run(endpoint: string) {
  const env: NodeJS.ProcessEnv = { ...process.env, LANGSMITH_API_KEY: KEY, LANGSMITH_ENDPOINT: endpoint, FORCE_COLOR: "0" };
  delete env.WORKBOOK_MODE;
  delete env.GOOGLE_API_KEY;
  return execTs(example, [], { cwd: root, env, timeoutMs: 30_000 });
}

describe("unreachable LangSmith endpoint", () => {
  it.concurrent.each([
    ["connection refused", () => "http://127.0.0.1:9"],
    ["silent server", () => `http://127.0.0.1:${silentPort}`],
  ])("%s: the run finishes with one warning and the answer", { timeout: 40_000 }, async (_case, endpoint) => {
    const result = await run(endpoint());
    expect(result.timedOut).toBe(false);
    // The SDK alone would hold the process ~87 s (refused) or forever (silent): 20 s leaves room for a loaded CI.
    expect(result.ms).toBeLessThan(20_000);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/produção de IA/i);
    expect(result.stderr.match(/não chegaram ao LangSmith/g)?.length).toBe(1);
    expect(result.stdout + result.stderr).not.toContain(KEY);
  });
});
