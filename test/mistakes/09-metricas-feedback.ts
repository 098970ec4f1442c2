/**
 * Exercise 9: metrics that look right on a dashboard and measure the wrong thing, and feedback that reports a
 * success LangSmith never recorded (the lab refuses the second feedback with provider "langsmith" faults).
 */
import type { Mistake } from "./catalogue.ts";

const M = "metricas.ts";
const F = "feedback.ts";
const LAT = /latência: histograma/;
const FEEDBACK_FAULT = /registrarFeedback não inventa sucesso/;

export const mistakes: Mistake[] = [
  {
    name: "latency observed in milliseconds",
    family: "measurement",
    edits: [{ file: M, find: "    this.duracao.observe(rotulos, (performance.now() - chamada.inicio) / 1000);\n    const uso", replace: "    this.duracao.observe(rotulos, performance.now() - chamada.inicio);\n    const uso" }],
    caughtBy: LAT,
  },
  {
    name: "latency measured with Date.now() seconds rounding (always 0)",
    family: "time",
    edits: [{ file: M, find: "    this.duracao.observe(rotulos, (performance.now() - chamada.inicio) / 1000);\n    const uso", replace: "    this.duracao.observe(rotulos, Math.floor((performance.now() - chamada.inicio) / 1000));\n    const uso" }],
    caughtBy: LAT,
  },
  {
    name: "errors never counted (handleLLMError only observes the latency)",
    family: "error-path",
    edits: [{ file: M, find: "    this.erros.inc(rotulos);\n", replace: "" }],
    caughtBy: /erros:/,
  },
  {
    name: "failed calls never timed (no latency observation on error)",
    family: "measurement",
    edits: [{ file: M, find: "    const rotulos = { ...chamada.rotulos, error_type: tipoDeErro(erro) };\n    this.duracao.observe(rotulos, (performance.now() - chamada.inicio) / 1000);\n", replace: "    const rotulos = { ...chamada.rotulos, error_type: tipoDeErro(erro) };\n" }],
    caughtBy: /erros:|latência/,
  },
  {
    name: "error message used as the error_type label (unbounded cardinality)",
    family: "measurement",
    edits: [{ file: M, find: "    const rotulos = { ...chamada.rotulos, error_type: tipoDeErro(erro) };", replace: "    const rotulos = { ...chamada.rotulos, error_type: erro instanceof Error ? erro.message : String(erro) };" }],
    caughtBy: /erros:|rótulos com poucos valores/,
  },
  {
    name: "output tokens recorded as input (types swapped)",
    family: "measurement",
    edits: [{ file: M, find: '    this.tokens.observe({ ...rotulos, gen_ai_token_type: "output" }, uso.output_tokens);', replace: '    this.tokens.observe({ ...rotulos, gen_ai_token_type: "output" }, uso.input_tokens);' }],
    caughtBy: /tokens:/,
  },
  {
    name: "cost priced with a fixed model instead of the one that answered",
    family: "measurement",
    edits: [{ file: M, find: "    const custo = estimateCost(rotulos.gen_ai_request_model, uso);", replace: '    const custo = estimateCost("gpt-4o-mini", uso);' }],
    caughtBy: /custo:/,
  },
  {
    name: "metrics server bound to all interfaces",
    family: "network",
    edits: [{ file: M, find: '{ port = 9464, host = "127.0.0.1" }', replace: '{ port = 9464, host = "0.0.0.0" }' }],
    caughtBy: /servirMetricas/,
  },
  {
    name: "feedback error swallowed into an invented id",
    family: "error-path",
    edits: [
      {
        file: F,
        find: "    comment: validado.data.comment || undefined,\n  });\n  return feedback.id;",
        replace: "    comment: validado.data.comment || undefined,\n  }).catch(() => ({ id: crypto.randomUUID() }));\n  return feedback.id;",
      },
    ],
    caughtBy: FEEDBACK_FAULT,
    says: /não engula o erro/,
  },
  {
    name: "feedback sent in the background (fire and forget) with the id returned at once",
    family: "error-path",
    edits: [
      {
        file: F,
        find: "  const feedback = await client.createFeedback({\n    runId: validado.data.runId,",
        replace: "  const id = crypto.randomUUID();\n  void client.createFeedback({\n    feedbackId: id,\n    runId: validado.data.runId,",
      },
      { file: F, find: "  return feedback.id;\n}", replace: "  return id;\n}" },
    ],
    caughtBy: FEEDBACK_FAULT,
  },
  {
    name: "feedback with the wrong key (\"feedback\" instead of the book's user_feedback)",
    family: "other",
    edits: [{ file: F, find: "    key: opcoes.key ?? CHAVE_FEEDBACK,", replace: '    key: opcoes.key ?? "feedback",' }],
    caughtBy: /registrarFeedback envia o feedback/,
  },
  {
    name: "score outside 0–1 accepted",
    family: "other",
    edits: [{ file: F, find: '    .max(1, { error: "score precisa ficar entre 0 (ruim) e 1 (bom)." }),', replace: "" }],
    caughtBy: /registrarFeedback recusa entrada inválida/,
  },
  {
    // red team 2026-12-06: v2
    name: "latency measured with the wall clock (Date.now jumps when NTP corrects the clock)",
    family: "time",
    edits: [
      { file: M, find: "      inicio: performance.now(),", replace: "      inicio: Date.now()," },
      { file: M, find: "    this.duracao.observe(rotulos, (performance.now() - chamada.inicio) / 1000);\n    const uso", replace: "    this.duracao.observe(rotulos, (Date.now() - chamada.inicio) / 1000);\n    const uso" },
      { file: M, find: "    this.duracao.observe(rotulos, (performance.now() - chamada.inicio) / 1000);\n    this.erros.inc(rotulos);", replace: "    this.duracao.observe(rotulos, (Date.now() - chamada.inicio) / 1000);\n    this.erros.inc(rotulos);" },
    ],
    caughtBy: /relógio monotônico/,
    says: /performance\.now\(\)/,
  },
  {
    // red team 2026-12-06: v15
    name: "per-call state never removed from the Map (grows forever; a repeated end counts twice)",
    family: "measurement",
    edits: [
      { file: M, find: "    this.emAndamento.delete(runId);\n    const { rotulos } = chamada;", replace: "    const { rotulos } = chamada;" },
      { file: M, find: "    this.emAndamento.delete(runId);\n    const rotulos = { ...chamada.rotulos, error_type", replace: "    const rotulos = { ...chamada.rotulos, error_type" },
    ],
    caughtBy: /esquece cada chamada/,
    says: /delete/,
  },
  {
    // red team 2026-12-06: v19
    name: "duration histogram with prom-client's default buckets (0.005–10 s)",
    family: "measurement",
    edits: [{ file: M, find: "        buckets: BUCKETS_DURACAO,\n", replace: "" }],
    caughtBy: LAT,
    says: /BUCKETS_DURACAO/,
  },
  {
    // red team 2026-12-06: NOTES (the timeout name was drawn at random; AbortError alone decided the verdict)
    name: "tipoDeErro that misses AbortError (a cancelled fetch is not a timeout for it)",
    family: "error-path",
    edits: [{ file: M, find: "if (/timeout|timedout|abort/i.test(", replace: "if (/timeout|timedout/i.test(" }],
    caughtBy: /tipoDeErro/,
    says: /AbortError/,
  },
  {
    // red team 2026-12-06: v14
    name: "runId only required to be a non-empty string (a trace URL or 'abc' is sent to LangSmith)",
    family: "other",
    edits: [
      {
        file: F,
        find: '  runId: z.uuid({ error: "runId precisa ser o id (UUID) de um run do LangSmith, por exemplo getCurrentRunTree().id." }),',
        replace: '  runId: z.string().min(1, { error: "runId precisa ser o id (UUID) de um run do LangSmith, por exemplo getCurrentRunTree().id." }),',
      },
    ],
    caughtBy: /registrarFeedback recusa entrada inválida/,
    says: /não é um UUID/,
  },
  // red team 2 (2026-12-06)
  {
    name: "one in-flight slot for the whole handler (every end is measured against the last call that started)",
    family: "concurrency",
    edits: [
      {
        file: M,
        find: "  override handleLLMEnd(saida: LLMResult, runId: string): void {\n    const chamada = this.emAndamento.get(runId);\n    if (!chamada) return;\n    this.emAndamento.delete(runId);",
        replace: "  override handleLLMEnd(saida: LLMResult, runId: string): void {\n    void runId;\n    const chamada = [...this.emAndamento.values()].at(-1);\n    if (!chamada) return;\n    this.emAndamento.clear();",
      },
    ],
    caughtBy: /chamadas simultâneas/,
  },
  {
    name: "score 0 (thumbs down) dropped as falsy (score || undefined)",
    family: "other",
    edits: [{ file: F, find: "    score: validado.data.score,", replace: "    score: validado.data.score || undefined," }],
    caughtBy: /registrarFeedback envia o feedback ligado ao run certo/,
  },
  {
    name: "a failed project lookup stays cached (every later feedback fails until the process restarts)",
    family: "error-path",
    edits: [{ file: F, find: "        cache.delete(projeto); // não guarda a falha: a próxima tentativa consulta de novo\n", replace: "" }],
    caughtBy: /consulta o projeto/,
  },
  {
    name: "comment limit set below the statement's 1000 characters (a 950-character comment of a real user refused)",
    family: "other",
    edits: [{ file: F, find: '.max(1000, { error: "comment pode ter no máximo 1000 caracteres." })', replace: '.max(500, { error: "comment pode ter no máximo 1000 caracteres." })' }],
    caughtBy: /registrarFeedback recusa entrada inválida/,
    says: /deveria ser aceito/,
  },
  {
    name: "comment limit off by one (999 accepted, 1000 refused)",
    family: "other",
    edits: [{ file: F, find: '.max(1000, { error: "comment pode ter no máximo 1000 caracteres." })', replace: '.max(999, { error: "comment pode ter no máximo 1000 caracteres." })' }],
    caughtBy: /registrarFeedback recusa entrada inválida/,
    says: /deveria ser aceito/,
  },
];
