// Exercício 2 — o núcleo reutilizável: política de retentativa (backoff exponencial com full jitter, teto,
// Retry-After, prazo total, AbortSignal) para qualquer chamada a um serviço externo.
// O projeto final (exercício 11) importa este arquivo para as chamadas ao provedor.

/** Espera `ms` milissegundos; rejeita com `signal.reason` se o sinal for abortado antes. */
export type Espera = (ms: number, signal?: AbortSignal) => Promise<void>;

/** Quem controla o ritmo das requisições (ex.: BaldeDeTokens): cada tentativa pede uma ficha antes de sair. */
export interface Limitador {
  acquire(signal?: AbortSignal): Promise<void>;
}

/** O que `onRetry` recebe antes de cada espera. */
export interface EventoDeRetry {
  /** Número da tentativa que falhou (1 = a primeira). */
  attempt: number;
  /** Quanto vamos esperar antes da próxima tentativa. */
  delayMs: number;
  /** De onde veio a espera: o servidor pediu (Retry-After / RetryInfo) ou o nosso backoff. */
  source: "retry-after" | "backoff";
  /** Status HTTP do erro, quando houver. */
  status?: number;
  error: unknown;
}

export interface OpcoesDeRetry {
  /** Total de tentativas, contando a primeira (padrão 5). Inteiro de 1 a 20. */
  maxAttempts?: number;
  /** Base do backoff exponencial, em ms (padrão 500). */
  baseDelayMs?: number;
  /** Teto de uma espera de backoff, em ms (padrão 20 000). Não limita um Retry-After: quem manda ali é o servidor. */
  maxDelayMs?: number;
  /** Prazo total da operação, esperas incluídas, em ms (padrão 60 000). */
  deadlineMs?: number;
  /** Tempo máximo de UMA tentativa, em ms de relógio real (padrão 30 000). Estourou: conta como falha retentável. */
  attemptTimeoutMs?: number;
  /** Cancela tudo: a tentativa em andamento, a espera e as próximas tentativas. */
  signal?: AbortSignal;
  /** Limitador de taxa consultado antes de CADA tentativa (retentativas também gastam cota). */
  limiter?: Limitador;
  /** Chamado antes de cada espera (logs, métricas). */
  onRetry?: (event: EventoDeRetry) => void;
  /** Injetáveis para testes com relógio falso. `now` devolve ms desde a época, como Date.now. */
  sleep?: Espera;
  now?: () => number;
  random?: () => number;
}

export interface OpcoesDeRetryResolvidas {
  maxAttempts: number;
  baseDelayMs: number;
  maxDelayMs: number;
  deadlineMs: number;
  attemptTimeoutMs: number;
  signal?: AbortSignal;
  limiter?: Limitador;
  onRetry?: (event: EventoDeRetry) => void;
  sleep: Espera;
  now: () => number;
  random: () => number;
}

/** Opção fora do intervalo aceito: falha na hora, com o nome da opção, em vez de travar ou martelar o provedor. */
export class ErroOpcaoInvalida extends RangeError {
  override name = "ErroOpcaoInvalida";
  constructor(
    readonly option: string,
    message: string,
  ) {
    super(message);
  }
}

/** Uma tentativa passou de `attemptTimeoutMs`. É retentável (o provedor pode só estar lento). */
export class ErroPrazoDaTentativa extends Error {
  override name = "TimeoutError";
  constructor(readonly timeoutMs: number) {
    super(`A tentativa passou de ${timeoutMs} ms sem resposta do provedor.`);
  }
}

/** Desistimos: acabaram as tentativas ou o prazo. `cause` guarda o último erro do provedor. */
export class ErroRetryEsgotado extends Error {
  override name = "ErroRetryEsgotado";
  constructor(
    readonly reason: "attempts" | "deadline",
    readonly attempts: number,
    readonly elapsedMs: number,
    cause: unknown,
    detail = "",
  ) {
    const why = reason === "attempts" ? `esgotei as ${attempts} tentativas` : `o prazo total acabou depois de ${attempts} tentativa(s)`;
    super(`Desisti: ${why} em ${(elapsedMs / 1000).toFixed(1)} s${detail}. Último erro: ${descreverErro(cause)}`, { cause });
  }
}

