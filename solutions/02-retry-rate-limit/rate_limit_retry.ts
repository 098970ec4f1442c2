// Exercício 2 — Retentativas com backoff e rate limiting (livro: capitulo_09/rate_limit_retry.py).
// O call_llm_with_retry do livro, do jeito de produção. Enunciado: exercises/02-retry-rate-limit/README.md. Rode com: npm run ex:2
import type { AIMessageChunk } from "@langchain/core/messages";
import { ChatGoogleGenerativeAI } from "@langchain/google-genai";
import { traceable } from "langsmith/traceable";
import { geminiOptions, readConfig } from "#lib/config";
import { labClient } from "#lib/lab/client";
import { runMain } from "#lib/main";
import { flushTraces } from "#lib/tracing";
import { ErroOpcaoInvalida, resolverOpcoesDeRetry, comRetry, type OpcoesDeRetry } from "./retry.ts";
import { BaldeDeTokens } from "./token_bucket.ts";

// Um só ponto de entrada para quem reutiliza (o projeto final importa daqui).
export * from "./retry.ts";
export * from "./token_bucket.ts";

/** O que precisamos de um modelo de chat: invoke com AbortSignal (ChatGoogleGenerativeAI, ChatOpenAI, …). */
export interface ModeloDeChat {
  invoke(input: string, options?: { signal?: AbortSignal }): Promise<AIMessageChunk>;
}

export interface OpcoesDeRetryLlm extends OpcoesDeRetry {
  /** Modelo a usar (padrão: criarModelo(), o Gemini do livro). Crie-o com maxRetries: 0. */
  model?: ModeloDeChat;
}

/**
 * O modelo do livro, com as retentativas DO SDK desligadas: quem retenta somos nós. Com o padrão do
 * LangChain (maxRetries: 6), cada tentativa nossa viraria até 7 requisições, e um 500 custaria ~80 s.
 */
export function criarModelo(): ChatGoogleGenerativeAI {
  return new ChatGoogleGenerativeAI({ model: "gemini-2.5-flash", maxRetries: 0, ...geminiOptions() });
}

/** O call_llm_with_retry do livro, feito direito: retentativas só do que é transitório, com limites claros. */
export async function callLlmWithRetry(prompt: string, options: OpcoesDeRetryLlm = {}): Promise<AIMessageChunk> {
  if (typeof prompt !== "string" || prompt.trim() === "") throw new TypeError("callLlmWithRetry precisa de um prompt: uma string não vazia.");
  // Stryker disable all: validação extra; o TODO 8 só pede validar o resto das opções com resolverOpcoesDeRetry.
  if (options !== undefined && options !== null && typeof options !== "object")
    throw new ErroOpcaoInvalida("options", "As opções de callLlmWithRetry precisam ser um objeto, por exemplo { maxAttempts: 3 }.");
  // Stryker restore all
  const { model: injected, ...retry } = options ?? {};
  resolverOpcoesDeRetry(retry); // opções ruins falham aqui, antes de qualquer chamada ao provedor
  // Stryker disable all: validação extra de options.model; o TODO 8 não a pede.
  if (injected !== undefined && typeof injected?.invoke !== "function")
    throw new ErroOpcaoInvalida("model", "Opção inválida model: passe um modelo de chat do LangChain (com invoke), criado com maxRetries: 0.");
  // Stryker restore all
  const model = injected ?? criarModelo();
  return comRetry(({ signal }) => model.invoke(prompt, { signal }), retry);
}

export async function main(): Promise<void> {
  // No modo lab, mandamos o "Gemini" falhar 3 vezes para você ver as retentativas acontecerem.
  const labUrl = process.env.LAB_URL;
  if (labUrl && readConfig().modes.gemini === "lab") {
    await labClient(labUrl).setFaults([
      { status: 503, provider: "gemini" },
      { status: 429, provider: "gemini" },
      { status: 500, provider: "gemini" },
    ]);
    console.log("🧪 Laboratório: as 3 próximas chamadas ao Gemini vão falhar (503, 429 sem Retry-After, 500).");
  }
  // Até 2 requisições de uma vez, depois 5 por segundo: as retentativas também passam por aqui.
  const limiter = new BaldeDeTokens({ capacity: 2, refillPerSecond: 5 });
  // traceable agrupa as tentativas num run só: no trace, cada tentativa aparece como filha de "callLlmWithRetry".
  const perguntar = traceable(
    (prompt: string) =>
      callLlmWithRetry(prompt, {
        maxAttempts: 5,
        baseDelayMs: 100,
        maxDelayMs: 1_000,
        deadlineMs: 10_000,
        attemptTimeoutMs: 15_000,
        limiter,
        onRetry: ({ attempt, delayMs, source, status }) =>
          console.log(
            `  tentativa ${attempt} falhou (${status ?? "sem status"}) → esperando ${delayMs} ms (${source === "retry-after" ? "pedido do servidor" : "backoff com jitter"})`,
          ),
      }),
    { name: "callLlmWithRetry", run_type: "chain" },
  );
  const inicio = Date.now();
  const resposta = await perguntar("Escreva uma frase sobre rate limiting");
  console.log(`✅ ${resposta.text}  (${Date.now() - inicio} ms no total)`);
  await flushTraces();
}

await runMain(import.meta.url, main);
