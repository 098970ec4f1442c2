// size: um exercício, um arquivo de checks (33 checks): a correção roda o arquivo de cada exercício (checkFile em lib/exercises.ts); os auxiliares ficam em checks/_support/.
// Checks do Exercício 2 — retry-rate-limit. Rodam contra o laboratório local: o lab injeta falhas (429, 5xx,
// timeouts) e registra cada requisição que chegou ao "provedor". As esperas usam um relógio falso (FakeClock):
// nenhum check dorme segundos de verdade, então quem dorme com setTimeout direto fica de fora.
import { getEventListeners } from "node:events";
import { ChatGoogleGenerativeAI } from "@langchain/google-genai";
import { ChatOpenAI } from "@langchain/openai";
import { AIMessage } from "@langchain/core/messages";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { geminiOptions, openAIOptions } from "#lib/config";
import type { FaultSpec, ModelCall } from "#lib/lab/types";
import { FakeClock } from "../test/retry/fake-clock.ts";
import { lab } from "./_support/lab.ts";
import { loadTarget, pick } from "./_support/load.ts";
import { rejeitaImportDeSolucoes } from "./_support/sem-solucoes.ts";
import { importarComSentinela, mensagemClienteNoImport } from "./_support/sentinela.ts";

rejeitaImportDeSolucoes("02-retry-rate-limit");

type Alvo = typeof import("@alvo/02-retry-rate-limit/rate_limit_retry.ts");
// red team 2 (2026-12-06): imported with the Gemini pointing at another lab (as in checks 01 and 05), so a default
// model built when the file is imported (the final project imports this file) keeps that address and is caught.
const { resultado: alvo, sentinela } = await importarComSentinela(() => loadTarget<Alvo>("02-retry-rate-limit/rate_limit_retry.ts"));

// Estes checks olham só o que chega ao "provedor": sem tracing, cada chamada custa menos (o arquivo roda em < 1 s).
process.env.LANGSMITH_TRACING = "false";

const ASSUNTOS = ["filas de mensagens", "cache de respostas", "limites de taxa", "observabilidade", "backoff exponencial", "custos de tokens"];
const prompt = () => `Escreva uma frase sobre ${pick(ASSUNTOS)} ${Math.random().toString(36).slice(2, 7)}`;
const gemini = (spec: FaultSpec): FaultSpec => ({ provider: "gemini", ...spec });
const cincoXX = () => pick([500, 502, 503, 504]);

type Resultado = { tipo: "ok"; valor: unknown; ms: number } | { tipo: "erro"; erro: unknown; ms: number } | { tipo: "travou"; ms: number };

/**
 * Roda com um limite de relógio REAL: um laço que dorme de verdade ou ignora o sinal vira "travou", não um timeout
 * mudo. O limite só detecta travamentos: o código certo usa o relógio falso e termina em poucos ms, então o piso de
 * 2 s (com a máquina ocupada, nada do que é certo chega perto dele) deixa o veredito independente da carga.
 */
async function rodar(fn: () => unknown, limiteDesejadoMs = 2_000): Promise<Resultado> {
  const limiteMs = Math.max(limiteDesejadoMs, 2_000);
  const inicio = performance.now();
  let timer: NodeJS.Timeout | undefined;
  const travou = new Promise<"travou">((resolve) => {
    timer = setTimeout(() => resolve("travou"), limiteMs);
  });
  const trabalho = Promise.resolve()
    .then(fn)
    .then(
      (valor) => ({ tipo: "ok" as const, valor }),
      (erro: unknown) => ({ tipo: "erro" as const, erro }),
    );
  const saida = await Promise.race([trabalho, travou]);
  clearTimeout(timer);
  const ms = performance.now() - inicio;
  return saida === "travou" ? { tipo: "travou", ms } : { ...saida, ms };
}

function primeiraLinha(erro: unknown): string {
  const texto = erro instanceof Error ? `${erro.name}: ${erro.message}` : String(erro);
  return texto.split("\n")[0]!.slice(0, 220);
}

function descrever(r: Resultado): string {
  if (r.tipo === "travou")
    return `não terminou em ${Math.round(r.ms)} ms de relógio real. Espere sempre com options.sleep (o check usa um relógio falso, que não espera de verdade) e respeite options.signal`;
  if (r.tipo === "erro") return `lançou ${primeiraLinha(r.erro)}`;
  return "terminou sem erro";
}

/** Um TODO ainda lançando é a primeira coisa a dizer, antes de contar chamadas. */
function semTodo(r: Resultado): void {
  const mensagem = r.tipo === "erro" && r.erro instanceof Error ? r.erro.message : "";
  expect(/^TODO\b/.test(mensagem) ? mensagem.split("\n")[0] : undefined, `Ainda falta um TODO: ${mensagem.split("\n")[0]} Procure-o em exercises/02-retry-rate-limit/.`).toBeUndefined();
}

function statusDe(erro: unknown): number | undefined {
  const e = erro as { status?: unknown; cause?: { status?: unknown } } | undefined;
  const s = e?.status ?? e?.cause?.status;
  return typeof s === "number" ? s : undefined;
}

function texto(valor: unknown): unknown {
  return typeof valor === "string" ? valor : (valor as { text?: unknown } | undefined)?.text;
}

const perguntaDe = (c: ModelCall | undefined) => c?.messages.filter((m) => m.role === "user").at(-1)?.content;

/** Opções com relógio falso: nenhuma espera gasta tempo real. */
function falso(extra: Record<string, unknown> = {}, r = 0.5) {
  const relogio = new FakeClock();
  return { relogio, opcoes: { sleep: relogio.sleep, now: relogio.now, random: () => r, attemptTimeoutMs: 3_000, ...extra } };
}

function chatOpenAI() {
  return new ChatOpenAI({ model: "gpt-4o-mini", apiKey: "lab", maxRetries: 0, ...openAIOptions() });
}

function modeloGemini() {
  return new ChatGoogleGenerativeAI({ model: "gemini-2.5-flash", apiKey: "lab", maxRetries: 0, ...geminiOptions() });
}

/** Em qualquer janela de tempo, no máximo capacity + ritmo × duração requisições (com folga em ms). */
function violacaoDeTaxa(tempos: number[], capacity: number, porSegundo: number, folgaMs: number): string | undefined {
  const t = [...tempos].sort((a, b) => a - b);
  for (let i = 0; i < t.length; i++)
    for (let j = i + 1; j < t.length; j++) {
      const dentro = j - i + 1;
      const permitido = capacity + (porSegundo * (t[j]! - t[i]! + folgaMs)) / 1000;
      if (dentro > permitido + 1e-9)
        return `${dentro} requisições em ${Math.round(t[j]! - t[i]!)} ms (o máximo seria ${Math.floor(capacity + (porSegundo * (t[j]! - t[i]!)) / 1000)})`;
    }
  return undefined;
}

beforeEach(async () => {
  await lab.reset();
});

