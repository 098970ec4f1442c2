/**
 * Deliberately wrong solutions the checks must reject. Each variant = the exercise's solution folder copied,
 * then small targeted text edits (the classic ways to "pass" without doing the lesson). anticheat.test.ts
 * runs the exercise's check file against every variant and asserts that it FAILS, and that the failure
 * comes from the check meant to catch it (`caughtBy`, matched against the names of the failed checks).
 *
 * The capstone's variants live in variants-11.ts (anticheat.test.ts merges them).
 * A new "ready" exercise in curriculum.ts must get at least one variant here, or an entry in `pending`
 * with the reason: the test "every ready exercise is covered" fails otherwise.
 */

export interface Edit {
  /** File inside the exercise folder. */
  file: string;
  /** Exact text to find in the solution (it must exist: a stale variant fails loudly). */
  find: string;
  replace: string;
}

export interface Variant {
  /** What is wrong, in a few words (English, shows in the test name). */
  name: string;
  edits: Edit[];
  /** Matches the name of at least one failed check: the failure must come from the check meant to catch this. */
  caughtBy: RegExp;
}

export const variants: Record<string, Variant[]> = {
  "01-hello-world-prod": [
    {
      name: "hard-coded lab answer",
      edits: [{ file: "hello_world_prod.ts", find: "return resposta.text;", replace: 'return "A produção de IA exige observabilidade, testes e cuidado com custos.";' }],
      caughtBy: /devolve o texto da resposta/,
    },
    {
      name: "flush removed from main()",
      edits: [{ file: "hello_world_prod.ts", find: "  await flushTraces();\n}", replace: "}" }],
      caughtBy: /entrega os traces antes de terminar/,
    },
    {
      // The SDK sends a run's start on its 250 ms batching timer: a call slower than that (a loaded machine) has its
      // start delivered before main() returns. Only the run's end tells a flush from luck (accepted at b3fdb87 once).
      name: "flush removed from main(), with a traced call slower than the SDK's batching timer",
      edits: [
        { file: "hello_world_prod.ts", find: "  await flushTraces();\n}", replace: "}" },
        { file: "hello_world_prod.ts", find: "    const resposta = await chain.invoke({ topico });", replace: "    await new Promise((r) => setTimeout(r, 400));\n    const resposta = await chain.invoke({ topico });" },
      ],
      caughtBy: /entrega os traces antes de terminar/,
    },
    {
      name: "traced under another name",
      edits: [{ file: "hello_world_prod.ts", find: '{ name: "hello_chain", run_type: "chain" }', replace: '{ name: "hello", run_type: "chain" }' }],
      caughtBy: /trace "hello_chain" chega ao LangSmith/,
    },
    {
      name: "fixed topic instead of the argument",
      edits: [{ file: "hello_world_prod.ts", find: "await chain.invoke({ topico })", replace: 'await chain.invoke({ topico: "produção de IA" })' }],
      caughtBy: /prompt do livro/,
    },
  ],
  "05-rag-tracing": [
    {
      name: "guard that blocks everything",
      edits: [{ file: "rag_tracing.ts", find: "  const resultado = PerguntaSchema.safeParse(entrada);", replace: '  throw new Error("A pergunta não pode ficar vazia.");\n  const resultado = PerguntaSchema.safeParse(entrada);' }],
      caughtBy: /validarPergunta|responde com o fato/,
    },
    {
      name: "no trim before validating",
      edits: [{ file: "rag_tracing.ts", find: "  .trim()\n  .min(1,", replace: "  .min(1," }],
      caughtBy: /sem os espaços|recusa entrada inválida/,
    },
    {
      name: "retriever returns every document",
      edits: [{ file: "rag_tracing.ts", find: ".filter(({ score }) => score > 0)", replace: ".filter(() => true)" }, { file: "rag_tracing.ts", find: ".slice(0, K)", replace: ".slice(0)" }],
      caughtBy: /retriever devolve os documentos ranqueados/,
    },
    {
      // The over-long questions were drawn from 501–800 (and 501–600): this limit passed whenever both draws exceeded 512.
      name: "question limit of 512 instead of 500 (the message still says 500)",
      edits: [{ file: "rag_tracing.ts", find: ".max(500, {", replace: ".max(512, {" }],
      caughtBy: /validarPergunta|recusa entrada inválida/,
    },
    {
      name: "flush removed from main()",
      edits: [{ file: "rag_tracing.ts", find: "  await flushTraces();\n}", replace: "}" }],
      caughtBy: /main\(\) imprime a resposta e entrega os traces/,
    },
  ],
  "06-protecao-chaves": [
    {
      name: "mascarar() shows the whole key",
      edits: [{ file: "config.ts", find: "return `${prefix ?? \"\"}…${value.slice(-4)}`;", replace: "return value;" }],
      caughtBy: /mascarar\(\)/,
    },
    {
      name: "logger without the value scrubber",
      edits: [{ file: "logger.ts", find: "hooks: { streamWrite: (line: string) => limparSegredos(line, known) },", replace: "" }],
      caughtBy: /somem do log/,
    },
    {
      name: ".gitignore misses .env.*",
      edits: [{ file: ".gitignore", find: "\n.env.*\n", replace: "\n" }],
      caughtBy: /\.gitignore/,
    },
  ],
  "09-metricas-feedback": [
    {
      name: "latency metric with a constant value",
      edits: [{ file: "metricas.ts", find: "this.duracao.observe(rotulos, (performance.now() - chamada.inicio) / 1000);\n    const uso", replace: "this.duracao.observe(rotulos, 1.5);\n    const uso" }],
      caughtBy: /latência medida de verdade/,
    },
    {
      // Inside the one-call window [delay, wall time] on every draw on a loaded machine (calls ~85 ms over the delay).
      name: "latency metric with a constant value close to a real call (0.1 s)",
      edits: [{ file: "metricas.ts", find: "this.duracao.observe(rotulos, (performance.now() - chamada.inicio) / 1000);\n    const uso", replace: "this.duracao.observe(rotulos, 0.1);\n    const uso" }],
      caughtBy: /latência medida de verdade/,
    },
    {
      name: "output tokens counted as a constant",
      edits: [{ file: "metricas.ts", find: 'gen_ai_token_type: "output" }, uso.output_tokens);', replace: 'gen_ai_token_type: "output" }, 10);' }],
      caughtBy: /tokens: /,
    },
    {
      name: "errors never counted",
      edits: [{ file: "metricas.ts", find: "    this.erros.inc(rotulos);\n", replace: "" }],
      caughtBy: /erros: /,
    },
    {
      name: "feedback under another key",
      edits: [{ file: "feedback.ts", find: "key: opcoes.key ?? CHAVE_FEEDBACK,", replace: 'key: opcoes.key ?? "feedback",' }],
      caughtBy: /registrarFeedback envia/,
    },
  ],
  "10-deploy-docker-ci": [
    {
      name: "container runs as root",
      edits: [{ file: "Dockerfile", find: "USER node\n", replace: "" }],
      caughtBy: /Dockerfile/,
    },
    {
      name: ".dockerignore lets .env into the image",
      edits: [{ file: ".dockerignore", find: "\n.env\n.env.*\n", replace: "\n" }],
      caughtBy: /\.dockerignore/,
    },
    {
      // Three retries with curl's own backoff (1 + 2 + 4 s) wait 7 s: accepted whenever the drawn startup was 6 or 7 s.
      name: "post-deploy health check with 3 retries (curl's default backoff: 7 s in all)",
      edits: [{ file: ".github/workflows/ci.yml", find: "--retry 10 --retry-delay 3 --retry-all-errors", replace: "--retry 3 --retry-all-errors" }],
      caughtBy: /tenta de novo enquanto a versão nova ainda está subindo/,
    },
    {
      // 5 × 2 s = 10 s: accepted whenever the drawn startup was 10 s or less (half the draws).
      name: "post-deploy health check retrying for 10 s (--retry 5 --retry-delay 2)",
      edits: [{ file: ".github/workflows/ci.yml", find: "--retry 10 --retry-delay 3 --retry-all-errors", replace: "--retry 5 --retry-delay 2 --retry-all-errors" }],
      caughtBy: /tenta de novo enquanto a versão nova ainda está subindo/,
    },
  ],
  "03-cache-custo": [
    {
      name: "a cache that never hits",
      edits: [{ file: "cache.ts", find: "    return this.base.lookup(prompt, `${this.escopo}|${llmKey}`);", replace: "    return Promise.resolve(null);" }],
      caughtBy: /cache/i,
    },
    {
      // Any fixed validity in (ttlMs / 2, ttlMs] passed the old check: 1000 whenever ttlMs 1000 was drawn (one run in three).
      name: "bonus: validity written in the code (1000 ms) instead of the ttlMs received",
      edits: [{ file: "cache.ts", find: "    this.ttlMs = ttlMs;", replace: "    this.ttlMs = 1000;" }],
      caughtBy: /bônus/,
    },
  ],
  "02-retry-rate-limit": [
    {
      name: "a retry that never waits",
      edits: [{ file: "retry.ts", find: "    await sleep(delayMs, signal);", replace: "" }],
      caughtBy: /./,
    },
    {
      name: "a token bucket that never blocks",
      edits: [{ file: "token_bucket.ts", find: "    await this.sleep(waitMs, signal);", replace: "" }],
      caughtBy: /./,
    },
    {
      // A date header has whole seconds, so this was exact when "now" was too: the lerRetryAfter check used a whole-second
      // now, and the call-level date check (±100 ms) passed whenever Date.now()'s milliseconds were under ~100.
      name: "Retry-After date rounded up to whole seconds",
      edits: [{ file: "retry.ts", find: "  return Math.max(0, date - nowMs);", replace: "  return Math.max(0, Math.ceil((date - nowMs) / 1000) * 1000);" }],
      caughtBy: /lerRetryAfter/,
    },
  ],
  "07-bloqueio-pii": [
    {
      name: "LangSmith client without the anonymizer",
      edits: [{ file: "guarda.ts", find: "cliente ??= new Client({ anonymizer: anonimizarPii });", replace: "cliente ??= new Client();" }],
      caughtBy: /trace no LangSmith não guarda nenhum dado pessoal/,
    },
    {
      name: "CPF validator that accepts anything",
      edits: [{ file: "validadores.ts", find: "export function cpfValido(value: string): boolean {", replace: "export function cpfValido(value: string): boolean {\n  if (value) return true;" }],
      caughtBy: /cpfValido/,
    },
    {
      // The nesting was drawn from 12–19 levels: maxDepth 15 passed whenever 15 or fewer were drawn.
      name: "anonymizer depth raised a little (maxDepth 15 instead of 24)",
      edits: [{ file: "guarda.ts", find: "{ maxDepth: 24 }", replace: "{ maxDepth: 15 }" }],
      caughtBy: /em qualquer profundidade do trace/,
    },
    {
      // Deeper than any drawn nesting (12–19): passed every run before the check nested exactly 24 levels.
      name: "anonymizer depth raised to 20 instead of 24",
      edits: [{ file: "guarda.ts", find: "{ maxDepth: 24 }", replace: "{ maxDepth: 20 }" }],
      caughtBy: /em qualquer profundidade do trace/,
    },
    {
      // On 16 digits (every drawn card) this doubles the same digits as from the right: only an odd length tells them apart.
      name: "Luhn doubling the 1st, 3rd… digit from the left",
      edits: [{ file: "validadores.ts", find: "    let n = Number(d[d.length - 1 - i]);\n    if (i % 2 === 1) {", replace: "    let n = Number(d[i]);\n    if (i % 2 === 0) {" }],
      caughtBy: /luhnValido/,
    },
  ],
  "08-injecao-prompt": [
    {
      name: "canary never checked on the output",
      edits: [{ file: "defesas.ts", find: "  if (detectarCanary(resposta, canario).leaked) {", replace: "  if (false && detectarCanary(resposta, canario).leaked) {" }],
      caughtBy: /validarSaida/,
    },
    {
      name: "input detector skipped",
      edits: [{ file: "defesas.ts", find: "        verificarEntrada(pergunta);", replace: "" }],
      caughtBy: /barrada com as defesas/,
    },
  ],
  "04-batch-paralelismo-filas": [
    {
      name: "batch without the concurrency limit",
      edits: [{ file: "batch_filas.ts", find: "await modelo.batch(perguntas, { maxConcurrency }, { returnExceptions: true })", replace: "await modelo.batch(perguntas, {}, { returnExceptions: true })" }],
      caughtBy: /./,
    },
    {
      // 4 is the value main() passes: with limite from [2, 3, 4] and mc from [3, 4, 5] the whole file passed one run in nine.
      name: "batch with the maxConcurrency written in the code (4, main()'s value) instead of the option",
      edits: [{ file: "batch_filas.ts", find: "modelo.batch(perguntas, { maxConcurrency }, { returnExceptions: true })", replace: "modelo.batch(perguntas, { maxConcurrency: 4 }, { returnExceptions: true })" }],
      caughtBy: /processarEmLote usa batch com maxConcurrency/,
    },
  ],
};

/** Ready exercises without variants yet, with the reason. Keep it short: each entry is a hole. */
export const pending: Record<string, string> = {
};
