// Tree building for the trace viewer (lib/lab/viewer/traces.ts): what the page shows for the runs the lab stored,
// whatever order and shape they arrived in.
import { describe, expect, it } from "vitest";
import { RunStore, type StoredFeedback, type StoredRun } from "../../lib/lab/store.ts";
import { groupTraces, maskedJson, runDetail, summarizeTraces, traceIdOf, traceView } from "../../lib/lab/viewer/traces.ts";

const T0 = Date.parse("2026-11-25T10:00:00.000Z");
const iso = (offsetMs: number) => new Date(T0 + offsetMs).toISOString();
const dotted = (offsetMs: number, id: string) => `${iso(offsetMs).replace(/[-:]/g, "").replace(/\.(\d{3})Z$/, "$1000Z")}${id}`;

/** The three runs of the RAG trace the SDKs send (traceable rag → traceable retriever + wrapOpenAI llm). */
function ragRuns(root = "r00", question = "Onde Harrison trabalhou?") {
  const rootDotted = dotted(0, root);
  return {
    root: { id: root, name: "rag", run_type: "chain", trace_id: root, dotted_order: rootDotted, start_time: iso(0), end_time: iso(400), inputs: { input: question }, outputs: { outputs: "Kensho" } },
    retriever: { id: `${root}-ret`, name: "retriever", run_type: "retriever", trace_id: root, parent_run_id: root, dotted_order: `${rootDotted}.${dotted(5, `${root}-ret`)}`, start_time: iso(5), end_time: iso(15), inputs: { input: question }, outputs: { documents: [{ page_content: "Harrison trabalhou na Kensho." }] } },
    llm: {
      id: `${root}-llm`,
      name: "ChatOpenAI",
      run_type: "llm",
      trace_id: root,
      parent_run_id: root,
      dotted_order: `${rootDotted}.${dotted(20, `${root}-llm`)}`,
      start_time: iso(20),
      end_time: iso(380),
      inputs: { model: "gpt-4o-mini", messages: [{ role: "user", content: question }] },
      outputs: { choices: [{ message: { content: "Kensho" } }], usage_metadata: { input_tokens: 1000, output_tokens: 500, total_tokens: 1500 } },
      extra: { metadata: { ls_model_name: "gpt-4o-mini", usage_metadata: { input_tokens: 1000, output_tokens: 500, total_tokens: 1500 } } },
    },
  };
}

const stored = (...runs: Array<Partial<StoredRun> & { id: string }>): StoredRun[] => {
  const store = new RunStore();
  for (const run of runs) store.merge(run);
  return store.list();
};

describe("grouping runs into traces", () => {
  it("uses trace_id, else the dotted_order root, else the parent chain, else the run itself", () => {
    const runs = stored(
      { id: "a", name: "com-trace-id", run_type: "chain", trace_id: "T1" },
      { id: "b", name: "so-dotted", run_type: "chain", dotted_order: "20261125T100000000000ZT2.20261125T100000001000Zb" },
      { id: "c", name: "pai", run_type: "chain" },
      { id: "d", name: "neto", run_type: "llm", parent_run_id: "e" },
      { id: "e", name: "filho", run_type: "chain", parent_run_id: "c" },
      { id: "f", name: "pai-ausente", run_type: "llm", parent_run_id: "nao-chegou" },
      { id: "g", name: "sozinho", run_type: "tool" },
    );
    const byId = new Map(runs.map((r) => [r.id, r]));
    expect(runs.map((r) => traceIdOf(r, byId))).toEqual(["T1", "T2", "c", "c", "c", "nao-chegou", "g"]);
    expect([...groupTraces(runs).keys()]).toEqual(["T1", "T2", "c", "nao-chegou", "g"]);
  });
});

