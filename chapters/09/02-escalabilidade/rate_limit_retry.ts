// Capítulo 9 — §2 Escalabilidade: "Exemplo de Rate Limiting com Retentativa" (capitulo_09/rate_limit_retry.py).
// Rode: npm run exemplo -- rate_limit_retry   (ou: npx tsx chapters/09/02-escalabilidade/rate_limit_retry.ts)
//
// Três coisas lado a lado: a versão do livro (traduzida ao pé da letra), a mesma ideia feita direito
// (callLlmWithRetry) e um limitador de taxa do lado do cliente com p-queue. No modo lab o exemplo manda o
// laboratório falhar de propósito (429, 5xx, 400) para você ver as retentativas e as esperas acontecendo.
import type { AIMessageChunk } from "@langchain/core/messages";
import { ChatGoogleGenerativeAI } from "@langchain/google-genai";
import PQueue from "p-queue";
import { geminiOptions, readConfig } from "#lib/config";
import { labClient } from "#lib/lab/client";
import { runMain } from "#lib/main";

const dormir = (ms: number, signal?: AbortSignal) =>
  new Promise<void>((resolve, reject) => {
    if (signal?.aborted) return reject(signal.reason);
    const timer = setTimeout(resolve, ms);
    signal?.addEventListener("abort", () => (clearTimeout(timer), reject(signal.reason)), { once: true });
  });

// ─── 1. A versão do livro, traduzida ao pé da letra ───────────────────────────────────────────────
// Problemas (explicados no README): retenta QUALQUER erro (inclusive 400/401), dorme depois da última
// tentativa, não tem jitter, nem teto, nem prazo total, perde o erro original e, como o modelo usa o
// maxRetries padrão do LangChain (6), cada tentativa do laço pode virar 7 requisições: até 35 no total.
const llmDoLivro = () => new ChatGoogleGenerativeAI({ model: "gemini-2.5-flash", ...geminiOptions() });

export async function call_llm_with_retry_do_livro(prompt: string, max_retries = 5, initial_delay = 1): Promise<AIMessageChunk> {
  const llm = llmDoLivro();
  for (let i = 0; i < max_retries; i++) {
    try {
      return await llm.invoke(prompt);
    } catch (e) {
      const delay = initial_delay * 2 ** i;
      // (a mensagem do SDK começa com a URL; mostramos só o "[400 Bad Request] …" do fim)
      console.log(`  Erro: ${String((e as Error).message).split("\n")[0]!.replace(/^.*?(\[\d{3})/, "$1").slice(0, 90)}. Retentando em ${delay}s...`);
      await dormir(delay * 1000);
    }
  }
  throw new Error("Falha após múltiplas tentativas.");
}

// ─── 2. A mesma ideia, feita direito ──────────────────────────────────────────────────────────────
export interface OpcoesRetentativa {
  maxAttempts?: number;
  baseDelayMs?: number;
  maxDelayMs?: number;
  deadlineMs?: number;
  signal?: AbortSignal;
  /** Chamado antes de cada espera: aqui o exemplo imprime o que está acontecendo. */
  onRetry?: (info: { tentativa: number; status?: number; esperaMs: number; origem: "servidor" | "backoff" }) => void;
}

const statusDe = (e: unknown): number | undefined => {
  const s = (e as { status?: unknown } | null)?.status;
  return typeof s === "number" ? s : undefined;
};

/** Só o que é transitório: 408, 429, 5xx (menos 501) e falhas de rede. Nunca 400/401/403/404. */
function retentavel(e: unknown): boolean {
  const status = statusDe(e);
  if (status !== undefined) return status === 408 || status === 429 || (status >= 500 && status !== 501);
  return e instanceof Error && /fetch failed|ECONNRESET|ETIMEDOUT|Connection error/i.test(e.message);
}

/** Quanto o servidor pediu para esperar: Retry-After (segundos ou data HTTP) ou, no Gemini, o RetryInfo do corpo. */
function pedidoDoServidorMs(e: unknown): number | undefined {
  const erro = e as { headers?: { get?: (n: string) => string | null }; errorDetails?: Array<{ "@type"?: string; retryDelay?: string }> };
  const cabecalho = typeof erro?.headers?.get === "function" ? erro.headers.get("retry-after") : null;
  if (cabecalho) {
    if (/^\d+$/.test(cabecalho.trim())) return Number(cabecalho) * 1000;
    const data = Date.parse(cabecalho);
    if (!Number.isNaN(data)) return Math.max(0, data - Date.now());
  }
  const info = erro?.errorDetails?.find((d) => d["@type"]?.endsWith("google.rpc.RetryInfo"));
  const m = info?.retryDelay ? /^(\d+(?:\.\d+)?)s$/.exec(info.retryDelay) : null;
  return m ? Math.round(Number(m[1]) * 1000) : undefined;
}

