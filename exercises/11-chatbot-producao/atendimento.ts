// O coração do chatbot: a `atendimento_chain` do livro (§7) com tudo que a produção pede em volta.
// Por pergunta: guarda de entrada → trace "atendimento_chain" { cache → disjuntor → modelo com
// retentativas → guarda de saída → cache } → resposta + runId (o id do trace, para o feedback).
import { ChatPromptTemplate } from "@langchain/core/prompts";
import type { Runnable } from "@langchain/core/runnables";
import { ChatGoogleGenerativeAI } from "@langchain/google-genai";
import { getCurrentRunTree, traceable } from "langsmith/traceable";
import { geminiOptions } from "#lib/config";
import { langChainClient } from "#lib/tracing";
import { FAQ, FAQ_FALLBACK, STORE_NAME } from "#lib/faq";
import { chaveDoCache, type CacheDeRespostas } from "./cache.ts";
import type { Circuito } from "./circuito.ts";
import { anonimizar, criarCanary, embutirCanary, statusDoErro, esperaPedidaMs, ErroRetryEsgotado, comRetry } from "./componentes.ts";
import type { OpcoesResolvidas } from "./contexto.ts";
import { ErroHttp } from "./erros.ts";
import { guardaEntrada, guardaSaida } from "./guardas.ts";
import type { MetricasChatbot } from "./metricas.ts";

/** A base de conhecimento da loja: o que o atendente pode afirmar (e contra o que a guarda de saída confere). */
export const BASE_DA_LOJA = [...FAQ.map((f) => f.answer), FAQ_FALLBACK, STORE_NAME].join("\n");

/** O prompt do livro, com o sistema que dá a base ao modelo real e o canário do ex. 8. */
export const PROMPT_ATENDENTE = "Responda como atendente: {pergunta}";
const VERSAO_PROMPT = "v1";

export function promptDeSistema(canario: string): string {
  const base = FAQ.map((f) => `- ${f.answer}`).join("\n");
  return embutirCanary(
    `Você é atendente da ${STORE_NAME}. Seja educado e breve e afirme só o que está nesta base:\n${base}\n` +
      `Se a dúvida não estiver na base, diga: ${FAQ_FALLBACK}`,
    canario,
  );
}

export interface RespostaAtendimento {
  resposta: string;
  runId: string;
  origem: "cache" | "modelo";
}

export interface Atendimento {
  responder(pergunta: string, sessaoId?: string): Promise<RespostaAtendimento>;
  /** Igual, mas entrega a resposta aos pedaços (frase a frase, cada uma já conferida pela guarda). */
  responderEmStream(pergunta: string, sessaoId: string | undefined, emitir: (trecho: string) => void): Promise<RespostaAtendimento>;
}

export interface DepsAtendimento {
  opcoes: OpcoesResolvidas;
  cache: CacheDeRespostas;
  circuito: Circuito;
  metricas: MetricasChatbot;
  /** Modelo a usar (padrão: ChatGoogleGenerativeAI do livro apontado pelo geminiOptions()). */
  modelo?: Runnable;
}

// O anonimizador de chaves (componentes.ts): a pergunta passa por ele logo depois da guarda de entrada, e cada run
// da atendimento_chain passa de novo na entrada e na saída (processInputs/processOutputs) antes de sair do processo.
export { anonimizar };

const TAMANHO_FRASE = /^[\s\S]*?[.!?](?=\s|$)/;