describe("a trace as tree rows", () => {
  it("out-of-order arrival: children before their parent still nest under it, in start order", () => {
    const { root, retriever, llm } = ragRuns();
    const view = traceView("r00", stored(llm, retriever, root))!;
    expect(view.rows.map((r) => [r.name, r.depth, r.run_type])).toEqual([
      ["rag", 0, "chain"],
      ["retriever", 1, "retriever"],
      ["ChatOpenAI", 1, "llm"],
    ]);
    expect(view.rows.every((r) => !r.orphan)).toBe(true);
    expect(view.summary).toMatchObject({ name: "rag", status: "ok", runs: 3, input_tokens: 1000, output_tokens: 500, total_tokens: 1500, root_missing: false });
    expect(view.summary.cost).toBe("US$ 0,000450");
  });

  it("waterfall: offset from the trace's first start, width from each run's duration", () => {
    const { root, retriever, llm } = ragRuns();
    const view = traceView("r00", stored(root, retriever, llm))!;
    expect(view.span_ms).toBe(400);
    expect(view.start_time).toBe(iso(0));
    expect(view.rows.map((r) => [r.offset_ms, r.duration_ms])).toEqual([
      [0, 400],
      [5, 10],
      [20, 360],
    ]);
  });

  it("patch after post: a run is 'andamento' until its patch brings end_time and outputs", () => {
    const store = new RunStore();
    const { root, llm } = ragRuns();
    store.merge({ ...root, end_time: undefined, outputs: undefined });
    store.merge(llm);
    let view = traceView("r00", store.list())!;
    expect(view.summary.status).toBe("andamento");
    expect(view.summary.duration_ms).toBeUndefined();
    expect(view.rows[0]!.status).toBe("andamento");
    expect(view.span_ms).toBe(380);
    store.merge({ id: "r00", end_time: iso(400), outputs: { outputs: "Kensho" } });
    view = traceView("r00", store.list())!;
    expect(view.summary).toMatchObject({ status: "ok", duration_ms: 400 });
    expect(runDetail("r00", store.list())!.outputs).toContain("Kensho");
  });

  it("patch before post: the run is named once its post arrives, and keeps the patch's end time", () => {
    const store = new RunStore();
    const { root } = ragRuns();
    store.merge({ id: "r00", end_time: iso(400), trace_id: "r00" });
    expect(traceView("r00", store.list())!.rows[0]!.name).toBe("(sem nome)");
    const { end_time: _notYet, ...post } = root;
    store.merge(post);
    const view = traceView("r00", store.list())!;
    expect(view.rows[0]).toMatchObject({ name: "rag", status: "ok", duration_ms: 400 });
  });

  it("missing parents: children are shown (flagged) until the root arrives, then nest under it", () => {
    const store = new RunStore();
    const { root, retriever, llm } = ragRuns();
    store.merge(llm);
    store.merge(retriever);
    let view = traceView("r00", store.list())!;
    expect(view.summary.root_missing).toBe(true);
    expect(view.rows.map((r) => [r.name, r.depth, r.orphan])).toEqual([
      ["retriever", 0, true],
      ["ChatOpenAI", 0, true],
    ]);
    expect(summarizeTraces(store.list())[0]).toMatchObject({ id: "r00", root_missing: true, runs: 2 });
    store.merge(root);
    view = traceView("r00", store.list())!;
    expect(view.summary.root_missing).toBe(false);
    expect(view.rows.map((r) => [r.name, r.depth, r.orphan])).toEqual([
      ["rag", 0, false],
      ["retriever", 1, false],
      ["ChatOpenAI", 1, false],
    ]);
  });

  it("a missing middle run: its children hang from the trace as flagged roots after the real root", () => {
    const { root } = ragRuns();
    const grandchild = { id: "gc", name: "tool-perdida", run_type: "tool", trace_id: "r00", parent_run_id: "meio", start_time: iso(30), end_time: iso(40) };
    const view = traceView("r00", stored(grandchild, root))!;
    expect(view.rows.map((r) => [r.name, r.depth, r.orphan])).toEqual([
      ["rag", 0, false],
      ["tool-perdida", 0, true],
    ]);
    expect(view.rows[1]!.parent_id).toBe("meio");
  });

  it("garbage links and types do not lose runs nor crash: self-parent, cycles, numbers where strings go", () => {
    const runs = stored(
      { id: "x", name: "eu-mesmo", run_type: "chain", trace_id: "G", parent_run_id: "x" },
      { id: "y", name: "ciclo-1", run_type: "chain", trace_id: "G", parent_run_id: "z" },
      { id: "z", name: "ciclo-2", run_type: "chain", trace_id: "G", parent_run_id: "y" },
      { id: "w", name: 42 as unknown as string, run_type: {} as unknown as string, trace_id: "G", dotted_order: 7 as unknown as string, start_time: "ontem", inputs: "texto" as unknown as Record<string, unknown> },
    );
    const view = traceView("G", runs)!;
    expect(view.rows.map((r) => r.id).sort()).toEqual(["w", "x", "y", "z"]);
    expect(view.rows.find((r) => r.id === "w")).toMatchObject({ name: "42", run_type: "[object Object]" });
    expect(runDetail("w", runs)!.input_summary).toBe("texto");
    expect(() => summarizeTraces(runs)).not.toThrow();
  });
});

