// The LangSmith read side of the lab, through the real langsmith Client (docs/protocols.md §8–§10): runs
// traced by real LangChain/traceable calls read back with listRuns/readRun, feedback, projects, datasets,
// examples, evaluate() end to end offline, and run URLs that open the lab's viewer.
import { ChatPromptTemplate } from "@langchain/core/prompts";
import { RunnableSequence } from "@langchain/core/runnables";
import { StringOutputParser } from "@langchain/core/output_parsers";
import { LangChainTracer } from "@langchain/core/tracers/tracer_langchain";
import { ChatOpenAI } from "@langchain/openai";
import { Client, type Run } from "langsmith";
import { evaluate } from "langsmith/evaluation";
import { traceable } from "langsmith/traceable";
import { describe, expect, it } from "vitest";
import { projectId } from "../../lib/lab/langsmith-data.ts";
import { matches, parseFilter, type FilterSubject } from "../../lib/lab/run-filter.ts";
import { flushTraces } from "../../lib/tracing.ts";
import { startTestLab } from "../_support/lab.ts";

const lab = await startTestLab();

const client = () => new Client({ apiUrl: lab.url, apiKey: "lab" });
const chat = () => new ChatOpenAI({ model: "gpt-4o-mini", maxRetries: 0, configuration: { baseURL: `${lab.url}/v1` }, apiKey: "lab" });

async function all<T>(iterable: AsyncIterable<T>): Promise<T[]> {
  const items: T[] = [];
  for await (const item of iterable) items.push(item);
  return items;
}

/** A LangChain chain (prompt → ChatOpenAI → parser) traced into `project` (default: "default"), with tags and metadata. */
async function tracedChain(question: string, project?: string, extra: { tags?: string[]; metadata?: Record<string, unknown> } = {}) {
  const chain = RunnableSequence.from([ChatPromptTemplate.fromMessages([["human", "{pergunta}"]]), chat(), new StringOutputParser()]);
  const callbacks = project ? [new LangChainTracer({ projectName: project })] : undefined;
  return chain.invoke({ pergunta: question }, { runName: "rag", tags: extra.tags, metadata: extra.metadata, callbacks });
}

