// Worker thread hosting the warm type checker (typecheck-service.ts): one request at a time, in order.
import { parentPort, workerData } from "node:worker_threads";
import { createTypecheckService } from "./typecheck-service.ts";

const { root } = workerData as { root: string };
const service = createTypecheckService(root);
parentPort!.on("message", ({ id, files }: { id: number; files: string[] }) => {
  try {
    parentPort!.postMessage({ id, diagnostics: service.check(files) });
  } catch (error) {
    parentPort!.postMessage({ id, error: error instanceof Error ? error.message : String(error) });
  }
});
