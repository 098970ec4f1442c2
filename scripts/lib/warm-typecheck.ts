/**
 * The watch mode's type checker: a warm LanguageService (typecheck-service.ts) in a worker thread, started on
 * the first check (so it never competes with the first run of the checks), fast on the next ones.
 * The worker is started through ts-worker.mjs, which registers tsx inside it (Node 20 workers do not inherit it).
 */
import { Worker } from "node:worker_threads";
import type { TypeDiagnostic } from "../../lib/typecheck.ts";

export class WarmTypecheck {
  private worker: Worker | undefined;
  private nextId = 1;
  private pending = new Map<number, { resolve: (d: TypeDiagnostic[]) => void; reject: (e: Error) => void }>();

  constructor(private readonly root: string) {}

  private start(): Worker {
    if (this.worker) return this.worker;
    const worker = new Worker(new URL("./ts-worker.mjs", import.meta.url), {
      workerData: { entry: new URL("./typecheck-service-worker.ts", import.meta.url).href, root: this.root },
    });
    worker.on("message", (message: { id: number; diagnostics?: TypeDiagnostic[]; error?: string }) => {
      const waiting = this.pending.get(message.id);
      this.pending.delete(message.id);
      if (this.pending.size === 0) worker.unref();
      if (!waiting) return;
      if (message.error !== undefined) waiting.reject(new Error(message.error));
      else waiting.resolve(message.diagnostics ?? []);
    });
    const failAll = (error: Error) => {
      if (this.worker === worker) this.worker = undefined; // the next check starts a new one
      for (const [id, waiting] of this.pending) {
        this.pending.delete(id);
        waiting.reject(error);
      }
    };
    worker.on("error", failAll);
    worker.on("exit", () => failAll(new Error("o verificador de tipos parou")));
    this.worker = worker;
    return worker;
  }

  check(files: string[]): Promise<TypeDiagnostic[]> {
    const worker = this.start();
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve, reject });
      // Keeps the process alive only while a check is pending.
      worker.ref();
      worker.postMessage({ id, files });
    });
  }

  async close(): Promise<void> {
    const worker = this.worker;
    this.worker = undefined;
    if (worker) await worker.terminate();
  }
}