describe("listRuns and readRun", () => {
  it("honour projectName, runType, isRoot, traceId and filter expressions", async () => {
    await tracedChain("Escreva uma frase sobre filas", "projeto-a", { tags: ["beta"], metadata: { usuario: "ana" } });
    await tracedChain("Escreva uma frase sobre cache", "projeto-b", { metadata: { usuario: "bia" } });
    const tool = traceable(async (x: string) => x.toUpperCase(), { name: "ferramenta", run_type: "tool", project_name: "projeto-b" });
    await tool("oi");
    await flushTraces();
    const ls = client();

    const a = await all(ls.listRuns({ projectName: "projeto-a" }));
    expect(a.map((r) => r.name).sort()).toEqual(["ChatOpenAI", "ChatPromptTemplate", "StrOutputParser", "rag"]);
    const b = await all(ls.listRuns({ projectName: "projeto-b" }));
    expect(b.map((r) => r.name).sort()).toEqual(["ChatOpenAI", "ChatPromptTemplate", "StrOutputParser", "ferramenta", "rag"]);
    expect(new Set(a.map((r) => r.session_id))).toEqual(new Set([(await ls.readProject({ projectName: "projeto-a" })).id]));

    const llms = await all(ls.listRuns({ projectName: "projeto-a", runType: "llm" }));
    expect(llms.map((r) => r.name)).toEqual(["ChatOpenAI"]);
    expect(llms[0]!.total_tokens).toBeGreaterThan(0);

    const roots = await all(ls.listRuns({ projectName: ["projeto-a", "projeto-b"], isRoot: true }));
    expect(roots.map((r) => r.name).sort()).toEqual(["ferramenta", "rag", "rag"]);
    const rootA = roots.find((r) => r.session_id === projectId("projeto-a"))!;
    // A chain's total_tokens sums its llm runs, as LangSmith reports it.
    expect(rootA.total_tokens).toBe(llms[0]!.total_tokens);

    const trace = await all(ls.listRuns({ traceId: rootA.trace_id }));
    expect(trace.map((r) => r.id).sort()).toEqual(a.map((r) => r.id).sort());
    expect(trace.every((r) => r.trace_id === rootA.id)).toBe(true);

    const bigLlm = await all(ls.listRuns({ filter: 'and(eq(run_type, "llm"), gt(total_tokens, 10))' }));
    expect(bigLlm.map((r) => r.name)).toEqual(["ChatOpenAI", "ChatOpenAI"]);
    expect(await all(ls.listRuns({ filter: 'and(eq(run_type, "llm"), gt(total_tokens, 100000))' }))).toEqual([]);
    const tagged = await all(ls.listRuns({ filter: 'has(tags, "beta")', isRoot: true }));
    expect(tagged.map((r) => r.id)).toEqual([rootA.id]);
    const ana = await all(ls.listRuns({ filter: 'and(eq(metadata_key, "usuario"), eq(metadata_value, "ana"))', isRoot: true }));
    expect(ana.map((r) => r.id)).toEqual([rootA.id]);
    // Key and value of one metadata entry: "usuario" is never "beta".
    expect(await all(ls.listRuns({ filter: 'and(eq(metadata_key, "usuario"), eq(metadata_value, "beta"))' }))).toEqual([]);
    const tools = await all(ls.listRuns({ filter: 'or(eq(run_type, "tool"), eq(name, "nada"))' }));
    expect(tools.map((r) => r.name)).toEqual(["ferramenta"]);
    const withoutError = await all(ls.listRuns({ projectName: "projeto-b", filter: "eq(error, null)", isRoot: true }));
    expect(withoutError).toHaveLength(2);
    const found = await all(ls.listRuns({ filter: 'search("cache")', isRoot: true }));
    expect(found.map((r) => r.session_id)).toEqual([projectId("projeto-b")]);
    const recent = await all(ls.listRuns({ filter: `gte(start_time, "${rootA.start_time}")`, runType: "tool" }));
    expect(recent.map((r) => r.name)).toEqual(["ferramenta"]);
    // LLM runs whose trace root was tagged "beta" (trace_filter applies to the root).
    const inBeta = await all(ls.listRuns({ runType: "llm", traceFilter: 'has(tags, "beta")' }));
    expect(inBeta.map((r) => r.trace_id)).toEqual([rootA.id]);

    const read = await ls.readRun(rootA.id);
    expect(read).toMatchObject({ id: rootA.id, name: "rag", run_type: "chain", status: "success", session_id: projectId("projeto-a") });
    expect(read.outputs).toBeTruthy();
    const tree = await ls.readRun(rootA.id, { loadChildRuns: true });
    expect(tree.child_runs?.map((r: Run) => r.name)).toEqual(["ChatPromptTemplate", "ChatOpenAI", "StrOutputParser"]);
  });

  it("limit and pagination: every run once, limit respected", async () => {
    const step = traceable(async (i: number) => i, { name: "passo" });
    for (let i = 0; i < 130; i++) await step(i);
    await flushTraces();
    const ls = client();
    const runs = await all(ls.listRuns({ projectName: "default" }));
    expect(runs).toHaveLength(130);
    expect(new Set(runs.map((r) => r.id)).size).toBe(130);
    expect(await all(ls.listRuns({ projectName: "default", limit: 7 }))).toHaveLength(7);
    // A new run (or feedback) after a listing shows up in the next one.
    await step(130);
    await flushTraces();
    expect(await all(ls.listRuns({ projectName: "default" }))).toHaveLength(131);
    await ls.createFeedback({ runId: runs[0]!.id, sessionId: runs[0]!.session_id!, key: "nota", score: 1 });
    expect(await all(ls.listRuns({ filter: 'eq(feedback_key, "nota")' }))).toHaveLength(1);
  });

  it("a bad filter is a 400 naming the problem; an unknown run a 404", async () => {
    const ls = client();
    await expect(all(ls.listRuns({ filter: "eq(nome, 'x')" }))).rejects.toThrow(/400.*unknown filter field nome/s);
    await expect(all(ls.listRuns({ filter: 'and(eq(name, "x")' }))).rejects.toThrow(/400/);
    await expect(ls.readRun("0193a0b0-0000-7000-8000-0000000000ff")).rejects.toThrow(/404/);
  });

  it("reads need the required LangSmith key, like writes", async () => {
    await lab.requireKeys({ langsmith: "chave-certa" });
    const wrong = new Client({ apiUrl: lab.url, apiKey: "chave-errada", callerOptions: { maxRetries: 0 } });
    await expect(wrong.readProject({ projectName: "default" })).rejects.toThrow(/401|403/);
    const right = new Client({ apiUrl: lab.url, apiKey: "chave-certa" });
    expect((await right.readProject({ projectName: "default" })).id).toBe(projectId("default"));
    expect((await lab.authFailures()).map((f) => f.path)).toEqual(["/sessions"]);
  });
});

