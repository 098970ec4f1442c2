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

/** O modelo do livro, com as retentativas DO SDK desligadas: quem retenta somos nós. */
export function criarModelo(): ChatGoogleGenerativeAI {
  // TODO 7: new ChatGoogleGenerativeAI com model "gemini-2.5-flash", ...geminiOptions() e maxRetries: 0
  //         (o padrão do LangChain é 6: cada tentativa sua viraria até 7 requisições).
  void [ChatGoogleGenerativeAI, geminiOptions];
  throw new Error("TODO 7: crie o modelo em criarModelo().");
}

/** O call_llm_with_retry do livro, feito direito: retentativas só do que é transitório, com limites claros. */
export async function callLlmWithRetry(prompt: string, options: OpcoesDeRetryLlm = {}): Promise<AIMessageChunk> {
  // TODO 8: 1) prompt precisa ser uma string não vazia (senão, TypeError em pt-BR);
  //         2) separe `model` do resto das opções e valide o resto com resolverOpcoesDeRetry ANTES de chamar o provedor;
  //         3) model = options.model ?? criarModelo();
  //         4) devolva comRetry(({ signal }) => model.invoke(prompt, { signal }), resto).
  void [resolverOpcoesDeRetry, comRetry, ErroOpcaoInvalida, options];
  throw new Error(`TODO 8: implemente callLlmWithRetry (prompt: ${JSON.stringify(prompt).slice(0, 60)}).`);
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