/** Primeira linha da mensagem de um erro, curta (mensagens de SDK podem ser enormes). */
export function descreverErro(error: unknown): string {
  if (error === undefined) return "nenhum (nenhuma tentativa chegou ao provedor)";
  const status = (error as { status?: unknown } | null)?.status;
  const text = error instanceof Error ? error.message : String(error);
  const line = text.split("\n")[0]!.slice(0, 200);
  return typeof status === "number" && !line.includes(String(status)) ? `[${status}] ${line}` : line;
}

/** sleep de verdade (setTimeout), que para na hora se o sinal for abortado. */
export const esperaReal: Espera = (ms, signal) =>
  new Promise<void>((resolve, reject) => {
    if (signal?.aborted) return reject(signal.reason);
    const onAbort = () => {
      clearTimeout(timer);
      reject(signal!.reason);
    };
    const timer = setTimeout(() => {
      signal?.removeEventListener("abort", onAbort);
      resolve();
    }, ms);
    signal?.addEventListener("abort", onAbort, { once: true });
  });

/** Valida um número de opção: finito, no intervalo, inteiro se pedido. Mensagem em pt-BR com o nome da opção. */
export function exigirNumero(option: string, value: unknown, { min, max, integer = false, what }: { min: number; max: number; integer?: boolean; what: string }): number {
  const ok = typeof value === "number" && Number.isFinite(value) && value >= min && value <= max && (!integer || Number.isInteger(value));
  if (!ok) {
    throw new ErroOpcaoInvalida(
      option,
      `Opção inválida ${option} = ${JSON.stringify(value) ?? String(value)}: use ${integer ? "um inteiro" : "um número"} entre ${min} e ${max} (${what}).`,
    );
  }
  return value as number;
}

function exigirFuncao<T>(option: string, value: T | undefined, fallback: T): T {
  if (value === undefined) return fallback;
  if (typeof value !== "function") throw new ErroOpcaoInvalida(option, `Opção inválida ${option}: esperava uma função, recebi ${typeof value}.`);
  return value;
}

/** Aplica os padrões e valida tudo ANTES de chamar o provedor. Lança ErroOpcaoInvalida (pt-BR). */
export function resolverOpcoesDeRetry(options: OpcoesDeRetry = {}): OpcoesDeRetryResolvidas {
  // Stryker disable next-line all: validação extra; o TODO 1 não pede rejeitar opções que não são objeto.
  if (options === null || typeof options !== "object") throw new ErroOpcaoInvalida("options", "As opções precisam ser um objeto, por exemplo { maxAttempts: 3 }.");
  // Stryker disable next-line StringLiteral: o texto `what` é livre; o nome da opção é conferido pelo check "opções absurdas".
  const maxAttempts = exigirNumero("maxAttempts", options.maxAttempts ?? 5, { min: 1, max: 20, integer: true, what: "total de tentativas, contando a primeira" });
  // Stryker disable next-line StringLiteral: o texto `what` é livre; o nome da opção é conferido pelo check "opções absurdas".
  const baseDelayMs = exigirNumero("baseDelayMs", options.baseDelayMs ?? 500, { min: 1, max: 60_000, what: "ms da primeira espera de backoff" });
  const maxDelayMs = exigirNumero("maxDelayMs", options.maxDelayMs ?? Math.max(20_000, baseDelayMs), {
    min: baseDelayMs,
    max: 300_000,
    // Stryker disable next-line StringLiteral: o texto `what` é livre (não faz parte do enunciado).
    what: "teto de uma espera em ms; não pode ser menor que baseDelayMs",
  });
  // Stryker disable next-line StringLiteral: o texto `what` é livre; o nome da opção é conferido pelo check "opções absurdas".
  const deadlineMs = exigirNumero("deadlineMs", options.deadlineMs ?? 60_000, { min: 1, max: 3_600_000, what: "prazo total em ms, esperas incluídas" });
  // Stryker disable next-line StringLiteral: o texto `what` é livre; o nome da opção é conferido pelo check "opções absurdas".
  const attemptTimeoutMs = exigirNumero("attemptTimeoutMs", options.attemptTimeoutMs ?? 30_000, { min: 1, max: 600_000, what: "ms máximos de uma tentativa" });
  // Stryker disable all: validação extra de signal/limiter; o TODO 1 só pede exigirNumero e exigirFuncao.
  if (options.signal !== undefined && !(options.signal instanceof AbortSignal))
    throw new ErroOpcaoInvalida("signal", "Opção inválida signal: passe um AbortSignal (ex.: new AbortController().signal).");
  if (options.limiter !== undefined && typeof options.limiter?.acquire !== "function")
    throw new ErroOpcaoInvalida("limiter", "Opção inválida limiter: o limitador precisa ter um método acquire(signal).");
  // Stryker restore all
  return {
    maxAttempts,
    baseDelayMs,
    maxDelayMs,
    deadlineMs,
    attemptTimeoutMs,
    signal: options.signal,
    limiter: options.limiter,
    onRetry: exigirFuncao("onRetry", options.onRetry, undefined),
    sleep: exigirFuncao("sleep", options.sleep, esperaReal),
    now: exigirFuncao("now", options.now, Date.now),
    random: exigirFuncao("random", options.random, Math.random),
  };
}