describe("client.runs.query / retrieve (the v2 calls the deprecation warnings point to)", () => {
  it("filters by project, run type and filter expression; returns only the selected fields", async () => {
    await tracedChain("Escreva uma frase sobre filas", "projeto-v2");
    await tracedChain("Escreva uma frase sobre cache", "outro-v2");
    await flushTraces();
    const ls = client();
    const project = projectId("projeto-v2");
    const items = [];
    for await (const run of ls.runs.query({ project_ids: [project], selects: ["NAME", "RUN_TYPE", "TOTAL_TOKENS", "STATUS", "PROJECT_ID"] })) items.push(run);
    expect(items.map((r) => r.name).sort()).toEqual(["ChatOpenAI", "ChatPromptTemplate", "StrOutputParser", "rag"]);
    expect(items.find((r) => r.name === "rag")).toMatchObject({ run_type: "CHAIN", status: "SUCCESS", project_id: project });
    expect(items.every((r) => !("inputs" in r))).toBe(true);
    const llm = [];
    for await (const run of ls.runs.query({ project_ids: [project], run_type: "LLM", filter: "gt(total_tokens, 10)", selects: ["NAME"] })) llm.push(run);
    expect(llm.map((r) => r.name)).toEqual(["ChatOpenAI"]);
    const one = await ls.runs.retrieve(llm[0]!.id!, { project_id: project, selects: ["NAME", "INPUTS", "IS_ROOT"] });
    expect(one).toMatchObject({ id: llm[0]!.id, name: "ChatOpenAI", is_root: false });
    expect(one.inputs).toBeTruthy();
  });
});

describe("feedback", () => {
  it("listFeedback returns what createFeedback sent, filtered by run and key", async () => {
    const step = traceable(async () => "ok", { name: "atendimento" });
    await step();
    await step();
    await flushTraces();
    const ls = client();
    const [first, second] = await all(ls.listRuns({ projectName: "default", isRoot: true }));
    const sessionId = (await ls.readProject({ projectName: "default" })).id;
    await ls.createFeedback({ runId: first!.id, sessionId, key: "user_feedback", score: 1, comment: "bom" });
    await ls.createFeedback({ runId: second!.id, sessionId, key: "user_feedback", score: 0 });
    await ls.createFeedback({ runId: second!.id, sessionId, key: "correcao", score: 0.5 });
    const forFirst = await all(ls.listFeedback({ runIds: [first!.id] }));
    expect(forFirst).toMatchObject([{ run_id: first!.id, key: "user_feedback", score: 1, comment: "bom", session_id: sessionId }]);
    expect((await all(ls.listFeedback({ feedbackKeys: ["correcao"] }))).map((f) => f.run_id)).toEqual([second!.id]);
    expect(await all(ls.listFeedback())).toHaveLength(3);
    // Feedback shows in the runs' feedback_stats and in filters.
    const [withStats] = await all(ls.listRuns({ id: [second!.id] }));
    expect(withStats!.feedback_stats).toMatchObject({ user_feedback: { n: 1, avg: 0 }, correcao: { n: 1, avg: 0.5 } });
    const liked = await all(ls.listRuns({ filter: 'and(eq(feedback_key, "user_feedback"), eq(feedback_score, 1))' }));
    expect(liked.map((r) => r.id)).toEqual([first!.id]);
  });
});

