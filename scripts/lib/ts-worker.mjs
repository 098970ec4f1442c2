// Bootstrap for worker threads written in TypeScript: `new Worker(new URL("./ts-worker.mjs", import.meta.url),
// { workerData: { entry: new URL("./x.ts", import.meta.url).href, ... } })`.
// On Node 20 a worker does NOT inherit the `--import tsx` loader of its parent (a .ts entry fails with
// ERR_UNKNOWN_FILE_EXTENSION), so this plain-JS entry registers tsx in the worker, then imports the real one.
import { workerData } from "node:worker_threads";
import { register } from "tsx/esm/api";

register();
await import(workerData.entry);
