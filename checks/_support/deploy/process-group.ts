/**
 * bash (or any program) in a process group of its own, for the deploy simulations: at the bound, and when it ends,
 * the whole group is killed (subshells and background jobs a step left behind), never this process. The last 2 KB
 * of stderr are kept for the messages.
 */
import { spawn } from "node:child_process";

export interface GroupRun {
  code: number | null;
  timedOut: boolean;
  stderr: string;
}

export function runGroup(argv: string[], env: NodeJS.ProcessEnv, cwd: string, boundMs: number): Promise<GroupRun> {
  return new Promise((resolve) => {
    const child = spawn(argv[0]!, argv.slice(1), { env, cwd, stdio: ["ignore", "ignore", "pipe"], detached: true });
    let stderr = "";
    let timedOut = false;
    child.stderr!.setEncoding("utf8");
    child.stderr!.on("data", (d: string) => (stderr = (stderr + d).slice(-2048)));
    const killGroup = () => {
      try {
        process.kill(-child.pid!, "SIGKILL");
      } catch {
        // already gone
      }
    };
    const timer = setTimeout(() => {
      timedOut = true;
      killGroup();
    }, boundMs);
    child.on("error", () => {
      clearTimeout(timer);
      resolve({ code: 127, timedOut: false, stderr });
    });
    child.on("close", (code) => {
      clearTimeout(timer);
      killGroup(); // background jobs the step left behind
      resolve({ code, timedOut, stderr });
    });
  });
}