describe("projects (/sessions)", () => {
  it("createProject/readProject/listProjects: one stable, distinct id per name; duplicates conflict", async () => {
    const ls = client();
    const created = await ls.createProject({ projectName: "experimentos", description: "testes" });
    expect(created).toMatchObject({ name: "experimentos", description: "testes", id: projectId("experimentos") });
    expect(await ls.readProject({ projectName: "experimentos" })).toMatchObject({ id: created.id, description: "testes" });
    expect(await ls.readProject({ projectId: created.id })).toMatchObject({ name: "experimentos" });
    expect((await ls.readProject({ projectName: "outro" })).id).not.toBe(created.id);
    await expect(ls.createProject({ projectName: "experimentos" })).rejects.toThrow(/409|already exists/);
    expect((await ls.createProject({ projectName: "experimentos", upsert: true })).id).toBe(created.id);
    const names = (await all(ls.listProjects())).map((p) => p.name);
    expect(names).toContain("experimentos");
    expect(names).toContain("default");
    expect((await all(ls.listProjects({ nameContains: "experi" }))).map((p) => p.name)).toEqual(["experimentos"]);
  });
});

describe("datasets, examples and evaluate()", () => {
  it("createDataset + createExamples + listExamples", async () => {
    const ls = client();
    const dataset = await ls.createDataset("perguntas", { description: "RAG" });
    const examples = await ls.createExamples({
      datasetId: dataset.id,
      inputs: [{ pergunta: "Onde Harrison trabalhou?" }, { pergunta: "O que é cache?" }],
      outputs: [{ resposta: "Kensho" }, { resposta: "memória" }],
      metadata: [{ nivel: 1 }, { nivel: 2 }],
    });
    expect(examples.map((e) => e.inputs)).toEqual([{ pergunta: "Onde Harrison trabalhou?" }, { pergunta: "O que é cache?" }]);
    const listed = await all(ls.listExamples({ datasetName: "perguntas" }));
    expect(listed.map((e) => e.outputs).sort((x, y) => String(x?.resposta).localeCompare(String(y?.resposta)))).toEqual([{ resposta: "Kensho" }, { resposta: "memória" }]);
    expect(await ls.readDataset({ datasetName: "perguntas" })).toMatchObject({ id: dataset.id, example_count: 2 });
    expect((await all(ls.listDatasets())).map((d) => d.name)).toEqual(["perguntas"]);
    expect(await all(ls.listExamples({ datasetId: dataset.id, metadata: { nivel: 2 } }))).toHaveLength(1);
    await expect(ls.createDataset("perguntas")).rejects.toThrow(/409|already exists/);
  });

  it("lab.reset() forgets datasets, examples and created projects with the runs", async () => {
    const ls = client();
    await ls.createDataset("temporario");
    await ls.createProject({ projectName: "temporario" });
    await lab.reset();
    expect(await all(ls.listDatasets())).toEqual([]);
    expect((await all(ls.listProjects())).map((p) => p.name)).toEqual(["default"]);
  });

  it("evaluate(target, { data, evaluators }) runs offline: experiment project, runs per example, feedback", async () => {
    const ls = client();
    const dataset = await ls.createDataset("avaliacao");
    await ls.createExamples({
      datasetId: dataset.id,
      inputs: [{ pergunta: "Escreva uma frase sobre filas" }, { pergunta: "Escreva uma frase sobre cache" }],
      outputs: [{ palavra: "filas" }, { palavra: "xyz" }],
    });
    const target = async (inputs: Record<string, unknown>) => ({ resposta: (await chat().invoke(String(inputs.pergunta))).text });
    const contem = ({ outputs, referenceOutputs }: { outputs?: Record<string, unknown>; referenceOutputs?: Record<string, unknown> }) => ({
      key: "contem_palavra",
      score: String(outputs?.resposta).toLowerCase().includes(String(referenceOutputs?.palavra)) ? 1 : 0,
    });
    // A summary evaluator scores the whole experiment: LangSmith takes it as feedback with run_id null.
    const acertos = ({ outputs, referenceOutputs }: { outputs: Record<string, unknown>[]; referenceOutputs?: Record<string, unknown>[] }) => ({
      key: "taxa_de_acerto",
      score: outputs.filter((o, i) => String(o.resposta).toLowerCase().includes(String(referenceOutputs?.[i]?.palavra))).length / outputs.length,
    });
    const errors: unknown[] = [];
    const originalError = console.error;
    console.error = (...args: unknown[]) => void errors.push(args);
    const results = await evaluate(target, { data: "avaliacao", evaluators: [contem], summaryEvaluators: [acertos], client: ls, experimentPrefix: "rag" }).finally(() => {
      console.error = originalError;
    });
    expect(errors, "evaluate() logged an error (a summary evaluator's feedback refused?)").toEqual([]);
    await flushTraces();
    expect(results.results).toHaveLength(2);

    const experiment = await ls.readProject({ projectName: results.experimentName });
    expect(experiment.reference_dataset_id).toBe(dataset.id);
    const runs = await all(ls.listRuns({ projectId: experiment.id, isRoot: true }));
    expect(runs).toHaveLength(2);
    expect(new Set(runs.map((r) => r.reference_example_id)).size).toBe(2);
    const llm = await all(ls.listRuns({ projectId: experiment.id, runType: "llm" }));
    expect(llm).toHaveLength(2);
    const feedback = await all(ls.listFeedback({ runIds: runs.map((r) => r.id), feedbackKeys: ["contem_palavra"] }));
    expect(feedback.map((f) => f.score).sort()).toEqual([0, 1]);
    expect(feedback.every((f) => (f as { session_id?: string }).session_id === experiment.id)).toBe(true);
    const resumo = (await all(ls.listFeedback({ feedbackKeys: ["taxa_de_acerto"] }))) as Array<{ run_id: string | null; score?: number; session_id?: string }>;
    expect(resumo.map((f) => [f.run_id, f.score, f.session_id])).toEqual([[null, 0.5, experiment.id]]);
    const experiments = await all(ls.listProjects({ referenceDatasetId: dataset.id }));
    expect(experiments.map((p) => p.name)).toEqual([results.experimentName]);
    // The viewer lists the experiment's traces under its project, with the evaluator's score.
    const { traces } = (await (await fetch(`${lab.url}/viewer/api/traces`)).json()) as { traces: Array<{ id: string; project?: string; feedback: { count: number } }> };
    const shown = traces.filter((t) => t.project === results.experimentName);
    expect(shown.map((t) => t.id).sort()).toEqual(runs.map((r) => r.trace_id).sort());
    expect(shown.every((t) => t.feedback.count === 1)).toBe(true);
  });
});

