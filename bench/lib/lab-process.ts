/**
 * The lab in a process of its own, for benchmarks: a real provider and LangSmith are remote, so their work
 * (parsing trace batches, counting tokens, storing runs) must not run on the event loop being measured.
 * Prints the lab URL on its first stdout line; stops when its stdin closes (the parent exited or ended it).
 */
import { startLab } from "../../lib/lab/server.ts";

const lab = await startLab();
process.stdout.write(`${lab.url}\n`);
process.stdin.resume();
process.stdin.on("end", () => void lab.close().then(() => process.exit(0)));
