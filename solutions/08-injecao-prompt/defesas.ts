// Exercício 8 — as defesas em camadas contra injeção de prompt. Nenhuma camada sozinha basta: o detector
// erra frases que nunca viu, o modelo pode obedecer mesmo com delimitadores, e o canário só vê vazamentos.
// Juntas, uma cobre o buraco da outra.
//
//   pergunta ─► [1] detector na entrada ─► [2] detector nos documentos ─► [3] documentos delimitados
//            ─► [4] canário no prompt de sistema ─► modelo ─► [5] validação da saída ─► resposta
import type { BaseMessage } from "@langchain/core/messages";
import { HumanMessage, SystemMessage } from "@langchain/core/messages";
import { traceable } from "langsmith/traceable";
import { avaliarAncoragem } from "../07-bloqueio-pii/grounding.ts";
import { buscarDocumentos, criarModelo, instrucoesDoSistema, type Assistente, type OpcoesAssistente } from "./assistente.ts";
import { criarCanary, detectarCanary, embutirCanary } from "./canary.ts";
import { delimitarNaoConfiavel, avisoNaoConfiavel, type Delimitado } from "./delimit.ts";
import { detectarInjecao } from "./detector.ts";

/** O que o usuário vê quando uma camada barra o pedido. */
export const RECUSA_INJECAO =
  "Não posso fazer isso: o pedido parece uma tentativa de mudar as minhas instruções. Posso ajudar com dúvidas sobre a Loja Exemplo.";

/** Em que camada o ataque foi barrado. */
export type Camada = "entrada" | "documento" | "canario" | "saida";

export interface Bloqueio {
  camada: Camada;
  motivos: string[];
}

/** Lançado por uma camada que barrou o pedido ou a resposta. */
export class ErroInjecaoBloqueada extends Error {
  override name = "ErroInjecaoBloqueada";
  constructor(
    readonly camada: Camada,
    readonly motivos: string[],
  ) {
    super(`Bloqueado na camada "${camada}": ${motivos.join("; ")}`);
  }
}

// ---------------------------------------------------------------------------
// Pronto: a resposta repete um trecho do prompt de sistema?
// ---------------------------------------------------------------------------

const palavras = (texto: string): string[] =>
  texto.normalize("NFKD").replace(/\p{M}/gu, "").toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];

/** true quando `resposta` contém `tamanho` palavras seguidas das `instrucoes` (padrão 6). */
export function repeteInstrucoes(resposta: string, instrucoes: string, tamanho = 6): boolean {
  const alvo = ` ${palavras(resposta).join(" ")} `;
  const fonte = palavras(instrucoes);
  for (let i = 0; i + tamanho <= fonte.length; i++) {
    if (alvo.includes(` ${fonte.slice(i, i + tamanho).join(" ")} `)) return true;
  }
  return false;
}

// ---------------------------------------------------------------------------
// Camadas
// ---------------------------------------------------------------------------

/** [1] A pergunta do usuário: o detector (pt e en) barra o que parece ataque. */
export function verificarEntrada(pergunta: string): void {
  const resultado = detectarInjecao(pergunta, { source: "user" });
  if (resultado.flagged) throw new ErroInjecaoBloqueada("entrada", resultado.reasons);
}

export interface DocumentosFiltrados {
  aceitos: string[];
  descartados: { documento: string; motivos: string[] }[];
}

/**
 * [2] Os documentos recuperados: conteúdo de terceiros (avaliações, e-mails, páginas). Um documento com cara
 * de ordem à IA sai do contexto; os outros seguem.
 */
export function filtrarDocumentos(documentos: readonly string[]): DocumentosFiltrados {
  const saida: DocumentosFiltrados = { aceitos: [], descartados: [] };
  for (const documento of documentos) {
    const resultado = detectarInjecao(documento, { source: "document" });
    if (resultado.flagged) saida.descartados.push({ documento, motivos: resultado.reasons });
    else saida.aceitos.push(documento);
  }
  return saida;
}

export interface EntradaMensagens {
  /** As instruções de sistema (instrucoesDoSistema). */
  instrucoes: string;
  /** Documentos já filtrados. */
  documentos: readonly string[];
  pergunta: string;
  /** O canário desta requisição (criarCanary()). */
  canario: string;
}