/**
 * Onde o status HTTP aparece nos erros dos SDKs:
 * - openai / ChatOpenAI (RateLimitError, InternalServerError, …): `error.status`;
 * - ChatGoogleGenerativeAI (GoogleGenerativeAIFetchError): `error.status`;
 * - clientes estilo axios/gaxios: `error.response.status`; alguns servidores: `error.statusCode`.
 */
export function statusDoErro(error: unknown): number | undefined {
  if (typeof error !== "object" || error === null) return undefined;
  const e = error as { status?: unknown; statusCode?: unknown; response?: { status?: unknown } };
  for (const value of [e.status, e.statusCode, e.response?.status]) {
    if (typeof value === "number" && Number.isInteger(value)) return value;
    // Stryker disable next-line all: extra; o TODO 2 pede o status numérico (status em string não é pedido).
    if (typeof value === "string" && /^\d{3}$/.test(value)) return Number(value);
  }
  return undefined;
}

const CODIGOS_DE_REDE = new Set(["ECONNRESET", "ECONNREFUSED", "ETIMEDOUT", "EPIPE", "EAI_AGAIN", "ENOTFOUND", "UND_ERR_SOCKET", "UND_ERR_CONNECT_TIMEOUT"]);

/** Falha de rede (sem resposta HTTP): conexão recusada/derrubada, DNS, timeout do cliente. */
function ehErroDeRede(error: unknown): boolean {
  if (!(error instanceof Error)) return false;
  const code = (error as { code?: unknown }).code;
  if (typeof code === "string" && CODIGOS_DE_REDE.has(code)) return true;
  // openai SDK: APIConnectionError / APIConnectionTimeoutError (sem status).
  if (/^APIConnection(Timeout)?Error$/.test(error.constructor.name)) return true;
  // fetch do Node ("fetch failed"); o SDK do Gemini embrulha e perde a causa, sobra a mensagem.
  if (/fetch failed|socket hang up|network error/i.test(error.message)) return true;
  return error.cause instanceof Error && error.cause !== error && ehErroDeRede(error.cause);
}

/**
 * Vale a pena tentar de novo? Só o que é transitório:
 * 408 (timeout do servidor), 429 (limite de taxa — menos cota esgotada), 5xx (menos 501), timeouts e falhas de rede.
 * Nunca 400/401/403/404/422: repetir a mesma requisição dá o mesmo erro, e 401/403 repetidos podem bloquear a chave.
 */
export function permiteRetry(error: unknown): boolean {
  // Stryker disable next-line ConditionalExpression: equivalente, o ErroPrazoDaTentativa se chama "TimeoutError" e a linha do TimeoutError abaixo também a aceita.
  if (error instanceof ErroPrazoDaTentativa) return true;
  const status = statusDoErro(error);
  if (status !== undefined) {
    if (status === 429) return (error as { code?: unknown }).code !== "insufficient_quota"; // cota do mês acabou: esperar não resolve
    return status === 408 || (status >= 500 && status <= 599 && status !== 501);
  }
  // Stryker disable next-line all: extra; o TODO 3 não pede o TimeoutError do AbortSignal.timeout().
  if (error instanceof Error && error.name === "TimeoutError") return true;
  return ehErroDeRede(error);
}

