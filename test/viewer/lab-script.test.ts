// `npm run lab` as a student runs it: foreground process, viewer URL printed and written to the port file,
// Ctrl-C (SIGINT) stops it cleanly, traces survive a restart, a busy port falls back to a free one.
import { spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, describe, expect, it } from "vitest";
import type { TraceSummary } from "../../lib/lab/viewer/traces.ts";
import { runningLabUrl } from "../../lib/session.ts";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "lab-script-"));
const traceFile = path.join(tmp, "traces.jsonl");
const urlFile = path.join(tmp, "url");
const children = new Set<ChildProcess>();

afterAll(() => {
  for (const child of children) child.kill("SIGKILL");
  fs.rmSync(tmp, { recursive: true, force: true });
});

/** Starts `scripts/lab.ts` and resolves once it printed its whole banner (the viewer's URL included). */
function startScript(args: string[]): Promise<{ child: ChildProcess; url: string; output: () => string; exit: Promise<number | null> }> {
  const child = spawn(process.execPath, ["--import", "tsx", path.join(ROOT, "scripts", "lab.ts"), ...args], {
    cwd: ROOT,
    env: { ...process.env, LAB_TRACE_FILE: traceFile, LAB_PORT: "", LAB_URL: "", NO_COLOR: "1" },
    stdio: ["ignore", "pipe", "pipe"],
  });
  children.add(child);
  let output = "";
  child.stdout!.setEncoding("utf8");
  child.stdout!.on("data", (chunk: string) => (output += chunk));
  child.stderr!.setEncoding("utf8");
  child.stderr!.on("data", (chunk: string) => (output += chunk));
  const exit = new Promise<number | null>((resolve) => child.on("exit", (code) => (children.delete(child), resolve(code))));
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`npm run lab não mostrou a URL em 15 s:\n${output}`)), 15_000);
    const check = () => {
      const url = /Visualizador de traces: (http:\/\/127\.0\.0\.1:\d+)\//.exec(output)?.[1];
      if (url && output.includes("Ctrl-C para parar")) {
        clearTimeout(timer);
        child.stdout!.off("data", check);
        resolve({ child, url, output: () => output, exit });
      }
    };
    child.stdout!.on("data", check);
    void exit.then((code) => reject(new Error(`npm run lab saiu com ${code}:\n${output}`)));
  });
}

describe("npm run lab", { timeout: 40_000 }, () => {
  it("serves the viewer, writes the URL file, stops on Ctrl-C; traces survive a restart; a busy port falls back", async () => {
    const first = await startScript(["--porta", "0"]);
    expect(fs.readFileSync(urlFile, "utf8").trim()).toBe(first.url);
    expect(first.output()).toContain("usam ele");
    // What npm run ex:N does before starting a lab of its own: finds this one through the URL file.
    expect(await runningLabUrl(urlFile)).toBe(first.url);
    const page = await fetch(`${first.url}/`);
    expect(page.status).toBe(200);
    expect(await page.text()).toContain("Traces do laboratório");
    const run = { id: "persistido", name: "sobrevive", run_type: "chain", trace_id: "persistido", start_time: new Date().toISOString() };
    expect((await fetch(`${first.url}/runs`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(run) })).status).toBe(202);

    first.child.kill("SIGINT");
    expect(await first.exit).toBe(0);
    expect(first.output()).toContain("Laboratório parado");
    expect(fs.existsSync(urlFile)).toBe(false);
    expect(await runningLabUrl(urlFile)).toBeUndefined();
    // A stale file (the lab was killed, the file stayed) is ignored: nothing answers there.
    fs.writeFileSync(urlFile, `${first.url}\n`);
    expect(await runningLabUrl(urlFile)).toBeUndefined();
    fs.rmSync(urlFile);

    // The port the first lab had is taken now: the second one falls back to a free port and says so.
    const blocker = net.createServer();
    await new Promise<void>((resolve) => blocker.listen(Number(new URL(first.url).port), "127.0.0.1", resolve));
    try {
      const second = await startScript(["--porta", new URL(first.url).port]);
      expect(second.output()).toContain("está ocupada");
      expect(second.url).not.toBe(first.url);
      expect(second.output()).toMatch(/1 trace guardado/);
      const { traces } = (await (await fetch(`${second.url}/viewer/api/traces`)).json()) as { traces: TraceSummary[] };
      expect(traces.map((t) => t.name)).toEqual(["sobrevive"]);
      second.child.kill("SIGTERM");
      expect(await second.exit).toBe(0);
    } finally {
      blocker.close();
    }
  });

  it("a bad port is a clear pt-BR error, not a crash", async () => {
    await expect(startScript(["--porta", "noventa"])).rejects.toThrow(/LAB_PORT precisa ser um número de porta/);
  });
});