/**
 * [3] e [4] As mensagens para o modelo: instruções com o canário (embutirCanary), o aviso de que o conteúdo entre
 * as marcas é dado (avisoNaoConfiavel) e os documentos entre marcas com id aleatório (delimitarNaoConfiavel), que
 * neutraliza marcas falsas como "</documentos><sistema>" escritas pelo atacante.
 */
export function montarMensagens({ instrucoes, documentos, pergunta, canario }: EntradaMensagens): {
  mensagens: BaseMessage[];
  delimitado: Delimitado;
} {
  const delimitado = delimitarNaoConfiavel(documentos.join("\n"), { label: "DOCUMENTOS" });
  const sistema =
    `${embutirCanary(instrucoes, canario)}\n\n${avisoNaoConfiavel(delimitado.id, "DOCUMENTOS")}\n` +
    `Responda usando apenas:\n${delimitado.text}`;
  return { mensagens: [new SystemMessage(sistema), new HumanMessage(pergunta)], delimitado };
}

export interface EntradaValidacao {
  canario: string;
  instrucoes: string;
  /** Os documentos que o modelo recebeu; a resposta tem de se apoiar neles. */
  documentos: readonly string[];
  /** Valores que nunca podem sair numa resposta (segredos, chaves). */
  proibidos?: readonly string[];
}

/**
 * [5] A resposta, antes de chegar ao usuário: o canário (inteiro, disfarçado ou em pedaços) prova que o prompt
 * de sistema vazou; um trecho das instruções ou um valor proibido também; e uma resposta que os documentos não
 * sustentam ("PWNED", "agora sou um pirata…") é sinal de que o modelo obedeceu a outra pessoa.
 */
export function validarSaida(resposta: string, { canario, instrucoes, documentos, proibidos = [] }: EntradaValidacao): void {
  if (detectarCanary(resposta, canario).leaked) {
    throw new ErroInjecaoBloqueada("canario", ["o canário do prompt de sistema apareceu na resposta"]);
  }
  if (repeteInstrucoes(resposta, instrucoes) || proibidos.some((p) => p && resposta.toLowerCase().includes(p.toLowerCase()))) {
    throw new ErroInjecaoBloqueada("saida", ["a resposta repete as instruções de sistema ou um valor confidencial"]);
  }
  const ancoragem = avaliarAncoragem(resposta, documentos);
  if (!ancoragem.grounded) {
    throw new ErroInjecaoBloqueada("saida", ancoragem.unsupported.map((frase) => `sem apoio nos documentos: “${frase.slice(0, 80)}”`));
  }
}

export interface OpcoesProtegido extends OpcoesAssistente {
  /** Chamado a cada bloqueio (para log e métricas: quantos ataques, em que camada). */
  aoBloquear?: (bloqueio: Bloqueio) => void;
}

/** O assistente com as cinco camadas, rastreado como "assistente_protegido". Um canário novo por requisição. */
export function criarAssistenteProtegido({ segredo, modelo = criarModelo(), aoBloquear }: OpcoesProtegido): Assistente {
  const responder = traceable(
    async (pergunta: string, documentos: readonly string[] = buscarDocumentos(pergunta)): Promise<string> => {
      if (typeof pergunta !== "string" || pergunta.trim() === "") throw new TypeError("A pergunta precisa ser um texto não vazio.");
      if (!Array.isArray(documentos) || documentos.some((d) => typeof d !== "string")) {
        throw new TypeError("documentos precisa ser uma lista de textos.");
      }
      try {
        verificarEntrada(pergunta);
        const { aceitos, descartados } = filtrarDocumentos(documentos);
        for (const d of descartados) aoBloquear?.({ camada: "documento", motivos: d.motivos });
        const canario = criarCanary();
        const instrucoes = instrucoesDoSistema(segredo);
        const { mensagens } = montarMensagens({ instrucoes, documentos: aceitos, pergunta, canario });
        const resposta = (await modelo.invoke(mensagens)).text;
        validarSaida(resposta, { canario, instrucoes, documentos: aceitos, proibidos: [segredo] });
        return resposta;
      } catch (erro) {
        if (!(erro instanceof ErroInjecaoBloqueada)) throw erro;
        aoBloquear?.({ camada: erro.camada, motivos: erro.motivos });
        return RECUSA_INJECAO;
      }
    },
    { name: "assistente_protegido", run_type: "chain" },
  );
  return { responder };
}
