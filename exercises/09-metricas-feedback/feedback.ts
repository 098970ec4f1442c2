// Exercício 9 — feedback no LangSmith (livro: "Dicas avançadas para produção", client.create_feedback)
// Enunciado completo: exercises/09-metricas-feedback/README.md. Rode com: npm run ex:9
import { Client } from "langsmith";
import { z } from "zod";

/** A chave do livro: `client.create_feedback(run_id, key="user_feedback", ...)`. */
export const CHAVE_FEEDBACK = "user_feedback";

export interface OpcoesFeedback {
  /** Cliente do LangSmith (padrão: um `new Client()` que lê LANGSMITH_API_KEY e LANGSMITH_ENDPOINT). */
  client?: Client;
  /** Projeto onde o run foi registrado (padrão: LANGSMITH_PROJECT ou "default"). */
  projeto?: string;
  key?: string;
}

// TODO 7: um schema zod para { runId, score, comment } com mensagens em português:
//         runId é um UUID (z.uuid), score é um número de 0 a 1, comment é um texto opcional de até 1000 caracteres.

/**
 * Envia o feedback de um usuário (score de 0 a 1 e comentário opcional) ligado a um run do LangSmith e
 * devolve o id do feedback criado.
 */
export async function registrarFeedback(runId: string, score: number, comment?: string, opcoes: OpcoesFeedback = {}): Promise<string> {
  // TODO 8: valide a entrada (erro em português, nada enviado se for inválida).
  // TODO 9: crie o Client só quando precisar (ele lê as variáveis de ambiente ao ser construído) e descubra o id do
  //         projeto com client.readProject({ projectName }): é a "session" do LangSmith. Guarde o id para não
  //         consultar de novo a cada feedback. Se readProject rejeitar, lance um erro em português que cite o
  //         nome do projeto (e mande conferir LANGSMITH_PROJECT).
  // TODO 10: chame client.createFeedback({ runId, sessionId, key: CHAVE_FEEDBACK, score, comment }) e devolva o id.
  throw new Error(`TODO: implemente registrarFeedback (run ${runId}, score ${score}, comentário ${comment ?? "-"}, ${Object.keys(opcoes).length} opções)`);
}

// Guarda para não deixar os imports sem uso enquanto você não termina os TODOs.
void [Client, z];