describe("Exercício 2 — callLlmWithRetry", () => {
  it("sem falhas: uma chamada ao Gemini com o seu prompt, a resposta volta, nenhuma espera", async () => {
    const { callLlmWithRetry } = alvo();
    expect(typeof callLlmWithRetry, "callLlmWithRetry deve ser exportada como função (export async function callLlmWithRetry(prompt, options)).").toBe("function");
    const p = prompt();
    const { relogio, opcoes } = falso();
    const r = await rodar(() => callLlmWithRetry(p, opcoes));
    semTodo(r);
    const noImport = await mensagemClienteNoImport(sentinela, "rate_limit_retry.ts");
    expect(noImport, `${noImport} Sem options.model, chame criarModelo() dentro de callLlmWithRetry.`).toBeUndefined();
    expect(r.tipo, `Sem nenhuma falha injetada, callLlmWithRetry deveria responder, mas ${descrever(r)}. Comece pelos TODOs de rate_limit_retry.ts.`).toBe("ok");
    const chamadas = await lab.calls();
    expect(chamadas.length, `O laboratório deveria receber exatamente 1 chamada (recebeu ${chamadas.length}).`).toBe(1);
    expect(chamadas[0]!.provider, 'Use o modelo do livro: ChatGoogleGenerativeAI com ...geminiOptions() (criarModelo).').toBe("gemini");
    expect(chamadas[0]!.model, 'Use model: "gemini-2.5-flash", como no livro.').toBe("gemini-2.5-flash");
    expect(perguntaDe(chamadas[0]), `O prompt que chegou ao modelo deveria ser exatamente "${p}": passe o prompt recebido para model.invoke.`).toBe(p);
    expect(texto(r.tipo === "ok" ? r.valor : undefined), "callLlmWithRetry deve devolver a mensagem do modelo (o AIMessage de invoke, com .text).").toBe(chamadas[0]!.text);
    expect(relogio.sleeps, "Sem falhas não há o que esperar: não chame sleep antes da primeira tentativa nem depois do sucesso.").toEqual([]);
  });

  it("retenta 5xx com backoff exponencial, full jitter e teto (maxDelayMs)", async () => {
    const { callLlmWithRetry } = alvo();
    const baseDelayMs = pick([100, 150, 200, 250]);
    const maxDelayMs = baseDelayMs * pick([2, 3]);
    const aleatorio = pick([0.25, 0.4, 0.6, 0.85]) + Math.random() * 0.1;
    const falhas = [cincoXX(), cincoXX(), cincoXX()];
    await lab.setFaults(falhas.map((status) => gemini({ status })));
    const { relogio, opcoes } = falso({ maxAttempts: 4, baseDelayMs, maxDelayMs }, aleatorio);
    const r = await rodar(() => callLlmWithRetry(prompt(), opcoes));
    semTodo(r);
    const chamadas = await lab.calls();
    expect(chamadas.length, `Com ${falhas.join(", ")} seguidos de sucesso e maxAttempts 4, o provedor deveria receber 4 chamadas (recebeu ${chamadas.length}). 5xx é erro transitório: tente de novo.`).toBe(4);
    expect(r.tipo, `A quarta tentativa dá certo, então callLlmWithRetry deveria responder, mas ${descrever(r)}.`).toBe("ok");
    const esperado = [1, 2, 3].map((n) => Math.round(aleatorio * Math.min(maxDelayMs, baseDelayMs * 2 ** (n - 1))));
    expect(relogio.sleeps.length, `Deveria haver 3 esperas (uma entre cada par de tentativas), com options.sleep; houve ${relogio.sleeps.length}: [${relogio.sleeps.join(", ")}].`).toBe(3);
    const erradas = relogio.sleeps.filter((ms, i) => Math.abs(ms - esperado[i]!) > 1);
    expect(
      erradas,
      `Esperas erradas: recebi [${relogio.sleeps.join(", ")}] ms, esperava [${esperado.join(", ")}] ms (baseDelayMs ${baseDelayMs}, maxDelayMs ${maxDelayMs}, random() = ${aleatorio.toFixed(3)}). ` +
        "Full jitter: espera = random() × min(maxDelayMs, baseDelayMs × 2^(n−1)), n = número da tentativa que falhou (1, 2, 3…).",
    ).toEqual([]);
  });

  it("honra Retry-After em segundos (cabeçalho HTTP, lido do erro do ChatOpenAI)", async () => {
    const { callLlmWithRetry } = alvo();
    const segundos = pick([2, 3, 5, 7, 9]);
    await lab.setFaults([{ status: 429, retryAfter: segundos, provider: "openai" }]);
    const { relogio, opcoes } = falso({ maxAttempts: 3, baseDelayMs: 100, maxDelayMs: 500, model: chatOpenAI() });
    const r = await rodar(() => callLlmWithRetry(prompt(), opcoes));
    semTodo(r);
    const chamadas = await lab.calls();
    expect(chamadas.length, `Um 429 com Retry-After é para tentar de novo depois da espera: esperava 2 chamadas, houve ${chamadas.length}.`).toBe(2);
    expect(r.tipo, `Depois do 429 vem sucesso, então callLlmWithRetry deveria responder, mas ${descrever(r)}.`).toBe("ok");
    const espera = relogio.sleeps[0];
    expect(
      espera !== undefined && espera >= segundos * 1000 && espera <= segundos * 1000 + 500,
      `O servidor mandou "Retry-After: ${segundos}" e a espera foi ${espera ?? "nenhuma"} ms; esperava pelo menos ${segundos * 1000} ms (e não mais que ${segundos * 1000 + 500}). ` +
        "O ChatOpenAI repassa o erro do SDK openai, que guarda os cabeçalhos em error.headers (um Headers: error.headers.get(\"retry-after\")). O Retry-After manda mais que o seu teto maxDelayMs.",
    ).toBe(true);
  });

  it("honra Retry-After como data HTTP", async () => {
    const { callLlmWithRetry } = alvo();
    const { relogio, opcoes } = falso({ maxAttempts: 3, baseDelayMs: 100, maxDelayMs: 500, model: chatOpenAI() });
    const inicio = relogio.now();
    const data = new Date(Math.ceil((inicio + pick([3, 4, 6, 8]) * 1000) / 1000) * 1000);
    const esperado = data.getTime() - inicio;
    await lab.setFaults([{ status: 503, retryAfter: data.toUTCString(), provider: "openai" }]);
    const r = await rodar(() => callLlmWithRetry(prompt(), opcoes));
    semTodo(r);
    expect(r.tipo, `Depois do 503 vem sucesso, então callLlmWithRetry deveria responder, mas ${descrever(r)}.`).toBe("ok");
    const espera = relogio.sleeps[0];
    expect(
      espera !== undefined && Math.abs(espera - esperado) <= 100,
      `O servidor mandou "Retry-After: ${data.toUTCString()}" (uma data HTTP, ${esperado} ms depois de options.now()) e a espera foi ${espera ?? "nenhuma"} ms. ` +
        "Retry-After pode ser segundos OU uma data: se não for número, use Date.parse(valor) − now().",
    ).toBe(true);
  });

  it("honra o pedido de espera do Gemini (RetryInfo no corpo: o Gemini não manda Retry-After)", async () => {
    const { callLlmWithRetry } = alvo();
    const segundos = pick([2, 4, 6, 8]);
    await lab.setFaults([gemini({ status: 429, retryAfter: segundos })]);
    const { relogio, opcoes } = falso({ maxAttempts: 3, baseDelayMs: 100, maxDelayMs: 500 });
    const r = await rodar(() => callLlmWithRetry(prompt(), opcoes));
    semTodo(r);
    expect(r.tipo, `Depois do 429 vem sucesso, então callLlmWithRetry deveria responder, mas ${descrever(r)}.`).toBe("ok");
    const espera = relogio.sleeps[0];
    expect(
      espera !== undefined && espera >= segundos * 1000 && espera <= segundos * 1000 + 500,
      `O Gemini pediu ${segundos} s de espera e você esperou ${espera ?? "nada"} ms. O SDK do Gemini descarta os cabeçalhos; o pedido vem em ` +
        `error.errorDetails: [{ "@type": "type.googleapis.com/google.rpc.RetryInfo", retryDelay: "${segundos}s" }].`,
    ).toBe(true);
  });

  it("não retenta erros do cliente (400, 401, 403, 404): falha na hora, com o erro original", async () => {
    const { callLlmWithRetry } = alvo();
    const status = pick([400, 401, 403, 404]);
    await lab.setFaults([gemini({ status }), gemini({ status: 503 })]);
    const { relogio, opcoes } = falso({ maxAttempts: 4 });
    const r = await rodar(() => callLlmWithRetry(prompt(), opcoes));
    semTodo(r);
    const chamadas = await lab.calls();
    expect(chamadas.length, `Um ${status} não melhora com o tempo (a requisição ou a chave estão erradas), e repetir um 401/403 pode até bloquear a chave. Esperava 1 chamada, houve ${chamadas.length}.`).toBe(1);
    expect(r.tipo, `callLlmWithRetry deveria falhar com o ${status}, mas ${descrever(r)}.`).toBe("erro");
    expect(statusDe(r.tipo === "erro" ? r.erro : undefined), `O erro deveria carregar o status ${status} (o erro do SDK, ou o seu erro com ele em cause); recebi ${r.tipo === "erro" ? primeiraLinha(r.erro) : "-"}.`).toBe(status);
    expect(relogio.sleeps, "Não durma antes de desistir de um erro que não é retentável.").toEqual([]);
  });

  it("desiste após maxAttempts, sem dormir depois da última tentativa, guardando o último erro em cause", async () => {
    const { callLlmWithRetry } = alvo();
    const maxAttempts = pick([2, 3, 4]);
    const falhas = [...Array.from({ length: maxAttempts - 1 }, () => pick([500, 503])), pick([502, 504])];
    await lab.setFaults([...falhas.map((status) => gemini({ status })), gemini({ status: 500, times: 5 })]);
    const { relogio, opcoes } = falso({ maxAttempts, baseDelayMs: 50, maxDelayMs: 400 });
    const r = await rodar(() => callLlmWithRetry(prompt(), opcoes));
    semTodo(r);
    const chamadas = await lab.calls();
    expect(chamadas.length, `Com maxAttempts ${maxAttempts}, o provedor deveria receber ${maxAttempts} chamadas no total (a primeira conta); recebeu ${chamadas.length}.`).toBe(maxAttempts);
    expect(r.tipo, `Todas as tentativas falharam: callLlmWithRetry deveria rejeitar, mas ${descrever(r)}.`).toBe("erro");
    expect(relogio.sleeps.length, `Foram ${maxAttempts} tentativas: ${maxAttempts - 1} esperas bastam. O livro dormia também depois da última, à toa (houve ${relogio.sleeps.length}).`).toBe(maxAttempts - 1);
    const erro = r.tipo === "erro" ? (r.erro as { cause?: unknown }) : undefined;
    expect(erro instanceof Error, "Rejeite com um Error (de preferência a sua classe, ex.: ErroRetryEsgotado).").toBe(true);
    const ultimo = falhas.at(-1)!;
    expect(
      statusDe(erro?.cause),
      `O erro final deveria guardar o ÚLTIMO erro do provedor em cause (new Error("...", { cause: ultimoErro })): a última tentativa falhou com ${ultimo}; cause tem ${erro?.cause === undefined ? "nada" : primeiraLinha(erro.cause)}.`,
    ).toBe(ultimo);
  });

  it("respeita o prazo total (deadlineMs): nunca espera além dele", async () => {
    const { callLlmWithRetry } = alvo();
    const deadlineMs = pick([4_000, 5_000, 6_000]);
    await lab.setFaults([gemini({ status: 503, times: 10 })]);
    const { relogio, opcoes } = falso({ maxAttempts: 10, baseDelayMs: 1_000, maxDelayMs: 16_000, deadlineMs }, 0.999);
    const inicio = relogio.now();
    const r = await rodar(() => callLlmWithRetry(prompt(), opcoes));
    semTodo(r);
    expect(r.tipo, `Com 503 em todas as tentativas e prazo de ${deadlineMs} ms, callLlmWithRetry deveria rejeitar, mas ${descrever(r)}.`).toBe("erro");
    expect(
      relogio.now() - inicio <= deadlineMs,
      `Você esperou ${relogio.now() - inicio} ms no total (esperas: [${relogio.sleeps.join(", ")}]) com deadlineMs ${deadlineMs}. Antes de dormir, confira: se now() + espera passa do prazo, desista na hora.`,
    ).toBe(true);
    const chamadas = await lab.calls();
    expect(chamadas.length, `O prazo deveria acabar antes das 10 tentativas (houve ${chamadas.length} chamadas).`).toBeLessThan(10);
    expect(statusDe((r as { erro?: { cause?: unknown } }).erro?.cause), "O erro do prazo também deveria guardar o último erro do provedor (503) em cause.").toBe(503);
  });

  it("desiste na hora quando o Retry-After passa do prazo", async () => {
    const { callLlmWithRetry } = alvo();
    const segundos = pick([90, 120, 300]);
    await lab.setFaults([gemini({ status: 429, retryAfter: segundos })]);
    const { relogio, opcoes } = falso({ maxAttempts: 5, deadlineMs: 10_000 });
    const r = await rodar(() => callLlmWithRetry(prompt(), opcoes));
    semTodo(r);
    expect(r.tipo, `O servidor pediu ${segundos} s e o prazo é 10 s: callLlmWithRetry deveria rejeitar, mas ${descrever(r)}.`).toBe("erro");
    expect(relogio.sleeps, `Esperar ${segundos} s num prazo de 10 s é desperdício: desista sem dormir (esperas: [${relogio.sleeps.join(", ")}]).`).toEqual([]);
    expect((await lab.calls()).length, "Só a primeira chamada deveria chegar ao provedor.").toBe(1);
    const erro = r.tipo === "erro" ? r.erro : undefined;
    expect(statusDe(erro), "O erro deveria levar o 429 do provedor (no próprio erro ou em cause).").toBe(429);
  });

  it("retenta timeouts: uma tentativa sem resposta é abortada em attemptTimeoutMs", async () => {
    const { callLlmWithRetry } = alvo();
    await lab.setFaults([gemini({ kind: "timeout" })]);
    const { relogio, opcoes } = falso({ maxAttempts: 5, attemptTimeoutMs: 120, baseDelayMs: 50 });
    const r = await rodar(() => callLlmWithRetry(prompt(), opcoes), 1_500);
    semTodo(r);
    const chamadas = await lab.calls();
    expect(
      r.tipo,
      `O primeiro pedido nunca recebe resposta; com attemptTimeoutMs 120 a tentativa deveria ser abortada e repetida, mas callLlmWithRetry ${descrever(r)}. ` +
        "Atenção: o ChatGoogleGenerativeAI ignora signal/timeout no invoke(); não conte com o SDK, use a corrida de executarTentativa.",
    ).toBe("ok");
    expect(chamadas.length, `Esperava pelo menos 2 chamadas (a que travou e a repetição); houve ${chamadas.length}.`).toBeGreaterThanOrEqual(2);
    expect(chamadas[0]!.fault, "A primeira chamada deveria ser a que o laboratório deixou sem resposta.").toBe("timeout");
    expect(relogio.sleeps.length, `Um timeout é retentável como um 503: uma espera de backoff antes de cada repetição (${chamadas.length} chamadas, ${relogio.sleeps.length} esperas).`).toBe(chamadas.length - 1);
  });

  it("AbortSignal: cancelar durante a espera para tudo, sem novas chamadas", async () => {
    const { callLlmWithRetry } = alvo();
    await lab.setFaults([gemini({ status: 503, times: 4 })]);
    const controle = new AbortController();
    const motivo = new Error(`cancelado pelo usuário ${Math.random().toString(36).slice(2, 6)}`);
    const { relogio, opcoes } = falso({ maxAttempts: 5, signal: controle.signal });
    // Relógio congelado: a espera só termina pelo sinal. Quem não passa o signal ao sleep fica esperando.
    relogio.frozen = true;
    relogio.onSleep = () => setTimeout(() => controle.abort(motivo), 5);
    const r = await rodar(() => callLlmWithRetry(prompt(), opcoes), 1_000);
    semTodo(r);
    expect(
      r.tipo,
      `O sinal foi abortado durante a primeira espera: callLlmWithRetry deveria rejeitar na hora, mas ${r.tipo === "travou" ? "continuou esperando. Passe o signal para o sleep: options.sleep(ms, signal) desiste quando o sinal é abortado" : descrever(r)}.`,
    ).toBe("erro");
    const erro = r.tipo === "erro" ? r.erro : undefined;
    expect(erro === motivo || (erro as Error | undefined)?.name === "AbortError", `Rejeite com o motivo do cancelamento (signal.reason); recebi ${primeiraLinha(erro)}.`).toBe(true);
    expect((await lab.calls()).length, "Depois do cancelamento, nenhuma chamada nova deveria chegar ao provedor: passe o signal ao sleep e confira-o antes de cada tentativa.").toBe(1);
  });

  it("AbortSignal: cancelar uma chamada em andamento responde na hora (e um sinal já abortado não chama nada)", async () => {
    const { callLlmWithRetry } = alvo();
    await lab.setFaults([gemini({ kind: "timeout" })]);
    const controle = new AbortController();
    const { opcoes } = falso({ maxAttempts: 3, attemptTimeoutMs: 5_000, signal: controle.signal });
    setTimeout(() => controle.abort(new Error("o usuário fechou a página")), 60);
    const r = await rodar(() => callLlmWithRetry(prompt(), opcoes), 800);
    semTodo(r);
    expect(r.tipo, `O sinal foi abortado 60 ms depois do início, com a chamada ainda sem resposta: callLlmWithRetry deveria rejeitar logo, mas ${descrever(r)}.`).toBe("erro");
    expect((await lab.calls()).length, "Cancelado, não repita a chamada.").toBe(1);
    await lab.reset();
    const jaAbortado = falso({ signal: AbortSignal.abort(new Error("cancelado antes")) });
    const r2 = await rodar(() => callLlmWithRetry(prompt(), jaAbortado.opcoes), 800);
    semTodo(r2);
    expect(r2.tipo, `Com um signal já abortado, callLlmWithRetry deveria rejeitar sem chamar o modelo, mas ${descrever(r2)}.`).toBe("erro");
    expect((await lab.calls()).length, "Com o sinal já abortado, nenhuma chamada deveria chegar ao provedor.").toBe(0);
  });

  it("opções absurdas: erro claro (com o nome da opção) antes de chamar o provedor, nunca um travamento", async () => {
    const { callLlmWithRetry } = alvo();
    const casos: Array<[Record<string, unknown>, string[]]> = [
      [{ maxAttempts: 0 }, ["maxAttempts"]],
      [{ maxAttempts: -2 }, ["maxAttempts"]],
      [{ maxAttempts: 2.5 }, ["maxAttempts"]],
      [{ maxAttempts: Number.NaN }, ["maxAttempts"]],
      [{ maxAttempts: 1_000_000 }, ["maxAttempts"]],
      [{ baseDelayMs: -100 }, ["baseDelayMs"]],
      [{ maxDelayMs: -1 }, ["maxDelayMs"]],
      [{ baseDelayMs: 500, maxDelayMs: 100 }, ["maxDelayMs", "baseDelayMs"]],
      [{ deadlineMs: 0 }, ["deadlineMs"]],
      [{ deadlineMs: -5_000 }, ["deadlineMs"]],
      [{ maxAttempts: 21 }, ["maxAttempts"]],
      [{ baseDelayMs: 0 }, ["baseDelayMs"]],
      [{ baseDelayMs: 60_001, maxDelayMs: 100_000 }, ["baseDelayMs"]],
      [{ maxDelayMs: 300_001 }, ["maxDelayMs"]],
      [{ deadlineMs: 3_600_001 }, ["deadlineMs"]],
      [{ attemptTimeoutMs: 0 }, ["attemptTimeoutMs"]],
      [{ attemptTimeoutMs: 600_001 }, ["attemptTimeoutMs"]],
      [{ sleep: 5 }, ["sleep"]],
      [{ now: "agora" }, ["now"]],
      [{ random: 0.5 }, ["random"]],
      [{ onRetry: true }, ["onRetry"]],
    ];
    // Todos os casos (cada um rejeita antes de qualquer chamada, custa ~1 ms), em ordem sorteada.
    const sorteados = [...casos].sort(() => Math.random() - 0.5);
    for (const [ruins, nomes] of sorteados) {
      const { opcoes } = falso(ruins);
      const r = await rodar(() => callLlmWithRetry(prompt(), opcoes), 500);
      semTodo(r);
      const descricao = JSON.stringify(ruins, (_k, v: unknown) => (typeof v === "number" && Number.isNaN(v) ? "NaN" : v));
      expect(r.tipo, `Com ${descricao}, callLlmWithRetry deveria rejeitar na hora com um erro explicando a opção, mas ${descrever(r)}.`).toBe("erro");
      const mensagem = r.tipo === "erro" && r.erro instanceof Error ? r.erro.message : "";
      expect(
        nomes.some((n) => mensagem.includes(n)),
        `Com ${descricao}, a mensagem deveria citar a opção (${nomes.join(" ou ")}) e o que é aceito; recebi: "${mensagem.slice(0, 160)}".`,
      ).toBe(true);
    }
    expect((await lab.calls()).length, "Opções inválidas não deveriam gerar nenhuma chamada ao provedor: valide antes de tudo.").toBe(0);
  });
});

