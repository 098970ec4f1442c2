// Capítulo 9 — §5: monitoramento de custos a partir do usage_metadata de cada chamada.
// Rode: npm run exemplo -- monitor_custo   (ou: npx tsx chapters/09/05-custo-desempenho/monitor_custo.ts)
//
// Um callback handler do LangChain vê toda chamada de modelo: quando ela começa (com o nome do modelo nos
// metadados, ls_model_name) e quando termina (com o uso de tokens). Somando tokens × preço (lib/pricing.ts)
// por modelo, você tem o custo em tempo real e pode avisar quando um orçamento estoura.
import { InMemoryCache } from "@langchain/core/caches";
import { BaseCallbackHandler } from "@langchain/core/callbacks/base";
import type { Serialized } from "@langchain/core/load/serializable";
import type { BaseMessage } from "@langchain/core/messages";
import type { LLMResult } from "@langchain/core/outputs";
import { ChatGoogleGenerativeAI } from "@langchain/google-genai";
import { ChatOpenAI } from "@langchain/openai";
import { geminiOptions, openAIOptions } from "#lib/config";
import { runMain } from "#lib/main";
import { estimateCost, formatUsd, PRICES_CHECKED_ON } from "#lib/pricing";

export interface TotaisPorModelo {
  chamadas: number;
  acertosDeCache: number;
  tokensEntrada: number;
  tokensSaida: number;
  custoUsd: number;
  /** Chamadas de um modelo que não está na tabela de preços (custo desconhecido, não zero). */
  semPreco: number;
}

/** Soma tokens e custo por modelo; avisa uma vez quando o total passa do orçamento. */
export class MonitorDeCusto extends BaseCallbackHandler {
  name = "monitor_de_custo";
  /** Espera o handler terminar antes de devolver a resposta: os totais ficam certos logo após o invoke. */
  override awaitHandlers = true;
  readonly porModelo = new Map<string, TotaisPorModelo>();
  private readonly modeloDoRun = new Map<string, string>();
  private avisou = false;

  constructor(
    private readonly orcamentoUsd = Number.POSITIVE_INFINITY,
    private readonly avisar: (mensagem: string) => void = console.warn,
  ) {
    super();
  }

  get totalUsd(): number {
    return [...this.porModelo.values()].reduce((soma, t) => soma + t.custoUsd, 0);
  }

  override handleChatModelStart(
    _llm: Serialized,
    _messages: BaseMessage[][],
    runId: string,
    _parentRunId?: string,
    _extraParams?: Record<string, unknown>,
    _tags?: string[],
    metadata?: Record<string, unknown>,
  ): void {
    this.modeloDoRun.set(runId, typeof metadata?.ls_model_name === "string" ? metadata.ls_model_name : "desconhecido");
  }

  override handleLLMEnd(output: LLMResult, runId: string, _parentRunId?: string, _tags?: string[], extraParams?: Record<string, unknown>): void {
    const modelo = this.modeloDoRun.get(runId) ?? "desconhecido";
    this.modeloDoRun.delete(runId);
    const totais = this.porModelo.get(modelo) ?? { chamadas: 0, acertosDeCache: 0, tokensEntrada: 0, tokensSaida: 0, custoUsd: 0, semPreco: 0 };
    this.porModelo.set(modelo, totais);
    // Um acerto de cache chega aqui com extraParams.cached = true e uso zerado: não foi cobrado.
    if (extraParams?.cached === true) {
      totais.acertosDeCache++;
      return;
    }
    totais.chamadas++;
    for (const geracoes of output.generations) {
      for (const geracao of geracoes) {
        const uso = "message" in geracao ? (geracao.message as { usage_metadata?: { input_tokens?: number; output_tokens?: number } }).usage_metadata : undefined;
        const entrada = uso?.input_tokens ?? 0;
        const saida = uso?.output_tokens ?? 0;
        totais.tokensEntrada += entrada;
        totais.tokensSaida += saida;
        const custo = estimateCost(modelo, { input_tokens: entrada, output_tokens: saida });
        if (custo === undefined) totais.semPreco++;
        else totais.custoUsd += custo;
      }
    }
    if (!this.avisou && this.totalUsd > this.orcamentoUsd) {
      this.avisou = true;
      this.avisar(`⚠️  Orçamento de ${formatUsd(this.orcamentoUsd)} ultrapassado: ${formatUsd(this.totalUsd)} até agora.`);
    }
  }

  /** Uma linha por modelo, para log ou painel. */
  resumo(): string[] {
    return [...this.porModelo.entries()].map(
      ([modelo, t]) =>
        `${modelo.padEnd(18)} ${String(t.chamadas).padStart(3)} chamadas, ${String(t.acertosDeCache).padStart(2)} do cache, ` +
        `${t.tokensEntrada}→${t.tokensSaida} tokens, ${t.semPreco ? "custo desconhecido (modelo fora da tabela)" : formatUsd(t.custoUsd)}`,
    );
  }
}

export async function main(): Promise<void> {
  const monitor = new MonitorDeCusto(0.00015);
  const gemini = new ChatGoogleGenerativeAI({ model: "gemini-2.5-flash", maxRetries: 2, cache: new InMemoryCache(), callbacks: [monitor], ...geminiOptions() });
  const openai = new ChatOpenAI({ model: "gpt-4o-mini", maxRetries: 2, callbacks: [monitor], ...openAIOptions() });
  for (const topico of ["cache", "filas", "cache", "custos", "cache"]) await gemini.invoke(`Escreva uma frase sobre ${topico}`);
  for (const pergunta of ["Responda como atendente: qual o prazo de entrega?", "Responda como atendente: posso parcelar?"]) await openai.invoke(pergunta);
  console.log(`Custo por modelo (preços de ${PRICES_CHECKED_ON}, lib/pricing.ts):`);
  for (const linha of monitor.resumo()) console.log(`  ${linha}`);
  console.log(`Total: ${formatUsd(monitor.totalUsd)}`);
}

await runMain(import.meta.url, main);
