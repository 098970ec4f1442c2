// Checks do Exercício 1 — hello-world-prod. Rodam contra o laboratório local: conferem o que chegou ao
// "Gemini" (o prompt formatado) e ao "LangSmith" (o trace hello_chain com o modelo como filho).
import { beforeEach, describe, expect, it, vi } from "vitest";
import { flushTraces } from "#lib/tracing";
import type { StoredRun } from "#lib/lab/store";
import { lab } from "./_support/lab.ts";
import { loadTarget, pick } from "./_support/load.ts";
import { captureConsole, errorOf } from "./_support/captura.ts";
import { importarComSentinela, mensagemClienteNoImport } from "./_support/sentinela.ts";
import { rejeitaImportDeSolucoes } from "./_support/sem-solucoes.ts";
import { entregas } from "./_support/entregas.ts";

rejeitaImportDeSolucoes("01-hello-world-prod");

// flushTraces counted (checks/_support/entregas.ts): what the lab held when main()'s last flush finished.
vi.mock("#lib/tracing", (original) => import("./_support/entregas.ts").then((m) => m.tracingContado(original)));

type Alvo = typeof import("@alvo/01-hello-world-prod/hello_world_prod.ts");
// Importado com o Gemini apontando para outro laboratório: um modelo criado no topo do arquivo fica lá.
const { resultado: alvo, sentinela } = await importarComSentinela(() => loadTarget<Alvo>("01-hello-world-prod/hello_world_prod.ts"));

const TOPICOS = ["observabilidade", "filas de mensagens", "cache de respostas", "guardrails", "custos de tokens", "deploy com Docker"];
// Um tópico que você não tem como adivinhar: respostas fixas no código não passam.
const topico = () => `${pick(TOPICOS)} ${Math.random().toString(36).slice(2, 7)}`;

/** Status HTTP do erro ou de algum erro da cadeia de `cause`. */
function statusNaCadeia(erro: unknown): number | undefined {
  for (let e = erro, i = 0; e && typeof e === "object" && i < 10; e = (e as { cause?: unknown }).cause, i++) {
    const status = (e as { status?: unknown }).status;
    if (typeof status === "number") return status;
  }
  return undefined;
}

function descendants(runs: StoredRun[], root: StoredRun): StoredRun[] {
  const children = runs.filter((r) => r.parent_run_id === root.id);
  return children.flatMap((c) => [c, ...descendants(runs, c)]);
}

// The run's END must have arrived, not only its start: the SDK sends the start while the model call is still
// running (its batching timer is ~250 ms, shorter than a slow call under load), so "hello_chain with these inputs"
// alone was true without any flush. The end is queued when hello_chain returns and leaves on that timer or on a
// flush: without a flush it cannot arrive before main() returns, however slow the machine is.
function concluido(run: StoredRun, topico: string): boolean {
  return run.name === "hello_chain" && mentions(run.inputs, topico) && Boolean(run.end_time);
}

function mentions(value: unknown, text: string): boolean {
  return JSON.stringify(value ?? "").includes(JSON.stringify(text).slice(1, -1));
}

/** Whether some string inside `value` (at any depth) is exactly `text`: the argument itself, not a prompt built from it. */
function holdsExactly(value: unknown, text: string, depth = 0): boolean {
  if (typeof value === "string") return value.trim() === text;
  if (depth > 8 || !value || typeof value !== "object") return false;
  return Object.values(value as Record<string, unknown>).some((v) => holdsExactly(v, text, depth + 1));
}

// Traces pendentes de um check anterior não podem aparecer no seguinte.
beforeEach(async () => {
  await flushTraces();
  await lab.reset();
});