describe("Exercício 2 — BaldeDeTokens (limitador do lado do cliente)", () => {
  it("opções absurdas no construtor: erro claro com o nome da opção", () => {
    const { BaldeDeTokens } = alvo();
    const casos: Array<[Record<string, unknown>, string]> = [
      [{ capacity: 0, refillPerSecond: 5 }, "capacity"],
      [{ capacity: -3, refillPerSecond: 5 }, "capacity"],
      [{ capacity: 1.5, refillPerSecond: 5 }, "capacity"],
      [{ capacity: 2, refillPerSecond: 0 }, "refillPerSecond"],
      [{ capacity: 2, refillPerSecond: -1 }, "refillPerSecond"],
      [{ capacity: 2, refillPerSecond: Number.POSITIVE_INFINITY }, "refillPerSecond"],
    ];
    for (const [ruins, nome] of [...casos].sort(() => Math.random() - 0.5)) {
      let erro: unknown;
      try {
        new BaldeDeTokens(ruins as never);
      } catch (e) {
        erro = e;
      }
      const descricao = JSON.stringify(ruins, (_k, v: unknown) => (v === Number.POSITIVE_INFINITY ? "Infinity" : v));
      expect(erro instanceof Error, `new BaldeDeTokens(${descricao}) deveria lançar um erro no construtor, não aceitar e travar depois.`).toBe(true);
      expect((erro as Error).message.includes(nome), `A mensagem deveria citar "${nome}" e o que é aceito; recebi: "${(erro as Error).message.slice(0, 160)}".`).toBe(true);
    }
  });

  it("deixa passar a rajada (capacity) e depois no máximo refillPerSecond por segundo, com chamadores concorrentes", async () => {
    const { BaldeDeTokens } = alvo();
    const capacity = pick([2, 3, 4]);
    const refillPerSecond = pick([2, 4, 5, 10]);
    const n = capacity + 6;
    const relogio = new FakeClock();
    const balde = new BaldeDeTokens({ capacity, refillPerSecond, now: relogio.now, sleep: relogio.sleep });
    const inicio = relogio.now();
    const tempos: number[] = [];
    const r = await rodar(() => Promise.all(Array.from({ length: n }, () => balde.acquire().then(() => void tempos.push(relogio.now() - inicio)))));
    semTodo(r);
    expect(r.tipo, `${n} chamadas concorrentes de acquire() deveriam terminar (no relógio falso), mas ${descrever(r)}.`).toBe("ok");
    const ordenados = [...tempos].sort((a, b) => a - b);
    expect(ordenados.slice(0, capacity), `O balde começa cheio: as primeiras ${capacity} (capacity) saem na hora; tempos (ms): [${ordenados.join(", ")}].`).toEqual(Array(capacity).fill(0));
    const violacao = violacaoDeTaxa(ordenados, capacity, refillPerSecond, 0);
    expect(violacao, `Limite estourado com capacity ${capacity} e refillPerSecond ${refillPerSecond}: ${violacao}. Tempos (ms): [${ordenados.join(", ")}]. Reserve a ficha de forma síncrona (as chamadas concorrentes não podem pegar a mesma).`).toBeUndefined();
    const ideal = ((n - capacity) * 1000) / refillPerSecond;
    expect(ordenados.at(-1)!, `A última deveria sair por volta de ${ideal} ms; saiu em ${ordenados.at(-1)} ms. Não espere mais que o necessário: a ficha seguinte chega a cada ${1000 / refillPerSecond} ms.`).toBeLessThanOrEqual(ideal + 1000 / refillPerSecond + 1);
  });

  it("acquire(signal) desiste quando o sinal é abortado (antes ou durante a espera)", async () => {
    const { BaldeDeTokens } = alvo();
    const relogio = new FakeClock();
    const balde = new BaldeDeTokens({ capacity: 1, refillPerSecond: 1, now: relogio.now, sleep: relogio.sleep });
    const primeira = await rodar(() => balde.acquire());
    semTodo(primeira);
    expect(primeira.tipo, `A primeira ficha está disponível: acquire() deveria resolver, mas ${descrever(primeira)}.`).toBe("ok");
    const controle = new AbortController();
    relogio.frozen = true; // a espera só termina pelo sinal
    relogio.onSleep = () => setTimeout(() => controle.abort(new Error("desisti de esperar")), 5);
    const r = await rodar(() => balde.acquire(controle.signal), 1_000);
    semTodo(r);
    expect(
      r.tipo,
      `O sinal foi abortado durante a espera pela próxima ficha: acquire deveria rejeitar na hora, mas ${r.tipo === "travou" ? "continuou esperando" : descrever(r)}. Passe o signal para o sleep: this.sleep(ms, signal).`,
    ).toBe("erro");
    const antes = await rodar(() => balde.acquire(AbortSignal.abort(new Error("já cancelado"))));
    semTodo(antes);
    expect(antes.tipo, `Com um sinal já abortado, acquire deveria rejeitar na hora, mas ${descrever(antes)}.`).toBe("erro");
  });

  it("chamadas concorrentes a callLlmWithRetry com o mesmo limitador respeitam a taxa (relógio falso, chamadas no lab)", async () => {
    const { callLlmWithRetry, BaldeDeTokens } = alvo();
    const capacity = pick([1, 2, 3]);
    const refillPerSecond = pick([2, 5, 10]);
    const n = capacity + 5;
    const relogio = new FakeClock();
    const inicio = relogio.now();
    const balde = new BaldeDeTokens({ capacity, refillPerSecond, now: relogio.now, sleep: relogio.sleep });
    // Anota em que instante (do relógio falso) cada requisição saiu para o provedor.
    const saidas = new Map<string, number>();
    const modelo = modeloGemini();
    const espiao = { invoke: (entrada: string, o?: { signal?: AbortSignal }) => (saidas.set(entrada, relogio.now() - inicio), modelo.invoke(entrada, o)) };
    const prompts = Array.from({ length: n }, prompt);
    const r = await rodar(() => Promise.all(prompts.map((p) => callLlmWithRetry(p, { limiter: balde, model: espiao, sleep: relogio.sleep, now: relogio.now }))));
    semTodo(r);
    expect(r.tipo, `${n} chamadas concorrentes com limiter deveriam responder, mas ${descrever(r)}. Chame await options.limiter.acquire(signal) antes de cada tentativa.`).toBe("ok");
    const chamadas = await lab.calls();
    expect(chamadas.length, `Esperava ${n} chamadas no provedor, uma por prompt; houve ${chamadas.length}.`).toBe(n);
    expect(new Set(chamadas.map(perguntaDe)), "Cada prompt deveria chegar ao provedor exatamente uma vez.").toEqual(new Set(prompts));
    const tempos = prompts.map((p) => saidas.get(p) ?? Number.NaN);
    const violacao = violacaoDeTaxa(tempos, capacity, refillPerSecond, 0);
    expect(
      violacao,
      `Com BaldeDeTokens({ capacity: ${capacity}, refillPerSecond: ${refillPerSecond} }) saíram ${violacao}; tempos de saída (ms): [${[...tempos].sort((a, b) => a - b).join(", ")}]. ` +
        "Use o limiter das opções antes de cada tentativa.",
    ).toBeUndefined();
  });

  it("o limitador funciona no relógio real (sem relógio injetado)", async () => {
    const { callLlmWithRetry, BaldeDeTokens } = alvo();
    // "Relógio real" = o padrão do balde (Date.now e setTimeout), aqui trocados pelos temporizadores falsos do vitest:
    // a rajada sai na hora e as outras exatamente a cada 25 ms, sem depender da velocidade da máquina.
    vi.useFakeTimers({ toFake: ["setTimeout", "clearTimeout", "Date", "performance"] });
    try {
      const balde = new BaldeDeTokens({ capacity: 2, refillPerSecond: 40 });
      const inicio = Date.now();
      const saidas: number[] = [];
      const espiao = { invoke: async (entrada: string) => (saidas.push(Date.now() - inicio), new AIMessage(`ok: ${entrada}`)) };
      const todas = Promise.allSettled(Array.from({ length: 5 }, () => callLlmWithRetry(prompt(), { limiter: balde, model: espiao as never, attemptTimeoutMs: 60_000 })));
      await vi.advanceTimersByTimeAsync(200);
      const fim = await Promise.race([todas, Promise.resolve("pendente" as const)]);
      const falha = fim !== "pendente" ? fim.find((r) => r.status === "rejected") : undefined;
      if (falha?.status === "rejected" && /^TODO\b/.test(String((falha.reason as Error)?.message))) semTodo({ tipo: "erro", erro: falha.reason, ms: 0 });
      expect(
        saidas,
        `Com BaldeDeTokens({ capacity: 2, refillPerSecond: 40 }) sem now/sleep, 5 chamadas deveriam sair em 0, 0, 25, 50 e 75 ms (Date.now), mas saíram em ${JSON.stringify(saidas)} ms` +
          `${fim === "pendente" ? " e algumas nunca terminaram" : ""}. Sem now/sleep nas opções, o balde usa Date.now e um sleep de setTimeout (esperaReal).`,
      ).toEqual([0, 0, 25, 50, 75]);
    } finally {
      vi.useRealTimers();
    }
  });

  it("as retentativas também passam pelo limitador", async () => {
    const { callLlmWithRetry, BaldeDeTokens } = alvo();
    await lab.setFaults([gemini({ status: 503, times: 2 })]);
    const relogio = new FakeClock();
    const inicio = relogio.now();
    const balde = new BaldeDeTokens({ capacity: 1, refillPerSecond: 4, now: relogio.now, sleep: relogio.sleep });
    const saidas: number[] = [];
    const modelo = modeloGemini();
    const espiao = { invoke: (entrada: string, o?: { signal?: AbortSignal }) => (saidas.push(relogio.now() - inicio), modelo.invoke(entrada, o)) };
    const opcoes = { maxAttempts: 4, baseDelayMs: 1, maxDelayMs: 2, random: () => 0.5, limiter: balde, model: espiao, sleep: relogio.sleep, now: relogio.now };
    const r = await rodar(() => callLlmWithRetry(prompt(), opcoes));
    semTodo(r);
    expect(r.tipo, `Dois 503 e depois sucesso: callLlmWithRetry deveria responder, mas ${descrever(r)}.`).toBe("ok");
    expect((await lab.calls()).length, "Esperava 3 chamadas no provedor (2 falhas + sucesso).").toBe(3);
    const violacao = violacaoDeTaxa(saidas, 1, 4, 0);
    expect(
      violacao,
      `Com BaldeDeTokens({ capacity: 1, refillPerSecond: 4 }) as tentativas deveriam sair a 250 ms uma da outra, mas saíram em [${saidas.join(", ")}] ms (${violacao}). ` +
        "Cada tentativa, inclusive as repetições, gasta uma ficha: peça a ficha DENTRO do laço.",
    ).toBeUndefined();
  });
});

