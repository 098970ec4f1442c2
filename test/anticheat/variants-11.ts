/**
 * Wrong versions of the capstone (exercise 11) that its checks must reject: the student's files (esquemas,
 * guardas, limite, metricas, feedback, encerramento) and the given cache. Same shape as variants.ts, which
 * spreads these in; a separate file because the capstone has the most ways to look done without being done.
 */
import type { Variant } from "./variants.ts";

const F = "11-chatbot-producao";

export const variants11: Record<string, Variant[]> = {
  [F]: [
    {
      name: "input guard that blocks everything",
      edits: [{ file: "guardas.ts", find: "  if (injecao.flagged)\n", replace: "  if (injecao.flagged || pergunta.length > 0)\n" }],
      caughtBy: /responde pela atendimento_chain/,
    },
    {
      name: "cache that never hits",
      edits: [{ file: "cache.ts", find: "  async ler(chave: string): Promise<string | undefined> {\n", replace: "  async ler(chave: string): Promise<string | undefined> {\n    if (chave) return undefined;\n" }],
      caughtBy: /cache: a mesma pergunta/,
    },
    {
      name: "rate limit that never limits",
      edits: [{ file: "limite.ts", find: "    max: ctx.opcoes.limite.max,", replace: "    max: 1_000_000," }],
      caughtBy: /rate limit por cliente/,
    },
    {
      name: "injection detector not wired (only PII masked)",
      edits: [{ file: "guardas.ts", find: "  if (injecao.flagged)\n", replace: "  if (injecao.flagged && pergunta.length < 0)\n" }],
      caughtBy: /guardas: injeção/,
    },
    {
      name: "HTTP histogram with a constant value (never observed)",
      edits: [{ file: "metricas.ts", find: "    ctx.metricas.http.observe(", replace: "    if (rota === \"nunca\") ctx.metricas.http.observe(" }],
      caughtBy: /GET \/metrics/,
    },
    {
      name: "feedback answered 201 without reaching LangSmith",
      edits: [{ file: "feedback.ts", find: "        id = await registrarFeedback(runId, score, comentario);", replace: "        id = runId;\n        void [registrarFeedback, score, comentario];" }],
      caughtBy: /POST \/v1\/feedback/,
    },
    {
      // Score 0 (thumbs down) refused as missing: passed one run in three when the score was drawn from [0, 0.5, 1].
      name: "feedback handler that treats score 0 as missing (if (!score) → 400)",
      edits: [{ file: "feedback.ts", find: "      let id: string;\n", replace: '      if (!runId || !score) throw new ErroHttp(400, "VALIDACAO", "Envie runId e score.");\n      let id: string;\n' }],
      caughtBy: /POST \/v1\/feedback/,
    },
    {
      name: "schema that accepts an empty question",
      edits: [{ file: "esquemas.ts", find: "    .min(1, { error: `${nome} não pode ficar vazia.` })\n", replace: "" }],
      caughtBy: /valida o corpo com zod/,
    },
    {
      name: "shutdown that does not wait for the queue nor flush traces",
      edits: [{ file: "encerramento.ts", find: "    for (const { nome, fn } of ctx.aoEncerrar) {", replace: "    for (const { nome, fn } of ctx.aoEncerrar.filter(() => false)) {" }, { file: "encerramento.ts", find: "    await flushTraces({ timeoutMs: 3_000 });", replace: "" }],
      caughtBy: /encerramento gracioso/,
    },
  ],
};