describe("Exercício 1 — hello_chain em produção", () => {
  it("hello_chain chama o Gemini com o prompt do livro e devolve o texto da resposta", async () => {
    const { hello_chain } = alvo();
    expect(typeof hello_chain, "hello_chain deve ser exportada como função (export const hello_chain = traceable(...)).").toBe("function");
    const t = topico();
    const resposta = await hello_chain(t);
    const chamadas = (await lab.calls()).filter((c) => c.provider === "gemini");
    expect(chamadas.length, "O laboratório não recebeu nenhuma chamada ao Gemini: crie o ChatGoogleGenerativeAI com ...geminiOptions() e invoque a chain.").toBeGreaterThan(0);
    const chamada = chamadas.at(-1)!;
    expect(chamada.model, 'Use o modelo do livro: model: "gemini-2.5-flash".').toBe("gemini-2.5-flash");
    const pergunta = chamada.messages.filter((m) => m.role === "user").at(-1)?.content;
    expect(pergunta, `O prompt que chegou ao modelo deveria ser "Escreva uma frase sobre ${t}" (o ChatPromptTemplate do livro com {topico}).`).toBe(`Escreva uma frase sobre ${t}`);
    expect(typeof resposta, "hello_chain deve devolver uma string (o texto da mensagem: resposta.text), não o objeto AIMessage.").toBe("string");
    expect(resposta, "hello_chain deve devolver exatamente o texto que o modelo respondeu.").toBe(chamada.text);
  });

  it('o trace "hello_chain" chega ao LangSmith com a entrada, a saída e o modelo como filho', async () => {
    const { hello_chain } = alvo();
    const t = topico();
    const resposta = await hello_chain(t);
    await flushTraces();
    const runs = await lab.runs();
    const raizes = runs.filter((r) => r.name === "hello_chain" && !r.parent_run_id);
    expect(raizes.length, `Nenhum run raiz chamado "hello_chain" chegou ao LangSmith (recebi: ${runs.map((r) => r.name).join(", ") || "nada"}). Envolva a função com traceable(fn, { name: "hello_chain" }).`).toBeGreaterThan(0);
    const raiz = raizes.find((r) => mentions(r.inputs, t));
    expect(raiz, `O run hello_chain deveria registrar o tópico "${t}" nas entradas (a função rastreada recebe o tópico como argumento).`).toBeDefined();
    // red team 2026-12-06: v6 (only the model call traced, under the name hello_chain).
    expect(
      holdsExactly(raiz!.inputs, t),
      `A entrada do run hello_chain deveria ser o próprio tópico ("${t}"), mas veio ${JSON.stringify(raiz!.inputs).slice(0, 200)}. ` +
        "Parece que só a chamada ao modelo está rastreada (a entrada já é o prompt montado): o trace deve cobrir a função inteira, do tópico à resposta, para mostrar no LangSmith o que o usuário pediu e cada passo até a resposta.",
    ).toBe(true);
    expect(mentions(raiz!.outputs, resposta), "O run hello_chain deveria registrar a resposta nas saídas: devolva o texto da resposta da função rastreada.").toBe(true);
    const llm = descendants(runs, raiz!).find((r) => r.run_type === "llm");
    expect(llm, "A chamada ao modelo deveria aparecer como filha de hello_chain: crie e invoque a chain DENTRO da função passada ao traceable.").toBeDefined();
    expect(llm!.trace_id, "O run do modelo deveria pertencer ao mesmo trace de hello_chain.").toBe(raiz!.trace_id ?? raiz!.id);
    expect(mentions(llm!.outputs, resposta), "O run do modelo deveria ter a resposta do Gemini nas saídas.").toBe(true);
  });

  it("main() imprime a frase e entrega os traces antes de terminar", async () => {
    const { main } = alvo();
    const antes = { chamadas: entregas.chamadas, concluidas: entregas.concluidas };
    let aoVoltar = { chamadas: 0, concluidas: 0 };
    let runsAoVoltar: StoredRun[] = [];
    const impressos = await captureConsole(async () => {
      await main();
      aoVoltar = { chamadas: entregas.chamadas - antes.chamadas, concluidas: entregas.concluidas - antes.concluidas };
      // Lido logo que main() volta, antes de qualquer outra espera: uma entrega em segundo plano tem menos tempo de chegar.
      runsAoVoltar = await lab.runs();
    });
    // Another way to wait for delivery is fine: then only the lab's runs below decide.
    if (aoVoltar.chamadas > 0) {
      expect(
        aoVoltar.concluidas,
        "main() chamou flushTraces() mas voltou antes de a entrega terminar (faltou o await). Os traces saem em segundo plano e o processo termina logo depois de main(): sem esperar, o trace de hello_chain se perde. Use await flushTraces() no fim de main() (TODO 4).",
      ).toBeGreaterThan(0);
      // Decide pelo que o laboratório tinha quando a última entrega de main() terminou, não por uma corrida depois.
      expect(
        entregas.runsNaUltima.some((r) => concluido(r, "produção de IA")),
        "Quando a última entrega de main() (flushTraces) terminou, o trace de hello_chain ainda não chegou ao LangSmith: flushTraces() só entrega o que já foi rastreado. Chame await flushTraces() no fim de main(), depois de hello_chain (TODO 4).",
      ).toBe(true);
    }
    const respostas = (await lab.calls()).map((c) => c.text);
    expect(impressos.some((linha) => respostas.includes(linha)), 'main() deveria imprimir a frase gerada para "produção de IA" com console.log.').toBe(true);
    // Sem flushTraces() por aqui: quem precisa esperar a entrega é o seu main().
    const entregue = runsAoVoltar.some((r) => concluido(r, "produção de IA"));
    expect(entregue, "Quando main() termina, o trace de hello_chain ainda não chegou ao LangSmith: os traces saem em segundo plano. Chame await flushTraces() no fim de main() (TODO 4).").toBe(true);
  });
});