/** Roda uma função síncrona do alvo e devolve o valor ou o erro, sem deixar um TODO passar despercebido. */
function chamar<T>(fn: () => T): { ok: true; valor: T } | { ok: false; erro: unknown } {
  try {
    return { ok: true, valor: fn() };
  } catch (erro) {
    semTodo({ tipo: "erro", erro, ms: 0 });
    return { ok: false, erro };
  }
}

const mostrar = (r: { ok: true; valor: unknown } | { ok: false; erro: unknown }) => (r.ok ? JSON.stringify(r.valor) ?? "undefined" : `lançou ${primeiraLinha(r.erro)}`);

describe("Exercício 2 — as peças de retry.ts (TODOs 1 a 6) e do balde (TODOs 9 e 10)", () => {
  it("resolverOpcoesDeRetry({}) aplica os padrões da tabela do README", () => {
    const { resolverOpcoesDeRetry } = alvo();
    const r = chamar(() => resolverOpcoesDeRetry({}));
    expect(r.ok, `resolverOpcoesDeRetry({}) deveria devolver as opções resolvidas, mas ${mostrar(r)}.`).toBe(true);
    const o = (r.ok ? r.valor : {}) as Record<string, unknown>;
    const numeros = { maxAttempts: o.maxAttempts, baseDelayMs: o.baseDelayMs, maxDelayMs: o.maxDelayMs, deadlineMs: o.deadlineMs, attemptTimeoutMs: o.attemptTimeoutMs };
    expect(numeros, `Padrões da tabela do README (TODO 1): maxAttempts 5, baseDelayMs 500, maxDelayMs 20 000, deadlineMs 60 000, attemptTimeoutMs 30 000; recebi ${JSON.stringify(numeros)}.`).toEqual({
      maxAttempts: 5,
      baseDelayMs: 500,
      maxDelayMs: 20_000,
      deadlineMs: 60_000,
      attemptTimeoutMs: 30_000,
    });
    expect([o.now, o.random], "Sem now/random nas opções, use Date.now e Math.random (TODO 1).").toEqual([Date.now, Math.random]);
    expect(typeof o.sleep, "Sem sleep nas opções, use esperaReal (TODO 1).").toBe("function");
  });

  it("statusDoErro acha o status em error.status, error.statusCode ou error.response.status", () => {
    const { statusDoErro } = alvo();
    const s = pick([429, 500, 502, 503]);
    const casos: Array<[string, unknown, number | undefined]> = [
      [`{ status: ${s} }`, Object.assign(new Error("x"), { status: s }), s],
      [`{ statusCode: ${s} }`, Object.assign(new Error("x"), { statusCode: s }), s],
      [`{ response: { status: ${s} } }`, { response: { status: s } }, s],
      ["um Error sem status", new Error("sem status"), undefined],
      ["null", null, undefined],
      ['a string "503"', "503", undefined],
    ];
    for (const [nome, erro, esperado] of casos) {
      const r = chamar(() => statusDoErro(erro));
      expect(r.ok ? r.valor : r, `statusDoErro(${nome}) deveria devolver ${esperado}, mas ${mostrar(r)} (TODO 2: error.status, error.statusCode ou error.response.status; nada disso → undefined, sem lançar).`).toBe(esperado);
    }
  });

  it("permiteRetry: 408, 429, 5xx menos 501, timeouts e rede sim; 4xx, 501, 600 e cota esgotada não", () => {
    const { permiteRetry, ErroPrazoDaTentativa } = alvo();
    const comStatus = (status: number, extra: Record<string, unknown> = {}) => Object.assign(new Error(`HTTP ${status}`), { status, ...extra });
    const casos: Array<[string, unknown, boolean]> = [
      ["408", comStatus(408), true],
      ["429", comStatus(429), true],
      ['429 com code "insufficient_quota"', comStatus(429, { code: "insufficient_quota" }), false],
      ["500", comStatus(500), true],
      ["501", comStatus(501), false],
      ["503 em response.status", { response: { status: 503 } }, true],
      ["599", comStatus(599), true],
      ["600", comStatus(600), false],
      ["499", comStatus(499), false],
      // Every client error every run (a draw let a solution that retries only one of them pass some runs).
      ...[400, 401, 403, 404, 422].map((s) => [String(s), comStatus(s), false] as [string, unknown, boolean]),
      ["ErroPrazoDaTentativa", new ErroPrazoDaTentativa(100), true],
      ['Error com code "ECONNRESET" (rede, sem status)', Object.assign(new Error("read ECONNRESET"), { code: "ECONNRESET" }), true],
      ['TypeError("fetch failed") (rede, sem status)', new TypeError("fetch failed"), true],
      ["um Error comum sem status", new Error("bug no código"), false],
    ];
    for (const [nome, erro, esperado] of casos) {
      const r = chamar(() => permiteRetry(erro));
      expect(r.ok ? r.valor : r, `permiteRetry(${nome}) deveria ser ${esperado}, mas ${mostrar(r)} (TODO 3: 408, 429 menos cota esgotada, 5xx menos 501, timeouts; sem status, ehErroDeRede).`).toBe(esperado);
    }
  });

  it("lerRetryAfter: segundos, data HTTP (nunca negativa) e lixo → undefined", () => {
    const { lerRetryAfter } = alvo();
    // "agora" falls between two seconds (a date header has whole seconds): a date turned into whole seconds (floor,
    // round or ceil of (data − agora) / 1000) is wrong on every run. With a whole-second agora it was right here, and
    // the call-level date check (±100 ms from Date.now()) let it through whenever the clock's milliseconds were near 0.
    const fracao = 300 + Math.floor(Math.random() * 400);
    const agora = Date.UTC(2026, 9, 21, 7, 28, 0) + fracao;
    const seg = pick([1, 7, 12, 30, 120]);
    const futuro = pick([3, 9, 45]);
    const casos: Array<[string | undefined, number | undefined]> = [
      [String(seg), seg * 1000],
      [new Date(agora + futuro * 1000).toUTCString(), futuro * 1000 - fracao],
      [new Date(agora - 60_000).toUTCString(), 0],
      ["-3", undefined],
      ["5s", undefined],
      ["amanhã", undefined],
      ["", undefined],
      [undefined, undefined],
    ];
    for (const [valor, esperado] of casos) {
      const r = chamar(() => lerRetryAfter(valor, agora));
      expect(r.ok ? r.valor : r, `lerRetryAfter(${JSON.stringify(valor)}, agora) deveria dar ${esperado}, mas ${mostrar(r)} (TODO 4a: "7" → 7000; data → Date.parse − agora, nunca negativo; lixo → undefined).`).toBe(esperado);
    }
  });

  it("esperaPedidaMs: retry-after-ms, retry-after (Headers ou response.headers) e o RetryInfo do Gemini", () => {
    const { esperaPedidaMs } = alvo();
    const agora = Date.now();
    const ms = pick([150, 1234, 2500]);
    const seg = pick([2, 5, 8]);
    const RETRY_INFO = "type.googleapis.com/google.rpc.RetryInfo";
    const casos: Array<[string, unknown, number | undefined]> = [
      [`headers: Headers { retry-after-ms: "${ms}" }`, { headers: new Headers({ "retry-after-ms": String(ms) }) }, ms],
      [`headers: Headers { retry-after: "${seg}" }`, { headers: new Headers({ "retry-after": String(seg) }) }, seg * 1000],
      [`response.headers: { "retry-after": "${seg}" }`, { response: { headers: { "retry-after": String(seg) } } }, seg * 1000],
      [
        `errorDetails: [BadRequest com retryDelay "99s", um item sem "@type", RetryInfo "${seg}s"]`,
        { errorDetails: [{ "@type": "type.googleapis.com/google.rpc.BadRequest", retryDelay: "99s" }, { retryDelay: "77s" }, { "@type": RETRY_INFO, retryDelay: `${seg}s` }] },
        seg * 1000,
      ],
      ['errorDetails: [RetryInfo "12.345s"]', { errorDetails: [{ "@type": RETRY_INFO, retryDelay: "12.345s" }] }, 12_345],
      ['errorDetails: [RetryInfo com retryDelay "amanhã"]', { errorDetails: [{ "@type": RETRY_INFO, retryDelay: "amanhã" }] }, undefined],
      ["um Error sem cabeçalhos nem errorDetails", new Error("sem pedido"), undefined],
      ["null", null, undefined],
    ];
    for (const [nome, erro, esperado] of casos) {
      const r = chamar(() => esperaPedidaMs(erro, agora));
      expect(r.ok ? r.valor : r, `esperaPedidaMs(${nome}) deveria dar ${esperado}, mas ${mostrar(r)} (TODO 4b: cabeçalhos retry-after-ms e retry-after, depois o RetryInfo do Gemini em errorDetails; sem pedido → undefined).`).toBe(esperado);
    }
  });

  it("comRetry: operation recebe { signal, attempt } e onRetry é avisada antes de cada espera", async () => {
    const { comRetry } = alvo();
    const relogio = new FakeClock();
    const seg = pick([2, 3, 4]);
    const falhas: unknown[] = [Object.assign(new Error("HTTP 503"), { status: 503 }), Object.assign(new Error("HTTP 429"), { status: 429, headers: new Headers({ "retry-after": String(seg) }) })];
    const recebidos: Array<{ signal: unknown; attempt: unknown }> = [];
    const eventos: Array<Record<string, unknown>> = [];
    const valor = Math.random().toString(36).slice(2, 8);
    const operacao = (ctx: { signal: AbortSignal; attempt: number }) => {
      recebidos.push({ signal: ctx?.signal, attempt: ctx?.attempt });
      const falha = falhas[recebidos.length - 1];
      return falha ? Promise.reject(falha) : Promise.resolve(valor);
    };
    const r = await rodar(() =>
      comRetry(operacao, { maxAttempts: 4, baseDelayMs: 200, maxDelayMs: 1_000, random: () => 0.5, sleep: relogio.sleep, now: relogio.now, onRetry: (e: object) => void eventos.push({ ...e, esperasAntes: relogio.sleeps.length }) }),
    );
    semTodo(r);
    expect(r.tipo === "ok" ? r.valor : descrever(r), "503, 429 com Retry-After e depois sucesso: comRetry deveria devolver o valor da operação.").toBe(valor);
    expect(recebidos.map((c) => c.attempt), "operation deveria receber { signal, attempt } com attempt 1, 2, 3 (TODO 6).").toEqual([1, 2, 3]);
    expect(recebidos.every((c) => c.signal instanceof AbortSignal), "operation deveria receber um AbortSignal em { signal } (o de executarTentativa), para o SDK poder cancelar a chamada.").toBe(true);
    const resumo = eventos.map((e) => ({ attempt: e.attempt, delayMs: e.delayMs, source: e.source, status: e.status, mesmoErro: e.error === falhas[(e.attempt as number) - 1] }));
    expect(
      resumo,
      `onRetry deveria ser chamada antes de cada espera com { attempt, delayMs, source, status, error } (EventoDeRetry); recebi ${JSON.stringify(resumo)}. Esperas: [${relogio.sleeps.join(", ")}].`,
    ).toEqual([
      { attempt: 1, delayMs: 100, source: "backoff", status: 503, mesmoErro: true },
      { attempt: 2, delayMs: seg * 1000, source: "retry-after", status: 429, mesmoErro: true },
    ]);
    // red team 2026-12-06: v18 (onRetry after the sleep).
    expect(
      eventos.map((e) => e.esperasAntes),
      `onRetry deveria ser avisada ANTES de cada espera (README: "avisada antes de cada espera"), mas quando ela foi chamada o sleep já tinha rodado ${eventos.map((e) => e.esperasAntes).join(", ")} vez(es). ` +
        "Avisando depois, o log e as métricas só contam a retentativa quando a espera já acabou (com Retry-After de minutos, o painel fica cego esse tempo todo), e uma espera cancelada nunca aparece.",
    ).toEqual([0, 1]);
  });

  it("comRetry: desistir por tentativas ou por prazo lança ErroRetryEsgotado com o motivo e o tempo gasto", async () => {
    const { comRetry, ErroRetryEsgotado } = alvo();
    // red team 2 (2026-12-06): this clock does not start at the wall clock's time, so a start or a deadline read
    // from Date.now() (mixed clocks) no longer looks right by coincidence.
    const relogio = new FakeClock(Date.UTC(2031, pick([0, 3, 6, 9]), pick([1, 10, 20]), 12));
    const inicio = relogio.now();
    const erro503 = Object.assign(new Error("HTTP 503"), { status: 503 });
    let tentativas = 0;
    const r = await rodar(() => comRetry(() => (tentativas++, Promise.reject(erro503)), { maxAttempts: 3, baseDelayMs: 100, maxDelayMs: 1_000, random: () => 1, sleep: relogio.sleep, now: relogio.now }));
    semTodo(r);
    expect(
      tentativas,
      `Com maxAttempts 3, prazo padrão de 60 s e esperas de 100 e 200 ms no relógio de options.now(), comRetry deveria tentar 3 vezes, mas tentou ${tentativas} (${descrever(r)}). ` +
        "O relógio recebido aqui não marca a mesma hora que o do sistema: se o início ou o prazo vêm de Date.now() e o resto de now(), as contas misturam dois relógios. Use options.now() em todas as leituras de tempo.",
    ).toBe(3);
    const e = (r.tipo === "erro" ? r.erro : undefined) as { reason?: unknown; elapsedMs?: unknown } | undefined;
    expect(e instanceof ErroRetryEsgotado, `Esgotadas as 3 tentativas, comRetry deveria rejeitar com ErroRetryEsgotado, mas ${descrever(r)}.`).toBe(true);
    expect([e?.reason, e?.elapsedMs], `ErroRetryEsgotado("attempts", maxAttempts, tempo gasto = now() − início, último erro): esperas de 100 e 200 ms dão 300 ms; recebi reason/elapsedMs ${JSON.stringify([e?.reason, e?.elapsedMs])}.`).toEqual([
      "attempts",
      relogio.now() - inicio,
    ]);

    // Retry-After além do prazo: desiste já, com motivo "deadline".
    const relogio2 = new FakeClock();
    const erro429 = Object.assign(new Error("HTTP 429"), { status: 429, headers: new Headers({ "retry-after": "90" }) });
    const r2 = await rodar(() => comRetry(() => relogio2.sleep(40).then(() => Promise.reject(erro429)), { maxAttempts: 3, deadlineMs: 10_000, sleep: relogio2.sleep, now: relogio2.now }));
    semTodo(r2);
    const e2 = (r2.tipo === "erro" ? r2.erro : undefined) as { reason?: unknown; elapsedMs?: unknown } | undefined;
    expect(
      [e2 instanceof ErroRetryEsgotado, e2?.reason, e2?.elapsedMs],
      `O servidor pediu 90 s num prazo de 10 s: ErroRetryEsgotado("deadline", …) com o tempo gasto (40 ms de tentativa); recebi ${r2.tipo === "erro" ? `${primeiraLinha(r2.erro)} ${JSON.stringify([e2?.reason, e2?.elapsedMs])}` : descrever(r2)}.`,
    ).toEqual([true, "deadline", 40]);
  });

  it("comRetry: se a espera do limitador esgota o prazo, desiste antes de chamar a operação", async () => {
    const { comRetry, ErroRetryEsgotado } = alvo();
    const relogio = new FakeClock();
    const deadlineMs = pick([1_000, 2_000, 3_000]);
    let chamadas = 0;
    // O limitador "segura" a requisição exatamente até o fim do prazo.
    const limiter = { acquire: () => relogio.sleep(deadlineMs) };
    const r = await rodar(() => comRetry(() => (chamadas++, Promise.resolve("ok")), { deadlineMs, limiter, sleep: relogio.sleep, now: relogio.now }));
    semTodo(r);
    expect(chamadas, `O limitador só liberou no instante do prazo (${deadlineMs} ms): não sobra tempo para tentar. Confira o prazo DEPOIS do limiter.acquire e antes de chamar a operação (TODO 6).`).toBe(0);
    const e = (r.tipo === "erro" ? r.erro : undefined) as { reason?: unknown; elapsedMs?: unknown } | undefined;
    expect([e instanceof ErroRetryEsgotado, e?.reason, e?.elapsedMs], `Deveria rejeitar com ErroRetryEsgotado("deadline", …) e o tempo gasto (${deadlineMs} ms = now() − início), mas ${descrever(r)} ${JSON.stringify([e?.reason, e?.elapsedMs])}.`).toEqual([true, "deadline", deadlineMs]);
  });

  it("comRetry: uma tentativa nunca passa do que resta do prazo (timeout = min(attemptTimeoutMs, restante))", async () => {
    const { comRetry } = alvo();
    const relogio = new FakeClock();
    const deadlineMs = pick([80, 100, 120]);
    let chamadas = 0;
    // A operação nunca responde; o relógio falso está parado, então só o timeout real da tentativa a encerra.
    const r = await rodar(() => comRetry(() => (chamadas++, new Promise<never>(() => undefined)), { maxAttempts: 1, deadlineMs, attemptTimeoutMs: 10_000, sleep: relogio.sleep, now: relogio.now }), 1_500);
    semTodo(r);
    expect(
      r.tipo === "erro" && r.ms < 1_000,
      `Com deadlineMs ${deadlineMs} e attemptTimeoutMs 10 000, a tentativa deveria ser abortada em ~${deadlineMs} ms (o que resta do prazo), mas ${descrever(r)} em ${Math.round(r.ms)} ms. Passe Math.min(attemptTimeoutMs, restante) ao executarTentativa.`,
    ).toBe(true);
    expect(chamadas, "Uma chamada só (maxAttempts 1).").toBe(1);
  });

  it("comRetry: cancelado durante a chamada, rejeita com signal.reason sem avisar onRetry nem esperar", async () => {
    const { comRetry } = alvo();
    const relogio = new FakeClock();
    const controle = new AbortController();
    // Um motivo que por si só pareceria retentável: quem manda é o cancelamento.
    const motivo = Object.assign(new Error(`cancelado ${Math.random().toString(36).slice(2, 6)}`), { status: 503 });
    const eventos: unknown[] = [];
    const operacao = ({ signal }: { signal: AbortSignal }) =>
      new Promise<never>((_, reject) => {
        signal?.addEventListener("abort", () => reject(signal.reason), { once: true });
        setTimeout(() => controle.abort(motivo), 5);
      });
    const r = await rodar(() => comRetry(operacao, { maxAttempts: 3, signal: controle.signal, sleep: relogio.sleep, now: relogio.now, onRetry: (e: unknown) => void eventos.push(e) }), 1_000);
    semTodo(r);
    expect(r.tipo === "erro" && r.erro === motivo, `Cancelado durante a chamada, comRetry deveria rejeitar com signal.reason, mas ${descrever(r)}.`).toBe(true);
    expect([eventos.length, relogio.sleeps.length], "Cancelado é cancelado: sinal abortado → lance signal.reason antes de decidir se retenta (sem onRetry, sem sleep) (TODO 6).").toEqual([0, 0]);
  });

  // red team 2 (2026-12-06): a comRetry with its own Promise.race timeout instead of executarTentativa, whose timer was
  // never cleared (each call left a live attemptTimeoutMs timer behind) or whose listener on the caller's signal was
  // never removed (a long-lived signal, e.g. a server's shutdown signal, gains one per attempt).
  it("comRetry não deixa nada para trás: o temporizador de cada tentativa e o ouvinte no signal de quem chamou saem quando ela acaba", async () => {
    const { comRetry } = alvo();
    const relogio = new FakeClock();
    const controle = new AbortController();
    const ouvintesAntes = getEventListeners(controle.signal, "abort").length;
    const prazo = 29_000 + Math.floor(Math.random() * 1_000);
    const setTimeoutOriginal = globalThis.setTimeout;
    const clearTimeoutOriginal = globalThis.clearTimeout;
    const vivos = new Set<unknown>();
    // Conta só os temporizadores com o prazo da tentativa: os do check e os do SDK não entram na conta.
    globalThis.setTimeout = ((fn: (...a: unknown[]) => void, ms?: number, ...args: unknown[]) => {
      const t = setTimeoutOriginal(() => {
        vivos.delete(t);
        fn(...args);
      }, ms);
      if (ms === prazo) vivos.add(t);
      return t;
    }) as typeof setTimeout;
    globalThis.clearTimeout = ((t?: Parameters<typeof clearTimeout>[0]) => {
      vivos.delete(t);
      clearTimeoutOriginal(t);
    }) as typeof clearTimeout;
    let r: Resultado;
    let vivosAoVoltar: number;
    try {
      let n = 0;
      const erro503 = Object.assign(new Error("HTTP 503"), { status: 503 });
      r = await rodar(() => comRetry(() => (++n === 1 ? Promise.reject(erro503) : Promise.resolve("ok")), { attemptTimeoutMs: prazo, signal: controle.signal, sleep: relogio.sleep, now: relogio.now, random: () => 0 }));
      vivosAoVoltar = vivos.size;
    } finally {
      globalThis.setTimeout = setTimeoutOriginal;
      globalThis.clearTimeout = clearTimeoutOriginal;
      for (const t of vivos) clearTimeoutOriginal(t as Parameters<typeof clearTimeout>[0]);
    }
    semTodo(r);
    expect(r.tipo, `Um 503 e depois sucesso: comRetry deveria devolver o valor, mas ${descrever(r)}.`).toBe("ok");
    expect(
      vivosAoVoltar,
      `comRetry voltou, mas ${vivosAoVoltar} temporizador(es) de ${prazo} ms (o attemptTimeoutMs) continuam armados: o prazo de uma tentativa que já terminou precisa ser desarmado. ` +
        "Use executarTentativa (ela já faz isso) ou, no seu próprio prazo, faça clearTimeout(timer) no finally: senão cada chamada deixa um temporizador vivo por até 30 s (memória presa num servidor, e um script que não termina).",
    ).toBe(0);
    const ouvintes = getEventListeners(controle.signal, "abort").length - ouvintesAntes;
    expect(
      ouvintes,
      `comRetry voltou, mas deixou ${ouvintes} ouvinte(s) de "abort" no signal que você recebeu em options.signal. ` +
        "Quem chama pode reaproveitar o mesmo signal em muitas chamadas (ex.: o de desligamento do servidor): use executarTentativa (ela já faz isso) ou remova o seu ouvinte no finally (removeEventListener), senão eles se acumulam a cada tentativa.",
    ).toBe(0);
  });

  it("callLlmWithRetry: prompt vazio ou que não é string → TypeError, sem chamar o provedor; o modelo recebe o signal", async () => {
    const { callLlmWithRetry } = alvo();
    for (const ruim of [pick(["", "   ", "\n\t "]), 42, null, undefined]) {
      const r = await rodar(() => callLlmWithRetry(ruim as never, falso().opcoes), 500);
      semTodo(r);
      expect(
        r.tipo === "erro" && r.erro instanceof TypeError && /prompt/i.test(r.erro.message),
        `callLlmWithRetry(${JSON.stringify(ruim)}) deveria rejeitar na hora com um TypeError em pt-BR que fale do prompt (TODO 8, passo 1: "precisa de um prompt…"), mas ${descrever(r)}.`,
      ).toBe(true);
    }
    expect((await lab.calls()).length, "Prompt inválido não deveria gerar nenhuma chamada ao provedor.").toBe(0);
    const sinais: unknown[] = [];
    const modelo = modeloGemini();
    const espiao = { invoke: (entrada: string, o?: { signal?: AbortSignal }) => (sinais.push(o?.signal), modelo.invoke(entrada, o)) };
    const r = await rodar(() => callLlmWithRetry(prompt(), { ...falso().opcoes, model: espiao }));
    semTodo(r);
    expect(r.tipo, `Com options.model, callLlmWithRetry deveria responder, mas ${descrever(r)}.`).toBe("ok");
    expect(sinais.length === 1 && sinais[0] instanceof AbortSignal, "Chame model.invoke(prompt, { signal }) com o signal que comRetry passa à operação (TODO 8, passo 4): é ele que cancela a tentativa.").toBe(true);
  });

  it("BaldeDeTokens: a rajada sai sem dormir, a espera é ceil(fichas que faltam × 1000 / ritmo) e o balde se reenche com o tempo", async () => {
    const { BaldeDeTokens } = alvo();
    const capacity = pick([1, 2, 3]);
    const refillPerSecond = pick([2, 4, 5]);
    const intervalo = 1000 / refillPerSecond;
    const relogio = new FakeClock();
    const criado = chamar(() => new BaldeDeTokens({ capacity, refillPerSecond, now: relogio.now, sleep: relogio.sleep }));
    expect(criado.ok, `new BaldeDeTokens({ capacity: ${capacity}, refillPerSecond: ${refillPerSecond} }) deveria funcionar, mas ${mostrar(criado)}.`).toBe(true);
    if (!criado.ok) return;
    const balde = criado.valor;
    const rajada = await rodar(async () => {
      for (let i = 0; i < capacity; i++) await balde.acquire();
    });
    semTodo(rajada);
    expect([rajada.tipo, relogio.sleeps], `As ${capacity} primeiras fichas (capacity) estão no balde: acquire() não deveria chamar sleep (nem com 0 ms) — se ainda ficou ≥ 0 ficha, pode ir (TODO 10).`).toEqual(["ok", []]);
    const proxima = await rodar(() => balde.acquire());
    semTodo(proxima);
    expect(relogio.sleeps, `Balde vazio e ritmo ${refillPerSecond}/s: a próxima ficha chega em exatamente ${intervalo} ms; esperava sleep(${intervalo}). ceil(−fichas × 1000 / refillPerSecond).`).toEqual([intervalo]);
    // Passa tempo sem ninguém pedir: o balde se reenche (até capacity).
    const k = Math.min(capacity, 2);
    await relogio.sleep(k * intervalo);
    relogio.sleeps.length = 0;
    const depois = await rodar(async () => {
      for (let i = 0; i < k; i++) await balde.acquire();
    });
    semTodo(depois);
    expect(relogio.sleeps, `Depois de ${k * intervalo} ms parado, o balde ganhou ${k} ficha(s) (decorrido × refillPerSecond / 1000): ${k} acquire() deveriam sair sem dormir (TODO 10, passo 2).`).toEqual([]);
    await relogio.sleep(10 * capacity * intervalo);
    relogio.sleeps.length = 0;
    const cheio = await rodar(async () => {
      for (let i = 0; i <= capacity; i++) await balde.acquire();
    });
    semTodo(cheio);
    expect(relogio.sleeps.length, `Parado muito tempo, o balde enche só até capacity (${capacity}): a ficha número ${capacity + 1} deveria esperar (min(capacity, …)).`).toBe(1);
    expect(depois.tipo, "acquire() deveria resolver.").toBe("ok");
    // Um ritmo que não divide 1000: 3 fichas/s = uma a cada 333,33… ms. Esperar 333 ms sairia antes de a ficha existir.
    const r3 = new FakeClock();
    const b3 = new BaldeDeTokens({ capacity: 1, refillPerSecond: 3, now: r3.now, sleep: r3.sleep });
    await rodar(async () => {
      await b3.acquire();
      await b3.acquire();
    });
    expect(r3.sleeps, "Com refillPerSecond 3, a próxima ficha chega em 333,33… ms: a espera é ceil(…) = 334 ms. Arredondar para o ms mais próximo (333) solta a requisição antes da hora.").toEqual([334]);
    // Frações de ficha se acumulam: 125 ms a 4 fichas/s = meia ficha, que não pode se perder na conta.
    const r4 = new FakeClock();
    const b4 = new BaldeDeTokens({ capacity: 1, refillPerSecond: 4, now: r4.now, sleep: r4.sleep });
    await rodar(() => b4.acquire());
    await r4.sleep(125);
    r4.sleeps.length = 0;
    await rodar(() => b4.acquire());
    expect(
      r4.sleeps,
      "Balde vazio, 4 fichas/s, 125 ms parado: meia ficha já chegou, então a espera é só 125 ms. As fichas são fracionárias: não arredonde o que o reabastecimento soma (Math.floor perde a meia ficha a cada conta).",
    ).toEqual([125]);
  });
});

