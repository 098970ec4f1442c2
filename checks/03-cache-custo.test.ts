// size: um exercício, um arquivo de checks (9 checks): a correção roda o arquivo de cada exercício (checkFile em lib/exercises.ts); os auxiliares ficam em checks/_support/.
// Checks do Exercício 3 — cache-custo. Rodam contra o laboratório local: contam quantas perguntas chegaram
// de verdade ao "Gemini" (um acerto de cache não chega), com que parâmetros, e quantos tokens ele cobrou.
import { InMemoryCache, type BaseCache } from "@langchain/core/caches";
import { ChatOpenAI } from "@langchain/openai";
import { AIMessage } from "@langchain/core/messages";
import { beforeEach, describe, expect, it } from "vitest";
import type { ModelCall } from "#lib/lab/types";
import { estimateCost } from "#lib/pricing";
import { openAIOptions } from "#lib/config";
import { lab } from "./_support/lab.ts";
import { loadTarget, pick } from "./_support/load.ts";
import { captureConsole } from "./_support/captura.ts";
import { comLatenciaVirtual } from "./_support/relogio.ts";
import { rejeitaImportDeSolucoes } from "./_support/sem-solucoes.ts";

rejeitaImportDeSolucoes("03-cache-custo");

type Alvo = typeof import("@alvo/03-cache-custo/cache_custo.ts");
type AlvoCache = typeof import("@alvo/03-cache-custo/cache.ts");
const alvo = await loadTarget<Alvo>("03-cache-custo/cache_custo.ts");
const alvoCache = await loadTarget<AlvoCache>("03-cache-custo/cache.ts");

// Estes checks não olham traces: o envio ao LangSmith fica desligado. Cada arquivo de checks roda no seu próprio processo.
process.env.LANGSMITH_TRACING = "false";

const TEMAS = ["cache de respostas", "filas", "observabilidade", "custos de tokens", "rate limiting", "guardrails", "deploy"];
const sufixo = () => Math.random().toString(36).slice(2, 7);
/** Perguntas que ninguém adivinha: respostas e contagens fixas no código não passam. */
const pergunta = () => `Escreva uma frase sobre ${pick(TEMAS)} ${sufixo()}`;
// Latência num relógio virtual (checks/_support/relogio.ts): cada chamada ao provedor leva exatamente isto no
// performance.now(), um acerto de cache leva 0. Nenhum veredito depende da velocidade da máquina.
const LATENCIA_MS = 20;

/** O construtor que o bônus descreve no README (não faz parte do esqueleto). */
type CacheComValidadeCtor = new (opcoes: { ttlMs: number; maxEntradas: number; agora?: () => number }) => BaseCache;

/** `unicas` perguntas diferentes repetidas até `total`, em ordem embaralhada, cada uma aparecendo ao menos uma vez. */
function carga(unicas: number, total: number): { perguntas: string[]; unicas: string[] } {
  const base = Array.from({ length: unicas }, pergunta);
  const perguntas = [...base, ...Array.from({ length: total - unicas }, () => pick(base))];
  for (let i = perguntas.length - 1; i > 0; i--) {
    const j = Math.floor(Math.random() * (i + 1));
    [perguntas[i], perguntas[j]] = [perguntas[j]!, perguntas[i]!];
  }
  return { perguntas, unicas: base };
}

const somaEntrada = (calls: ModelCall[]) => calls.reduce((s, c) => s + (c.usage?.input ?? 0), 0);
const somaSaida = (calls: ModelCall[]) => calls.reduce((s, c) => s + (c.usage?.output ?? 0), 0);
const custoCobrado = (calls: ModelCall[]) =>
  calls.reduce((s, c) => s + (estimateCost(c.model, { input_tokens: c.usage?.input, output_tokens: c.usage?.output }) ?? 0), 0);

beforeEach(async () => {
  await lab.reset();
});

