// EXERCÍCIO 11 — complete os TODOs deste arquivo (veja README.md).
// Validação com zod — a "Dica avançada" do livro (pydantic `class Pergunta(BaseModel)`) em TypeScript.
// Uma fonte só: o fastify-type-provider-zod transforma estes esquemas na validação das rotas, na
// serialização das respostas e nos tipos do TypeScript (request.body já chega tipado).
import { z } from "zod";

// Caracteres de controle (menos \t e \n) e metades soltas de pares UTF-16: não são texto de gente.
const CONTROLE = /[\u0000-\u0008\u000B-\u001F\u007F]/;
const SURROGATE_SOLTO = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** Texto digitado por alguém: string, aparado, sem controles nem UTF-16 quebrado. */
function textoHumano(nome: string, max: number) {
  // TODO 1: valide de verdade, com mensagens em pt-BR que citam `nome` (o cliente lê isso no corpo do 400):
  //   z.string({ error: `${nome} precisa ser um texto (string).` }).trim()
  //     .min(1, { error: ... não pode ficar vazia }) .max(max, { error: ... no máximo ${max} caracteres })
  //     .refine(sem CONTROLE) .refine(sem SURROGATE_SOLTO)
  void nome;
  void max;
  void CONTROLE;
  void SURROGATE_SOLTO;
  return z.string();
}

export const MAX_PERGUNTA = 500;

// TODO 2: o corpo aceita SÓ `pergunta` e `sessaoId` (opcional; letras, números, _ e -, até 64).
// Use z.strictObject({...}, { error: (issue) => ... }) para que um campo a mais ou um corpo que não é
// objeto também vire uma mensagem em pt-BR (issue.code === "unrecognized_keys" → cite issue.keys).
export const PerguntaSchema = z.object({
  pergunta: textoHumano("A pergunta", MAX_PERGUNTA),
  sessaoId: z.string().optional(),
});
export type Pergunta = z.infer<typeof PerguntaSchema>;

export const RespostaSchema = z.object({
  resposta: z.string(),
  runId: z.string(),
});

export const FeedbackSchema = z.strictObject(
  {
    runId: z.uuid({ error: "runId precisa ser o id (UUID) devolvido por POST /v1/chat." }),
    score: z
      .number({ error: "score precisa ser um número entre 0 (ruim) e 1 (bom)." })
      .min(0, { error: "score precisa ficar entre 0 (ruim) e 1 (bom)." })
      .max(1, { error: "score precisa ficar entre 0 (ruim) e 1 (bom)." }),
    comentario: textoHumano("O comentário", 1000).optional(),
  },
  { error: (issue) => (issue.code === "unrecognized_keys" ? `campo não permitido: ${issue.keys.join(", ")}. Envie runId, score e comentario.` : 'o corpo precisa ser um objeto JSON, por exemplo {"runId": "…", "score": 1}.') },
);

export const FeedbackCriadoSchema = z.object({ id: z.string() });

export const JobCriadoSchema = z.object({ jobId: z.string() });
export const JobParamsSchema = z.strictObject({
  id: z.string().regex(/^[A-Za-z0-9-]{1,64}$/, { error: "id de job inválido." }),
});
export const JobSchema = z.object({
  jobId: z.string(),
  estado: z.enum(["aguardando", "processando", "concluido", "falhou"]),
  resposta: z.string().optional(),
  runId: z.string().optional(),
  erro: z.object({ code: z.string(), mensagem: z.string() }).optional(),
});
export type Job = z.infer<typeof JobSchema>;

export const ErroSchema = z.object({ erro: z.object({ code: z.string(), mensagem: z.string() }) });