// Por último: se o modelo retentar sozinho, as retentativas atrasadas do SDK não atrapalham os outros checks.
describe("Exercício 2 — sem retentativas empilhadas", () => {
  it("o modelo é criado com maxRetries: 0 (quem retenta é você, não o SDK)", async () => {
    const { callLlmWithRetry, criarModelo } = alvo();
    // O modelo de criarModelo(): as retentativas do SDK ficam no caller dele (nenhuma requisição é feita aqui).
    const sdk = (criarModelo() as unknown as { caller?: { maxRetries?: number } }).caller?.maxRetries;
    expect(sdk, `criarModelo() devolveu um modelo que o próprio SDK retenta ${sdk} vez(es) (o padrão do LangChain é 6, até ~80 s num 500): crie-o com maxRetries: 0.`).toBe(0);
    await lab.setFaults([gemini({ status: 500, times: 3 })]);
    const controle = new AbortController();
    const { opcoes } = falso({ maxAttempts: 1, signal: controle.signal });
    // Sem esperar as pausas do SDK: assim que uma 2ª requisição chega ao provedor, já se sabe que ele retentou.
    let segunda = false;
    const vigia = (async () => {
      while (!controle.signal.aborted) {
        if ((await lab.calls()).length >= 2) return void (segunda = true);
        await new Promise((r) => setTimeout(r, 10));
      }
    })();
    const r = await rodar(() => Promise.race([callLlmWithRetry(prompt(), opcoes), vigia.then(() => new Promise(() => undefined))]), 8_000);
    controle.abort();
    await vigia;
    semTodo(r);
    expect(
      segunda ? "retentou" : r.tipo,
      `Com maxAttempts 1 e um 500, callLlmWithRetry deveria rejeitar logo, mas ${segunda || r.tipo === "travou" ? "o SDK mandou outra requisição por conta própria (o padrão do LangChain é maxRetries: 6, até ~80 s num 500). Crie o modelo com maxRetries: 0" : descrever(r)}.`,
    ).toBe("erro");
    expect((await lab.calls()).length, "Com maxAttempts 1, exatamente 1 requisição deveria chegar ao provedor.").toBe(1);
    expect(statusDe((r as { erro?: unknown }).erro), "O erro deveria carregar o 500 do provedor (no próprio erro ou em cause).").toBe(500);
  });
});
