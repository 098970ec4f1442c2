/** Starts bench/lib/lab-process.ts as a child process and returns its control client (see that file for why). */
import { spawn } from "node:child_process";
import path from "node:path";
import { createInterface } from "node:readline";
import { fileURLToPath } from "node:url";
import { labClient } from "../../lib/lab/client.ts";
import type { LabControl } from "../../lib/lab/types.ts";

export async function startRemoteLab(): Promise<LabControl & { close(): Promise<void> }> {
  const file = path.join(path.dirname(fileURLToPath(import.meta.url)), "lab-process.ts");
  const child = spawn(process.execPath, ["--import", "tsx", file], { stdio: ["pipe", "pipe", "inherit"] });
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error("the lab process did not start within 20 s")), 20_000);
    createInterface({ input: child.stdout! }).once("line", (line) => {
      clearTimeout(timer);
      resolve(line.trim());
    });
    child.once("exit", (code) => reject(new Error(`the lab process exited early (code ${code})`)));
  });
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  return {
    ...labClient(url),
    url,
    async close() {
      child.stdin!.end();
      await Promise.race([exited, new Promise((r) => setTimeout(r, 5_000))]);
      child.kill();
    },
  };
}