export function criarAtendimento({ opcoes, cache, circuito, metricas, modelo }: DepsAtendimento): Atendimento {
  const canario = criarCanary();
  const llm =
    modelo ??
    // maxRetries: 0 — quem retenta somos nós (ex. 2); somar as retentativas do SDK multiplicaria as chamadas.
    new ChatGoogleGenerativeAI({ model: opcoes.modelo, temperature: 0, maxRetries: 0, ...geminiOptions(), callbacks: [metricas.llm] });
  const prompt = ChatPromptTemplate.fromMessages([
    ["system", promptDeSistema(canario).replace(/[{}]/g, "")],
    ["human", PROMPT_ATENDENTE],
  ]);
  // O `prompt | llm` do livro, em dois passos: o trace da requisição já é a raiz "atendimento_chain" abaixo, e o
  // prompt só formata texto — um run "RunnableSequence" e outro "ChatPromptTemplate" por pergunta custariam CPU
  // (cada run é serializado e enviado ao LangSmith) sem mostrar nada que o run do modelo já não mostre.
  const mensagensDo = (pergunta: string) => prompt.formatMessages({ pergunta });
  // Um cliente LangSmith só, o mesmo dos runs do LangChain: uma fila de envio e um flush no encerramento.
  const clienteDoTrace = langChainClient();
  const parametros = { modelo: opcoes.modelo, temperature: 0, prompt: VERSAO_PROMPT };

  /** Pede uma vaga ao disjuntor e roda `fn` com retentativas; erros viram 503/502 em pt-BR. */
  async function chamarProvedor<T>(fn: (signal: AbortSignal) => Promise<T>): Promise<T> {
    const vaga = circuito.permitir();
    if (!vaga.ok) {
      metricas.provedor.inc({ resultado: "circuito_aberto" });
      throw new ErroHttp(503, "CIRCUITO_ABERTO", "O provedor do modelo está instável e pausamos as chamadas por alguns segundos. Tente de novo em instantes.", vaga.esperaMs / 1000);
    }
    try {
      const resultado = await comRetry(({ signal }) => fn(signal), {
        ...opcoes.retry,
        onRetry: (e) => metricas.provedor.inc({ resultado: `retentativa_${e.status ?? "rede"}` }),
      });
      circuito.sucesso();
      metricas.provedor.inc({ resultado: "ok" });
      return resultado;
    } catch (erro) {
      const causa = erro instanceof ErroRetryEsgotado ? erro.cause : erro;
      const status = statusDoErro(causa);
      const transitorio = erro instanceof ErroRetryEsgotado || status === 429 || (status !== undefined && status >= 500);
      if (transitorio) {
        circuito.falha();
        metricas.provedor.inc({ resultado: "indisponivel" });
        const pedido = esperaPedidaMs(causa, Date.now());
        throw new ErroHttp(503, "PROVEDOR_INDISPONIVEL", "O modelo está sobrecarregado ou fora do ar agora. Tente de novo em alguns segundos.", pedido !== undefined ? pedido / 1000 : 5);
      }
      circuito.liberar();
      metricas.provedor.inc({ resultado: "falhou" });
      throw new ErroHttp(502, "PROVEDOR_FALHOU", `O provedor do modelo recusou a chamada${status ? ` (HTTP ${status})` : ""}. A equipe foi avisada pelos logs.`);
    }
  }

  function protegerSaida(texto: string): string {
    const saida = guardaSaida(texto, { canario, contexto: BASE_DA_LOJA });
    for (const acao of saida.acoes) metricas.guardas.inc({ guarda: `saida_${acao}` });
    return saida.texto;
  }

  function runIdAtual(): string {
    return getCurrentRunTree(true)?.id ?? "";
  }

  // Um trace por requisição: a raiz "atendimento_chain" recebe a pergunta JÁ sem PII.
  const responderRastreado = traceable(
    async (entrada: { pergunta: string; sessaoId?: string; pii: string[] }): Promise<RespostaAtendimento> => {
      const runId = runIdAtual();
      const chave = chaveDoCache(entrada.pergunta, parametros);
      const guardada = await cache.ler(chave);
      metricas.cache.inc({ resultado: guardada === undefined ? "miss" : "hit" });
      if (guardada !== undefined) return { resposta: guardada, runId, origem: "cache" };
      const mensagens = await mensagensDo(entrada.pergunta);
      const mensagem = await chamarProvedor((signal) => llm.invoke(mensagens, { signal }));
      const resposta = protegerSaida(typeof mensagem.content === "string" ? mensagem.content : mensagem.text);
      await cache.gravar(chave, resposta);
      return { resposta, runId, origem: "modelo" };
    },
    { name: "atendimento_chain", run_type: "chain", client: clienteDoTrace, processInputs: anonimizar, processOutputs: anonimizar },
  );

  const streamRastreado = traceable(
    async (entrada: { pergunta: string; sessaoId?: string; pii: string[] }, emitir: (t: string) => void): Promise<RespostaAtendimento> => {
      const runId = runIdAtual();
      const chave = chaveDoCache(entrada.pergunta, parametros);
      const guardada = await cache.ler(chave);
      metricas.cache.inc({ resultado: guardada === undefined ? "miss" : "hit" });
      if (guardada !== undefined) {
        emitir(guardada);
        return { resposta: guardada, runId, origem: "cache" };
      }
      // Retentamos só até o primeiro pedaço: depois que algo foi enviado ao cliente, não dá para recomeçar.
      const mensagens = await mensagensDo(entrada.pergunta);
      const { iterador, primeiro } = await chamarProvedor(async (signal) => {
        const it = (await llm.stream(mensagens, { signal }))[Symbol.asyncIterator]();
        return { iterador: it, primeiro: await it.next() };
      });
      let pendente = "";
      const enviadas: string[] = [];
      const liberarFrases = (fim: boolean) => {
        for (let m = TAMANHO_FRASE.exec(pendente); m; m = TAMANHO_FRASE.exec(pendente)) {
          pendente = pendente.slice(m[0].length);
          const frase = protegerSaida(m[0].trim());
          if (frase && !enviadas.includes(frase)) {
            enviadas.push(frase);
            emitir(frase);
          }
        }
        if (fim && pendente.trim()) {
          const frase = protegerSaida(pendente.trim());
          pendente = "";
          if (frase && !enviadas.includes(frase)) {
            enviadas.push(frase);
            emitir(frase);
          }
        }
      };
      for (let passo = primeiro; !passo.done; passo = await iterador.next()) {
        const c = passo.value.content;
        pendente += typeof c === "string" ? c : passo.value.text;
        liberarFrases(false);
      }
      liberarFrases(true);
      const resposta = enviadas.join(" ");
      await cache.gravar(chave, resposta);
      return { resposta, runId, origem: "modelo" };
    },
    { name: "atendimento_chain", run_type: "chain", metadata: { stream: true }, client: clienteDoTrace, processInputs: anonimizar, processOutputs: anonimizar },
  );

  function entradaProtegida(pergunta: string, sessaoId?: string) {
    let protegida;
    try {
      protegida = guardaEntrada(pergunta);
    } catch (erro) {
      metricas.guardas.inc({ guarda: "entrada_injecao" });
      throw erro;
    }
    if (protegida.pii.length) metricas.guardas.inc({ guarda: "entrada_pii" });
    return { pergunta: anonimizar(protegida.texto), pii: protegida.pii, ...(sessaoId ? { sessaoId } : {}) };
  }

  return {
    responder: (pergunta, sessaoId) => responderRastreado(entradaProtegida(pergunta, sessaoId)),
    responderEmStream: (pergunta, sessaoId, emitir) => streamRastreado(entradaProtegida(pergunta, sessaoId), emitir),
  };
}
