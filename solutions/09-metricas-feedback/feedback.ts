// Exercício 9 — feedback no LangSmith (livro: "Dicas avançadas para produção", client.create_feedback)
// Solução de referência.
import { Client } from "langsmith";
import { z } from "zod";

/** A chave do livro: `client.create_feedback(run_id, key="user_feedback", ...)`. */
export const CHAVE_FEEDBACK = "user_feedback";

const FeedbackSchema = z.object({
  runId: z.uuid({ error: "runId precisa ser o id (UUID) de um run do LangSmith, por exemplo getCurrentRunTree().id." }),
  score: z
    .number({ error: "score precisa ser um número entre 0 (ruim) e 1 (bom)." })
    .min(0, { error: "score precisa ficar entre 0 (ruim) e 1 (bom)." })
    .max(1, { error: "score precisa ficar entre 0 (ruim) e 1 (bom)." }),
  comment: z.string({ error: "comment precisa ser um texto." }).trim().max(1000, { error: "comment pode ter no máximo 1000 caracteres." }).optional(),
});

export interface OpcoesFeedback {
  /** Cliente do LangSmith (padrão: um `new Client()` que lê LANGSMITH_API_KEY e LANGSMITH_ENDPOINT). */
  client?: Client;
  /** Projeto onde o run foi registrado (padrão: LANGSMITH_PROJECT ou "default"). */
  projeto?: string;
  key?: string;
}

let clientePadrao: Client | undefined;
const idsDeProjeto = new WeakMap<Client, Map<string, Promise<string>>>();

/** O id do projeto (a "session" do LangSmith), buscado uma vez por cliente e guardado. */
function idDoProjeto(client: Client, projeto: string): Promise<string> {
  let cache = idsDeProjeto.get(client);
  if (!cache) idsDeProjeto.set(client, (cache = new Map()));
  let id = cache.get(projeto);
  if (!id) {
    id = client.readProject({ projectName: projeto }).then(
      (p) => p.id,
      (erro: unknown) => {
        cache.delete(projeto); // não guarda a falha: a próxima tentativa consulta de novo
        throw new Error(`Não encontrei o projeto "${projeto}" no LangSmith (${erro instanceof Error ? erro.message : String(erro)}). Confira LANGSMITH_PROJECT.`);
      },
    );
    cache.set(projeto, id);
  }
  return id;
}

/**
 * Envia o feedback de um usuário (score de 0 a 1 e comentário opcional) ligado a um run do LangSmith.
 * Usa a forma de objeto do createFeedback com `sessionId` (o id do projeto): sem ele, o SDK avisa que a
 * forma antiga está obsoleta e as instalações novas do LangSmith não encontram o run. Devolve o id do feedback.
 */
export async function registrarFeedback(runId: string, score: number, comment?: string, opcoes: OpcoesFeedback = {}): Promise<string> {
  const validado = FeedbackSchema.safeParse({ runId, score, comment });
  // Stryker disable next-line OptionalChaining,StringLiteral: equivalente, um safeParse que falha sempre traz um issue com mensagem.
  if (!validado.success) throw new Error(validado.error.issues[0]?.message ?? "Feedback inválido.");
  const client = opcoes.client ?? (clientePadrao ??= new Client());
  const sessionId = await idDoProjeto(client, opcoes.projeto ?? process.env.LANGSMITH_PROJECT ?? "default");
  const feedback = await client.createFeedback({
    runId: validado.data.runId,
    sessionId,
    key: opcoes.key ?? CHAVE_FEEDBACK,
    score: validado.data.score,
    comment: validado.data.comment || undefined,
  });
  return feedback.id;
}
