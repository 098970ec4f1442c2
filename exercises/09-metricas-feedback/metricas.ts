// Exercício 9 — Métricas Prometheus e feedback no LangSmith (livro: §3 e "Dicas avançadas para produção")
// Enunciado completo: exercises/09-metricas-feedback/README.md. Rode com: npm run ex:9
import http from "node:http";
import type { AddressInfo } from "node:net";
import { BaseCallbackHandler } from "@langchain/core/callbacks/base";
import type { Serialized } from "@langchain/core/load/serializable";
import type { BaseMessage } from "@langchain/core/messages";
import type { LLMResult } from "@langchain/core/outputs";
import { ChatOpenAI } from "@langchain/openai";
import { getCurrentRunTree, traceable } from "langsmith/traceable";
import { Counter, Histogram, Registry } from "prom-client";
import { openAIOptions } from "#lib/config";
import { runMain } from "#lib/main";
import { estimateCost } from "#lib/pricing";
import { flushTraces } from "#lib/tracing";
import { registrarFeedback } from "./feedback.ts";

// Limites dos buckets recomendados pelas convenções semânticas de GenAI do OpenTelemetry (já prontos).
export const BUCKETS_DURACAO = [0.01, 0.02, 0.04, 0.08, 0.16, 0.32, 0.64, 1.28, 2.56, 5.12, 10.24, 20.48, 40.96, 81.92];
export const BUCKETS_TOKENS = [1, 4, 16, 64, 256, 1024, 4096, 16384, 65536, 262144, 1048576, 4194304, 16777216, 67108864];

/**
 * Tipo de erro com poucos valores possíveis (vira rótulo): o status HTTP quando há um ("429", "500"),
 * "timeout" para tempo esgotado, senão o nome da classe do erro. Nunca a mensagem, que pode ter texto do usuário.
 */
export function tipoDeErro(erro: unknown): string {
  // TODO 1: olhe (erro as { status?: number }).status e o nome do erro (erro.name / erro.constructor.name).
  void erro;
  return "TODO";
}

export interface OpcoesMetricas {
  /** Onde registrar as métricas (o que o /metrics expõe). Padrão: um Registry novo. */
  registry?: Registry;
}

/**
 * Callback handler do LangChain que mede cada chamada de modelo: latência, tokens, custo estimado e erros.
 * Use em qualquer modelo ou chain: `new ChatOpenAI({ callbacks: [metricas] })` ou `invoke(x, { callbacks: [metricas] })`.
 */
export class MetricasLLM extends BaseCallbackHandler {
  name = "metricas_llm";
  readonly registry: Registry;

  constructor(opcoes: OpcoesMetricas = {}) {
    // _awaitHandler: o LangChain espera o handler antes de devolver o resultado (medir é barato e síncrono),
    // então as métricas já estão no registry quando o invoke() termina.
    super({ _awaitHandler: true });
    this.registry = opcoes.registry ?? new Registry();
    // TODO 2: crie, registradas em this.registry (registers: [this.registry]):
    //   - Histogram "gen_ai_client_operation_duration_seconds" (buckets BUCKETS_DURACAO), rótulos
    //     gen_ai_operation_name, gen_ai_provider_name, gen_ai_request_model e error_type;
    //   - Histogram "gen_ai_client_token_usage" (buckets BUCKETS_TOKENS), mesmos rótulos + gen_ai_token_type;
    //   - Counter "llm_cost_usd_total", rótulos gen_ai_provider_name e gen_ai_request_model;
    //   - Counter "llm_errors_total", rótulos gen_ai_operation_name, gen_ai_provider_name, gen_ai_request_model, error_type.
  }

  override handleChatModelStart(
    _llm: Serialized,
    _messages: BaseMessage[][],
    runId: string,
    _parentRunId?: string,
    extraParams?: Record<string, unknown>,
    _tags?: string[],
    metadata?: Record<string, unknown>,
  ): void {
    // TODO 3: guarde, por runId, o instante do início (performance.now(), nunca Date.now()) e os rótulos da chamada:
    //         operação "chat", modelo (metadata.ls_model_name) e provedor (metadata.ls_provider).
    void [runId, extraParams, metadata];
  }

  override handleLLMEnd(saida: LLMResult, runId: string): void {
    // TODO 4: observe a duração EM SEGUNDOS; leia os tokens de saida.generations[i][0].message.usage_metadata
    //         (input_tokens, output_tokens: funciona também no streaming) e observe um valor por tipo
    //         (gen_ai_token_type "input" e "output"); some o custo de estimateCost(modelo, uso).
    //         Tire o runId do Map (delete): o handler vive o tempo todo do servidor.
    void [saida, runId, estimateCost];
  }

  override handleLLMError(erro: unknown, runId: string): void {
    // TODO 5: observe a duração com error_type = tipoDeErro(erro) e conte o erro em llm_errors_total.
    //         Aqui também: tire o runId do Map.
    void [erro, runId];
  }
}

export interface ServidorDeMetricas {
  url: string;
  close(): Promise<void>;
}

/** Serve `GET /metrics` (o formato de texto do Prometheus) com o conteúdo do registry. Só em 127.0.0.1 por padrão. */
export async function servirMetricas(registry: Registry, { port = 9464, host = "127.0.0.1" }: { port?: number; host?: string } = {}): Promise<ServidorDeMetricas> {
  // TODO 6: http.createServer: GET /metrics → 200 com await registry.metrics() e Content-Type registry.contentType;
  //         qualquer outro caminho → 404. Escute em host:port e devolva { url: `http://${host}:${porta}`, close }.
  void [http, registry, port, host];
  throw new Error("TODO: implemente servirMetricas");
}

export async function main(): Promise<void> {
  const registry = new Registry();
  const metricas = new MetricasLLM({ registry });
  // O handler vai no construtor: toda chamada deste modelo é medida, sem mudar o resto do código.
  const llm = new ChatOpenAI({ model: "gpt-4o-mini", maxRetries: 2, callbacks: [metricas], ...openAIOptions() });

  const atender = traceable(
    async (pergunta: string) => ({ resposta: (await llm.invoke(pergunta)).text, runId: getCurrentRunTree().id }),
    { name: "atendimento" },
  );
  const { resposta, runId } = await atender("Escreva uma frase sobre observabilidade");
  console.log(`Resposta: ${resposta}`);
  let streaming = "";
  for await (const pedaco of await llm.stream("Escreva uma frase sobre streaming")) streaming += pedaco.text;
  console.log(`Resposta em streaming: ${streaming}`);

  const servidor = await servirMetricas(registry, { port: 0 });
  try {
    const texto = await (await fetch(`${servidor.url}/metrics`)).text();
    console.log(`\nGET ${servidor.url}/metrics (sem as linhas _bucket):`);
    for (const linha of texto.split("\n")) if (/^(gen_ai|llm)_/.test(linha) && !linha.includes("_bucket")) console.log(`  ${linha}`);
  } finally {
    await servidor.close();
  }

  const feedbackId = await registrarFeedback(runId, 1, "Respondeu corretamente.");
  console.log(`\nFeedback ${feedbackId} registrado no run ${runId}.`);
  await flushTraces();
}

// Guarda para não deixar os imports sem uso enquanto você não termina os TODOs.
void [Counter, Histogram, {} as AddressInfo];

await runMain(import.meta.url, main);
