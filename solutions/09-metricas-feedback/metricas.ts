// Exercício 9 — Métricas Prometheus e feedback no LangSmith (livro: §3 e "Dicas avançadas para produção")
// Solução de referência: um callback handler do LangChain que mede toda chamada de modelo com prom-client.
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

// Limites dos buckets recomendados pelas convenções semânticas de GenAI do OpenTelemetry.
// Stryker disable all: buckets entregues prontos no enunciado.
export const BUCKETS_DURACAO = [0.01, 0.02, 0.04, 0.08, 0.16, 0.32, 0.64, 1.28, 2.56, 5.12, 10.24, 20.48, 40.96, 81.92];
export const BUCKETS_TOKENS = [1, 4, 16, 64, 256, 1024, 4096, 16384, 65536, 262144, 1048576, 4194304, 16777216, 67108864];
// Stryker restore all

// Rótulos com poucos valores possíveis (vêm do código, nunca do usuário): cada combinação vira uma série no Prometheus.
type Rotulo = "gen_ai_operation_name" | "gen_ai_provider_name" | "gen_ai_request_model";
type Rotulos = Record<Rotulo, string>;
const ROTULOS: Rotulo[] = ["gen_ai_operation_name", "gen_ai_provider_name", "gen_ai_request_model"];
const MAX_EM_ANDAMENTO = 10_000;

// Nomes de provedor das convenções do OpenTelemetry (gen_ai.provider.name) a partir do ls_provider do LangChain.
// Stryker disable next-line all: extra da solução, o enunciado pede o metadata.ls_provider como veio.
const PROVEDORES: Record<string, string> = { openai: "openai", google_genai: "gcp.gemini", anthropic: "anthropic" };

/**
 * Tipo de erro com poucos valores possíveis (vira rótulo): o status HTTP quando há um ("429", "500"),
 * "timeout" para tempo esgotado, senão o nome da classe do erro. Nunca a mensagem, que pode ter texto do usuário.
 */
export function tipoDeErro(erro: unknown): string {
  const e = (erro ?? {}) as { status?: unknown; name?: unknown; code?: unknown; constructor?: { name?: string } };
  // Stryker disable next-line all: a faixa 100–599 é extra da solução (enunciado: status numérico → String(status)).
  if (typeof e.status === "number" && e.status >= 100 && e.status < 600) return String(e.status);
  // Stryker disable next-line OptionalChaining: equivalente, todo objeto comum tem constructor.
  const nome = typeof e.name === "string" && e.name !== "Error" ? e.name : (e.constructor?.name ?? "Error");
  // Stryker disable next-line LogicalOperator: o `code` (ETIMEDOUT) é extra da solução, o enunciado fala do nome.
  if (/timeout|timedout|abort/i.test(`${nome} ${String(e.code ?? "")}`)) return "timeout";
  // Stryker disable next-line all: extra da solução (nome estranho vira "_OTHER"), o enunciado não pede.
  return /^[A-Za-z][A-Za-z0-9_]{0,39}$/.test(nome) ? nome : "_OTHER";
}

interface Uso {
  input_tokens: number;
  output_tokens: number;
  cached_input_tokens: number;
}

/** Tokens de uma chamada: usage_metadata das mensagens (também no streaming); senão, o tokenUsage do provedor. */
function usoDe(saida: LLMResult): Uso | undefined {
  // Stryker disable next-line BooleanLiteral: só muda o caso "sem usage_metadata", que o enunciado não define.
  let achou = false;
  const uso: Uso = { input_tokens: 0, output_tokens: 0, cached_input_tokens: 0 };
  for (const geracoes of saida.generations) {
    const mensagem = (geracoes[0] as { message?: BaseMessage } | undefined)?.message as
      | { usage_metadata?: { input_tokens?: number; output_tokens?: number; input_token_details?: { cache_read?: number } } }
      | undefined;
    // Stryker disable next-line OptionalChaining: equivalente, geração de chat sempre tem message.
    const u = mensagem?.usage_metadata;
    if (!u) continue;
    achou = true;
    uso.input_tokens += u.input_tokens ?? 0;
    uso.output_tokens += u.output_tokens ?? 0;
    // Stryker disable next-line all: extra da solução (tokens de cache), o laboratório não os informa.
    uso.cached_input_tokens += u.input_token_details?.cache_read ?? 0;
  }
  // Stryker disable all: extra da solução (tokenUsage do provedor quando não há usage_metadata), o enunciado não pede.
  if (achou) return uso;
  const t = (saida.llmOutput?.tokenUsage ?? saida.llmOutput?.estimatedTokenUsage) as { promptTokens?: number; completionTokens?: number } | undefined;
  return t ? { input_tokens: t.promptTokens ?? 0, output_tokens: t.completionTokens ?? 0, cached_input_tokens: 0 } : undefined;
  // Stryker restore all
}

