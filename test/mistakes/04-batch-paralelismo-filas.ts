// Plausible wrong solutions of exercise 04 (see catalogue.ts). Each must fail the check named by `caughtBy`.
import type { Mistake } from "./catalogue.ts";

const B = "batch_filas.ts";
const Q = "fila.ts";
const LOTE = /processarEmLote usa batch com maxConcurrency/;
const ORDEM = /os resultados saem na ordem da entrada/;
const VELOC = /compararVelocidade mede as duas fases/;
const FILA = /FilaLimitada: limita a concorrência/;
const PRAZO = /FilaLimitada\.adicionar: o erro da tarefa/;
const TRAVA = /uma chamada que trava estoura o prazo/;
const BATCH = "  const saidas = await modelo.batch(perguntas, { maxConcurrency }, { returnExceptions: true });";
const MAPA = `  return saidas.map((saida, indice): Resultado => {`;

export const mistakes: Mistake[] = [
  {
    name: "Promise.all over invoke (no concurrency limit)",
    family: "concurrency",
    edits: [{ file: B, find: BATCH, replace: "  const saidas = await Promise.all(perguntas.map((p) => modelo.invoke(p).catch((e: unknown) => (e instanceof Error ? e : new Error(String(e))))));" }],
    caughtBy: LOTE,
    says: /o limite não foi aplicado/,
  },
  {
    name: "unbounded fan-out hidden in a helper",
    family: "concurrency",
    edits: [
      { file: B, find: "function mensagemDe(", replace: "/** Responde todas as perguntas (com limite de concorrência). */\nasync function responderTodas(modelo: BaseChatModel, perguntas: string[], _limite: number) {\n  return Promise.allSettled(perguntas.map((p) => modelo.invoke(p)));\n}\n\nfunction mensagemDe(" },
      { file: B, find: BATCH, replace: "  const saidas = (await responderTodas(modelo, perguntas, maxConcurrency)).map((r) => (r.status === \"fulfilled\" ? r.value : new Error(mensagemDe(r.reason))));" },
    ],
    caughtBy: LOTE,
    says: /o limite não foi aplicado/,
  },
  {
    name: "sequential loop presented as a batch",
    family: "concurrency",
    edits: [
      {
        file: B,
        find: BATCH,
        replace: `  // processa em lotes de maxConcurrency
  const saidas: Array<Awaited<ReturnType<typeof modelo.invoke>> | Error> = [];
  for (const pergunta of perguntas) {
    try {
      saidas.push(await modelo.invoke(pergunta));
    } catch (erro) {
      saidas.push(erro instanceof Error ? erro : new Error(String(erro)));
    }
  }`,
      },
    ],
    caughtBy: LOTE,
    says: /uma de cada vez/,
  },
  {
    name: "batch without returnExceptions (one failure sinks the batch)",
    family: "error-path",
    edits: [{ file: B, find: BATCH, replace: "  const saidas = await modelo.batch(perguntas, { maxConcurrency });" }],
    caughtBy: ORDEM,
    says: /returnExceptions/,
  },
  {
    name: "failures dropped from the results",
    family: "error-path",
    edits: [{ file: B, find: MAPA, replace: "  return saidas.filter((saida) => !(saida instanceof Error)).map((saida, indice): Resultado => {" }],
    caughtBy: ORDEM,
    says: /mesmo com falhas|ordem da entrada|pergunta \d+ da entrada/,
  },
  {
    name: "failure turned into a success with a friendly text",
    family: "error-path",
    edits: [
      {
        file: B,
        find: "    return saida instanceof Error ? { indice, pergunta, ok: false, erro: mensagemDe(saida) } : { indice, pergunta, ok: true, resposta: saida.text };",
        replace: '    return saida instanceof Error ? { indice, pergunta, ok: true, resposta: "Não foi possível responder agora." } : { indice, pergunta, ok: true, resposta: saida.text };',
      },
    ],
    caughtBy: ORDEM,
    says: /ok: false/,
  },
  {
    name: "maxConcurrency never validated",
    family: "other",
    edits: [{ file: B, find: "  validarConcorrencia(maxConcurrency, \"maxConcurrency\");\n  // Stryker disable next-line ConditionalExpression: equivalente, batch([]) também devolve [].", replace: "  // Stryker disable next-line ConditionalExpression: equivalente, batch([]) também devolve []." }],
    caughtBy: /maxConcurrency inválido rejeita/,
    says: /maxConcurrency/,
  },
  {
    name: "parallel phase timed with Date.now()",
    family: "time",
    edits: [{ file: B, find: "  let inicio = performance.now();\n  for (const pergunta of perguntas) await modelo.invoke(pergunta);\n  const sequencialMs = performance.now() - inicio;\n  inicio = performance.now();\n  await processarEmLote(modelo, perguntas, { maxConcurrency });\n  const paraleloMs = performance.now() - inicio;", replace: "  let inicio = Date.now();\n  for (const pergunta of perguntas) await modelo.invoke(pergunta);\n  const sequencialMs = Date.now() - inicio;\n  inicio = Date.now();\n  await processarEmLote(modelo, perguntas, { maxConcurrency });\n  const paraleloMs = Date.now() - inicio;" }],
    caughtBy: VELOC,
    says: /Date\.now\(\) mede outro relógio/,
  },
  {
    name: "speedup inverted",
    family: "measurement",
    edits: [{ file: B, find: "speedup: sequencialMs / paraleloMs };", replace: "speedup: paraleloMs / sequencialMs };" }],
    caughtBy: VELOC,
    says: /não o contrário/,
  },
  {
    name: "the \"parallel\" phase fires everything at once (ignores maxConcurrency)",
    family: "concurrency",
    edits: [{ file: B, find: "  await processarEmLote(modelo, perguntas, { maxConcurrency });\n  const paraleloMs", replace: "  await Promise.all(perguntas.map((p) => modelo.invoke(p)));\n  const paraleloMs" }],
    caughtBy: VELOC,
    says: /chamadas em paralelo/,
  },
  {
    name: "queue created without the concurrency",
    family: "concurrency",
    edits: [{ file: Q, find: "    this.fila = new PQueue({ concurrency: concorrencia });", replace: "    this.fila = new PQueue();" }],
    caughtBy: FILA,
    says: /só uma tarefa deveria estar rodando/,
  },
  {
    name: "full-queue test off by one (> instead of >=)",
    family: "concurrency",
    edits: [{ file: Q, find: "    if (this.fila.size >= this.tamanhoMaximo) return Promise.reject(new ErroFilaCheia(this.tamanhoMaximo));", replace: "    if (this.fila.size > this.tamanhoMaximo) return Promise.reject(new ErroFilaCheia(this.tamanhoMaximo));" }],
    caughtBy: FILA,
    says: /rejeitar na hora com ErroFilaCheia/,
  },
  {
    name: "queue constructor without validation (p-queue's English error)",
    family: "other",
    edits: [{ file: Q, find: '    validarConcorrencia(concorrencia, "concorrencia");\n', replace: "" }],
    caughtBy: /a FilaLimitada recusa já na construção/,
    says: /em português/,
  },
  {
    name: "every task error reported as a timeout",
    family: "error-path",
    edits: [{ file: Q, find: "            if (sinal.aborted) throw new ErroTempoEsgotado(prazo);\n            throw erro;", replace: "            throw new ErroTempoEsgotado(prazo);" }],
    caughtBy: PRAZO,
    says: /PRÓPRIO erro/,
  },
  {
    name: "deadline only on the signal (a task that ignores it holds the slot forever)",
    family: "time",
    edits: [{ file: Q, find: "        // O timeout do p-queue libera a vaga mesmo se a tarefa ignorar o sinal.\n        { timeout: prazo },", replace: "" }],
    caughtBy: PRAZO,
    says: /timeout: timeoutMs/,
  },
  {
    name: "deadline measured from the moment the task entered the queue",
    family: "time",
    edits: [
      { file: Q, find: "    const prazo = this.timeoutMs;\n", replace: "    const prazo = this.timeoutMs;\n    const sinal = AbortSignal.timeout(prazo);\n" },
      { file: Q, find: "          // O relógio começa quando a tarefa sai da fila, não quando entra.\n          const sinal = AbortSignal.timeout(prazo);\n", replace: "" },
      { file: Q, find: "        { timeout: prazo },", replace: "        {}," },
    ],
    caughtBy: /o prazo de uma tarefa conta a partir de quando ela começa/,
    says: /desde que ela ENTROU na fila/,
  },
  {
    name: "signal never passed to the model",
    family: "network",
    edits: [{ file: B, find: "      fila.adicionar((sinal) => modelo.invoke(pergunta, { signal: sinal })).then(", replace: "      fila.adicionar(() => modelo.invoke(pergunta)).then(" }],
    caughtBy: TRAVA,
    says: /continuou aberta/,
  },
  {
    name: "no backpressure: every question added at once",
    family: "concurrency",
    edits: [{ file: B, find: "    await fila.aguardarVaga();\n", replace: "" }],
    caughtBy: /backpressure no produtor/,
    says: /aguardarVaga|respondidas/,
  },
  {
    name: "results pushed in completion order",
    family: "concurrency",
    edits: [
      { file: B, find: "  const resultados: Promise<Resultado>[] = [];\n  let indice = 0;", replace: "  const resultados: Resultado[] = [];\n  const pendentes: Promise<void>[] = [];\n  let indice = 0;" },
      {
        file: B,
        find: `    resultados.push(
      fila.adicionar((sinal) => modelo.invoke(pergunta, { signal: sinal })).then(
        (resposta): Resultado => ({ indice: i, pergunta, ok: true, resposta: resposta.text }),
        (erro: unknown): Resultado => ({ indice: i, pergunta, ok: false, erro: mensagemDe(erro) }),
      ),
    );
  }
  return Promise.all(resultados);`,
        replace: `    pendentes.push(
      fila.adicionar((sinal) => modelo.invoke(pergunta, { signal: sinal })).then(
        (resposta) => void resultados.push({ indice: resultados.length, pergunta, ok: true, resposta: resposta.text }),
        (erro: unknown) => void resultados.push({ indice: resultados.length, pergunta, ok: false, erro: mensagemDe(erro) }),
      ),
    );
    void i;
  }
  await Promise.all(pendentes);
  return resultados;`,
      },
    ],
    caughtBy: /chegam fora de ordem/,
    says: /na ordem em que terminaram/,
  },
  {
    name: "answer borrowed from the reference solution",
    family: "other",
    files: { [Q]: 'export * from "#solucoes/04-batch-paralelismo-filas/fila.ts";\n' },
    caughtBy: /FilaLimitada/,
    says: /soluções de referência/,
  },
  // red team 2026-12-06: v16
  {
    name: "processarEmLote returns [] for an empty list before validating maxConcurrency",
    family: "config",
    edits: [{ file: B, find: "  validarConcorrencia(maxConcurrency, \"maxConcurrency\");\n  // Stryker disable next-line ConditionalExpression: equivalente, batch([]) tamb\u00e9m devolve [].\n  if (perguntas.length === 0) return [];\n", replace: "  // Stryker disable next-line ConditionalExpression: equivalente, batch([]) tamb\u00e9m devolve [].\n  if (perguntas.length === 0) return [];\n  validarConcorrencia(maxConcurrency, \"maxConcurrency\");\n" }],
    caughtBy: /processarEmLote: maxConcurrency inválido/,
    says: /lote vazio com maxConcurrency/i,
  },
  // Was caught only when the check drew 1.5 (one value of three); every bad value is now tried each run.
  {
    name: "validarConcorrencia refuses < 1 and NaN but accepts fractions (1.5)",
    family: "config",
    edits: [{ file: Q, find: "  if (!Number.isInteger(valor) || valor < 1)", replace: "  if (Number.isNaN(valor) || valor < 1)" }],
    caughtBy: /concorrência 0, negativa ou fracionária|maxConcurrency inválido/,
  },
  // red team 2 (2026-12-06)
  {
    name: "deadline only in p-queue's timeout: the task's signal is never aborted (the request stays open)",
    family: "time",
    edits: [{ file: Q, find: "          const sinal = AbortSignal.timeout(prazo);", replace: "          const sinal = new AbortController().signal; // o timeout do p-queue já cuida do prazo" }],
    caughtBy: TRAVA,
    says: /continuou aberta no provedor/,
  },
  {
    name: "one module-level queue reused by every processarComFila call (options of the first call win)",
    family: "concurrency",
    edits: [
      { file: B, find: "  const fila = new FilaLimitada(opcoes);", replace: "  filaCompartilhada ??= new FilaLimitada(opcoes);\n  const fila = filaCompartilhada;" },
      { file: B, find: "export async function processarComFila(", replace: "let filaCompartilhada: FilaLimitada | undefined;\nexport async function processarComFila(" },
    ],
    caughtBy: /fora de ordem/,
    says: /SUAS opções/,
  },
  {
    name: "processarComFila awaits each task before producing the next (the queue runs one at a time)",
    family: "concurrency",
    edits: [{ file: B, find: "    resultados.push(\n      fila.adicionar(", replace: "    await resultados.at(-1);\n    resultados.push(\n      fila.adicionar(" }],
    caughtBy: /fora de ordem/,
    says: /uma de cada vez/,
  },
  {
    name: "full-queue test counts the running tasks as waiting (size + pending)",
    family: "concurrency",
    edits: [{ file: Q, find: "    if (this.fila.size >= this.tamanhoMaximo) return Promise.reject", replace: "    if (this.fila.size + this.fila.pending >= this.tamanhoMaximo) return Promise.reject" }],
    caughtBy: FILA,
  },
  {
    name: "processarComFila puts the Error object in erro instead of its message",
    family: "error-path",
    edits: [{ file: B, find: "ok: false, erro: mensagemDe(erro) })", replace: "ok: false, erro: erro as string })" }],
    caughtBy: TRAVA,
    says: /TEXTO do erro/,
  },
];
