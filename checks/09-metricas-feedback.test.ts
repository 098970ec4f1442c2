// size: um exercício, um arquivo de checks (17 checks): a correção roda o arquivo de cada exercício (checkFile em lib/exercises.ts); os auxiliares ficam em checks/_support/.
// Checks do Exercício 9 — metricas-feedback. Rodam contra o laboratório local: as chamadas passam pelo seu
// callback handler, e o texto do registry (o que o Prometheus raspa em /metrics) tem de bater com o que o
// laboratório serviu (tokens, custo, número de chamadas, erros). O feedback tem de chegar ao "LangSmith"
// ligado ao run certo e com o projeto.
import { awaitAllCallbacks } from "@langchain/core/callbacks/promises";
import { ChatGoogleGenerativeAI } from "@langchain/google-genai";
import { ChatOpenAI } from "@langchain/openai";
import { getCurrentRunTree, traceable } from "langsmith/traceable";
import { Registry } from "prom-client";
import { randomUUID } from "node:crypto";
import { AIMessage } from "@langchain/core/messages";
import type { LLMResult } from "@langchain/core/outputs";
import { Client } from "langsmith";
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { geminiOptions, openAIOptions } from "#lib/config";
import type { ModelCall } from "#lib/lab/types";
import { estimateCost } from "#lib/pricing";
import { flushTraces } from "#lib/tracing";
import { lab } from "./_support/lab.ts";
import { loadTarget, pick } from "./_support/load.ts";
import { errorOf } from "./_support/captura.ts";
import { rejeitaImportDeSolucoes } from "./_support/sem-solucoes.ts";

rejeitaImportDeSolucoes("09-metricas-feedback");

type Metricas = typeof import("@alvo/09-metricas-feedback/metricas.ts");
type Feedback = typeof import("@alvo/09-metricas-feedback/feedback.ts");
const metricas = await loadTarget<Metricas>("09-metricas-feedback/metricas.ts");
const feedback = await loadTarget<Feedback>("09-metricas-feedback/feedback.ts");

const DURACAO = "gen_ai_client_operation_duration_seconds";
const TOKENS = "gen_ai_client_token_usage";
const CUSTO = "llm_cost_usd_total";
const ERROS = "llm_errors_total";
// Os limites dados no enunciado (BUCKETS_DURACAO e BUCKETS_TOKENS em metricas.ts, das convenções do OpenTelemetry).
const LIMITES_DURACAO = [0.01, 0.02, 0.04, 0.08, 0.16, 0.32, 0.64, 1.28, 2.56, 5.12, 10.24, 20.48, 40.96, 81.92];
const LIMITES_TOKENS = [1, 4, 16, 64, 256, 1024, 4096, 16384, 65536, 262144, 1048576, 4194304, 16777216, 67108864];

// ---------------------------------------------------------------------------------------------------
// Leitura do formato de texto do Prometheus (o que GET /metrics devolve).
// ---------------------------------------------------------------------------------------------------
interface Amostra {
  nome: string;
  rotulos: Record<string, string>;
  valor: number;
}
interface Exposicao {
  tipos: Map<string, string>;
  amostras: Amostra[];
}

function lerExposicao(texto: string): Exposicao {
  const tipos = new Map<string, string>();
  const amostras: Amostra[] = [];
  for (const [i, linha] of texto.split("\n").entries()) {
    if (!linha.trim()) continue;
    const tipo = /^# TYPE (\S+) (\S+)$/.exec(linha);
    if (tipo) tipos.set(tipo[1]!, tipo[2]!);
    if (linha.startsWith("#")) continue;
    const m = /^([a-zA-Z_:][a-zA-Z0-9_:]*)(?:\{(.*)\})?\s+(\S+)(?:\s+-?\d+)?$/.exec(linha);
    if (!m) throw new Error(`linha ${i + 1} não está no formato do Prometheus: ${linha}`);
    const rotulos: Record<string, string> = {};
    for (const r of (m[2] ?? "").matchAll(/([a-zA-Z_][a-zA-Z0-9_]*)="((?:[^"\\]|\\.)*)"/g)) rotulos[r[1]!] = r[2]!;
    amostras.push({ nome: m[1]!, rotulos, valor: Number(m[3]!.replace("+Inf", "Infinity")) });
  }
  return { tipos, amostras };
}

const soma = (amostras: Amostra[]) => amostras.reduce((total, a) => total + a.valor, 0);
const onde = (exp: Exposicao, nome: string, filtro: Record<string, string | undefined> = {}) =>
  exp.amostras.filter((a) => a.nome === nome && Object.entries(filtro).every(([k, v]) => a.rotulos[k] === v));

/** Os limites (le) dos buckets de um histograma, em ordem, sem o +Inf. */
const limites = (exp: Exposicao, nome: string) =>
  [...new Set(onde(exp, `${nome}_bucket`).map((a) => Number(a.rotulos.le?.replace("+Inf", "Infinity"))))].filter(Number.isFinite).sort((a, b) => a - b);

/** Tokens de um tipo: a soma do histograma (_sum, como no OpenTelemetry) ou de um contador (_total). */
function tokensMedidos(exp: Exposicao, tipo: "input" | "output", modelo: string): number {
  const filtro = { gen_ai_token_type: tipo, gen_ai_request_model: modelo };
  return soma([...onde(exp, `${TOKENS}_sum`, filtro), ...onde(exp, `${TOKENS}_total`, filtro), ...onde(exp, TOKENS, filtro)]);
}

// ---------------------------------------------------------------------------------------------------
// O handler do aluno, num registry novo a cada check.
// ---------------------------------------------------------------------------------------------------
function novoHandler() {
  const { MetricasLLM } = metricas();
  expect(typeof MetricasLLM, "metricas.ts deveria exportar a classe MetricasLLM (export class MetricasLLM extends BaseCallbackHandler).").toBe("function");
  const registry = new Registry();
  let handler;
  try {
    handler = new MetricasLLM({ registry });
  } catch (erro) {
    return expect.fail(`new MetricasLLM({ registry }) lançou um erro: "${(erro as Error).message}". Crie as métricas no construtor, registradas no registry recebido.`);
  }
  const ler = async (): Promise<Exposicao> => {
    await awaitAllCallbacks();
    const texto = await registry.metrics();
    try {
      return lerExposicao(texto);
    } catch (erro) {
      return expect.fail(`O texto do registry não está no formato do Prometheus: ${(erro as Error).message}`);
    }
  };
  return { handler, registry, ler };
}

