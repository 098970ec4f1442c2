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
  const injecao = detectarInjecao(pergunta);
  if (injecao.flagged)
    throw new ErroHttp(
      422,
      "INJECAO_DETECTADA",
      "Sua mensagem parece tentar mudar as regras do atendente (injeção de prompt) e não foi enviada ao modelo. Reformule só com a sua dúvida.",
    );
  const entidades = detectarPii(pergunta);
  // Stryker disable next-line ConditionalExpression: equivalente, mascararPii de um texto sem PII devolve o mesmo texto.
  if (entidades.length === 0) return { texto: pergunta, pii: [] };
  return { texto: mascararPii(pergunta), pii: [...new Set(entidades.map((e) => e.type))] };
}

export interface SaidaProtegida {
  texto: string;
  /** O que a guarda fez: "canario", "pii", "alucinacao". Vazio = a resposta passou intacta. */
  acoes: string[];
}

export function guardaSaida(resposta: string, { canario, contexto }: { canario: string; contexto: string }): SaidaProtegida {
  if (detectarCanary(resposta, canario).leaked) return { texto: RESPOSTA_SEGURA, acoes: ["canario"] };
  const acoes: string[] = [];
  let texto = resposta;
  if (detectarPii(texto).length > 0) {
    texto = mascararPii(texto);
    acoes.push("pii");
  }
  const ancoragem = avaliarAncoragem(texto, contexto);
  if (!ancoragem.grounded) {
    acoes.push("alucinacao");
    // Stryker disable next-line StringLiteral: equivalente, os espaços em volta da frase ficam e o replace abaixo junta.
    for (const frase of ancoragem.unsupported) texto = texto.split(frase).join(" ");
    texto = texto.replace(/\s+/g, " ").trim();
    if (!/[\p{L}\p{N}]{3}/u.test(texto)) texto = RESPOSTA_SEGURA;
  }
  return { texto, acoes };
}
