import { Worker } from "node:worker_threads";
import type { TypeDiagnostic } from "../../lib/typecheck.ts";

/** Type-checks files in a worker thread (tsx's loader is inherited through execArgv). */
export function typecheckInWorker(files: string[], root: string): Promise<TypeDiagnostic[]> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL("./typecheck-worker.ts", import.meta.url), { workerData: { files, root } });
    worker.once("message", (diagnostics: TypeDiagnostic[]) => {
      resolve(diagnostics);
      void worker.terminate();
    });
    worker.once("error", reject);
  });
}
