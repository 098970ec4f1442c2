// Runs lib/typecheck.ts off the main thread so `npm run ex:N` type-checks while the checks run.
import { parentPort, workerData } from "node:worker_threads";
import { typecheckFiles } from "../../lib/typecheck.ts";

const { files, root } = workerData as { files: string[]; root: string };
parentPort!.postMessage(typecheckFiles(files, root));
