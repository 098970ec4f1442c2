/** Synthetic traces for the viewer's browser test and bench/viewer.ts, shaped as the SDKs send them to /runs/batch. */

export interface BatchRun {
  id: string;
  name: string;
  run_type: string;
  trace_id: string;
  parent_run_id?: string;
  dotted_order: string;
  start_time: string;
  end_time: string;
  inputs?: Record<string, unknown>;
  outputs?: Record<string, unknown>;
  error?: string;
  extra?: Record<string, unknown>;
}

const segment = (at: number, id: string) => `${new Date(at).toISOString().replace(/[-:]/g, "").replace(/\.(\d{3})Z$/, "$1000Z")}${id}`;

/**
 * One trace of `size` runs: a root chain, a chain step every 10 runs, and llm calls (gpt-4o-mini, 20 → 10 tokens)
 * under each step, 8 ms apart. `errorAt` puts an error (with `secret` in it) on one run.
 */
export function bigTrace(id: string, size: number, { start = Date.now() - 10_000, errorAt, secret }: { start?: number; errorAt?: number; secret?: string } = {}): BatchRun[] {
  const at = (ms: number) => new Date(start + ms).toISOString();
  const rootDotted = segment(start, id);
  const runs: BatchRun[] = [
    { id, name: "lote_grande", run_type: "chain", trace_id: id, dotted_order: rootDotted, start_time: at(0), end_time: at(size * 8 + 50), inputs: secret ? { chave: secret } : { itens: size - 1 } },
  ];
  const dottedOf = new Map([[id, rootDotted]]);
  for (let i = 1; i < size; i++) {
    const step = i % 10 === 1;
    const runId = `${id}-${String(i).padStart(4, "0")}`;
    const parent = step ? id : `${id}-${String(i - ((i - 1) % 10)).padStart(4, "0")}`;
    const dotted = `${dottedOf.get(parent)}.${segment(start + i * 8, runId)}`;
    dottedOf.set(runId, dotted);
    runs.push({
      id: runId,
      name: step ? `etapa_${i}` : "ChatOpenAI",
      run_type: step ? "chain" : "llm",
      trace_id: id,
      parent_run_id: parent,
      dotted_order: dotted,
      start_time: at(i * 8),
      end_time: at(i * 8 + (step ? 70 : 6)),
      ...(step ? {} : { inputs: { model: "gpt-4o-mini", messages: [{ role: "user", content: `Pergunta número ${i}` }] }, outputs: { choices: [{ message: { content: `Resposta ${i}` } }] } }),
      ...(i === errorAt ? { error: `Error: 401 chave ${secret ?? "inválida"} recusada` } : {}),
      extra: step ? {} : { metadata: { ls_model_name: "gpt-4o-mini", usage_metadata: { input_tokens: 20, output_tokens: 10, total_tokens: 30 } } },
    });
  }
  return runs;
}

/** Posts runs to the lab's batch endpoint; returns the HTTP status. */
export async function postBatch(labUrl: string, runs: unknown[]): Promise<number> {
  const response = await fetch(`${labUrl}/runs/batch`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ post: runs }) });
  await response.arrayBuffer();
  return response.status;
}