const openai = (extra: Record<string, unknown> = {}) => new ChatOpenAI({ model: "gpt-4o-mini", maxRetries: 0, ...openAIOptions(), ...extra });
const gemini = () => new ChatGoogleGenerativeAI({ model: "gemini-2.5-flash", maxRetries: 0, ...geminiOptions() });
const TOPICOS = ["filas", "cache", "alertas", "latência", "custos", "guardrails", "deploy"];
const pergunta = () => `Escreva uma frase sobre ${pick(TOPICOS)} ${Math.random().toString(36).slice(2, 7)}`;

function servido(calls: ModelCall[], modelo: string) {
  const deste = calls.filter((c) => c.model === modelo && c.usage);
  return {
    chamadas: deste.length,
    input: deste.reduce((t, c) => t + c.usage!.input, 0),
    output: deste.reduce((t, c) => t + c.usage!.output, 0),
  };
}

function mensagem(erro: unknown): string {
  return erro instanceof Error ? erro.message : String(erro);
}

const PADRAO_DO_ZOD = /^\s*[[{]|invalid input|expected |received |too (small|big)|must (contain|be)|invalid uuid/i;

beforeEach(async () => {
  await flushTraces();
  await lab.reset();
});

describe("Exercício 9 — métricas com um callback handler", () => {
  // As métricas não dependem do LangSmith: sem tracing, cada chamada fica mais leve e nada precisa ser enviado.
  let tracing: string | undefined;
  beforeAll(() => {
    tracing = process.env.LANGSMITH_TRACING;
    process.env.LANGSMITH_TRACING = "false";
  });
  afterAll(() => {
    process.env.LANGSMITH_TRACING = tracing;
  });

  it(`latência: histograma ${DURACAO} em segundos, uma observação por chamada, com modelo e operação como rótulos`, async () => {
    const { handler, ler } = novoHandler();
    const atraso = 30 + Math.floor(Math.random() * 20);
    await lab.setLatency({ fixedMs: atraso });
    const nOpenai = 1 + Math.floor(Math.random() * 2);
    for (let i = 0; i < nOpenai; i++) await openai().invoke(pergunta(), { callbacks: [handler] });
    await gemini().invoke(pergunta(), { callbacks: [handler] });
    const exp = await ler();
    expect(exp.tipos.get(DURACAO), `Não achei a métrica ${DURACAO} do tipo histogram no registry. Crie new Histogram({ name: "${DURACAO}", ..., registers: [registry] }).`).toBe("histogram");
    const contagem = (modelo: string) => soma(onde(exp, `${DURACAO}_count`, { gen_ai_request_model: modelo, error_type: undefined }));
    expect(contagem("gpt-4o-mini"), `Foram ${nOpenai} chamadas ao gpt-4o-mini: ${DURACAO}_count com gen_ai_request_model="gpt-4o-mini" deveria ser ${nOpenai}. Observe a duração em handleLLMEnd, com o modelo (metadata.ls_model_name) como rótulo.`).toBe(nOpenai);
    expect(contagem("gemini-2.5-flash"), `Foi 1 chamada ao gemini-2.5-flash: ${DURACAO}_count com gen_ai_request_model="gemini-2.5-flash" deveria ser 1 (o handler mede qualquer modelo do LangChain).`).toBe(1);
    const provedores = (modelo: string) => [...new Set(onde(exp, `${DURACAO}_count`, { gen_ai_request_model: modelo }).map((a) => a.rotulos.gen_ai_provider_name))];
    expect(provedores("gpt-4o-mini"), 'As chamadas ao gpt-4o-mini deveriam ter gen_ai_provider_name="openai" (o metadata.ls_provider que o LangChain passa ao handler).').toEqual(["openai"]);
    const doGemini = provedores("gemini-2.5-flash");
    expect(
      doGemini.length === 1 && ["google_genai", "gcp.gemini"].includes(doGemini[0] ?? ""),
      `As chamadas ao gemini-2.5-flash deveriam ter gen_ai_provider_name="google_genai" (o metadata.ls_provider) ou "gcp.gemini" (o nome do OpenTelemetry); recebi ${JSON.stringify(doGemini)}.`,
    ).toBe(true);
    expect(
      limites(exp, DURACAO),
      `Os buckets de ${DURACAO} deveriam ser os BUCKETS_DURACAO do enunciado (0.01 … 81.92 s). Os padrões do prom-client (0.005 … 10 s) servem para APIs rápidas: uma chamada de modelo passa fácil de 10 s, e aí tudo cai no +Inf e o p95 fica ilegível. Passe buckets: BUCKETS_DURACAO ao Histogram.`,
    ).toEqual(LIMITES_DURACAO);
    const series = onde(exp, `${DURACAO}_count`).filter((a) => a.valor > 0);
    expect(series.every((a) => a.rotulos.gen_ai_operation_name === "chat"), `Chamadas a modelos de chat deveriam ter o rótulo gen_ai_operation_name="chat" (convenção do OpenTelemetry); recebi ${JSON.stringify(series.map((a) => a.rotulos))}.`).toBe(true);
    const segundos = soma(onde(exp, `${DURACAO}_sum`, { gen_ai_request_model: "gpt-4o-mini" }));
    expect(segundos, `Cada chamada levou pelo menos ${atraso} ms, então ${DURACAO}_sum do gpt-4o-mini deveria passar de ${((nOpenai * atraso) / 1000).toFixed(3)} s; recebi ${segundos}. Meça do início (handleChatModelStart) ao fim (handleLLMEnd).`).toBeGreaterThanOrEqual((nOpenai * atraso) / 1000 - 0.002);
    expect(segundos, `${DURACAO}_sum = ${segundos} é grande demais: a unidade é SEGUNDOS (divida os milissegundos por 1000).`).toBeLessThan(nOpenai * 5);
  });

  it(`tokens: ${TOKENS} por tipo (input/output) igual ao que o provedor informou`, async () => {
    const { handler, ler } = novoHandler();
    await openai().invoke(pergunta(), { callbacks: [handler] });
    await openai().invoke(pergunta(), { callbacks: [handler] });
    await gemini().invoke(pergunta(), { callbacks: [handler] });
    const exp = await ler();
    const calls = await lab.calls();
    expect(exp.tipos.has(TOKENS), `Não achei a métrica ${TOKENS} no registry (no OpenTelemetry ela é um histograma por chamada, com o rótulo gen_ai_token_type).`).toBe(true);
    expect(
      limites(exp, TOKENS),
      `Os buckets de ${TOKENS} deveriam ser os BUCKETS_TOKENS do enunciado (1, 4, 16 … 67108864): os padrões do prom-client vão só até 10 e jogariam quase toda chamada no +Inf. Passe buckets: BUCKETS_TOKENS ao Histogram.`,
    ).toEqual(LIMITES_TOKENS);
    for (const modelo of ["gpt-4o-mini", "gemini-2.5-flash"]) {
      const esperado = servido(calls, modelo);
      for (const tipo of ["input", "output"] as const)
        expect(
          tokensMedidos(exp, tipo, modelo),
          `Tokens de ${tipo === "input" ? "entrada" : "saída"} do ${modelo}: o laboratório serviu ${esperado[tipo]} em ${esperado.chamadas} chamada(s). Leia o uso em handleLLMEnd (message.usage_metadata de cada geração) e observe com gen_ai_token_type="${tipo}".`,
        ).toBe(esperado[tipo]);
    }
  });

  it("streaming: chamadas com .stream() também contam tokens (a armadilha clássica)", async () => {
    const { handler, ler } = novoHandler();
    for await (const pedaco of await openai().stream(pergunta(), { callbacks: [handler] })) void pedaco;
    for await (const pedaco of await gemini().stream(pergunta(), { callbacks: [handler] })) void pedaco;
    const exp = await ler();
    const calls = await lab.calls();
    expect(calls.every((c) => c.stream), "Todas as chamadas deste check deveriam ter chegado ao provedor em streaming.").toBe(true);
    for (const modelo of ["gpt-4o-mini", "gemini-2.5-flash"]) {
      const esperado = servido(calls, modelo);
      expect(
        [tokensMedidos(exp, "input", modelo), tokensMedidos(exp, "output", modelo)],
        `Em streaming, o ${modelo} serviu ${esperado.input} tokens de entrada e ${esperado.output} de saída, mas as métricas dizem outra coisa. No streaming, llmOutput e response_metadata podem vir sem contagem (ou com zeros): use message.usage_metadata da geração final, que o LangChain monta juntando os pedaços.`,
      ).toEqual([esperado.input, esperado.output]);
      expect(soma(onde(exp, `${DURACAO}_count`, { gen_ai_request_model: modelo })), `Chamadas em streaming também contam em ${DURACAO}.`).toBe(1);
    }
  });

  it(`custo: ${CUSTO} soma o custo estimado com a tabela de lib/pricing.ts`, async () => {
    const { handler, ler } = novoHandler();
    const n = 1 + Math.floor(Math.random() * 3);
    for (let i = 0; i < n; i++) await openai().invoke(pergunta(), { callbacks: [handler] });
    await gemini().invoke(pergunta(), { callbacks: [handler] });
    const exp = await ler();
    const calls = await lab.calls();
    expect(exp.tipos.get(CUSTO), `Não achei o contador ${CUSTO} (new Counter({ name: "${CUSTO}", ... })) no registry.`).toBe("counter");
    for (const modelo of ["gpt-4o-mini", "gemini-2.5-flash"]) {
      const esperado = calls
        .filter((c) => c.model === modelo && c.usage)
        .reduce((t, c) => t + (estimateCost(c.model, { input_tokens: c.usage!.input, output_tokens: c.usage!.output }) ?? 0), 0);
      const medido = soma(onde(exp, CUSTO, { gen_ai_request_model: modelo }));
      expect(
        Math.abs(medido - esperado) <= esperado * 1e-6,
        `Custo do ${modelo}: esperado US$ ${esperado.toFixed(8)} (estimateCost(modelo, uso) de #lib/pricing para cada chamada), medido US$ ${medido.toFixed(8)}. Some o custo de cada chamada com ${CUSTO}.inc({ gen_ai_request_model, ... }, custo).`,
      ).toBe(true);
    }
  });

  it(`erros: ${ERROS} conta por tipo (status HTTP ou timeout), e a mensagem nunca vira rótulo`, async () => {
    const { handler, ler } = novoHandler();
    await lab.setFaults([{ status: 429 }, { status: 500 }, { kind: "timeout" }]);
    const modelo = openai({ timeout: 150 });
    const inicio = performance.now();
    for (let i = 0; i < 3; i++) await modelo.invoke(pergunta(), { callbacks: [handler] }).catch(() => undefined);
    const parede = (performance.now() - inicio) / 1000;
    await modelo.invoke(pergunta(), { callbacks: [handler] });
    const exp = await ler();
    expect(exp.tipos.get(ERROS), `Não achei o contador ${ERROS} no registry: conte os erros em handleLLMError.`).toBe("counter");
    const erros = onde(exp, ERROS).filter((a) => a.valor > 0);
    const tipos = erros.map((a) => a.rotulos.error_type ?? "(sem error_type)");
    expect(soma(erros), `Houve 3 falhas (429, 500 e timeout) e 1 sucesso: ${ERROS} deveria somar 3; recebi ${soma(erros)} (${tipos.join(", ") || "nenhuma série"}).`).toBe(3);
    expect(erros.length, `Cada tipo de falha deveria virar uma série com o rótulo error_type; recebi: ${tipos.join(", ")}.`).toBe(3);
    expect(tipos.some((t) => /429|ratelimit/i.test(t)), `O erro 429 deveria aparecer com error_type="429" (o status HTTP do erro); tipos recebidos: ${tipos.join(", ")}.`).toBe(true);
    expect(tipos.some((t) => /500|internalserver/i.test(t)), `O erro 500 deveria aparecer com error_type="500"; tipos recebidos: ${tipos.join(", ")}.`).toBe(true);
    expect(tipos.some((t) => /timeout/i.test(t)), `O tempo esgotado deveria aparecer com error_type="timeout" (o erro não tem status HTTP; o nome dele contém "Timeout"); tipos recebidos: ${tipos.join(", ")}.`).toBe(true);
    const texto = JSON.stringify(exp.amostras.map((a) => a.rotulos));
    expect(texto.includes("falha simulada"), "A mensagem do erro apareceu num rótulo: use só o status ou o nome do erro (poucos valores possíveis).").toBe(false);
    expect(soma(onde(exp, `${DURACAO}_count`, { gen_ai_request_model: "gpt-4o-mini", error_type: undefined })), "A chamada que deu certo também deveria contar na latência.").toBeGreaterThanOrEqual(1);
    const duracaoDasFalhas = soma(exp.amostras.filter((a) => a.nome === `${DURACAO}_sum` && a.rotulos.error_type !== undefined));
    expect(
      duracaoDasFalhas > 0 && duracaoDasFalhas <= parede + 0.005,
      `As 3 falhas levaram ${parede.toFixed(3)} s ao todo, mas ${DURACAO}_sum com error_type somou ${duracaoDasFalhas} s. Em handleLLMError, observe (performance.now() − início) / 1000 com o error_type.`,
    ).toBe(true);
  });

  it("rótulos com poucos valores: o texto do usuário nunca vira rótulo", async () => {
    const { handler, registry, ler } = novoHandler();
    const marca = `zq${Math.random().toString(36).slice(2, 9)}`;
    for (let i = 0; i < 3; i++) await openai().invoke(`Escreva uma frase sobre ${marca} número ${i}`, { callbacks: [handler] });
    const exp = await ler();
    const texto = await registry.metrics();
    expect(texto.includes(marca), "O texto da pergunta apareceu no /metrics: cada pergunta diferente criaria uma série nova e derrubaria o Prometheus. Rótulos só com valores do código (modelo, operação, tipo de erro).").toBe(false);
    const series = onde(exp, `${DURACAO}_count`).filter((a) => a.valor > 0);
    expect(series.length, `Três perguntas diferentes ao mesmo modelo deveriam cair numa única série de ${DURACAO}; recebi ${series.length}: ${JSON.stringify(series.map((a) => a.rotulos))}.`).toBe(1);
  });

  it("tipoDeErro: status HTTP numérico, \"timeout\" pelo nome, senão o nome da classe", () => {
    const { tipoDeErro } = metricas();
    for (const status of [400, 404, 408, 429, 500, 502, 503]) {
      const comStatus = Object.assign(new Error("falha simulada"), { status });
      expect(tipoDeErro(comStatus), `Um erro com status ${status} (número) deveria virar error_type "${status}".`).toBe(String(status));
    }
    const nomeDaClasse = `ErroDoProvedor${Math.random().toString(36).slice(2, 6).replace(/\d/g, "x")}`;
    const Classe = { [nomeDaClasse]: class extends Error {} }[nomeDaClasse]!;
    expect(
      tipoDeErro(new Classe("falha simulada")),
      `Um erro da classe ${nomeDaClasse} (sem status; o name dele continua "Error") deveria virar error_type "${nomeDaClasse}": o nome da CLASSE (erro.constructor.name) quando erro.name é só "Error".`,
    ).toBe(nomeDaClasse);
    expect(tipoDeErro(new TypeError("falha simulada")), 'Um TypeError (sem status) deveria virar error_type "TypeError".').toBe("TypeError");
    // Cada SDK dá um nome ao tempo esgotado: o fetch (AbortError, TimeoutError), o SDK da OpenAI (APIConnectionTimeoutError).
    for (const nomeTimeout of ["AbortError", "TimeoutError", "APIConnectionTimeoutError"]) {
      const estourou = Object.assign(new Error("falha simulada"), { name: nomeTimeout });
      expect(tipoDeErro(estourou), `Um erro chamado ${nomeTimeout} (tempo esgotado ou cancelado: o fetch usa AbortError e TimeoutError, o SDK da OpenAI APIConnectionTimeoutError) deveria virar error_type "timeout".`).toBe("timeout");
    }
  });

  it("handleLLMEnd lê o usage_metadata de cada geração; fim sem início ou sem uso não quebra; modelo sem preço não soma custo", async () => {
    const { handler, ler } = novoHandler();
    const modelo = `modelo-sem-preco-${Math.random().toString(36).slice(2, 7)}`;
    const entrada = 10 + Math.floor(Math.random() * 90);
    const saida = 10 + Math.floor(Math.random() * 90);
    const inicio = (runId: string) =>
      handler.handleChatModelStart({ lc: 1, type: "not_implemented", id: ["teste"] }, [[]], runId, undefined, {}, [], { ls_model_name: modelo, ls_provider: "openai" });
    const semErro = async (descricao: string, fn: () => unknown) => {
      try {
        await fn();
      } catch (erro) {
        expect.fail(`${descricao} lançou "${mensagem(erro)}": o handler nunca pode quebrar a chamada do usuário.`);
      }
    };
    const comUso = {
      generations: [[{ text: "ok", message: new AIMessage({ content: "ok", usage_metadata: { input_tokens: entrada, output_tokens: saida, total_tokens: entrada + saida } }) }]],
      // Números de outra fonte, diferentes de propósito: o enunciado manda ler message.usage_metadata.
      llmOutput: { tokenUsage: { promptTokens: 99_999, completionTokens: 99_999 } },
    } as unknown as LLMResult;
    const um = randomUUID();
    await semErro("handleChatModelStart", () => inicio(um));
    await semErro("handleLLMEnd", () => handler.handleLLMEnd(comUso, um));
    await semErro("handleLLMEnd de um runId que nunca começou", () => handler.handleLLMEnd(comUso, randomUUID()));
    await semErro("handleLLMError de um runId que nunca começou", () => handler.handleLLMError(new Error("falha simulada"), randomUUID()));
    const dois = randomUUID();
    await semErro("handleChatModelStart", () => inicio(dois));
    await semErro("handleLLMEnd de uma resposta sem usage_metadata", () => handler.handleLLMEnd({ generations: [[{ text: "ok", message: new AIMessage("ok") }]] } as unknown as LLMResult, dois));
    const exp = await ler();
    expect(
      [tokensMedidos(exp, "input", modelo), tokensMedidos(exp, "output", modelo)],
      `A geração trazia usage_metadata com ${entrada} tokens de entrada e ${saida} de saída (o llmOutput dizia outra coisa): leia saida.generations[i][0].message.usage_metadata.`,
    ).toEqual([entrada, saida]);
    expect(soma(onde(exp, `${DURACAO}_count`, { gen_ai_request_model: modelo })), "As 2 chamadas que começaram e terminaram (com e sem uso) deveriam contar 2 na latência; as que não começaram, nenhuma.").toBe(2);
    expect(
      soma(onde(exp, CUSTO, { gen_ai_request_model: modelo })),
      `"${modelo}" não está na tabela de lib/pricing.ts (estimateCost devolve undefined): o custo não pode subir. Só chame ${CUSTO}.inc quando houver custo.`,
    ).toBe(0);
  });

  it("o handler esquece cada chamada quando ela termina: um fim ou um erro repetido do mesmo runId não conta de novo", async () => {
    const { handler, ler } = novoHandler();
    const modelo = `modelo-memoria-${Math.random().toString(36).slice(2, 7)}`;
    const inicio = (runId: string) =>
      handler.handleChatModelStart({ lc: 1, type: "not_implemented", id: ["teste"] }, [[]], runId, undefined, {}, [], { ls_model_name: modelo, ls_provider: "openai" });
    const fim = (runId: string) =>
      handler.handleLLMEnd({ generations: [[{ text: "ok", message: new AIMessage({ content: "ok", usage_metadata: { input_tokens: 7, output_tokens: 3, total_tokens: 10 } }) }]] } as unknown as LLMResult, runId);
    const falha = (runId: string) => handler.handleLLMError(Object.assign(new Error("falha simulada"), { status: 503 }), runId);
    const ok = randomUUID();
    await inicio(ok);
    await fim(ok);
    await fim(ok);
    const ruim = randomUUID();
    await inicio(ruim);
    await falha(ruim);
    await falha(ruim);
    await fim(ruim);
    const exp = await ler();
    const sucessos = soma(onde(exp, `${DURACAO}_count`, { gen_ai_request_model: modelo, error_type: undefined }));
    const erros = soma(onde(exp, ERROS, { gen_ai_request_model: modelo }));
    expect(
      [sucessos, erros],
      `Duas chamadas (uma terminou bem, outra falhou), mas o handler contou ${sucessos} sucesso(s) e ${erros} erro(s) quando o fim ou o erro do mesmo runId chegou de novo: o que foi guardado no início continuava lá. Em handleLLMEnd e em handleLLMError, tire o runId do Map (delete) assim que a chamada termina: o handler vive o tempo todo do servidor, e uma entrada esquecida por chamada é memória que só cresce (e medidas em dobro).`,
    ).toEqual([1, 1]);
  });

  it("latência com relógio monotônico (performance.now): o relógio do sistema ajustado no meio da chamada não muda a duração", async () => {
    const { handler, ler } = novoHandler();
    const sufixo = Math.random().toString(36).slice(2, 7);
    const antes = performance.now();
    // O NTP acerta o relógio do sistema (Date) no meio de uma chamada: uma hora para trás, depois uma para a frente.
    const saltos = [
      { modelo: `modelo-atrasou-${sufixo}`, ms: -3_600_000 },
      { modelo: `modelo-adiantou-${sufixo}`, ms: 3_600_000 },
    ];
    vi.useFakeTimers({ toFake: ["Date"], now: Date.now() });
    try {
      for (const { modelo, ms } of saltos) {
        const runId = randomUUID();
        await handler.handleChatModelStart({ lc: 1, type: "not_implemented", id: ["teste"] }, [[]], runId, undefined, {}, [], { ls_model_name: modelo, ls_provider: "openai" });
        vi.setSystemTime(Date.now() + ms);
        await handler.handleLLMEnd({ generations: [[{ text: "ok", message: new AIMessage("ok") }]] } as unknown as LLMResult, runId);
      }
    } finally {
      vi.useRealTimers();
    }
    const parede = (performance.now() - antes) / 1000;
    const exp = await ler();
    for (const { modelo, ms } of saltos) {
      const segundos = soma(onde(exp, `${DURACAO}_sum`, { gen_ai_request_model: modelo }));
      expect(soma(onde(exp, `${DURACAO}_count`, { gen_ai_request_model: modelo })), `Uma chamada que começou (handleChatModelStart) e terminou (handleLLMEnd) deveria contar 1 em ${DURACAO}_count.`).toBe(1);
      expect(
        segundos >= 0 && segundos <= parede + 0.005,
        `O relógio do sistema ${ms < 0 ? "voltou" : "adiantou"} uma hora no meio de uma chamada que durou menos de ${parede.toFixed(3)} s, e ${DURACAO}_sum registrou ${segundos} s. Date.now() e new Date() seguem o relógio do sistema, que o NTP acerta a qualquer momento; meça a duração com performance.now(), que só anda para a frente.`,
      ).toBe(true);
    }
  });

  // red team 2 (2026-12-06): one "current call" slot (or a Map keyed by model) measured each end against the last start.
  it("chamadas simultâneas: cada fim é medido contra o próprio início (guarde por runId)", async () => {
    const { handler, ler } = novoHandler();
    const sufixo = Math.random().toString(36).slice(2, 7);
    const [a, b] = [`modelo-a-${sufixo}`, `modelo-b-${sufixo}`];
    const inicio = (runId: string, modelo: string) =>
      handler.handleChatModelStart({ lc: 1, type: "not_implemented", id: ["teste"] }, [[]], runId, undefined, {}, [], { ls_model_name: modelo, ls_provider: "openai" });
    const fim = (runId: string) =>
      handler.handleLLMEnd({ generations: [[{ text: "ok", message: new AIMessage({ content: "ok", usage_metadata: { input_tokens: 5, output_tokens: 2, total_tokens: 7 } }) }]] } as unknown as LLMResult, runId);
    // Três chamadas em andamento ao mesmo tempo (duas ao mesmo modelo), que terminam fora da ordem de início.
    const [a1, a2, b1] = [randomUUID(), randomUUID(), randomUUID()];
    await inicio(a1, a);
    await inicio(a2, a);
    await inicio(b1, b);
    for (const runId of pick([[a1, b1, a2], [b1, a2, a1], [a2, a1, b1]])) await fim(runId);
    const exp = await ler();
    const contagem = (modelo: string) => soma(onde(exp, `${DURACAO}_count`, { gen_ai_request_model: modelo, error_type: undefined }));
    expect(
      [contagem(a), contagem(b)],
      `Três chamadas simultâneas (duas ao ${a}, uma ao ${b}) terminaram fora de ordem, e o handler contou ${contagem(a)} e ${contagem(b)} em vez de 2 e 1. Um servidor atende várias perguntas ao mesmo tempo: guarde o início de cada chamada num Map pelo runId (não num campo único do handler, nem pelo nome do modelo) e, no fim, use o que foi guardado para aquele runId.`,
    ).toEqual([2, 1]);
  });

  it("servirMetricas expõe GET /metrics no formato do Prometheus, em 127.0.0.1", async () => {
    const { servirMetricas } = metricas();
    const { handler, registry } = novoHandler();
    await openai().invoke(pergunta(), { callbacks: [handler] });
    await awaitAllCallbacks();
    let servidor;
    try {
      servidor = await servirMetricas(registry, { port: 0 });
    } catch (erro) {
      return expect.fail(`servirMetricas(registry, { port: 0 }) lançou um erro: "${mensagem(erro)}". Crie um servidor http que responda GET /metrics.`);
    }
    try {
      expect(servidor.url, "servirMetricas deveria devolver { url, close } com a url do servidor, ouvindo em 127.0.0.1 (nunca exponha métricas para a rede toda por padrão).").toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
      const resposta = await fetch(`${servidor.url}/metrics`);
      expect(resposta.status, "GET /metrics deveria responder 200.").toBe(200);
      expect(resposta.headers.get("content-type"), "O Content-Type deveria ser o do formato de texto do Prometheus: use registry.contentType.").toBe(registry.contentType);
      const corpo = await resposta.text();
      expect(corpo, "O corpo de GET /metrics deveria ser await registry.metrics().").toBe(await registry.metrics());
      expect((await fetch(`${servidor.url}/${pick(["", "metricas", "admin"])}`)).status, "Qualquer outro caminho deveria responder 404.").toBe(404);
      const post = await fetch(`${servidor.url}/metrics`, { method: "POST", body: "x" });
      expect(post.status, `POST /metrics respondeu ${post.status}: só GET /metrics serve as métricas (responda 404 para o resto, como pede o enunciado).`).not.toBe(200);
      const porta = Number(new URL(servidor.url).port);
      const ocupada = await errorOf(() => servirMetricas(registry, { port: porta }));
      expect(ocupada, `servirMetricas na porta ${porta}, que já está em uso, deveria rejeitar a promessa (escute o evento "error" do servidor e rejeite), não travar nem derrubar o processo.`).toBeDefined();
    } finally {
      await servidor.close();
    }
    expect(await errorOf(() => fetch(`${servidor.url}/metrics`)), "Depois de close(), o servidor deveria parar de aceitar conexões.").toBeDefined();
  });
});

describe("Exercício 9 — feedback no LangSmith", () => {
  const atendimento = traceable(async (pergunta: string) => ({ pergunta, runId: getCurrentRunTree().id }), { name: "atendimento" });

  it("registrarFeedback envia o feedback ligado ao run certo, com a chave do livro e o projeto (sessionId)", async () => {
    const { registrarFeedback } = feedback();
    const [a, b] = [await atendimento(pergunta()), await atendimento(pergunta())];
    await flushTraces();
    const alvoRun = pick([a, b]);
    // Sempre 0 (👎): `score || undefined` perde justamente a nota ruim, a que mais importa (red team 2, 2026-12-06).
    const score = 0;
    const comentario = `Comentário ${Math.random().toString(36).slice(2, 8)}`;
    let id: unknown;
    try {
      id = await registrarFeedback(alvoRun.runId, score, comentario);
    } catch (erro) {
      return expect.fail(`registrarFeedback lançou um erro: "${mensagem(erro)}". Use new Client().createFeedback({ runId, sessionId, key, score, comment }).`);
    }
    await flushTraces();
    const recebidos = await lab.feedback();
    expect(recebidos.length, "Nenhum feedback chegou ao LangSmith (ou chegou mais de um): chame client.createFeedback uma vez.").toBe(1);
    const f = recebidos[0]!;
    expect(f.run_id, "O feedback deveria estar ligado ao run passado em runId (o outro run do check não recebeu feedback).").toBe(alvoRun.runId);
    expect(f.key, 'Use a chave do livro: key "user_feedback" (CHAVE_FEEDBACK).').toBe("user_feedback");
    expect(f.score, `O score 0 (a nota ruim) deveria chegar como 0; chegou ${JSON.stringify(f.score)}. Zero é falso em JavaScript: \`score || undefined\` (ou \`if (score)\`) descarta justamente o 👎. Passe validado.data.score como veio.`).toBe(score);
    expect(f.comment, "O comentário deveria chegar como foi passado.").toBe(comentario);
    const [projeto] = (await (await fetch(`${lab.url}/sessions?name=default`)).json()) as Array<{ id: string }>;
    expect(
      f.session_id,
      "O feedback deveria levar o id do projeto (sessionId): a forma antiga createFeedback(runId, key, {...}) está obsoleta e as instalações novas do LangSmith não acham o run sem ele. Pegue o id com client.readProject({ projectName }).",
    ).toBe(projeto!.id);
    expect(id, "registrarFeedback deveria devolver o id do feedback criado (o id do objeto que createFeedback devolve).").toBe(f.id);
  });

  it("registrarFeedback não inventa sucesso: quando o LangSmith recusa o feedback, o erro chega a quem chamou", async () => {
    const { registrarFeedback } = feedback();
    const { runId } = await atendimento(pergunta());
    await flushTraces();
    // Primeiro um envio normal (prova que registrarFeedback funciona); depois o LangSmith recusa o próximo.
    try {
      await registrarFeedback(runId, 1, "primeiro");
    } catch (e) {
      return expect.fail(`registrarFeedback lançou um erro com o LangSmith no ar: "${mensagem(e)}". Use new Client().createFeedback({ runId, sessionId, key, score, comment }).`);
    }
    await flushTraces();
    const primeiro = (await lab.feedback())[0];
    expect(primeiro?.score, `O primeiro feedback foi enviado com score 1 e chegou com ${JSON.stringify(primeiro?.score)}: mande o score recebido, como veio.`).toBe(1);
    // 4xx: o SDK não repete (um 5xx seria repetido com espera); o que importa é o que a sua função faz com o erro.
    const status = pick([400, 403, 422]);
    await lab.setFaults([{ provider: "langsmith", route: "feedback", status, times: 5 }]);
    let id: unknown;
    let erro: unknown;
    try {
      id = await registrarFeedback(runId, pick([0, 1]), "funcionou?");
    } catch (e) {
      erro = e;
    }
    await lab.setFaults([]);
    expect(
      erro,
      `O LangSmith recusou o feedback (${status}) e registrarFeedback devolveu ${JSON.stringify(id)} como se o feedback tivesse sido gravado: não engula o erro do createFeedback (nem invente um id); deixe-o subir para quem chamou decidir (o capstone responde 503).`,
    ).toBeDefined();
    expect((await lab.feedback()).length, "Só o primeiro feedback deveria ter sido gravado: o segundo foi recusado pelo LangSmith.").toBe(1);
  });

  it("registrarFeedback recusa entrada inválida com mensagem em português, sem chamar o LangSmith", async () => {
    const { registrarFeedback } = feedback();
    const { runId } = await atendimento(pergunta());
    // Todos os runIds inválidos, a cada execução: "não vazio" ou "tem 36 caracteres" não basta.
    const outro = randomUUID();
    const runIdsRuins = ["", "abc", String(100 + Math.floor(Math.random() * 900)), `https://smith.langchain.com/o/minha-org/r/${outro}`, outro.slice(1), `${outro.slice(0, -1)}g`];
    const baixo = pick([-1, -0.01]);
    const alto = pick([1.5, 2]);
    const casos: Array<[string, RegExp, () => Promise<unknown>]> = [
      ...runIdsRuins.map((ruim): [string, RegExp, () => Promise<unknown>] => [`runId ${JSON.stringify(ruim)} (não é um UUID)`, /run/i, () => registrarFeedback(ruim, 1, "ok")]),
      [`score ${baixo}`, /score|nota/i, () => registrarFeedback(runId, baixo, "ok")],
      [`score ${alto}`, /score|nota/i, () => registrarFeedback(runId, alto, "ok")],
      ["score NaN", /score|nota/i, () => registrarFeedback(runId, Number.NaN, "ok")],
      ["comentário que não é texto (42)", /coment|comment/i, () => registrarFeedback(runId, 1, 42 as unknown as string)],
      // 1001, one past the limit, every run: a drawn 1001–1050 let a limit of 1024 (or an off-by-one) pass the longer draws.
      ["comentário com mais de 1000 caracteres", /coment|comment/i, () => registrarFeedback(runId, 1, "x".repeat(1001))],
    ];
    const mensagens: string[] = [];
    for (const [descricao, campo, chamar] of casos) {
      const erro = await errorOf(chamar);
      expect(erro, `registrarFeedback deveria recusar ${descricao} (valide com zod antes de enviar).`).toBeDefined();
      expect(PADRAO_DO_ZOD.test(erro!.message), `A mensagem para ${descricao} deveria ser sua, em português; recebi: "${erro!.message.slice(0, 120)}".`).toBe(false);
      expect(/TODO/.test(erro!.message), `registrarFeedback ainda é o esqueleto (${erro!.message.slice(0, 80)}).`).toBe(false);
      expect(
        !(erro instanceof TypeError) && campo.test(erro!.message),
        `A mensagem para ${descricao} deveria dizer qual campo está errado (${campo.source.replace(/\|/g, " ou ")}); recebi ${erro!.name}: "${erro!.message.slice(0, 120)}". Lance new Error(<mensagem do primeiro problema do safeParse>).`,
      ).toBe(true);
      mensagens.push(erro!.message);
    }
    const [naoTexto, longo] = mensagens.slice(-2);
    expect(
      longo !== naoTexto,
      `Comentário longo demais e comentário que não é texto receberam a mesma mensagem ("${longo}"): no zod 4 o { error } de z.string() vale para as regras sem mensagem própria; dê ao .max(1000) a sua.`,
    ).toBe(true);
    await flushTraces();
    expect((await lab.feedback()).length, "Nenhum feedback inválido pode chegar ao LangSmith: valide antes de chamar createFeedback.").toBe(0);
    // Os extremos valem: 0 (ruim) e 1 (bom), sem comentário.
    for (const score of [0, 1]) {
      const erro = await errorOf(() => registrarFeedback(runId, score));
      expect(erro?.message, `registrarFeedback(runId, ${score}) sem comentário deveria ser aceito: o score vai de 0 a 1, inclusive, e o comentário é opcional.`).toBeUndefined();
    }
    // E o limite do comentário também: até 1000 caracteres, inclusive (um limite menor recusa feedback legítimo).
    const erroNoLimite = await errorOf(() => registrarFeedback(runId, 1, "y".repeat(1000)));
    expect(erroNoLimite?.message, "Um comentário de 1000 caracteres deveria ser aceito: o limite é 1000, inclusive (.max(1000)), e só o que passa disso é recusado.").toBeUndefined();
  });
});

describe("Exercício 9 — feedback: o projeto do LangSmith", () => {
  it("registrarFeedback consulta o projeto (LANGSMITH_PROJECT, senão \"default\") uma vez só, e explica quando ele não existe", async () => {
    const { registrarFeedback } = feedback();
    const atendimento = traceable(async () => getCurrentRunTree().id, { name: "atendimento" });
    const runId = await atendimento();
    await flushTraces();
    const anterior = process.env.LANGSMITH_PROJECT;
    const espiao = vi.spyOn(Client.prototype, "readProject");
    try {
      const projeto = `projeto-${Math.random().toString(36).slice(2, 8)}`;
      process.env.LANGSMITH_PROJECT = projeto;
      await registrarFeedback(runId, 1);
      await registrarFeedback(runId, 0.5);
      const nomes = espiao.mock.calls.map(([a]) => (a as { projectName?: string } | undefined)?.projectName);
      expect(
        nomes,
        `Com LANGSMITH_PROJECT="${projeto}", dois feedbacks deveriam consultar client.readProject({ projectName: "${projeto}" }) UMA vez (guarde o id); consultas feitas: ${JSON.stringify(nomes)}.`,
      ).toEqual([projeto]);

      delete process.env.LANGSMITH_PROJECT;
      espiao.mockClear();
      await registrarFeedback(runId, 1, undefined, { client: new Client() });
      const semVariavel = espiao.mock.calls.map(([a]) => (a as { projectName?: string } | undefined)?.projectName);
      expect(semVariavel.every((n) => n === "default"), `Sem LANGSMITH_PROJECT o projeto é "default"; consultas feitas: ${JSON.stringify(semVariavel)}.`).toBe(true);

      const inexistente = `projeto-inexistente-${Math.random().toString(36).slice(2, 8)}`;
      process.env.LANGSMITH_PROJECT = inexistente;
      espiao.mockRejectedValueOnce(new Error("Project not found"));
      const erro = await errorOf(() => registrarFeedback(runId, 1));
      expect(
        erro !== undefined && erro.message.includes(inexistente),
        `Quando o projeto "${inexistente}" não existe, registrarFeedback deveria rejeitar com uma mensagem em português que cite o projeto (confira LANGSMITH_PROJECT); recebi ${erro ? `"${erro.message}"` : "nenhum erro"}.`,
      ).toBe(true);
      // red team 2 (2026-12-06): the failed lookup stayed in the cache. Now the project exists (it was created, or
      // LangSmith is back): the next feedback must look it up again.
      espiao.mockClear();
      const depois = await errorOf(() => registrarFeedback(runId, 1));
      expect(
        depois?.message,
        `Depois de uma consulta ao projeto que falhou, o projeto passou a existir (foi criado, ou o LangSmith voltou), mas o feedback seguinte falhou de novo sem consultar o LangSmith (consultas: ${espiao.mock.calls.length}): a promessa rejeitada ficou no cache, e todo feedback vai falhar até o processo reiniciar. Guarde só o id que deu certo: tire a entrada do cache quando a consulta rejeitar.`,
      ).toBeUndefined();
    } finally {
      espiao.mockRestore();
      if (anterior === undefined) delete process.env.LANGSMITH_PROJECT;
      else process.env.LANGSMITH_PROJECT = anterior;
    }
  });
});

// Acrescentado pela verificação anti-cola (test/anticheat): um valor fixo na latência (ex.: observe(rotulos, 1.5))
// passava no check de latência acima, que só conferia o mínimo e uma ordem de grandeza.
it(`latência medida de verdade: ${DURACAO}_sum fica entre o atraso do provedor e o tempo que a chamada levou`, async () => {
  /** One call with the provider holding it `atraso` ms, measured by a fresh handler. */
  const medir = async (atraso: number) => {
    const { handler, ler } = novoHandler();
    await lab.setLatency({ fixedMs: atraso });
    const inicio = performance.now();
    await openai().invoke(pergunta(), { callbacks: [handler] });
    const parede = (performance.now() - inicio) / 1000;
    return { atraso, parede, segundos: soma(onde(await ler(), `${DURACAO}_sum`, { gen_ai_request_model: "gpt-4o-mini" })) };
  };
  const primeira = await medir(20 + Math.floor(Math.random() * 30));
  // One call accepted a fixed value anywhere in [atraso - 2 ms, parede + 5 ms], a window set by the draw (20–49 ms) and
  // by the machine's speed: on a loaded machine (calls ~85 ms over the delay) observe(rotulos, 0.1) passed every draw
  // and 0.04 every draw up to 42 ms. The second call's delay starts past the first call's whole window, so no fixed
  // value fits both, whatever was drawn and however slow the machine is.
  const segunda = await medir(Math.ceil(primeira.parede * 1000) + 10 + Math.floor(Math.random() * 30));
  for (const { atraso, parede, segundos } of [primeira, segunda])
    expect(
      segundos >= atraso / 1000 - 0.002 && segundos <= parede + 0.005,
      `A chamada levou ${parede.toFixed(3)} s (o provedor demorou ${atraso} ms), mas ${DURACAO}_sum registrou ${segundos} s. ` +
        "Meça a duração real: guarde performance.now() no início (handleChatModelStart) e observe (agora − início) / 1000 no fim; nunca um valor fixo.",
    ).toBe(true);
});
