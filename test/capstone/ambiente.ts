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

export interface RedisOptions {
  timeoutMs?: number;
  /** Append-only file on, fsync on every write (what the capstone README requires in production). */
  aof?: boolean;
  /** Reuse a port and data dir (to restart the same Redis after killing it). */
  port?: number;
  dir?: string;
}

export interface KillableRedis extends RedisProcess {
  port: number;
  dir: string;
  /** SIGKILL, no shutdown save: what a crash or an OOM kill does. Keeps the data dir. */
  kill(): Promise<void>;
}

/** Spawns redis-server (throws with the apt-get command when it is not installed: never skips). */
export async function startRedis(opts: number | RedisOptions = {}): Promise<KillableRedis> {
  const { timeoutMs = 5_000, aof = false, port: fixedPort, dir: fixedDir } = typeof opts === "number" ? { timeoutMs: opts } : opts;
  const binary = serverBinary("redis");
  const port = fixedPort ?? (await freePort());
  const dir = fixedDir ?? (await fs.mkdtemp(path.join(os.tmpdir(), "capstone-redis-")));
  const persistence = aof ? ["--appendonly", "yes", "--appendfsync", "always"] : ["--appendonly", "no"];
  const child = spawn(binary, ["--port", String(port), "--bind", "127.0.0.1", "--save", "", ...persistence, "--dir", dir], {
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`redis-server did not start in ${timeoutMs} ms:\n${output}`)), timeoutMs);
    child.stdout.setEncoding("utf8");
    child.stdout.on("data", (chunk: string) => {
      output += chunk;
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
  const exited = new Promise((resolve) => child.once("exit", resolve));
  return {
    url: `redis://127.0.0.1:${port}`,
    port,
    dir,
    async kill() {
      if (child.exitCode === null && child.signalCode === null) {
        child.kill("SIGKILL");
        await exited;
      }
    },
    async stop() {
      if (child.exitCode === null && child.signalCode === null) {
        child.kill("SIGTERM");
        await Promise.race([exited, new Promise((r) => setTimeout(r, 2_000))]);
        if (child.exitCode === null && child.signalCode === null) child.kill("SIGKILL");
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