describe("run URLs", () => {
  it("getRunUrl and runs.getURL point at the lab's viewer", async () => {
    const step = traceable(async () => "ok", { name: "atendimento" });
    await step();
    await flushTraces();
    const ls = new Client({ apiUrl: lab.url, apiKey: "lab", webUrl: lab.url });
    const [run] = await all(ls.listRuns({ projectName: "default" }));
    const viewer = `/#trace=${run!.trace_id}&run=${run!.id}`;

    const byId = await ls.getRunUrl({ runId: run!.id });
    expect(byId.startsWith(`${lab.url}/o/`)).toBe(true);
    const redirect = await fetch(byId, { redirect: "manual" });
    expect(redirect.status).toBe(302);
    expect(redirect.headers.get("location")).toBe(viewer);
    const byRun = await ls.getRunUrl({ run: run! });
    expect((await fetch(byRun, { redirect: "manual" })).headers.get("location")).toBe(viewer);

    // The newer call asks the server, so it needs no webUrl.
    const { url } = await client().runs.getURL(run!.id, { project_id: run!.session_id!, trace_id: run!.trace_id! });
    expect(url).toBe(`${lab.url}${viewer}`);
    expect((await fetch(`${lab.url}/`)).status).toBe(200);
    // Other LangSmith web pages (getDatasetUrl, evaluate()'s "View results at") open the viewer's list.
    const other = await fetch(`${lab.url}/o/x/datasets/y/compare?selectedSessions=z`, { redirect: "manual" });
    expect([other.status, other.headers.get("location")]).toEqual([302, "/"]);
  });
});

