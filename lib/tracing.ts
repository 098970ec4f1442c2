/**
 * Tracing helpers. LangSmith sends runs in the background, in batches: a script that ends without
 * waiting loses them, and an unreachable endpoint can hold the process for minutes at exit
 * (docs/protocols.md §4.6–4.7). `flushTraces()` waits for delivery, but never longer than a deadline.
 */
import { awaitAllCallbacks, consumeCallback } from "@langchain/core/callbacks/promises";
import { LangChainTracer } from "@langchain/core/tracers/tracer_langchain";
import { RunTree, type Client } from "langsmith";

let unreachable = false;

export interface FlushOptions {
  /** Longest wait for LangSmith to accept the pending runs (default 5 s). */
  timeoutMs?: number;
}

/** The LangSmith client @langchain/core's callbacks send runs through (a process-wide singleton). */
export function langChainClient(): Client {
  return new LangChainTracer().client as Client;
}

/**
 * Waits until every pending trace (from `traceable`, `wrapOpenAI` and LangChain callbacks) reached
 * LangSmith. Returns false, with one warning in pt-BR, if the endpoint did not answer in time.
 */
export async function flushTraces({ timeoutMs = 5_000 }: FlushOptions = {}): Promise<boolean> {
  if (process.env.LANGSMITH_TRACING !== "true") return true;
  // Once the endpoint missed a deadline, later flushes in the same process only wait briefly.
  if (unreachable) timeoutMs = Math.min(timeoutMs, 500);
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<false>((resolve) => {
    timer = setTimeout(() => resolve(false), timeoutMs);
    timer.unref();
  });
  const delivered = (async () => {
    // Send what is queued now instead of waiting for the SDKs' batching timer (~250 ms per flush). Two clients
    // hold runs: langsmith's shared one (traceable, wrapOpenAI) and @langchain/core's (LangChain callbacks).
    // First let the callback queue (concurrency 1, FIFO) reach this point, so every finished run is enqueued;
    // the 1 ms pause lets `traceable` enqueue the end of runs that just finished (as awaitPendingTraceBatches does).
    await new Promise<void>((resolve) => void consumeCallback(async () => resolve(), false));
    await new Promise((resolve) => setTimeout(resolve, 1));
    const clients = [RunTree.getSharedClient(), langChainClient()];
    await Promise.all(clients.map((client) => client.flush()));
    await awaitAllCallbacks();
    await Promise.all(clients.map((client) => client.awaitPendingTraceBatches()));
    return true as const;
  })();
  const ok = await Promise.race([delivered, deadline]);
  clearTimeout(timer);
  if (!ok && !unreachable) {
    unreachable = true;
    console.warn(
      `⚠️  Os traces não chegaram ao LangSmith em ${timeoutMs / 1000} s (LANGSMITH_ENDPOINT=${process.env.LANGSMITH_ENDPOINT ?? "padrão"}). ` +
        "Confira a rede e a LANGSMITH_API_KEY; a execução continua sem eles.",
    );
  }
  return ok;
}