/** Registra uma métrica no registry, ou devolve a que já existe com o mesmo nome (dois handlers, um registry). */
function metrica<T>(registry: Registry, nome: string, criar: () => T): T {
  return (registry.getSingleMetric(nome) as T | undefined) ?? criar();
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
  // Stryker disable next-line all: entregue pronto no enunciado.
  name = "metricas_llm";
  readonly registry: Registry;
  readonly duracao: Histogram<Rotulo | "error_type">;
  readonly tokens: Histogram<Rotulo | "gen_ai_token_type">;
  readonly custo: Counter<"gen_ai_provider_name" | "gen_ai_request_model">;
  readonly erros: Counter<Rotulo | "error_type">;
  private readonly emAndamento = new Map<string, { inicio: number; rotulos: Rotulos }>();

  constructor(opcoes: OpcoesMetricas = {}) {
    // _awaitHandler: o LangChain espera o handler antes de devolver o resultado (medir é barato e síncrono),
    // então as métricas já estão no registry quando o invoke() termina.
    // Stryker disable next-line all: entregue pronto no enunciado.
    super({ _awaitHandler: true });
    const registry = opcoes.registry ?? new Registry();
    this.registry = registry;
    // Stryker disable next-line StringLiteral: a busca por nome (dois handlers, um registry) é extra da solução.
    this.duracao = metrica(registry, "gen_ai_client_operation_duration_seconds", () =>
      new Histogram({
        name: "gen_ai_client_operation_duration_seconds",
        help: "Duração das chamadas ao modelo (GenAI client operation duration), em segundos.",
        labelNames: [...ROTULOS, "error_type"],
        buckets: BUCKETS_DURACAO,
        registers: [registry],
      }),
    );
    // Stryker disable next-line StringLiteral: idem.
    this.tokens = metrica(registry, "gen_ai_client_token_usage", () =>
      new Histogram({
        name: "gen_ai_client_token_usage",
        help: "Tokens usados por chamada (GenAI client token usage), por tipo: input ou output.",
        labelNames: [...ROTULOS, "gen_ai_token_type"],
        buckets: BUCKETS_TOKENS,
        registers: [registry],
      }),
    );
    // Stryker disable next-line StringLiteral: idem.
    this.custo = metrica(registry, "llm_cost_usd_total", () =>
      new Counter({
        name: "llm_cost_usd_total",
        help: "Custo estimado das chamadas ao modelo, em dólares (tabela de preços em lib/pricing.ts).",
        labelNames: ["gen_ai_provider_name", "gen_ai_request_model"],
        registers: [registry],
      }),
    );
    // Stryker disable next-line StringLiteral: idem.
    this.erros = metrica(registry, "llm_errors_total", () =>
      new Counter({
        name: "llm_errors_total",
        help: "Chamadas ao modelo que terminaram em erro, por tipo de erro.",
        labelNames: [...ROTULOS, "error_type"],
        registers: [registry],
      }),
    );
  }

  private iniciar(runId: string, operacao: string, extraParams?: Record<string, unknown>, metadata?: Record<string, unknown>): void {
    const invocacao = (extraParams?.invocation_params ?? {}) as Record<string, unknown>;
    const modelo = metadata?.ls_model_name ?? invocacao.model ?? invocacao.model_name;
    const provedor = typeof metadata?.ls_provider === "string" ? metadata.ls_provider : "desconhecido";
    // Uma chamada que nunca termina (stream abandonado no meio) não pode fazer o Map crescer para sempre.
    // Stryker disable next-line all: limite do Map é extra da solução (stream abandonado), o enunciado não pede.
    if (this.emAndamento.size >= MAX_EM_ANDAMENTO) this.emAndamento.delete(this.emAndamento.keys().next().value!);
    this.emAndamento.set(runId, {
      inicio: performance.now(),
      rotulos: {
        gen_ai_operation_name: operacao,
        // Stryker disable next-line all: extra da solução (nomes do OpenTelemetry), o enunciado pede o ls_provider.
        gen_ai_provider_name: PROVEDORES[provedor] ?? provedor,
        gen_ai_request_model: typeof modelo === "string" ? modelo : "desconhecido",
      },
    });
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
    this.iniciar(runId, "chat", extraParams, metadata);
  }

  // Stryker disable all: handleLLMStart (modelos de texto) é extra da solução, o enunciado só pede chat.
  override handleLLMStart(
    _llm: Serialized,
    _prompts: string[],
    runId: string,
    _parentRunId?: string,
    extraParams?: Record<string, unknown>,
    _tags?: string[],
    metadata?: Record<string, unknown>,
  ): void {
    this.iniciar(runId, "text_completion", extraParams, metadata);
  }
  // Stryker restore all

  override handleLLMEnd(saida: LLMResult, runId: string): void {
    const chamada = this.emAndamento.get(runId);
    if (!chamada) return;
    this.emAndamento.delete(runId);
    const { rotulos } = chamada;
    this.duracao.observe(rotulos, (performance.now() - chamada.inicio) / 1000);
    const uso = usoDe(saida);
    if (!uso) return;
    this.tokens.observe({ ...rotulos, gen_ai_token_type: "input" }, uso.input_tokens);
    this.tokens.observe({ ...rotulos, gen_ai_token_type: "output" }, uso.output_tokens);
    const custo = estimateCost(rotulos.gen_ai_request_model, uso);
    if (custo !== undefined)
      this.custo.inc({ gen_ai_provider_name: rotulos.gen_ai_provider_name, gen_ai_request_model: rotulos.gen_ai_request_model }, custo);
  }

  override handleLLMError(erro: unknown, runId: string): void {
    const chamada = this.emAndamento.get(runId);
    if (!chamada) return;
    this.emAndamento.delete(runId);
    const rotulos = { ...chamada.rotulos, error_type: tipoDeErro(erro) };
    this.duracao.observe(rotulos, (performance.now() - chamada.inicio) / 1000);
    this.erros.inc(rotulos);
  }
}

