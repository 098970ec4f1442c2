// Exercício 2 — o núcleo reutilizável: política de retentativa (backoff exponencial com full jitter, teto,
// Retry-After, prazo total, AbortSignal) para qualquer chamada a um serviço externo.
// Enunciado: exercises/02-retry-rate-limit/README.md. Os TODOs 1 a 6 estão aqui; 7 e 8 em rate_limit_retry.ts;
// 9 e 10 em token_bucket.ts. Tipos, classes de erro, esperaReal, exigirNumero e executarTentativa já estão prontos.

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
  // TODO 1: valide cada opção numérica com exigirNumero (ele já lança o erro em pt-BR com o nome da opção):
  //   maxAttempts inteiro de 1 a 20 (padrão 5); baseDelayMs de 1 a 60 000 (padrão 500);
  //   maxDelayMs de baseDelayMs a 300 000 (padrão 20 000); deadlineMs de 1 a 3 600 000 (padrão 60 000);
  //   attemptTimeoutMs de 1 a 600 000 (padrão 30 000).
  //   Depois devolva tudo resolvido: sleep ?? esperaReal, now ?? Date.now, random ?? Math.random, e signal/limiter/onRetry
  //   (exigirFuncao confere que sleep/now/random/onRetry, se vierem, são funções).
  void exigirFuncao;
  throw new Error(`TODO 1: valide as opções em resolverOpcoesDeRetry (recebi ${Object.keys(options ?? {}).join(", ") || "nenhuma"}).`);
}

/**
 * Onde o status HTTP aparece nos erros dos SDKs? Veja a tabela do README (openai/ChatOpenAI,
 * ChatGoogleGenerativeAI, clientes estilo axios) e confira com o laboratório.
 */
export function statusDoErro(error: unknown): number | undefined {
  // TODO 2: devolva o status HTTP numérico do erro (error.status, error.statusCode ou error.response.status), ou undefined.
  throw new Error(`TODO 2: implemente statusDoErro (erro recebido: ${descreverErro(error)}).`);
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
  // TODO 3: ErroPrazoDaTentativa → true; com status: 408, 429 (menos code "insufficient_quota") e 5xx menos 501 → true,
  //         outros → false; sem status: ehErroDeRede(error) (já pronto acima).
  void ehErroDeRede;
  throw new Error(`TODO 3: implemente permiteRetry (erro recebido: ${descreverErro(error)}).`);
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
  // TODO 4a: "7" → 7000; "Wed, 21 Oct 2026 07:28:00 GMT" → Date.parse(valor) − nowMs (nunca negativo);
  //          ausente ou lixo ("-3", "amanhã") → undefined.
  throw new Error(`TODO 4a: implemente lerRetryAfter (valor ${JSON.stringify(value)}, agora ${nowMs}).`);
}

/**
 * Quanto o servidor pediu para esperar, em ms (undefined = não pediu). Onde procurar:
 * - cabeçalhos `retry-after-ms` e `retry-after` em `error.headers` (um Headers: use .get) ou `error.response.headers`;
 * - Gemini: não manda Retry-After! O pedido vem em `error.errorDetails`, um item com
 *   "@type" terminando em "google.rpc.RetryInfo" e `retryDelay` como "38s" ou "45.8s".
 */
export function esperaPedidaMs(error: unknown, nowMs: number): number | undefined {
  // TODO 4b: procure nos cabeçalhos (lerCabecalho já está pronto acima) e depois no RetryInfo do Gemini.
  void lerCabecalho;
  throw new Error(`TODO 4b: implemente esperaPedidaMs (erro ${descreverErro(error)}, agora ${nowMs}).`);
}

/**
 * Backoff exponencial com "full jitter": sorteia a espera entre 0 e min(teto, base × 2^(n−1)),
 * n = número da tentativa que falhou. O sorteio espalha os clientes que falharam juntos (sem "manada").
 */
export function esperaDeBackoff(failedAttempt: number, { baseDelayMs, maxDelayMs }: { baseDelayMs: number; maxDelayMs: number }, random: () => number = Math.random): number {
  // TODO 5: Math.round(random() × Math.min(maxDelayMs, baseDelayMs × 2 ** (failedAttempt − 1))).
  throw new Error(`TODO 5: implemente esperaDeBackoff (tentativa ${failedAttempt}, base ${baseDelayMs}, teto ${maxDelayMs}, random ${typeof random}).`);
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
  // TODO 6: o laço de retentativas. Roteiro:
  //   const policy = resolverOpcoesDeRetry(options); anote o início com policy.now() e calcule o prazo final.
  //   para attempt = 1 .. maxAttempts:
  //     confira o sinal (signal?.throwIfAborted()); se houver limiter, await limiter.acquire(signal);
  //     se o prazo já acabou, lance ErroRetryEsgotado("deadline", ...);
  //     tente: return await executarTentativa((s) => operation({ signal: s, attempt }), Math.min(attemptTimeoutMs, restante), signal);
  //     se falhar: sinal abortado → lance signal.reason; não retentável → relance o erro original; guarde o último erro;
  //     se foi a última tentativa, saia do laço SEM dormir;
  //     espera = esperaPedidaMs(erro, now()) ?? esperaDeBackoff(attempt, policy, random);
  //     se now() + espera passa do prazo, desista já (ErroRetryEsgotado "deadline", com o último erro);
  //     onRetry?.({ ... }); await sleep(espera, signal).
  //   no fim: throw new ErroRetryEsgotado("attempts", maxAttempts, tempo gasto, últimoErro).
  void operation;
  throw new Error(`TODO 6: implemente o laço de comRetry (opções: ${Object.keys(options ?? {}).join(", ") || "nenhuma"}).`);
}
