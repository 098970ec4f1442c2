/**
 * Quality figures for the lab's tools, structured output and embeddings (no timing):
 * - retrieval: top-1 accuracy of a cosine search over a mixed pt-BR/English FAQ, with questions that share
 *   words with their answer and paraphrases that share none (the lab's vectors are lexical, so those miss);
 * - schema fill: share of generated values that a set of zod schemas accepts.
 * Run: node --import tsx bench/lab-features.ts
 */
import { toJsonSchema } from "@langchain/core/utils/json_schema";
import { z } from "zod";
import { cosine, embed } from "../lib/lab/embeddings.ts";
import { valueForSchema } from "../lib/lab/structured.ts";

const DOCS = [
  "Para cancelar sua assinatura, acesse Minha Conta e clique em Cancelar plano.",
  "O prazo de entrega para as capitais é de 3 a 5 dias úteis após a confirmação do pagamento.",
  "Aceitamos pagamento por Pix, boleto e cartão de crédito em até 10 vezes sem juros.",
  "Produtos com defeito podem ser trocados em até 30 dias.",
  "O frete é grátis em compras acima de 200 reais.",
  "Nossa loja física fica na Avenida Paulista, 1000, em São Paulo.",
  "O atendimento por telefone funciona de segunda a sexta, das 8h às 18h.",
  "To reset your password, click Forgot password on the login page.",
  "Refunds are issued to the original payment method within 7 business days.",
  "Our support team is available Monday to Friday, 9am to 6pm.",
  "Gift cards never expire and can be used online or in stores.",
  "International shipping is available to 40 countries.",
];
// [question, expected document, shares a meaning-bearing word with it?]
const QUESTIONS: Array<[string, number, boolean]> = [
  ["Como cancelo minha assinatura?", 0, true],
  ["Quantos dias demora a entrega?", 1, true],
  ["Quais formas de pagamento vocês aceitam?", 2, true],
  ["Posso trocar um produto com defeito?", 3, true],
  ["O frete é grátis?", 4, true],
  ["Onde fica a loja física?", 5, true],
  ["Qual o horário do atendimento por telefone?", 6, true],
  ["How do I reset my password?", 7, true],
  ["When will I get my refund?", 8, true],
  ["When is support available?", 9, true],
  ["Do gift cards expire?", 10, true],
  ["Do you ship to other countries?", 11, true],
  ["Quero encerrar meu plano mensal", 0, true],
  ["Vocês parcelam no cartão?", 2, true],
  ["Quanto tempo até meu pedido chegar?", 1, false],
  ["I forgot my login credentials", 7, true],
  ["Can I get my money back?", 8, false],
  ["Posso pagar com transferência instantânea?", 2, false],
];

function retrieval(dimensions: number) {
  const vectors = DOCS.map((d) => embed(d, dimensions));
  let sharing = 0;
  let sharingHits = 0;
  let paraphrases = 0;
  let paraphraseHits = 0;
  for (const [question, expected, shares] of QUESTIONS) {
    const q = embed(question, dimensions);
    const best = vectors.map((v, i) => ({ i, s: cosine(q, v) })).sort((a, b) => b.s - a.s)[0]!.i;
    if (shares) {
      sharing++;
      if (best === expected) sharingHits++;
    } else {
      paraphrases++;
      if (best === expected) paraphraseHits++;
    }
  }
  return { dimensions, sharing: `${sharingHits}/${sharing}`, paraphrases: `${paraphraseHits}/${paraphrases}` };
}

const SCHEMAS: Record<string, z.ZodTypeAny> = {
  pessoa: z.object({ nome: z.string(), idade: z.number().int().min(0).max(130), email: z.string().email().nullable() }),
  pedido: z.object({ numero: z.string(), itens: z.array(z.object({ sku: z.string(), qtd: z.number().int().positive() })).min(1), urgente: z.boolean() }),
  sentimento: z.object({ rotulo: z.enum(["positivo", "negativo", "neutro"]), confianca: z.number().min(0).max(1) }),
  evento: z.object({ titulo: z.string().min(3).max(60), data: z.string().date(), hora: z.string().time(), local: z.string() }),
  uniao: z.object({ resultado: z.discriminatedUnion("tipo", [z.object({ tipo: z.literal("ok"), valor: z.number() }), z.object({ tipo: z.literal("erro"), motivo: z.string() })]) }),
  tupla: z.object({ ponto: z.tuple([z.number(), z.number()]), tags: z.array(z.enum(["a", "b"])).max(2) }),
  formatos: z.object({ site: z.string().url(), id: z.string().uuid(), quando: z.string().datetime(), cep: z.string().regex(/^\d{5}-\d{3}$/) }),
  opcional: z.object({ a: z.string().optional(), b: z.object({ c: z.number().optional() }).optional() }),
  registro: z.object({ contagem: z.record(z.string(), z.number()) }),
  aninhado: z.object({ nivel1: z.object({ nivel2: z.object({ nivel3: z.array(z.string()).min(2) }) }) }),
};
const TEXTS = [
  "Ana Souza tem 31 anos, mora em Recife e escreveu de ana@exemplo.com.br; adorei o atendimento!",
  "Pedido 4821: 2 cadernos e 3 canetas, urgente. Entrega em 05/12/2026 às 14:30 no CEP 01310-100.",
  "The package arrived broken and late. Terrible.",
  "",
];

function schemaFill() {
  let ok = 0;
  let total = 0;
  const failures: string[] = [];
  for (const [name, schema] of Object.entries(SCHEMAS)) {
    for (const text of TEXTS) {
      total++;
      const value = valueForSchema(toJsonSchema(schema) as Record<string, unknown>, { text });
      if (schema.safeParse(value).success) ok++;
      else failures.push(`${name} / "${text.slice(0, 30)}"`);
    }
  }
  return { valid: `${ok}/${total}`, failures };
}

console.log("retrieval (top-1):", [768, 1536, 3072].map(retrieval));
console.log("schema fill:", schemaFill());