export interface ServidorDeMetricas {
  url: string;
  close(): Promise<void>;
}

/** Serve `GET /metrics` (o formato de texto do Prometheus) com o conteúdo do registry. Só em 127.0.0.1 por padrão. */
export async function servirMetricas(registry: Registry, { port = 9464, host = "127.0.0.1" }: { port?: number; host?: string } = {}): Promise<ServidorDeMetricas> {
  const servidor = http.createServer((req, res) => {
    // Stryker disable next-line StringLiteral: o node sempre preenche req.url; a base só serve para o parse.
    const caminho = new URL(req.url ?? "/", "http://localhost").pathname;
    if (req.method !== "GET" || caminho !== "/metrics") {
      // Stryker disable next-line StringLiteral,ObjectLiteral: o texto e o tipo do corpo do 404 são livres.
      res.writeHead(404, { "content-type": "text/plain; charset=utf-8" }).end("Use GET /metrics\n");
      return;
    }
    // Stryker disable all: o .catch (500 quando o registry falha ao coletar) é extra; prom-client não falha aqui.
    registry
      .metrics()
      .then((texto) => res.writeHead(200, { "content-type": registry.contentType }).end(texto))
      .catch(() => res.writeHead(500, { "content-type": "text/plain; charset=utf-8" }).end("falha ao coletar as métricas\n"));
    // Stryker restore all
  });
  await new Promise<void>((resolve, reject) => {
    servidor.once("error", reject);
    servidor.listen(port, host, () => resolve());
  });
  const { port: porta } = servidor.address() as AddressInfo;
  return {
    url: `http://${host}:${porta}`,
    close: () =>
      new Promise<void>((resolve) => {
        servidor.closeAllConnections();
        servidor.close(() => resolve());
      }),
  };
}

// Stryker disable all: main() vem pronta no enunciado (demonstração).
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
// Stryker restore all

await runMain(import.meta.url, main);