describe("Exercício 1 — o que acontece quando algo dá errado", () => {
  it("hello_chain cria o modelo quando é chamada, não ao importar o arquivo", async () => {
    const { hello_chain } = alvo();
    await hello_chain(topico());
    const mensagem = await mensagemClienteNoImport(sentinela, "hello_world_prod.ts");
    expect(mensagem, mensagem).toBeUndefined();
    expect((await lab.calls()).length, "hello_chain não chamou o Gemini do laboratório: crie o ChatGoogleGenerativeAI com ...geminiOptions() dentro da função.").toBeGreaterThan(0);
  });

  it("um erro do provedor sobe para quem chamou, com o status (nada de resposta inventada)", async () => {
    const { hello_chain } = alvo();
    const status = pick([400, 403]);
    await lab.setFaults([{ status, provider: "gemini", times: 3 }]);
    let resposta: unknown;
    const erro = await errorOf(async () => {
      resposta = await hello_chain(topico());
    });
    expect(
      erro,
      `O Gemini respondeu ${status} e hello_chain devolveu ${JSON.stringify(resposta)} como se nada tivesse acontecido: não engula o erro do provedor com uma resposta "amigável" (quem chama precisa saber que falhou). Deixe o erro subir.`,
    ).toBeDefined();
    expect(
      statusNaCadeia(erro),
      `hello_chain falhou, mas o erro perdeu o status ${status} do provedor ("${erro?.message.split("\n")[0]}"): se embrulhar o erro, guarde o original em cause (new Error("…", { cause: erro })).`,
    ).toBe(status);
    expect((await lab.calls()).length, `Um ${status} não é transitório: o modelo não deveria tentar de novo.`).toBe(1);
  });
});

// red team 2 (2026-12-06): the topic pasted into the template's text (fromTemplate(`… ${topico}`)) looked right
// for plain topics; a topic with braces then reads as a template variable and the chain breaks (or is rewritten).
it("um tópico com chaves chega ao modelo como texto: o tópico é o valor de {topico}, não parte do template", async () => {
  const { hello_chain } = alvo();
  const t = `${pick(["objetos JSON", "templates", "dicionários"])} como {${pick(["chave", "valor", "nome"])}} ${Math.random().toString(36).slice(2, 6)}`;
  let resposta: unknown;
  const erro = await errorOf(async () => {
    resposta = await hello_chain(t);
  });
  const pergunta = (await lab.calls()).filter((c) => c.provider === "gemini").at(-1)?.messages.filter((m) => m.role === "user").at(-1)?.content;
  expect(
    erro === undefined && pergunta === `Escreva uma frase sobre ${t}`,
    `Com o tópico ${JSON.stringify(t)}, o modelo deveria receber "Escreva uma frase sobre ${t}", mas ${erro ? `hello_chain lançou "${erro.message.split("\n")[0]}"` : `recebeu ${JSON.stringify(pergunta)} (resposta: ${JSON.stringify(resposta)})`}. ` +
      "O tópico vem do usuário: passe-o como VALOR da variável ({topico} no template fixo do livro, chain.invoke({ topico })), nunca colado no texto do template, onde as chaves dele viram variáveis.",
  ).toBe(true);
});

// red team 2 (2026-12-06): main() catching the error and only printing it made `npm run ex:1` end with success.
it("main() não esconde a falha: com o Gemini recusando, o erro sai de main() (o processo termina com erro)", async () => {
  const { main } = alvo();
  const status = pick([400, 403]);
  await lab.setFaults([{ status, provider: "gemini", times: 3 }]);
  let erro: Error | undefined;
  await captureConsole(async () => {
    erro = await errorOf(() => main());
  });
  expect(
    erro,
    `O Gemini respondeu ${status} e main() terminou normalmente: quem roda o programa (o terminal, o CI, um agendador) vê sucesso onde houve falha. ` +
      "Não envolva a chamada em try/catch que só imprime o erro: deixe-o sair de main() (o runMain imprime a mensagem e termina o processo com código 1), ou relance-o depois de registrar.",
  ).toBeDefined();
  expect(statusNaCadeia(erro), `main() falhou, mas o erro perdeu o status ${status} do provedor ("${erro?.message.split("\n")[0]}").`).toBe(status);
});

// Acrescentado pelo teste de mutação (npm run mutation 1): sem ele, run_type: "" em vez de "chain" passava.
it('o run "hello_chain" é do tipo chain (o padrão do traceable; não troque o run_type)', async () => {
  const { hello_chain } = alvo();
  const t = topico();
  await hello_chain(t);
  await flushTraces();
  const raiz = (await lab.runs()).find((r) => r.name === "hello_chain" && !r.parent_run_id && mentions(r.inputs, t));
  expect(raiz, `Nenhum run raiz "hello_chain" com o tópico "${t}" chegou ao LangSmith: envolva a função com traceable(fn, { name: "hello_chain" }).`).toBeDefined();
  expect(raiz!.run_type, `O run hello_chain deveria ter run_type "chain" (recebi "${raiz!.run_type}"). Omita o run_type ou use run_type: "chain": é uma chain, não um llm nem uma tool.`).toBe("chain");
});
