import { Worker } from "node:worker_threads";
import type { TypeDiagnostic } from "../../lib/typecheck.ts";

/** Type-checks files in a worker thread. */
export function typecheckInWorker(files: string[], root: string): Promise<TypeDiagnostic[]> {
  return new Promise((resolve, reject) => {
    // ts-worker.mjs registers tsx inside the worker: Node 20 workers do not inherit `--import tsx`.
    const worker = new Worker(new URL("./ts-worker.mjs", import.meta.url), {
      workerData: { entry: new URL("./typecheck-worker.ts", import.meta.url).href, files, root },
    });
    worker.once("message", (diagnostics: TypeDiagnostic[]) => {
      resolve(diagnostics);
      void worker.terminate();
    });
    worker.once("error", reject);
  });
}
