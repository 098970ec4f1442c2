// EXERCÍCIO 11 — complete os TODOs deste arquivo (veja README.md).
// Guardas de entrada e de saída (livro §4: "Valide entradas e saídas", "bloquear PII e alucinações").
// Entrada: injeção de prompt → recusa (422); PII → mascarada ANTES de ir ao modelo, ao cache e ao trace.
// Saída: vazamento do canário → resposta segura; PII → mascarada; frase sem apoio na base → removida.
import { avaliarAncoragem, detectarCanary, detectarInjecao, detectarPii, mascararPii } from "./componentes.ts";
import { ErroHttp } from "./erros.ts";

export const RESPOSTA_SEGURA =
  "Desculpe, não consegui responder isso com segurança. Posso ajudar com horários, entregas, trocas, pagamentos e contato.";

export interface EntradaProtegida {
  /** A pergunta que pode seguir adiante (PII trocada por rótulos como [CPF]). */
  texto: string;
  /** Tipos de PII encontrados (nunca os valores). */
  pii: string[];
}

export function guardaEntrada(pergunta: string): EntradaProtegida {
  // TODO 3: detectarInjecao(pergunta).flagged → lance new ErroHttp(422, "INJECAO_DETECTADA", "<mensagem em pt-BR>").
  // Depois, detectarPii(pergunta): se achou algo, devolva { texto: mascararPii(pergunta), pii: [tipos sem repetir] }.
  void detectarInjecao;
  void detectarPii;
  void mascararPii;
  void ErroHttp;
  return { texto: pergunta, pii: [] };
}

export interface SaidaProtegida {
  texto: string;
  /** O que a guarda fez: "canario", "pii", "alucinacao". Vazio = a resposta passou intacta. */
  acoes: string[];
}

export function guardaSaida(resposta: string, { canario, contexto }: { canario: string; contexto: string }): SaidaProtegida {
  // TODO 4: na ordem:
  //  1. detectarCanary(resposta, canario).leaked → { texto: RESPOSTA_SEGURA, acoes: ["canario"] } (vazou o prompt);
  //  2. PII na resposta → mascararPii, acoes.push("pii");
  //  3. avaliarAncoragem(texto, contexto): se !grounded, tire do texto cada frase de `unsupported`,
  //     acoes.push("alucinacao"); se não sobrar nada legível, use RESPOSTA_SEGURA.
  void canario;
  void contexto;
  void avaliarAncoragem;
  void detectarCanary;
  return { texto: resposta, acoes: [] };
}
