/**
 * Shared set-up for the capstone tests: an in-process lab with every SDK pointed at it, and a real
 * redis-server on a free 127.0.0.1 port (temp dir, no persistence) that stops itself.
 */
import { spawn } from "node:child_process";
import fs from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { applyEnvironment, readConfig } from "#lib/config";
import { startLab, type Lab } from "#lib/lab/server";
import { freePort, serverBinary } from "#lib/servers";

export async function startLabForTests(): Promise<Lab> {
  const lab = await startLab();
  applyEnvironment(readConfig({ WORKBOOK_MODE: "lab" }), lab.url);
  return lab;
}


export interface RedisProcess {
  url: string;
  stop(): Promise<void>;
}

/** Spawns redis-server (throws with the apt-get command when it is not installed: never skips). */
export async function startRedis(timeoutMs = 5_000): Promise<RedisProcess> {
  const binary = serverBinary("redis");
  const port = await freePort();
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), "capstone-redis-"));
  const child = spawn(binary, ["--port", String(port), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no", "--dir", dir], {
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`redis-server did not start in ${timeoutMs} ms:\n${output}`)), timeoutMs);
    child.stdout.on("data", (chunk: Buffer) => {
      output += chunk.toString();
      if (output.includes("Ready to accept connections")) {
        clearTimeout(timer);
        resolve();
      }
    });
    child.once("exit", (code) => {
      clearTimeout(timer);
      reject(new Error(`redis-server exited with code ${code}:\n${output}`));
    });
  });
  return {
    url: `redis://127.0.0.1:${port}`,
    async stop() {
      if (child.exitCode === null) {
        const exited = new Promise((resolve) => child.once("exit", resolve));
        child.kill("SIGTERM");
        await Promise.race([exited, new Promise((r) => setTimeout(r, 2_000))]);
        if (child.exitCode === null) child.kill("SIGKILL");
      }
      await fs.rm(dir, { recursive: true, force: true });
    },
  };
}

/** Polls `check` until it returns a value (not undefined) or the deadline passes. */
export async function eventually<T>(check: () => Promise<T | undefined>, timeoutMs: number, what: string): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await check();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 25));
  }
}