describe("filter parser", () => {
  it("parses nested calls, quotes, numbers, null and lists; rejects junk", () => {
    expect(parseFilter(`and(eq(run_type, "llm"), or(gt(latency, 1.5), has(tags, 'a,b')), neq(error, null), in(name, ["x", "y"]))`)).toEqual({
      op: "and",
      args: [
        { op: "eq", field: "run_type", value: "llm" },
        { op: "or", args: [{ op: "gt", field: "latency", value: 1.5 }, { op: "has", field: "tags", value: "a,b" }] },
        { op: "neq", field: "error", value: null },
        { op: "in", field: "name", value: ["x", "y"] },
      ],
    });
    expect(parseFilter(`search("a \\"b\\"")`)).toEqual({ op: "search", value: 'a "b"' });
    for (const bad of ["eq(name)", "eq(name, 'x'", "foo(name, 1)", "eq(name, 'x') extra", "and()"]) expect(() => parseFilter(bad), bad).toThrow();
  });
});

describe("filter semantics", () => {
  const run = (over: Partial<Record<string, unknown>> = {}, tags: string[] = [], metadata: Record<string, unknown> = {}): FilterSubject => {
    const fields: Record<string, unknown> = { name: "rag", run_type: "chain", error: null, latency: 2.5, total_tokens: 40, start_time: "2026-12-05T10:00:00.000Z", ...over };
    return {
      scalar: (f) => fields[f] as string | number | null | undefined,
      tags,
      pairs: (kind) => (kind === "metadata" ? Object.entries(metadata) : kind === "feedback" ? [["nota", 1]] : []),
      text: () => `${String(fields.name)} entrada sobre Kensho`,
    };
  };
  const ok = (filter: string, subject = run()) => matches(parseFilter(filter), subject);

  it("comparators on numbers, times, null errors and booleans", () => {
    expect(ok("gt(latency, 2)")).toBe(true);
    expect(ok("gt(latency, 2.5)")).toBe(false);
    expect(ok("gte(latency, 2.5)")).toBe(true);
    expect(ok("lt(total_tokens, 40)")).toBe(false);
    expect(ok("lte(total_tokens, 40)")).toBe(true);
    expect(ok('gt(start_time, "2026-12-05T09:59:59Z")')).toBe(true);
    expect(ok('lt(start_time, "2026-12-05T09:59:59Z")')).toBe(false);
    expect(ok("eq(error, null)")).toBe(true);
    expect(ok("neq(error, null)", run({ error: "boom" }))).toBe(true);
    expect(ok("eq(error, true)", run({ error: "boom" }))).toBe(true);
    expect(ok("eq(error, false)")).toBe(true);
    expect(ok('neq(name, "rag")')).toBe(false);
    expect(ok('in(run_type, ["llm", "chain"])')).toBe(true);
    expect(ok('like(name, "r%")')).toBe(true);
    expect(ok('like(name, "x%")')).toBe(false);
  });

  it("tags, metadata, feedback, search and logic", () => {
    const tagged = run({}, ["beta", "prod"], { usuario: "ana", nivel: 2 });
    expect(ok('has(tags, "beta")', tagged)).toBe(true);
    expect(ok('has(tags, "alpha")', tagged)).toBe(false);
    expect(ok('neq(tags, "beta")', tagged)).toBe(false);
    expect(ok(`has(metadata, '{"usuario": "ana"}')`, tagged)).toBe(true);
    expect(ok(`has(metadata, '{"usuario": "bia"}')`, tagged)).toBe(false);
    expect(ok('and(eq(metadata_key, "nivel"), gte(metadata_value, 2))', tagged)).toBe(true);
    expect(ok('and(eq(metadata_key, "nivel"), gt(metadata_value, 2))', tagged)).toBe(false);
    expect(ok('and(eq(metadata_key, "usuario"), neq(metadata_value, "ana"))', tagged)).toBe(false);
    expect(ok('and(eq(feedback_key, "nota"), eq(feedback_score, 1))')).toBe(true);
    expect(ok('and(eq(feedback_key, "nota"), eq(feedback_score, 0))')).toBe(false);
    expect(ok('search("kensho")')).toBe(true);
    expect(ok('search("harrison")')).toBe(false);
    expect(ok('not(eq(name, "rag"))')).toBe(false);
    expect(ok('or(eq(name, "x"), and(eq(run_type, "chain"), gt(latency, 1)))')).toBe(true);
  });
});

