// Plausible wrong solutions of exercise 03 (see catalogue.ts). Each must fail the check named by `caughtBy`.
import type { Mistake } from "./catalogue.ts";

const C = "cache.ts";
const M = "cache_custo.ts";
const ESCOPO = /CacheComEscopo guarda no cache base/;
const PARAMS = /parâmetros diferentes não dividem/;
const PCT = /percentil usa o método/;
const MED = /medirCarga sem cache/;
const ACERTO = /só uma resposta com usage_metadata todo zerado/;
const CMP = /compararCache/;
const BONUS = /bônus/;

const MEDIR_LACO = `  for (const pergunta of perguntas) {
    const inicio = performance.now();
    const resposta = await modelo.invoke(pergunta);
    latencias.push(performance.now() - inicio);`;
const LOOKUP_SOL = `    if (this.agora() >= entrada.venceEm) return null;`;

export const mistakes: Mistake[] = [
  {
    name: "scope computed but never added to the key",
    family: "other",
    edits: [
      { file: C, find: "    return this.base.lookup(prompt, `${this.escopo}|${llmKey}`);", replace: "    return this.base.lookup(prompt, llmKey);" },
      { file: C, find: "    return this.base.update(prompt, `${this.escopo}|${llmKey}`, valor);", replace: "    return this.base.update(prompt, llmKey, valor);" },
    ],
    caughtBy: ESCOPO,
    says: /outro modelo não deveria achar a entrada/,
  },
  {
    name: "scope from JSON.stringify (depends on the order of the keys)",
    family: "other",
    edits: [{ file: C, find: "    this.escopo = chaveDeParametros(parametros);", replace: "    this.escopo = JSON.stringify(parametros);" }],
    caughtBy: ESCOPO,
    says: /mesmos parâmetros \(em outra ordem\)/,
  },
  {
    name: "cache passed to the model without the scope",
    family: "other",
    edits: [{ file: M, find: "    cache: cache ? new CacheComEscopo(cache, { model, temperature }) : undefined,", replace: "    cache,\n    // CacheComEscopo fica para depois" }],
    caughtBy: PARAMS,
    says: /não inclui a temperatura/,
  },
  {
    name: "scope with the model name only",
    family: "other",
    edits: [{ file: M, find: "new CacheComEscopo(cache, { model, temperature })", replace: "new CacheComEscopo(cache, { model })" }],
    caughtBy: PARAMS,
    says: /temperature/,
  },
  {
    name: "global cache when no cache is given (cache: true)",
    family: "other",
    edits: [{ file: M, find: "new CacheComEscopo(cache, { model, temperature }) : undefined,", replace: "new CacheComEscopo(cache, { model, temperature }) : true," }],
    caughtBy: /a pergunta repetida não chega ao provedor/,
    says: /nem cache: true/,
  },
  {
    name: "percentile with the default (text) sort",
    family: "measurement",
    edits: [{ file: M, find: "  const ordenados = [...valores].sort((a, b) => a - b);", replace: "  const ordenados = [...valores].sort();" }],
    caughtBy: PCT,
    says: /nearest-rank/,
  },
  {
    name: "percentile rank off by one (floor index)",
    family: "measurement",
    edits: [
      { file: M, find: "  const posto = Math.max(1, Math.ceil((p / 100) * ordenados.length));\n  return ordenados[posto - 1]!;", replace: "  const indice = Math.min(ordenados.length - 1, Math.floor((p / 100) * ordenados.length));\n  return ordenados[indice]!;" },
    ],
    caughtBy: PCT,
    says: /nearest-rank|posto/,
  },
  {
    // Red team, 2026-12-06: agrees with nearest-rank for n = 20 (p50, p95), so a check that drew n at random passed it
    // on some runs; the check now sweeps n = 1..30.
    name: "percentile as the floor of p/100 × (n − 1) (an index formula)",
    family: "measurement",
    edits: [
      { file: M, find: "  const posto = Math.max(1, Math.ceil((p / 100) * ordenados.length));\n  return ordenados[posto - 1]!;", replace: "  return ordenados[Math.floor((p / 100) * (ordenados.length - 1))]!;" },
    ],
    caughtBy: PCT,
    says: /nearest-rank/,
  },
  {
    name: "percentile rank rounded instead of ceiled",
    family: "measurement",
    edits: [
      { file: M, find: "  const posto = Math.max(1, Math.ceil((p / 100) * ordenados.length));", replace: "  const posto = Math.max(1, Math.round((p / 100) * ordenados.length));" },
    ],
    caughtBy: PCT,
    says: /nearest-rank/,
  },
  {
    name: "percentile sorts the caller's list in place",
    family: "measurement",
    edits: [{ file: M, find: "  const ordenados = [...valores].sort((a, b) => a - b);", replace: "  const ordenados = valores.sort((a, b) => a - b);" }],
    caughtBy: PCT,
    says: /não deveria alterar/,
  },
  {
    name: "percentile of an empty list is undefined",
    family: "measurement",
    edits: [{ file: M, find: "  if (valores.length === 0) return 0;\n", replace: "" }],
    caughtBy: PCT,
    says: /lista vazia/,
  },
  {
    name: "latency measured with Date.now()",
    family: "time",
    edits: [{ file: M, find: MEDIR_LACO, replace: MEDIR_LACO.replace("const inicio = performance.now();", "const inicio = Date.now();").replace("latencias.push(performance.now() - inicio);", "latencias.push(Date.now() - inicio);") }],
    caughtBy: MED,
    says: /performance\.now\(\)/,
  },
  {
    name: "latency in seconds",
    family: "time",
    edits: [{ file: M, find: "    latencias.push(performance.now() - inicio);", replace: "    latencias.push((performance.now() - inicio) / 1000);" }],
    caughtBy: MED,
    says: /milissegundos/,
  },
  {
    name: "one clock around the whole loop, the mean used as p50",
    family: "time",
    files: {},
    edits: [
      { file: M, find: MEDIR_LACO, replace: "  const inicioCarga = performance.now();\n  for (const pergunta of perguntas) {\n    const resposta = await modelo.invoke(pergunta);" },
      { file: M, find: "  return {\n    rotulo,", replace: "  const totalMs = performance.now() - inicioCarga;\n  for (let i = 0; i < perguntas.length; i++) latencias.push(totalMs / perguntas.length);\n  return {\n    rotulo," },
    ],
    caughtBy: CMP,
    says: /não a média/,
  },
  {
    name: "usage summed after the loop from the kept responses",
    family: "measurement",
    files: {},
    edits: [
      {
        file: M,
        find: `    // Copie os números AGORA: num acerto posterior o LangChain zera o usage_metadata do mesmo objeto
    // que ficou guardado no cache, e esta resposta passaria a dizer "0 tokens".
    const entrada = resposta.usage_metadata?.input_tokens ?? 0;`,
        replace: `    respostas.push(resposta);
  }
  for (const resposta of respostas) {
    const entrada = resposta.usage_metadata?.input_tokens ?? 0;`,
      },
      { file: M, find: "  const latencias: number[] = [];\n", replace: "  const latencias: number[] = [];\n  const respostas: Awaited<ReturnType<typeof modelo.invoke>>[] = [];\n" },
    ],
    caughtBy: CMP,
    says: /logo depois de cada invoke/,
  },
  {
    name: "a response without usage_metadata counted as a cache hit",
    family: "measurement",
    edits: [{ file: M, find: "    const acerto = resposta.usage_metadata !== undefined && entrada === 0 && saida === 0;", replace: "    const acerto = !resposta.usage_metadata || (entrada === 0 && saida === 0);" }],
    caughtBy: ACERTO,
    says: /nenhuma é um acerto/,
  },
  {
    name: "a hit detected by zero input tokens only",
    family: "measurement",
    edits: [{ file: M, find: "    const acerto = resposta.usage_metadata !== undefined && entrada === 0 && saida === 0;", replace: "    const acerto = entrada === 0;" }],
    caughtBy: ACERTO,
    says: /nenhuma é um acerto/,
  },
  {
    name: "cost priced with the default model, not the one that answered",
    family: "measurement",
    edits: [{ file: M, find: "    custoUsd += estimateCost(modelo.model, { input_tokens: entrada, output_tokens: saida }) ?? 0;", replace: "    custoUsd += estimateCost(MODELO_PADRAO, { input_tokens: entrada, output_tokens: saida }) ?? 0;" }],
    caughtBy: /preço do modelo que respondeu/,
    says: /modelo\.model/,
  },
  {
    name: "questions sent in parallel (repeats miss the cache)",
    family: "concurrency",
    files: {},
    edits: [
      {
        file: M,
        find: MEDIR_LACO,
        replace: `  const medidas = await Promise.all(
    perguntas.map(async (pergunta) => {
      const inicio = performance.now();
      const resposta = await modelo.invoke(pergunta);
      return { resposta, ms: performance.now() - inicio, uso: resposta.usage_metadata ? { ...resposta.usage_metadata } : undefined };
    }),
  );
  for (const { resposta: r0, ms, uso } of medidas) {
    const resposta = { ...r0, usage_metadata: uso };
    latencias.push(ms);`,
      },
    ],
    caughtBy: CMP,
    says: /comCache\.chamadas deveria ser|o laboratório recebeu/,
  },
  {
    name: "both phases share one cached model",
    family: "other",
    edits: [
      {
        file: M,
        find: '  const semCache = await medirCarga("sem cache", criarModelo(), perguntas);\n  const comCache = await medirCarga("com cache", criarModelo({ cache: new InMemoryCache() }), perguntas);',
        replace: '  const modelo = criarModelo({ cache: new InMemoryCache() });\n  const semCache = await medirCarga("sem cache", modelo, perguntas);\n  const comCache = await medirCarga("com cache", modelo, perguntas);',
      },
    ],
    caughtBy: CMP,
    says: /sem cache|laboratório recebeu/,
  },
  {
    name: "bonus: TTL renewed on every read",
    family: "time",
    edits: [{ file: C, find: "    this.entradas.set(chave, entrada);\n    return entrada.valor;", replace: "    this.entradas.set(chave, { ...entrada, venceEm: this.agora() + this.ttlMs });\n    return entrada.valor;" }],
    caughtBy: BONUS,
    says: /não renova a validade/,
  },
  {
    name: "bonus: entry still served at exactly ttlMs",
    family: "time",
    edits: [{ file: C, find: LOOKUP_SOL, replace: "    if (this.agora() > entrada.venceEm) return null;" }],
    caughtBy: BONUS,
    says: /exatamente ttlMs/,
  },
  {
    name: "bonus: wall clock instead of the injected agora()",
    family: "time",
    edits: [{ file: C, find: LOOKUP_SOL, replace: "    if (Date.now() >= entrada.venceEm) return null;" }, { file: C, find: "    this.entradas.set(chave, { valor, venceEm: this.agora() + this.ttlMs });", replace: "    this.entradas.set(chave, { valor, venceEm: Date.now() + this.ttlMs });" }],
    caughtBy: BONUS,
    says: /relógio recebido em `agora`/,
  },
  {
    name: "bonus: FIFO eviction (a hit does not refresh the order)",
    family: "other",
    edits: [{ file: C, find: "    this.entradas.delete(chave);\n    if (this.agora() >= entrada.venceEm) return null;\n    // Reinsere no fim: o Map guarda a ordem de inserção, então o primeiro é sempre o menos usado.\n    this.entradas.set(chave, entrada);", replace: "    if (this.agora() >= entrada.venceEm) return null;" }],
    caughtBy: BONUS,
    says: /LRU/,
  },
  // red team 2026-12-06: v9
  {
    name: "one module-level InMemoryCache shared by every compararCache call (the second comparison starts warm)",
    family: "measurement",
    edits: [
      { file: M, find: 'criarModelo({ cache: new InMemoryCache() })', replace: "criarModelo({ cache: CACHE_GLOBAL })" },
      { file: M, find: "export async function compararCache", replace: "const CACHE_GLOBAL = new InMemoryCache();\nexport async function compararCache" },
    ],
    caughtBy: CMP,
    says: /começar vazia/,
  },
  {
    name: "answer borrowed from the reference solution",
    family: "other",
    files: { [C]: 'export * from "#solucoes/03-cache-custo/cache.ts";\n' },
    caughtBy: /cache/,
    says: /soluções de referência/,
  },
  // red team 2 (2026-12-06)
  {
    name: "bonus: CacheComValidade keyed by the prompt only (the scope in llmKey is lost)",
    family: "other",
    edits: [
      { file: C, find: "    const chave = this.keyEncoder(prompt, llmKey);", replace: "    const chave = prompt;" },
      { file: C, find: "    const chave = this.keyEncoder(prompt, llmKey);", replace: "    const chave = prompt;" },
    ],
    caughtBy: BONUS,
    says: /keyEncoder\(prompt, llmKey\)/,
  },
  {
    name: "bonus: an expired entry stays in place and its refresh keeps the old LRU position",
    family: "other",
    edits: [
      { file: C, find: "    this.entradas.delete(chave);\n    if (this.agora() >= entrada.venceEm) return null;", replace: "    if (this.agora() >= entrada.venceEm) return null;\n    this.entradas.delete(chave);" },
      { file: C, find: "    this.entradas.delete(chave);\n    this.entradas.set(chave, { valor", replace: "    this.entradas.set(chave, { valor" },
    ],
    caughtBy: BONUS,
    says: /mantém a posição antiga/,
  },
  {
    name: "bonus: evicts on reaching maxEntradas (keeps one answer less)",
    family: "other",
    edits: [{ file: C, find: "    while (this.entradas.size > this.maxEntradas) {", replace: "    while (this.entradas.size >= this.maxEntradas) {" }],
    caughtBy: BONUS,
  },
  {
    name: "bonus: one static Map shared by every CacheComValidade",
    family: "concurrency",
    edits: [
      { file: C, find: "  private readonly entradas = new Map<string, { valor: Generation[]; venceEm: number }>();", replace: "  private static readonly todas = new Map<string, { valor: Generation[]; venceEm: number }>();\n  private readonly entradas = CacheComValidade.todas;" },
    ],
    caughtBy: BONUS,
    says: /dividindo as entradas/,
  },
  {
    name: "cache hit detected by a fast answer (latency under 5 ms)",
    family: "measurement",
    edits: [{ file: M, find: "    const acerto = resposta.usage_metadata !== undefined && entrada === 0 && saida === 0;", replace: "    const acerto = latencias.at(-1)! < 5; // o cache responde na hora" }],
    caughtBy: ACERTO,
  },
];
