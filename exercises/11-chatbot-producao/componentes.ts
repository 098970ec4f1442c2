// Projeto final (exercício 11) — as peças dos exercícios anteriores, num lugar só.
// O chatbot não reescreve nada do que você já construiu: importa daqui. Se um dia uma peça mudar de
// nome ou de arquivo, só este adaptador muda.
// `#solucoes/*` é um "import" do package.json (e um alias do vitest): aponta para as soluções de referência
// deste repositório de qualquer lugar, inclusive de uma pasta corrigida fora dele (npm run grade -- --dir).
import { createSecretAnonymizer } from "langsmith/anonymizer";
import { registrarFeedback as registrarNoLangSmith } from "#solucoes/09-metricas-feedback/feedback.ts";

export {
  comRetry,
  statusDoErro,
  esperaPedidaMs,
  ErroRetryEsgotado,
  type OpcoesDeRetry,
} from "#solucoes/02-retry-rate-limit/retry.ts"; // ex. 2: backoff com jitter, Retry-After, prazo total
export { chaveDeParametros } from "#solucoes/03-cache-custo/cache.ts"; // ex. 3: chave de cache com os parâmetros do modelo
export { FilaLimitada, ErroFilaCheia } from "#solucoes/04-batch-paralelismo-filas/fila.ts"; // ex. 4: fila com backpressure
export { criarLogger, erroSeguro, limparSegredos } from "#solucoes/06-protecao-chaves/logger.ts"; // ex. 6: logs sem chaves
export { mascarar } from "#solucoes/06-protecao-chaves/config.ts";
export { detectarPii, mascararPii } from "#solucoes/07-bloqueio-pii/pii.ts"; // ex. 7: CPF, CNPJ, e-mail, telefone, cartão…
export { avaliarAncoragem } from "#solucoes/07-bloqueio-pii/grounding.ts"; // ex. 7: guarda contra alucinação
export { detectarInjecao } from "#solucoes/08-injecao-prompt/detector.ts"; // ex. 8: detector de injeção (pt/en)
export { criarCanary, embutirCanary, detectarCanary } from "#solucoes/08-injecao-prompt/canary.ts"; // ex. 8: canário no prompt
export { MetricasLLM } from "#solucoes/09-metricas-feedback/metricas.ts"; // ex. 9: callback handler do prom-client
/**
 * O anonimizador do SDK do LangSmith (regras de chaves conhecidas: sk-…, AIza…, lsv2_…, tokens, "senha=…").
 * Um cliente que digita a própria chave ("minha chave é sk-…") não a manda ao modelo, ao cache, ao trace nem ao
 * feedback: todo texto do usuário que sai do processo para o LangSmith passa por ele.
 */
export const anonimizar = createSecretAnonymizer({ extraRules: [{ pattern: /\bsk-[A-Za-z0-9_-]{20,}/g, replace: "[SECRET_DETECTED]" }] });

/** ex. 9: createFeedback no LangSmith — o comentário é texto do usuário, então vai anonimizado como os traces. */
export function registrarFeedback(runId: string, score: number, comentario?: string): Promise<string> {
  return registrarNoLangSmith(runId, score, comentario === undefined ? undefined : anonimizar(comentario));
}

/**
 * Os valores das chaves de API presentes no ambiente, para o logger mascará-los (ex. 6).
 * Adaptador fino: o carregarConfig do ex. 6 recusa a chave de mentira do laboratório ("lab-sem-chave"),
 * então aqui só lemos os valores que já foram validados por lib/config.ts ao iniciar a sessão.
 */
export function segredosDoAmbiente(env: NodeJS.ProcessEnv = process.env): string[] {
  return ["GOOGLE_API_KEY", "OPENAI_API_KEY", "LANGSMITH_API_KEY"]
    .map((nome) => env[nome])
    .filter((valor): valor is string => !!valor && valor.length >= 8 && valor !== "lab-sem-chave");
}