function lerCabecalho(headers: unknown, name: string): string | undefined {
  if (!headers || typeof headers !== "object") return undefined;
  if (typeof (headers as Headers).get === "function") return (headers as Headers).get(name) ?? undefined;
  for (const [key, value] of Object.entries(headers as Record<string, unknown>)) {
    if (key.toLowerCase() === name) return Array.isArray(value) ? String(value[0]) : value == null ? undefined : String(value);
  }
  return undefined;
}

/** Valor de Retry-After (RFC 9110): segundos inteiros não negativos ou uma data HTTP. Devolve ms a esperar. */
export function lerRetryAfter(value: string | undefined, nowMs: number): number | undefined {
  if (value === undefined) return undefined;
  // Stryker disable next-line MethodExpression: extra; o enunciado não pede aparar espaços (o Headers já entrega o valor aparado).
  const text = value.trim();
  if (/^\d+(\.\d+)?$/.test(text)) return Math.round(Number(text) * 1000);
  if (!/[a-z]/i.test(text)) return undefined; // "-3", "" etc.: não é data nem segundos válidos
  const date = Date.parse(text);
  if (Number.isNaN(date)) return undefined;
  return Math.max(0, date - nowMs);
}

/**
 * Quanto o servidor pediu para esperar, em ms (undefined = não pediu).
 * - `retry-after-ms` / `retry-after` nos cabeçalhos: o SDK `openai` (e o ChatOpenAI, que repassa o erro dele) guarda
 *   os cabeçalhos em `error.headers` (um Headers); clientes estilo axios em `error.response.headers`.
 * - Gemini: NÃO manda Retry-After; o tempo vem no corpo, em `details[].retryDelay` ("38s", "45.8s") do tipo
 *   google.rpc.RetryInfo, e o SDK do Google o guarda em `error.errorDetails`.
 */
export function esperaPedidaMs(error: unknown, nowMs: number): number | undefined {
  if (typeof error !== "object" || error === null) return undefined;
  const e = error as { headers?: unknown; response?: { headers?: unknown }; errorDetails?: unknown };
  for (const headers of [e.headers, e.response?.headers]) {
    const ms = lerCabecalho(headers, "retry-after-ms");
    // Stryker disable next-line Regex,MethodExpression: extra; o enunciado não diz o que fazer com lixo, fração ou espaços no retry-after-ms.
    if (ms !== undefined && /^\d+(\.\d+)?$/.test(ms.trim())) return Math.round(Number(ms));
    const parsed = lerRetryAfter(lerCabecalho(headers, "retry-after"), nowMs);
    if (parsed !== undefined) return parsed;
  }
  if (Array.isArray(e.errorDetails)) {
    for (const detail of e.errorDetails as Array<{ "@type"?: unknown; retryDelay?: unknown }>) {
      // Stryker disable next-line OptionalChaining: equivalente na prática; o SDK do Gemini nunca põe null em errorDetails.
      if (typeof detail?.["@type"] !== "string" || !detail["@type"].endsWith("google.rpc.RetryInfo")) continue;
      const match = typeof detail.retryDelay === "string" ? /^\s*(\d+(?:\.\d+)?)s\s*$/.exec(detail.retryDelay) : null;
      if (match) return Math.round(Number(match[1]) * 1000);
    }
  }
  return undefined;
}

/**
 * Backoff exponencial com "full jitter": sorteia a espera entre 0 e min(teto, base × 2^(n−1)),
 * n = número da tentativa que falhou. O sorteio espalha os clientes que falharam juntos (sem "manada").
 */
export function esperaDeBackoff(failedAttempt: number, { baseDelayMs, maxDelayMs }: { baseDelayMs: number; maxDelayMs: number }, random: () => number = Math.random): number {
  const ceiling = Math.min(maxDelayMs, baseDelayMs * 2 ** (failedAttempt - 1));
  const r = Math.min(Math.max(random(), 0), 1);
  return Math.round(r * ceiling);
}