describe("Exercício 3 — cache: latência e custo antes e depois", () => {
  it("CacheComEscopo guarda no cache base com a chave separada pelos parâmetros", async () => {
    const { CacheComEscopo } = alvoCache();
    const base = new InMemoryCache();
    const t = pick([0, 0.3, 0.7]);
    const flash = new CacheComEscopo(base, { model: "gemini-2.5-flash", temperature: t });
    const pro = new CacheComEscopo(base, { model: "gemini-2.5-pro", temperature: t });
    const mesmo = new CacheComEscopo(base, { temperature: t, model: "gemini-2.5-flash" });
    const prompt = pergunta();
    const valor = [{ text: `resposta ${sufixo()}` }];
    await flash.update(prompt, "llm", valor);
    expect(await mesmo.lookup(prompt, "llm"), "Outro CacheComEscopo com os mesmos parâmetros (em outra ordem) deveria achar a entrada guardada (TODO 1 em cache.ts).").toEqual(valor);
    expect(await pro.lookup(prompt, "llm"), "Um CacheComEscopo com outro modelo não deveria achar a entrada: inclua o escopo na llmKey que você repassa ao cache base.").toBeNull();
    expect(await base.lookup(prompt, "llm"), "A entrada deveria ir para o cache base com a llmKey modificada (com o escopo), não com a llmKey original.").toBeNull();
  });

  it("com um InMemoryCache, a pergunta repetida não chega ao provedor", async () => {
    const { criarModelo } = alvo();
    const q = pergunta();
    const modelo = criarModelo({ cache: new InMemoryCache() });
    const primeira = await modelo.invoke(q);
    const segunda = await modelo.invoke(q);
    const calls = await lab.calls();
    expect(calls.length, "criarModelo({ cache }) não chamou o Gemini do laboratório: crie o ChatGoogleGenerativeAI com ...geminiOptions() (TODO 2).").toBeGreaterThan(0);
    expect(calls[0]!.model, 'Use o modelo do livro por padrão: model "gemini-2.5-flash".').toBe("gemini-2.5-flash");
    expect(
      calls.length,
      `A mesma pergunta feita 2 vezes chegou ${calls.length} vezes ao provedor: o cache não foi usado. Passe o cache recebido na opção \`cache\` do ChatGoogleGenerativeAI (TODO 2).`,
    ).toBe(1);
    expect(segunda.text, "O acerto de cache deveria devolver a mesma resposta da primeira chamada.").toBe(primeira.text);
    const semCache = criarModelo();
    await semCache.invoke(q);
    await semCache.invoke(q);
    expect((await lab.calls()).length, "criarModelo() sem a opção cache não deveria usar cache nenhum (nem cache: true, que é um cache global): as 2 perguntas deveriam chegar ao provedor.").toBe(3);
  });

  it("modelos com parâmetros diferentes não dividem entradas do cache; com os mesmos parâmetros, dividem", async () => {
    const { criarModelo } = alvo();
    const cache = new InMemoryCache();
    const q = pergunta();
    const t1 = pick([0, 0.2, 0.4]);
    const t2 = pick([0.7, 0.9, 1]);
    await criarModelo({ cache, temperature: t1 }).invoke(q);
    await criarModelo({ cache, temperature: t2 }).invoke(q);
    let calls = await lab.calls();
    expect(
      calls.map((c) => c.params.temperature),
      `Um modelo com temperature ${t2} recebeu a resposta guardada pelo modelo com temperature ${t1}: a chave que o LangChain usa para o Gemini não inclui a temperatura. ` +
        "Embrulhe o cache num CacheComEscopo com { model, temperature } (cache.ts, TODO 1) e passe-o ao modelo.",
    ).toEqual([t1, t2]);
    await criarModelo({ cache, temperature: t1, model: "gemini-2.5-pro" }).invoke(q);
    calls = await lab.calls();
    expect(
      calls.map((c) => c.model),
      "Um modelo diferente (gemini-2.5-pro) recebeu a resposta guardada para o gemini-2.5-flash: o nome do modelo também precisa entrar no escopo do cache.",
    ).toEqual(["gemini-2.5-flash", "gemini-2.5-flash", "gemini-2.5-pro"]);
    await criarModelo({ cache, temperature: t1 }).invoke(q);
    expect(
      (await lab.calls()).length,
      "Outro modelo com os MESMOS parâmetros deveria reaproveitar a resposta guardada (o escopo deve depender só dos parâmetros, não da instância).",
    ).toBe(3);
  });

  it("percentil usa o método do posto mais próximo (nearest-rank)", () => {
    const { percentil } = alvo();
    // Every size from 1 to 30 and the usual percentiles: formulas that only agree on some sizes (floor of
    // p/100 × (n − 1), round, interpolation) fail here every time, not on an unlucky draw.
    for (let tamanho = 1; tamanho <= 30; tamanho++) {
      const lista = Array.from({ length: tamanho }, (_, i) => (i + 1) * 3).reverse();
      for (const q of [50, 90, 95, 99]) {
        const posto = Math.max(1, Math.floor((q * tamanho + 99) / 100)); // ceil(q × n / 100), in integers
        expect(
          percentil([...lista], q),
          `percentil(valores, ${q}) com ${tamanho} valores 3, 6, 9…: esperava o ${posto}º menor (${posto * 3}); nearest-rank usa posto = teto(p/100 × n), começando em 1.`,
        ).toBe(posto * 3);
      }
    }
    const n = pick([10, 20, 40]);
    const valores = Array.from({ length: n }, (_, i) => (i + 1) * 3).sort(() => Math.random() - 0.5);
    // A shuffle can come out already sorted; then sorting in place would change nothing and go unseen.
    if (valores.every((v, i) => i === 0 || valores[i - 1]! < v)) valores.reverse();
    const original = [...valores];
    const esperado = (p: number) => Math.ceil((p / 100) * n) * 3;
    expect(percentil(valores, 50), `percentil(valores, 50) com ${n} valores 3, 6, 9…: esperava o ${n / 2}º menor (nearest-rank).`).toBe(esperado(50));
    expect(percentil(valores, 95), `percentil(valores, 95) com ${n} valores: esperava o ${Math.ceil(0.95 * n)}º menor (posto = teto(p/100 × n)).`).toBe(esperado(95));
    expect(percentil(valores, 100), "percentil(valores, 100) é o maior valor.").toBe(n * 3);
    expect(percentil([], 50), "percentil de uma lista vazia deveria ser 0 (nenhuma medida), não um erro nem NaN.").toBe(0);
    expect(valores, "percentil não deveria alterar (ordenar) a lista recebida: ordene uma cópia ([...valores].sort(...)).").toEqual(original);
  });

  it("medirCarga sem cache: cada pergunta é uma chamada, e tokens e custo batem com o que o provedor cobrou", async () => {
    const { medirCarga, criarModelo } = alvo();
    const { perguntas } = carga(2, 5);
    const r = await comLatenciaVirtual(LATENCIA_MS, () => medirCarga("sem cache", criarModelo(), perguntas));
    const calls = await lab.calls();
    expect(calls.length, `medirCarga deveria fazer as ${perguntas.length} perguntas ao modelo (o laboratório recebeu ${calls.length}).`).toBe(perguntas.length);
    expect(r.rotulo, "O relatório deveria trazer o rótulo recebido.").toBe("sem cache");
    expect(r.perguntas, "relatorio.perguntas: quantas perguntas foram feitas.").toBe(perguntas.length);
    expect(r.chamadas, `relatorio.chamadas deveria ser ${calls.length}: sem cache, toda pergunta chega ao provedor.`).toBe(calls.length);
    expect(r.acertos, "relatorio.acertos deveria ser 0 sem cache.").toBe(0);
    expect(r.tokensEntrada, `relatorio.tokensEntrada deveria somar o usage_metadata.input_tokens de cada resposta (${somaEntrada(calls)} segundo o provedor).`).toBe(somaEntrada(calls));
    expect(r.tokensSaida, `relatorio.tokensSaida deveria somar o usage_metadata.output_tokens de cada resposta (${somaSaida(calls)} segundo o provedor).`).toBe(somaSaida(calls));
    expect(
      r.custoUsd,
      "relatorio.custoUsd deveria ser a soma de estimateCost(modelo.model, uso) de #lib/pricing para cada resposta (tokens × preço por milhão).",
    ).toBeCloseTo(custoCobrado(calls), 12);
    expect(r.custoUsd, "O custo deveria ser maior que zero: o provedor cobrou tokens.").toBeGreaterThan(0);
    expect(
      r.latenciaTotalMs,
      `Cada chamada levou exatamente ${LATENCIA_MS} ms no performance.now() (o check controla o relógio): latenciaTotalMs deveria ser ${LATENCIA_MS * perguntas.length} ms, veio ${r.latenciaTotalMs}. ` +
        "Meça cada invoke com performance.now() logo antes e logo depois dele, em milissegundos, e some (Date.now() ou uma medida só do laço inteiro dão outro número).",
    ).toBeCloseTo(LATENCIA_MS * perguntas.length, 6);
    expect(
      [r.p50Ms, r.p95Ms],
      `Com todas as chamadas levando ${LATENCIA_MS} ms, p50 e p95 deveriam ser ${LATENCIA_MS} ms; vieram ${r.p50Ms} e ${r.p95Ms}. Calcule-os com percentil() sobre a lista das latências de cada pergunta.`,
    ).toEqual([LATENCIA_MS, LATENCIA_MS]);
  });

  it("medirCarga: só uma resposta com usage_metadata todo zerado é acerto de cache; sem usage_metadata é chamada", async () => {
    const { medirCarga } = alvo();
    // Um modelo de mentira que devolve o uso que o check escolhe (o laboratório sempre informa os dois números).
    const entrada = 5 + Math.floor(Math.random() * 50);
    const saida = 5 + Math.floor(Math.random() * 50);
    const usos = [undefined, { input_tokens: entrada, output_tokens: 0, total_tokens: entrada }, { input_tokens: 0, output_tokens: saida, total_tokens: saida }].sort(() => Math.random() - 0.5);
    const respostas = [...usos];
    const falso = {
      model: "gemini-2.5-flash",
      invoke: async () => {
        const uso = respostas.shift();
        return new AIMessage(uso ? { content: "ok", usage_metadata: uso } : { content: "ok" });
      },
    } as unknown as Parameters<typeof medirCarga>[1];
    let r: Awaited<ReturnType<typeof medirCarga>> | undefined;
    try {
      r = await medirCarga("falso", falso, ["a", "b", "c"]);
    } catch (erro) {
      return expect.fail(`medirCarga lançou "${erro instanceof Error ? erro.message : String(erro)}" com uma resposta sem usage_metadata (há modelos que não informam uso): leia com resposta.usage_metadata?.input_tokens ?? 0.`);
    }
    expect(
      [r.chamadas, r.acertos],
      `Respostas com uso ${JSON.stringify(usos)}: nenhuma é um acerto (acerto = usage_metadata presente com input_tokens E output_tokens iguais a 0); esperava 3 chamadas e 0 acertos, recebi ${r.chamadas} e ${r.acertos}.`,
    ).toEqual([3, 0]);
    expect([r.tokensEntrada, r.tokensSaida], "Os tokens deveriam somar o usage_metadata de cada resposta (ausente conta 0).").toEqual([entrada, saida]);
  });

  it("compararCache: com cache há menos chamadas, menos latência, e acertos custam zero", async () => {
    const { compararCache } = alvo();
    const { perguntas, unicas } = carga(2, 6);
    const { semCache, comCache } = await comLatenciaVirtual(LATENCIA_MS, () => compararCache(perguntas));
    const calls = await lab.calls();
    const fase1 = calls.slice(0, perguntas.length);
    const fase2 = calls.slice(perguntas.length);
    expect(
      calls.length,
      `compararCache deveria rodar a carga sem cache (${perguntas.length} chamadas) e depois com um InMemoryCache novo (${unicas.length} chamadas, uma por pergunta diferente); o laboratório recebeu ${calls.length}.`,
    ).toBe(perguntas.length + unicas.length);
    expect(semCache.chamadas, "semCache.chamadas deveria contar todas as perguntas.").toBe(fase1.length);
    expect(
      comCache.chamadas,
      `comCache.chamadas deveria ser ${fase2.length} (as perguntas que chegaram ao provedor); recebi ${comCache.chamadas}. Um acerto de cache volta com usage_metadata zerado, e o LangChain zera também o objeto da primeira resposta (é o mesmo objeto guardado no cache): leia o uso logo depois de cada invoke, não no fim.`,
    ).toBe(fase2.length);
    expect(comCache.acertos, `comCache.acertos deveria ser ${perguntas.length - unicas.length} (as repetições).`).toBe(perguntas.length - unicas.length);
    expect(
      comCache.tokensEntrada,
      `comCache.tokensEntrada deveria ser ${somaEntrada(fase2)} (o que o provedor recebeu), mas veio ${comCache.tokensEntrada}. ` +
        "Cuidado: num acerto o LangChain zera o usage_metadata do MESMO objeto guardado no cache. Leia e some os tokens logo depois de cada invoke, não no fim.",
    ).toBe(somaEntrada(fase2));
    expect(comCache.tokensSaida, `comCache.tokensSaida deveria ser ${somaSaida(fase2)}.`).toBe(somaSaida(fase2));
    expect(
      comCache.custoUsd,
      "comCache.custoUsd deveria ser só o custo das chamadas que chegaram ao provedor: um acerto de cache não é cobrado (custo 0). " +
        "Não use response_metadata.tokenUsage, que guarda os números da chamada original.",
    ).toBeCloseTo(custoCobrado(fase2), 12);
    expect(semCache.custoUsd, "semCache.custoUsd deveria bater com o que o provedor cobrou na primeira fase.").toBeCloseTo(custoCobrado(fase1), 12);
    expect(comCache.custoUsd, "Com cache, o custo deveria ser menor que sem cache.").toBeLessThan(semCache.custoUsd);
    expect(
      [semCache.latenciaTotalMs, comCache.latenciaTotalMs],
      `Cada chamada ao provedor levou exatamente ${LATENCIA_MS} ms no performance.now() e cada acerto 0 ms: a latência total deveria ser ${LATENCIA_MS * perguntas.length} ms sem cache e ` +
        `${LATENCIA_MS * unicas.length} ms com cache; vieram ${semCache.latenciaTotalMs} e ${comCache.latenciaTotalMs}. Meça cada invoke separadamente com performance.now().`,
    ).toEqual([LATENCIA_MS * perguntas.length, LATENCIA_MS * unicas.length]);
    expect(
      comCache.p50Ms,
      `Com ${comCache.acertos} acertos (0 ms cada) em ${comCache.perguntas} perguntas, a mediana com cache é um acerto: p50 deveria ser 0 ms, veio ${comCache.p50Ms} ms. ` +
        "Calcule o p50 com percentil() sobre a latência de cada pergunta (não a média, nem o total dividido).",
    ).toBe(0);
    expect(semCache.p50Ms, `Sem cache toda pergunta leva ${LATENCIA_MS} ms: p50 deveria ser ${LATENCIA_MS} ms, veio ${semCache.p50Ms}.`).toBe(LATENCIA_MS);
    expect(comCache.p95Ms, `O p95 com cache ainda inclui chamadas ao provedor: deveria ser ${LATENCIA_MS} ms, veio ${comCache.p95Ms}.`).toBe(LATENCIA_MS);

    // The same comparison again, in the same process: it must start cold (red team 2026-12-06: v9).
    const antes = calls.length;
    const segunda = await comLatenciaVirtual(LATENCIA_MS, () => compararCache(perguntas));
    const novas = (await lab.calls()).length - antes;
    expect(
      [segunda.comCache.chamadas, segunda.comCache.acertos],
      `Rodei compararCache duas vezes com as mesmas perguntas. Na segunda, a fase "com cache" deveria começar vazia (${unicas.length} chamadas, ${perguntas.length - unicas.length} acertos), ` +
        `mas teve ${segunda.comCache.chamadas} chamadas e ${segunda.comCache.acertos} acertos (o provedor recebeu ${novas} chamadas nas duas fases). ` +
        "Um cache que sobrevive entre comparações mede respostas da rodada anterior, não a carga; num servidor, também divide respostas entre usuários e testes. Cada comparação precisa do seu próprio cache.",
    ).toEqual([unicas.length, perguntas.length - unicas.length]);
  });

  it("medirCarga cobra cada resposta pelo preço do modelo que respondeu (modelo.model)", async () => {
    const { medirCarga } = alvo();
    const modelo = new ChatOpenAI({ model: "gpt-4o-mini", maxRetries: 0, ...openAIOptions() });
    const { perguntas } = carga(2, 3);
    const r = await medirCarga("openai", modelo as unknown as Parameters<typeof medirCarga>[1], perguntas);
    const calls = await lab.calls();
    expect(calls.length, `medirCarga deveria fazer as ${perguntas.length} perguntas ao modelo recebido.`).toBe(perguntas.length);
    expect(
      r.custoUsd,
      `Com um modelo gpt-4o-mini, o custo deveria ser ${custoCobrado(calls)} (preço do gpt-4o-mini), veio ${r.custoUsd}: use estimateCost(modelo.model, uso), o nome do modelo que respondeu, e não o do Gemini fixo no código.`,
    ).toBeCloseTo(custoCobrado(calls), 12);
  });

  it("main() imprime a tabela comparativa (sem cache x com cache)", async () => {
    const { main } = alvo();
    const impressos = await captureConsole(() => main());
    const texto = impressos.join("\n");
    expect(texto.includes("sem cache") && texto.includes("com cache"), "main() deveria imprimir a tabela com as linhas \"sem cache\" e \"com cache\" (formatarTabela).").toBe(true);
    expect(/p95/.test(texto) && /US\$/.test(texto), "A tabela deveria ter as colunas de latência (p50, p95) e o custo em US$.").toBe(true);
    expect((await lab.calls()).length, "main() deveria rodar a comparação de verdade (o laboratório não recebeu nada).").toBeGreaterThan(0);
  });

  // O bônus só existe quando você o faz: sem CacheComValidade exportada este check nem é criado (não conta ponto,
  // nem passa à toa); exportada, ela conta, e precisa estar certa.
  const moduloCache = (() => {
    try {
      return alvoCache() as AlvoCache & Partial<Record<"CacheComValidade", unknown>>;
    } catch {
      return undefined;
    }
  })();
  if (typeof moduloCache?.CacheComValidade === "function") it("bônus (você exportou CacheComValidade): validade (TTL) pelo relógio recebido, sem renovar na leitura, e tamanho máximo (LRU)", async () => {
    const modulo = moduloCache!;
    const CacheComValidade = modulo.CacheComValidade as CacheComValidadeCtor;
    let agora = 1_000_000;
    // Checked 1 ms before and at ttlMs, with values no one writes by hand: a validity written in the code (1000, 60_000)
    // instead of ttlMs fails on every draw. Checked at ttlMs / 2 and ttlMs from [500, 1000, 5000], a hard-coded 1000 ms
    // passed whenever 1000 was drawn (any fixed value in (ttlMs / 2, ttlMs] did).
    const ttlMs = pick([700, 1300, 4200]);
    const cache = new CacheComValidade({ ttlMs, maxEntradas: 2, agora: () => agora });
    const { criarModelo } = alvo();
    const modelo = criarModelo({ cache });
    const [a, b, c] = [pergunta(), pergunta(), pergunta()];
    await modelo.invoke(a);
    agora += ttlMs - 1;
    await modelo.invoke(a);
    expect((await lab.calls()).length, `Dentro da validade (guardada há ${ttlMs - 1} ms, ttlMs ${ttlMs}), a resposta deveria vir do cache: use o ttlMs recebido no construtor.`).toBe(1);
    agora += 1;
    await modelo.invoke(a);
    expect(
      (await lab.calls()).length,
      `A resposta foi guardada há exatamente ttlMs (${ttlMs} ms no relógio recebido em \`agora\`) e ainda foi usada: ela vence quando agora() − guardadaEm ≥ ttlMs. ` +
        "Ler do cache não renova a validade (a informação continua velha): guarde o vencimento só no update.",
    ).toBe(2);
    await modelo.invoke(b);
    await modelo.invoke(a); // a foi usada por último: b é a menos recente
    await modelo.invoke(c); // passa de maxEntradas: sai b
    await modelo.invoke(a);
    expect((await lab.calls()).length, "Com maxEntradas 2, guardar uma 3ª resposta deveria remover a usada há mais tempo (LRU), não a mais usada.").toBe(4);
    await modelo.invoke(b);
    expect((await lab.calls()).length, "A entrada removida (a menos usada) deveria ter saído do cache.").toBe(5);
    // red team 2 (2026-12-06): each instance has its own entries (a static or module-level Map mixed them).
    const outra = new CacheComValidade({ ttlMs: 60_000, maxEntradas: 10, agora: () => agora });
    const antesOutra = (await lab.calls()).length;
    await criarModelo({ cache: outra }).invoke(a);
    expect(
      (await lab.calls()).length - antesOutra,
      "Um CacheComValidade NOVO respondeu uma pergunta que só estava guardada em outro cache: as instâncias estão dividindo as entradas. " +
        "Guarde as entradas num campo da instância (private readonly entradas = new Map(...)), não num Map static nem no topo do arquivo: cada cache tem a sua validade, o seu tamanho e o seu conteúdo.",
    ).toBe(1);
    // red team 2 (2026-12-06): the key must keep llmKey (CacheComEscopo puts the model's parameters there).
    const chamadasAte = async () => (await lab.calls()).length;
    const compartilhado = new CacheComValidade({ ttlMs: 60_000, maxEntradas: 10, agora: () => agora });
    const d = pergunta();
    let antes = await chamadasAte();
    await criarModelo({ cache: compartilhado, temperature: 0 }).invoke(d);
    await criarModelo({ cache: compartilhado, temperature: 0.9 }).invoke(d);
    expect(
      (await chamadasAte()) - antes,
      "Dois modelos com temperaturas diferentes (0 e 0.9) dividindo o mesmo CacheComValidade trocaram respostas: a 2ª pergunta não chegou ao provedor. " +
        "A chave da entrada precisa usar o prompt E a llmKey (this.keyEncoder(prompt, llmKey)): é na llmKey que o CacheComEscopo põe o modelo e a temperatura.",
    ).toBe(2);
    // red team 2 (2026-12-06): a refreshed (re-stored) answer is the most recently used one.
    const lru = new CacheComValidade({ ttlMs, maxEntradas: 2, agora: () => agora });
    const m = criarModelo({ cache: lru });
    const [e, f, g] = [pergunta(), pergunta(), pergunta()];
    await m.invoke(e);
    agora += ttlMs / 2;
    await m.invoke(f);
    agora += ttlMs / 2; // e venceu; f ainda vale
    await m.invoke(e); // guardada de novo: agora é a mais recente
    await m.invoke(g); // passa de maxEntradas: sai f, a usada há mais tempo
    antes = await chamadasAte();
    await m.invoke(e);
    expect(
      (await chamadasAte()) - antes,
      "Uma resposta vencida foi buscada de novo e guardada (update), e logo depois foi ela que saiu do cache ao passar de maxEntradas, não a usada há mais tempo. " +
        "No Map, set() numa chave que já existe mantém a posição antiga: no update (e ao achar uma entrada vencida no lookup), apague a chave antes de inserir.",
    ).toBe(0);
    const erroDe = (opcoes: { ttlMs: number; maxEntradas: number }): unknown => {
      try {
        new CacheComValidade(opcoes);
        return undefined;
      } catch (erro) {
        return erro;
      }
    };
    // O zero é o limite (ttlMs ≤ 0 e maxEntradas < 1 são recusados): sempre entra, junto com um negativo sorteado.
    const ruins = [0, pick([-1, -1000])].flatMap((v) => [[{ ttlMs: v, maxEntradas: 1 }, `ttlMs ${v}`] as const, [{ ttlMs: 1000, maxEntradas: v }, `maxEntradas ${v}`] as const]);
    for (const [opcoes, qual] of ruins) {
      const erro = erroDe(opcoes);
      expect(erro instanceof RangeError, `new CacheComValidade(${JSON.stringify(opcoes)}) deveria lançar RangeError (${qual} não faz sentido); recebi ${erro === undefined ? "nenhum erro" : String(erro)}.`).toBe(true);
      expect((erro as Error).message.trim().length, `O RangeError para ${qual} deveria explicar o problema em português; veio com mensagem vazia.`).toBeGreaterThanOrEqual(10);
    }
    expect(erroDe({ ttlMs: 1000, maxEntradas: 1 }), "maxEntradas 1 é válido (cabe uma resposta): não deveria lançar erro.").toBeUndefined();
  });
});