export async function callLlmWithRetry(prompt: string, opcoes: OpcoesRetentativa = {}): Promise<AIMessageChunk> {
  const { maxAttempts = 5, baseDelayMs = 500, maxDelayMs = 20_000, deadlineMs = 60_000, signal, onRetry } = opcoes;
  if (!Number.isInteger(maxAttempts) || maxAttempts < 1 || maxAttempts > 20) throw new RangeError(`maxAttempts = ${maxAttempts}: use um inteiro de 1 a 20.`);
  if (!(baseDelayMs > 0 && maxDelayMs >= baseDelayMs && deadlineMs > 0)) throw new RangeError("Use baseDelayMs > 0, maxDelayMs ≥ baseDelayMs e deadlineMs > 0.");
  // maxRetries: 0 — quem retenta é este laço; senão as retentativas do SDK se multiplicam com as nossas.
  const llm = new ChatGoogleGenerativeAI({ model: "gemini-2.5-flash", maxRetries: 0, ...geminiOptions() });
  const inicio = Date.now();
  const prazo = inicio + deadlineMs;
  let ultimoErro: unknown;
  let motivo = `esgotei as ${maxAttempts} tentativas`;
  for (let tentativa = 1; tentativa <= maxAttempts; tentativa++) {
    signal?.throwIfAborted();
    try {
      return await llm.invoke(prompt, { signal });
    } catch (e) {
      if (signal?.aborted) throw signal.reason;
      if (!retentavel(e)) throw e; // 400, 401…: repetir não ajuda; o erro original sobe intacto
      ultimoErro = e;
    }
    if (tentativa === maxAttempts) break; // nada de dormir depois da última
    const pedido = pedidoDoServidorMs(ultimoErro);
    // Full jitter: sorteio entre 0 e min(teto, base × 2^(n−1)); espalha os clientes que falharam juntos.
    const esperaMs = pedido ?? Math.round(Math.random() * Math.min(maxDelayMs, baseDelayMs * 2 ** (tentativa - 1)));
    if (Date.now() + esperaMs >= prazo) {
      motivo = `a próxima espera (${esperaMs} ms) passaria do prazo de ${deadlineMs} ms`; // desista já
      break;
    }
    onRetry?.({ tentativa, status: statusDe(ultimoErro), esperaMs, origem: pedido !== undefined ? "servidor" : "backoff" });
    await dormir(esperaMs, signal);
  }
  throw new Error(`Desisti: ${motivo}, em ${((Date.now() - inicio) / 1000).toFixed(1)} s.`, { cause: ultimoErro });
}

// ─── 3. Rate limiting do lado do cliente, com uma biblioteca (p-queue) ─────────────────────────────
/** No máximo `porJanela` requisições em qualquer janela de `janelaMs` (strict = janela deslizante). */
export function criarFilaLimitada(porJanela: number, janelaMs: number): PQueue {
  return new PQueue({ intervalCap: porJanela, interval: janelaMs, strict: true });
}

export async function main(): Promise<void> {
  const labUrl = process.env.LAB_URL;
  const modoLab = !!labUrl && readConfig().modes.gemini === "lab";
  const lab = modoLab ? labClient(labUrl) : undefined;
  const imprimirRetentativa: OpcoesRetentativa["onRetry"] = ({ tentativa, status, esperaMs, origem }) =>
    console.log(`  tentativa ${tentativa} falhou (${status ?? "rede"}) → esperando ${esperaMs} ms (${origem === "servidor" ? "pedido do servidor" : "backoff com jitter"})`);

  if (!lab) {
    console.log("🔑 Gemini real: sem falhas simuladas. Você só veria 429 de verdade sob carga (muitas chamadas por minuto).");
    const resposta = await callLlmWithRetry("Escreva uma frase sobre rate limiting", { onRetry: imprimirRetentativa });
    console.log(`✅ ${resposta.text}`);
    return;
  }

  console.log("\n1) A versão do livro contra um 400 (requisição inválida), com initial_delay = 0,05 s para a demo caber no tempo:");
  await lab.setFaults([{ status: 400, times: 5, provider: "gemini" }]);
  const t1 = Date.now();
  await call_llm_with_retry_do_livro("Escreva uma frase sobre retentativas", 5, 0.05).catch((e: Error) => console.log(`  ❌ ${e.message} (cause: ${e.cause === undefined ? "perdida" : "ok"})`));
  console.log(
    `  → ${(await lab.calls()).length} chamadas para um erro que nunca ia passar, ${((Date.now() - t1) / 1000).toFixed(2)} s, e a última espera foi à toa.` +
      "\n    Com um 500 no lugar do 400, cada tentativa viraria 7 requisições (maxRetries padrão 6): até 35, por vários minutos.",
  );

  console.log("\n2) Feito direito, contra o mesmo 400:");
  await lab.reset();
  await lab.setFaults([{ status: 400, provider: "gemini" }]);
  await callLlmWithRetry("Escreva uma frase sobre retentativas").catch((e: unknown) => console.log(`  ❌ falhou na hora, status ${statusDe(e)}, sem retentar`));
  console.log(`  → ${(await lab.calls()).length} chamada.`);

  console.log("\n3) Feito direito, contra 503, 429 com Retry-After de 1 s e 500:");
  await lab.reset();
  await lab.setFaults([
    { status: 503, provider: "gemini" },
    { status: 429, retryAfter: 1, provider: "gemini" },
    { status: 500, provider: "gemini" },
  ]);
  const t3 = Date.now();
  const resposta = await callLlmWithRetry("Escreva uma frase sobre backoff exponencial", { baseDelayMs: 200, maxDelayMs: 2_000, deadlineMs: 10_000, onRetry: imprimirRetentativa });
  console.log(`  ✅ ${resposta.text}  (${Date.now() - t3} ms, ${(await lab.calls()).length} chamadas)`);

  console.log("\n4) Rate limiting no cliente: 6 perguntas numa fila p-queue de no máximo 2 requisições a cada 400 ms:");
  await lab.reset();
  const fila = criarFilaLimitada(2, 400);
  const assuntos = ["cache", "filas", "paralelismo", "tokens", "latência", "custos"];
  const t4 = Date.now();
  const saidas: number[] = [];
  await Promise.all(
    assuntos.map((a) =>
      fila.add(() => {
        saidas.push(Date.now() - t4); // o instante em que a fila liberou a requisição
        return callLlmWithRetry(`Escreva uma frase sobre ${a}`);
      }),
    ),
  );
  console.log(`  → saídas para o provedor (ms desde o início): ${saidas.join(", ")}; o provedor recebeu ${(await lab.calls()).length} chamadas`);
}

await runMain(import.meta.url, main);