/**
 * Roda UMA tentativa com prazo próprio. O sinal passado à operação aborta no timeout ou no cancelamento do
 * chamador; e não confiamos só no SDK: a corrida com o sinal garante que a promessa termine mesmo quando o SDK
 * ignora o sinal (o ChatGoogleGenerativeAI 2.3.2 não repassa `signal`/`timeout` ao fetch no invoke()).
 */
export async function executarTentativa<T>(operation: (signal: AbortSignal) => Promise<T>, timeoutMs: number, outer?: AbortSignal): Promise<T> {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(new ErroPrazoDaTentativa(timeoutMs)), timeoutMs);
  const onOuterAbort = () => controller.abort(outer!.reason);
  if (outer?.aborted) onOuterAbort();
  else outer?.addEventListener("abort", onOuterAbort, { once: true });
  let onAbort: (() => void) | undefined;
  const aborted = new Promise<never>((_, reject) => {
    onAbort = () => reject(controller.signal.reason);
    controller.signal.addEventListener("abort", onAbort, { once: true });
  });
  aborted.catch(() => undefined); // quem decide o erro é o catch abaixo
  try {
    controller.signal.throwIfAborted();
    const work = Promise.resolve().then(() => operation(controller.signal));
    // Se o sinal vencer a corrida, a promessa do SDK fica órfã: silencie a rejeição tardia dela.
    work.catch(() => undefined);
    return await Promise.race([work, aborted]);
  } catch (error) {
    // Abortamos nós (timeout ou chamador)? O motivo do sinal é a verdade, não o "Request was aborted." do SDK.
    throw controller.signal.aborted ? controller.signal.reason : error;
  } finally {
    clearTimeout(timer);
    outer?.removeEventListener("abort", onOuterAbort);
    if (onAbort) controller.signal.removeEventListener("abort", onAbort);
  }
}

/**
 * Executa `operation` com retentativas. Regras:
 * - só retenta o que `permiteRetry` aceita; o resto sobe na hora, intacto;
 * - espera o que o servidor pediu (Retry-After/RetryInfo) ou o backoff com jitter;
 * - nunca dorme depois da última tentativa, nem além do prazo total (desiste antes, com o motivo);
 * - o AbortSignal interrompe a tentativa, a espera e o laço, rejeitando com `signal.reason`;
 * - cada tentativa passa pelo limitador, se houver.
 */
export async function comRetry<T>(operation: (context: { signal: AbortSignal; attempt: number }) => Promise<T>, options: OpcoesDeRetry = {}): Promise<T> {
  const policy = resolverOpcoesDeRetry(options);
  const { signal, sleep, now, random, limiter, onRetry } = policy;
  const startedAt = now();
  const deadline = startedAt + policy.deadlineMs;
  let lastError: unknown;
  for (let attempt = 1; attempt <= policy.maxAttempts; attempt++) {
    signal?.throwIfAborted();
    if (limiter) await limiter.acquire(signal);
    signal?.throwIfAborted();
    const remaining = deadline - now();
    if (remaining <= 0) throw new ErroRetryEsgotado("deadline", attempt - 1, now() - startedAt, lastError);
    try {
      return await executarTentativa((s) => operation({ signal: s, attempt }), Math.min(policy.attemptTimeoutMs, remaining), signal);
    } catch (error) {
      if (signal?.aborted) throw signal.reason;
      if (!permiteRetry(error)) throw error;
      lastError = error;
    }
    if (attempt === policy.maxAttempts) break; // o livro dormia aqui à toa
    const hinted = esperaPedidaMs(lastError, now());
    const delayMs = hinted ?? esperaDeBackoff(attempt, policy, random);
    if (now() + delayMs >= deadline) {
      // Stryker disable next-line all: extra; detalhe da mensagem de erro, o enunciado não o pede.
      const detail = hinted !== undefined ? ` (o servidor pediu ${(hinted / 1000).toFixed(1)} s de espera, além do prazo de ${policy.deadlineMs} ms)` : "";
      throw new ErroRetryEsgotado("deadline", attempt, now() - startedAt, lastError, detail);
    }
    onRetry?.({ attempt, delayMs, source: hinted !== undefined ? "retry-after" : "backoff", status: statusDoErro(lastError), error: lastError });
    await sleep(delayMs, signal);
  }
  throw new ErroRetryEsgotado("attempts", policy.maxAttempts, now() - startedAt, lastError);
}
