// The §5 chapter examples (chapters/09/05-custo-desempenho) do what their README says, checked against a lab.
import { InMemoryCache } from "@langchain/core/caches";
import { ChatGoogleGenerativeAI } from "@langchain/google-genai";
import { ChatOpenAI } from "@langchain/openai";
import { afterAll, beforeEach, describe, expect, it } from "vitest";
import { applyEnvironment, geminiOptions, openAIOptions, readConfig } from "../../lib/config.ts";
import { startLab } from "../../lib/lab/server.ts";
import { estimateCost } from "../../lib/pricing.ts";

const lab = await startLab();
applyEnvironment(readConfig({ WORKBOOK_MODE: "lab", LANGSMITH_TRACING: "false" }), lab.url);
afterAll(() => lab.close());
beforeEach(() => lab.reset());

const { chaveDoCache, medir } = await import("../../chapters/09/05-custo-desempenho/cache_custo.ts");
const { criarModelo, loteComFalhas, medirConcorrencias, produtorComFila, PERGUNTAS } = await import("../../chapters/09/05-custo-desempenho/batch_paralelo.ts");
const { MonitorDeCusto } = await import("../../chapters/09/05-custo-desempenho/monitor_custo.ts");

describe("cache_custo.ts", () => {
  it("medir copies usage at once and marks hits as free", async () => {
    const model = new ChatGoogleGenerativeAI({ model: "gemini-2.5-flash", maxRetries: 0, cache: new InMemoryCache(), ...geminiOptions() });
    const first = await medir(model, "Escreva uma frase sobre medidas");
    const second = await medir(model, "Escreva uma frase sobre medidas");
    const [call] = await lab.calls();
    expect(first).toMatchObject({ doCache: false, tokensEntrada: call!.usage!.input, tokensSaida: call!.usage!.output });
    expect(first.custoUsd).toBeCloseTo(estimateCost("gemini-2.5-flash", { input_tokens: call!.usage!.input, output_tokens: call!.usage!.output })!, 12);
    expect(second).toMatchObject({ doCache: true, tokensEntrada: 0, tokensSaida: 0, custoUsd: 0 });
  });

  it("chaveDoCache shows the shared-cache pitfall and the per-configuration fix", async () => {
    expect(await chaveDoCache()).toEqual({ compartilhado: ["provedor", "cache"], separado: ["provedor", "provedor"] });
  });
});

describe("batch_paralelo.ts", () => {
  it("medirConcorrencias times sequential and batched runs, never over the limit", async () => {
    await lab.setLatency({ fixedMs: 10 });
    const rows = await medirConcorrencias(criarModelo(), PERGUNTAS.slice(0, 6), [3]);
    expect(rows.map((r) => r.maxConcurrency)).toEqual(["uma por vez", 3]);
    expect((await lab.stats()).maxConcurrency).toBeLessThanOrEqual(3);
    expect((await lab.calls()).length).toBe(12);
  });

  it("loteComFalhas keeps every position and reports the failures", async () => {
    await lab.setFaults([{ status: 503, times: 2 }]);
    const lines = await loteComFalhas(criarModelo(), PERGUNTAS.slice(0, 5));
    expect(lines).toHaveLength(5);
    expect(lines.filter((l) => l.startsWith("ERRO")).length).toBe(2);
  });

  it("produtorComFila bounds the queue and the concurrency", async () => {
    await lab.setLatency({ fixedMs: 5 });
    const { respostas, maiorFila } = await produtorComFila(criarModelo(), PERGUNTAS, 3, 2);
    expect(respostas).toHaveLength(PERGUNTAS.length);
    expect(maiorFila).toBeLessThanOrEqual(2);
    expect((await lab.stats()).maxConcurrency).toBeLessThanOrEqual(3);
  });
});

describe("monitor_custo.ts", () => {
  it("MonitorDeCusto sums tokens and cost per model from the calls the providers billed, hits at zero", async () => {
    const warnings: string[] = [];
    const monitor = new MonitorDeCusto(0.00001, (m) => warnings.push(m));
    const gemini = new ChatGoogleGenerativeAI({ model: "gemini-2.5-flash", maxRetries: 0, cache: new InMemoryCache(), callbacks: [monitor], ...geminiOptions() });
    const openai = new ChatOpenAI({ model: "gpt-4o-mini", maxRetries: 0, callbacks: [monitor], ...openAIOptions() });
    for (const t of ["a", "b", "a"]) await gemini.invoke(`Escreva uma frase sobre ${t}`);
    await openai.invoke("Responda como atendente: qual o prazo de entrega?");
    const calls = await lab.calls();
    for (const [model, provider] of [["gemini-2.5-flash", "gemini"], ["gpt-4o-mini", "openai"]] as const) {
      const billed = calls.filter((c) => c.provider === provider);
      const totals = monitor.porModelo.get(model)!;
      expect(totals.chamadas).toBe(billed.length);
      expect(totals.tokensEntrada).toBe(billed.reduce((s, c) => s + c.usage!.input, 0));
      expect(totals.tokensSaida).toBe(billed.reduce((s, c) => s + c.usage!.output, 0));
      expect(totals.custoUsd).toBeCloseTo(billed.reduce((s, c) => s + estimateCost(model, { input_tokens: c.usage!.input, output_tokens: c.usage!.output })!, 0), 12);
    }
    expect(monitor.porModelo.get("gemini-2.5-flash")!.acertosDeCache).toBe(1);
    expect(warnings).toHaveLength(1);
    expect(monitor.resumo()).toHaveLength(2);
  });
});