describe("trace list", () => {
  it("newest first; tokens and cost only from llm runs; feedback summarised; errors counted", () => {
    const older = ragRuns("old");
    const newer = ragRuns("new");
    const shift = (run: Partial<StoredRun> & { id: string }, ms: number) => ({ ...run, start_time: iso(Date.parse(run.start_time!) - T0 + ms), end_time: iso(Date.parse(run.end_time!) - T0 + ms) });
    const failed = { ...shift(newer.retriever, 60_000), error: "Error: índice fora do ar" };
    // A chain whose outputs carry usage (it returned the model's answer) must not be counted twice.
    const chainWithUsage = { ...shift(newer.root, 60_000), outputs: { usage_metadata: { input_tokens: 1000, output_tokens: 500, total_tokens: 1500 } } };
    const runs = stored(older.root, older.retriever, older.llm, chainWithUsage, failed, shift(newer.llm, 60_000));
    const feedback: StoredFeedback[] = [
      { id: "f1", run_id: "new", key: "user_feedback", score: 1, comment: "ótimo", received_at: 1 },
      { id: "f2", run_id: "new-llm", key: "correcao", score: false, received_at: 2 },
      { id: "f3", run_id: "old", key: "nota", score: null, comment: "sem nota", received_at: 3 },
    ];
    const list = summarizeTraces(runs, feedback);
    expect(list.map((t) => t.id)).toEqual(["new", "old"]);
    expect(list[0]).toMatchObject({ status: "ok", errors: 1, total_tokens: 1500, feedback: { count: 2, mean: 0.5 } });
    expect(list[1]).toMatchObject({ errors: 0, feedback: { count: 1 } });
    expect(list[1]!.feedback.mean).toBeUndefined();
    const view = traceView("new", runs, feedback)!;
    expect(view.rows.find((r) => r.id === "new-ret")).toMatchObject({ status: "erro", error: "Error: índice fora do ar" });
    expect(view.rows.find((r) => r.id === "new-llm")!.feedback).toEqual([expect.objectContaining({ key: "correcao", score: false })]);
    expect(runDetail("new", runs, feedback)!.feedback).toEqual([expect.objectContaining({ key: "user_feedback", score: 1, comment: "ótimo" })]);
  });

  it("a trace whose root failed is 'erro'", () => {
    const { root } = ragRuns();
    const [summary] = summarizeTraces(stored({ ...root, outputs: undefined, error: "Error: A pergunta não pode ficar vazia." }));
    expect(summary).toMatchObject({ status: "erro", errors: 1 });
  });
});

describe("run detail", () => {
  it("inputs/outputs as pretty JSON and one-line summaries, model, usage, cost; secrets masked everywhere", () => {
    const key = "sk-proj-abcdefghijklmnopqrstuvwxyz123";
    const { root, llm } = ragRuns();
    const runs = stored(
      { ...root, name: `rag ${key}`, error: `Error: 401 com ${key}` },
      { ...llm, inputs: { model: "gpt-4o-mini", messages: [{ role: "user", content: `minha chave é ${key}` }] }, tags: [key] },
    );
    const detail = runDetail("r00-llm", runs)!;
    expect(detail).toMatchObject({ model: "gpt-4o-mini", usage: { input_tokens: 1000, output_tokens: 500, total_tokens: 1500 }, cost: "US$ 0,000450", trace_id: "r00", parent_id: "r00" });
    expect(detail.input_summary).toContain("minha chave é sk-");
    expect(detail.output_summary).toBe("Kensho");
    expect(detail.inputs).toContain('"role": "user"');
    const everything = JSON.stringify([detail, runDetail("r00", runs), traceView("r00", runs), summarizeTraces(runs)]);
    expect(everything).not.toContain(key);
    expect(everything).toContain("sk-…123");
  });

  it("huge values are cut with a note; unknown ids are undefined", () => {
    const json = maskedJson({ texto: "x".repeat(100_000) }, 1_000);
    expect(json.length).toBeLessThan(1_100);
    expect(json).toContain("caracteres não mostrados");
    expect(runDetail("nada", [])).toBeUndefined();
    expect(traceView("nada", [])).toBeUndefined();
  });
});

describe("scale", () => {
  it("1,000 runs in one trace: rows built in well under the page's 1 s budget", () => {
    const runs: Array<Partial<StoredRun> & { id: string }> = [{ id: "big", name: "lote", run_type: "chain", trace_id: "big", start_time: iso(0), end_time: iso(5_000) }];
    for (let i = 1; i < 1000; i++) {
      const parent = i % 10 === 1 ? "big" : `n${i - (i % 10) + 1}`;
      runs.push({ id: `n${i}`, name: i % 10 === 1 ? `etapa-${i}` : "ChatOpenAI", run_type: i % 10 === 1 ? "chain" : "llm", trace_id: "big", parent_run_id: parent, start_time: iso(i * 4), end_time: iso(i * 4 + 3), extra: { metadata: { ls_model_name: "gpt-4o-mini", usage_metadata: { input_tokens: 10, output_tokens: 5 } } } });
    }
    const all = stored(...runs);
    const started = performance.now();
    const view = traceView("big", all)!;
    const list = summarizeTraces(all);
    const ms = performance.now() - started;
    expect(view.rows).toHaveLength(1000);
    expect(view.rows.filter((r) => r.depth === 2)).toHaveLength(899);
    expect(list[0]).toMatchObject({ runs: 1000, total_tokens: 899 * 15 });
    expect(ms).toBeLessThan(1000);
  });
});
