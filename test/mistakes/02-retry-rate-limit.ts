// Plausible wrong solutions of exercise 02 (see catalogue.ts). Each must fail the check named by `caughtBy`.
import type { Mistake } from "./catalogue.ts";

const R = "retry.ts";
const T = "token_bucket.ts";
const L = "rate_limit_retry.ts";
const BACKOFF = /retenta 5xx com backoff exponencial/;
const ESGOTA = /desiste após maxAttempts/;
const PRAZO = /respeita o prazo total/;
const RAJADA = /BaldeDeTokens: a rajada sai sem dormir/;
const RETRYABLE = "    return status === 408 || (status >= 500 && status <= 599 && status !== 501);";
const ESPERA = "    const delayMs = hinted ?? esperaDeBackoff(attempt, policy, random);";

export const mistakes: Mistake[] = [
  {
    name: "every error retried, 4xx included",
    family: "error-path",
    edits: [{ file: R, find: "export function permiteRetry(error: unknown): boolean {\n", replace: "export function permiteRetry(error: unknown): boolean {\n  if (error) return true; // melhor tentar de novo do que falhar\n" }],
    caughtBy: /não retenta erros do cliente/,
  },
  {
    name: "501 Not Implemented retried like any 5xx",
    family: "error-path",
    edits: [{ file: R, find: RETRYABLE, replace: "    return status === 408 || status >= 500;" }],
    caughtBy: /permiteRetry: 408, 429/,
    says: /501/,
  },
  {
    name: "exhausted quota (insufficient_quota 429) retried",
    family: "error-path",
    edits: [{ file: R, find: '    if (status === 429) return (error as { code?: unknown }).code !== "insufficient_quota"; // cota do mês acabou: esperar não resolve', replace: "    if (status === 429) return true;" }],
    caughtBy: /permiteRetry: 408, 429/,
    says: /cota|insufficient_quota/,
  },
  {
    name: "sleeps after the last attempt (the book's bug)",
    family: "time",
    edits: [{ file: R, find: "    if (attempt === policy.maxAttempts) break; // o livro dormia aqui à toa\n", replace: "" }],
    caughtBy: ESGOTA,
  },
  {
    name: "last error thrown as is (no ErroRetryEsgotado)",
    family: "error-path",
    edits: [{ file: R, find: '  throw new ErroRetryEsgotado("attempts", policy.maxAttempts, now() - startedAt, lastError);\n}', replace: "  throw lastError;\n}" }],
    caughtBy: ESGOTA,
    says: /cause/,
  },
  {
    name: "ErroRetryEsgotado without the cause",
    family: "error-path",
    edits: [{ file: R, find: '  throw new ErroRetryEsgotado("attempts", policy.maxAttempts, now() - startedAt, lastError);\n}', replace: '  throw new ErroRetryEsgotado("attempts", policy.maxAttempts, now() - startedAt, undefined);\n}' }],
    caughtBy: ESGOTA,
    says: /cause/,
  },
  {
    name: "no jitter (always the full ceiling)",
    family: "time",
    edits: [{ file: R, find: "  return Math.round(r * ceiling);", replace: "  void r;\n  return Math.round(ceiling);" }],
    caughtBy: BACKOFF,
  },
  {
    name: "no cap (maxDelayMs ignored)",
    family: "time",
    edits: [{ file: R, find: "  const ceiling = Math.min(maxDelayMs, baseDelayMs * 2 ** (failedAttempt - 1));", replace: "  void maxDelayMs;\n  const ceiling = baseDelayMs * 2 ** (failedAttempt - 1);" }],
    caughtBy: BACKOFF,
  },
  {
    name: "exponent off by one (2^n)",
    family: "time",
    edits: [{ file: R, find: "baseDelayMs * 2 ** (failedAttempt - 1)", replace: "baseDelayMs * 2 ** failedAttempt" }],
    caughtBy: BACKOFF,
  },
  {
    name: "Retry-After ignored (always backoff)",
    family: "time",
    edits: [{ file: R, find: ESPERA, replace: "    const delayMs = esperaDeBackoff(attempt, policy, random);" }],
    caughtBy: /honra Retry-After em segundos/,
  },
  {
    name: "server's wait capped at maxDelayMs",
    family: "time",
    edits: [{ file: R, find: ESPERA, replace: "    const delayMs = hinted !== undefined ? Math.min(hinted, policy.maxDelayMs) : esperaDeBackoff(attempt, policy, random);" }],
    caughtBy: /honra|Retry-After|RetryInfo/,
  },
  {
    name: "Gemini's RetryInfo looked for in the headers only",
    family: "time",
    edits: [{ file: R, find: "  if (Array.isArray(e.errorDetails)) {", replace: "  if (false as boolean) {" }],
    caughtBy: /honra o pedido de espera do Gemini/,
  },
  {
    name: "deadline only checked before sleeping past it is allowed",
    family: "time",
    edits: [{ file: R, find: "    if (now() + delayMs >= deadline) {", replace: "    if (now() >= deadline) {" }],
    caughtBy: /respeita o prazo total|desiste na hora quando o Retry-After passa do prazo/,
  },
  {
    name: "deadline restarted on every attempt",
    family: "time",
    edits: [
      { file: R, find: "  const deadline = startedAt + policy.deadlineMs;\n", replace: "  let deadline = startedAt + policy.deadlineMs;\n" },
      { file: R, find: "    signal?.throwIfAborted();\n    if (limiter) await limiter.acquire(signal);", replace: "    deadline = now() + policy.deadlineMs; // prazo de cada tentativa\n    signal?.throwIfAborted();\n    if (limiter) await limiter.acquire(signal);" },
    ],
    caughtBy: PRAZO,
  },
  {
    name: "waits with a real setTimeout instead of options.sleep",
    family: "time",
    edits: [{ file: R, find: "    await sleep(delayMs, signal);\n  }", replace: "    void sleep;\n    await new Promise((resolve) => setTimeout(resolve, delayMs));\n  }" }],
    caughtBy: BACKOFF,
  },
  {
    name: "signal not passed to the sleep",
    family: "time",
    edits: [{ file: R, find: "    await sleep(delayMs, signal);\n  }", replace: "    await sleep(delayMs);\n  }" }],
    caughtBy: /AbortSignal: cancelar durante a espera/,
  },
  {
    name: "attempt timeout never applied",
    family: "time",
    edits: [{ file: R, find: "      return await executarTentativa((s) => operation({ signal: s, attempt }), Math.min(policy.attemptTimeoutMs, remaining), signal);", replace: "      return await operation({ signal: signal ?? new AbortController().signal, attempt });" }],
    caughtBy: /retenta timeouts/,
  },
  {
    name: "limiter consulted once, retries skip it",
    family: "concurrency",
    edits: [
      { file: R, find: "  let lastError: unknown;\n  for (let attempt = 1; attempt <= policy.maxAttempts; attempt++) {\n    signal?.throwIfAborted();\n    if (limiter) await limiter.acquire(signal);", replace: "  let lastError: unknown;\n  if (limiter) await limiter.acquire(signal);\n  for (let attempt = 1; attempt <= policy.maxAttempts; attempt++) {\n    signal?.throwIfAborted();" },
    ],
    caughtBy: /as retentativas também passam pelo limitador/,
  },
  {
    name: "SDK retries left on (no maxRetries: 0)",
    family: "error-path",
    edits: [{ file: L, find: 'new ChatGoogleGenerativeAI({ model: "gemini-2.5-flash", maxRetries: 0, ...geminiOptions() })', replace: 'new ChatGoogleGenerativeAI({ model: "gemini-2.5-flash", ...geminiOptions() })' }],
    caughtBy: /maxRetries: 0/,
    says: /maxRetries: 0/,
  },
  {
    name: "bucket starts empty",
    family: "time",
    edits: [{ file: T, find: "    this.tokens = this.capacity;", replace: "    this.tokens = 0;" }],
    caughtBy: RAJADA,
  },
  {
    name: "refill rounded down to whole tokens",
    family: "time",
    edits: [{ file: T, find: "    this.tokens = Math.min(this.capacity, this.tokens + (elapsed * this.refillPerSecond) / 1000);", replace: "    this.tokens = Math.min(this.capacity, this.tokens + Math.floor((elapsed * this.refillPerSecond) / 1000));" }],
    caughtBy: RAJADA,
    says: /não arredonde/,
  },
  {
    name: "wait rounded to the nearest ms (leaves early)",
    family: "time",
    edits: [{ file: T, find: "    const waitMs = Math.ceil(exactMs - 1e-6);", replace: "    const waitMs = Math.round(exactMs);" }],
    caughtBy: RAJADA,
    says: /334/,
  },
  {
    name: "token taken after an await (two callers get the same token)",
    family: "concurrency",
    edits: [
      {
        file: T,
        find: "    this.refill();\n    this.tokens -= 1;\n    if (this.tokens >= 0) return;",
        replace: "    this.refill();\n    while (this.tokens < 1) {\n      await this.sleep(Math.ceil(((1 - this.tokens) * 1000) / this.refillPerSecond), signal);\n      this.refill();\n    }\n    await Promise.resolve(); // deixa o evento respirar\n    this.tokens -= 1;\n    if (this.tokens >= -Infinity) return;",
      },
    ],
    caughtBy: /concorrentes|BaldeDeTokens|limitador/,
  },
  {
    name: "answer borrowed from the reference solution",
    family: "other",
    files: { [T]: 'export * from "#solucoes/02-retry-rate-limit/token_bucket.ts";\n' },
    caughtBy: /./,
    says: /soluções de referência/,
  },
  // red team 2026-12-06: v18
  {
    name: "onRetry called after the wait instead of before it",
    family: "time",
    edits: [{ file: R, find: "    onRetry?.({ attempt, delayMs, source: hinted !== undefined ? \"retry-after\" : \"backoff\", status: statusDoErro(lastError), error: lastError });\n    await sleep(delayMs, signal);\n", replace: "    await sleep(delayMs, signal);\n    onRetry?.({ attempt, delayMs, source: hinted !== undefined ? \"retry-after\" : \"backoff\", status: statusDoErro(lastError), error: lastError });\n" }],
    caughtBy: /onRetry é avisada antes de cada espera/,
    says: /ANTES de cada espera/,
  },
  // red team 2 (2026-12-06)
  {
    name: "own Promise.race timeout in comRetry (instead of executarTentativa): the timer is never cleared",
    family: "time",
    edits: [
      {
        file: R,
        find: "      return await executarTentativa((s) => operation({ signal: s, attempt }), Math.min(policy.attemptTimeoutMs, remaining), signal);",
        replace: `      const ms = Math.min(policy.attemptTimeoutMs, remaining);
      const controle = new AbortController();
      const repassar = () => controle.abort(signal!.reason);
      signal?.addEventListener("abort", repassar, { once: true });
      try {
        const prazo = new Promise<never>((_, rejeitar) =>
          setTimeout(() => {
            const e = new ErroPrazoDaTentativa(ms);
            controle.abort(e);
            rejeitar(e);
          }, ms),
        );
        prazo.catch(() => undefined);
        // o SDK do Gemini ignora o sinal: a corrida com o cancelamento garante a resposta na hora
        const cancelado = new Promise<never>((_, rejeitar) => controle.signal.addEventListener("abort", () => rejeitar(controle.signal.reason), { once: true }));
        cancelado.catch(() => undefined);
        return await Promise.race([operation({ signal: controle.signal, attempt }), prazo, cancelado]);
      } finally {
        signal?.removeEventListener("abort", repassar);
      }`,
      },
    ],
    caughtBy: /não deixa nada para trás/,
    says: /clearTimeout\(timer\)/,
  },
  {
    name: "own Promise.race timeout in comRetry: the listener on the caller's signal is never removed",
    family: "concurrency",
    edits: [
      {
        file: R,
        find: "      return await executarTentativa((s) => operation({ signal: s, attempt }), Math.min(policy.attemptTimeoutMs, remaining), signal);",
        replace: `      const ms = Math.min(policy.attemptTimeoutMs, remaining);
      const controle = new AbortController();
      signal?.addEventListener("abort", () => controle.abort(signal.reason));
      let timer: ReturnType<typeof setTimeout> | undefined;
      try {
        const prazo = new Promise<never>((_, rejeitar) => {
          timer = setTimeout(() => {
            const e = new ErroPrazoDaTentativa(ms);
            controle.abort(e);
            rejeitar(e);
          }, ms);
        });
        prazo.catch(() => undefined);
        // o SDK do Gemini ignora o sinal: a corrida com o cancelamento garante a resposta na hora
        const cancelado = new Promise<never>((_, rejeitar) => controle.signal.addEventListener("abort", () => rejeitar(controle.signal.reason), { once: true }));
        cancelado.catch(() => undefined);
        return await Promise.race([operation({ signal: controle.signal, attempt }), prazo, cancelado]);
      } finally {
        clearTimeout(timer);
      }`,
      },
    ],
    caughtBy: /não deixa nada para trás/,
    says: /removeEventListener/,
  },
  {
    name: "Retry-After date measured against Date.now() instead of the nowMs received",
    family: "time",
    edits: [{ file: R, find: "  return Math.max(0, date - nowMs);", replace: "  return Math.max(0, date - Date.now());" }],
    caughtBy: /lerRetryAfter: segundos, data HTTP/,
  },
  {
    name: "start of the deadline read from Date.now() (mixed clocks)",
    family: "time",
    edits: [{ file: R, find: "  const startedAt = now();", replace: "  const startedAt = Date.now();" }],
    caughtBy: /desistir por tentativas ou por prazo/,
    says: /misturam dois relógios/,
  },
  {
    name: "bucket refill reads Date.now() instead of the injected now",
    family: "time",
    edits: [{ file: T, find: "    const now = this.now();\n    const elapsed", replace: "    const now = Date.now();\n    const elapsed" }],
    caughtBy: RAJADA,
  },
  {
    name: "default model created once at import time",
    family: "network",
    edits: [
      { file: L, find: "  const model = injected ?? criarModelo();", replace: "  const model = injected ?? MODELO_PADRAO;" },
      { file: L, find: "/** O call_llm_with_retry do livro, feito direito", replace: "const MODELO_PADRAO = criarModelo(); // um só para o processo todo\n\n/** O call_llm_with_retry do livro, feito direito" },
    ],
    caughtBy: /sem falhas: uma chamada ao Gemini/,
    says: /cliente criado quando o arquivo foi importado/,
  },
];
