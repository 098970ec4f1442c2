// Embeddings through the real SDKs: OpenAIEmbeddings (openai SDK, base64 by default) and
// GoogleGenerativeAIEmbeddings (embedContent / batchEmbedContents) give vectors of the real dimensions,
// deterministic and unit-length, and a small in-memory vector store retrieves the right pt-BR or English document.
import { GoogleGenerativeAIEmbeddings } from "@langchain/google-genai";
import { OpenAIEmbeddings } from "@langchain/openai";
import OpenAI from "openai";
import { describe, expect, it } from "vitest";
import { cosine, embed } from "../../lib/lab/embeddings.ts";
import { startTestLab } from "../_support/lab.ts";

const lab = await startTestLab();

const openaiEmb = (fields: ConstructorParameters<typeof OpenAIEmbeddings>[0] = {}) =>
  new OpenAIEmbeddings({ model: "text-embedding-3-small", maxRetries: 0, apiKey: "lab", configuration: { baseURL: `${lab.url}/v1` }, ...fields });
const geminiEmb = (fields: Partial<ConstructorParameters<typeof GoogleGenerativeAIEmbeddings>[0]> = {}) =>
  new GoogleGenerativeAIEmbeddings({ model: "text-embedding-004", maxRetries: 0, apiKey: "lab", baseUrl: lab.url, ...fields });

const DOCS = [
  "Para cancelar sua assinatura, acesse Minha Conta e clique em Cancelar plano.",
  "O prazo de entrega para as capitais é de 3 a 5 dias úteis após a confirmação do pagamento.",
  "Aceitamos pagamento por Pix, boleto e cartão de crédito em até 10 vezes sem juros.",
  "Produtos com defeito podem ser trocados em até 30 dias.",
  "To reset your password, click Forgot password on the login page.",
  "Refunds are issued to the original payment method within 7 business days.",
  "Our support team is available Monday to Friday, 9am to 6pm.",
];
const QUESTIONS: Array<[string, number]> = [
  ["Como faço o cancelamento da minha assinatura?", 0],
  ["Quantos dias demora a entrega?", 1],
  ["Quais formas de pagamento vocês aceitam?", 2],
  ["Posso trocar um produto defeituoso?", 3],
  ["How can I reset my password?", 4],
  ["When will I get my refund?", 5],
  ["What hours is support available?", 6],
];

/** A minimal in-memory vector store: documents embedded once, nearest by cosine (langchain's MemoryVectorStore is not installed). */
async function memoryStore(embeddings: { embedDocuments(t: string[]): Promise<number[][]>; embedQuery(t: string): Promise<number[]> }, docs: string[]) {
  const vectors = await embeddings.embedDocuments(docs);
  return async (query: string) => {
    const q = await embeddings.embedQuery(query);
    return vectors.map((v, i) => ({ i, score: cosine(q, v) })).sort((a, b) => b.score - a.score)[0]!.i;
  };
}

const norm = (v: ArrayLike<number>) => Math.sqrt(Array.from(v).reduce((s, x) => s + x * x, 0));

describe("OpenAIEmbeddings", () => {
  it("real dimensions (3-small 1536, 3-large 3072, dimensions: 256), unit length, deterministic", async () => {
    const small = await openaiEmb().embedQuery("Qual o prazo de entrega?");
    expect(small).toHaveLength(1536);
    expect(norm(small)).toBeCloseTo(1, 5);
    expect(Array.from(await openaiEmb().embedQuery("Qual o prazo de entrega?"))).toEqual(Array.from(small));
    expect(await openaiEmb({ model: "text-embedding-3-large" }).embedQuery("oi")).toHaveLength(3072);
    const [a, b] = await openaiEmb({ model: "text-embedding-3-large", dimensions: 256 }).embedDocuments(["um", "dois"]);
    expect([a!.length, b!.length]).toEqual([256, 256]);
    const [call] = (await lab.calls()).filter((c) => c.endpoint === "embeddings").slice(-1);
    expect(call).toMatchObject({ provider: "openai", model: "text-embedding-3-large", status: 200, params: { dimensions: 256 } });
  });

  it("the in-memory store finds the pt-BR document for a pt-BR question and the English one for an English question", async () => {
    const search = await memoryStore(openaiEmb(), DOCS);
    for (const [question, expected] of QUESTIONS) expect([question, await search(question)]).toEqual([question, expected]);
  });

  it("float and base64 encodings carry the same vector; usage counts the input tokens", async () => {
    const client = new OpenAI({ apiKey: "lab", baseURL: `${lab.url}/v1`, maxRetries: 0 });
    const floats = await client.embeddings.create({ model: "text-embedding-3-small", input: ["entrega rápida"], encoding_format: "float" });
    const decoded = await client.embeddings.create({ model: "text-embedding-3-small", input: ["entrega rápida"] });
    expect(floats).toMatchObject({ object: "list", model: "text-embedding-3-small", data: [{ object: "embedding", index: 0 }] });
    expect(floats.usage.prompt_tokens).toBeGreaterThan(0);
    const f = floats.data[0]!.embedding as number[];
    const d = Array.from(decoded.data[0]!.embedding as unknown as Float32Array);
    expect(d).toHaveLength(1536);
    d.forEach((x, i) => expect(x).toBeCloseTo(f[i]!, 5));
  });

  it("errors in OpenAI's shape with pt-BR messages: unknown model (404), dimensions on ada-002, empty input", async () => {
    const client = new OpenAI({ apiKey: "lab", baseURL: `${lab.url}/v1`, maxRetries: 0 });
    const unknown = await client.embeddings.create({ model: "text-embedding-9", input: "x" }).catch((e: unknown) => e);
    expect(unknown).toBeInstanceOf(OpenAI.NotFoundError);
    expect((unknown as { code?: string }).code).toBe("model_not_found");
    expect(String((unknown as Error).message)).toMatch(/não existe no laboratório/);
    const ada = await client.embeddings.create({ model: "text-embedding-ada-002", input: "x", dimensions: 8 }).catch((e: unknown) => e);
    expect(ada).toBeInstanceOf(OpenAI.BadRequestError);
    const empty = await client.embeddings.create({ model: "text-embedding-3-small", input: [""] }).catch((e: unknown) => e);
    expect(empty).toBeInstanceOf(OpenAI.BadRequestError);
  });

  it("an input over 8192 tokens is a 400 naming the limit (a multi-megabyte one is refused from its start)", async () => {
    const client = new OpenAI({ apiKey: "lab", baseURL: `${lab.url}/v1`, maxRetries: 0 });
    const long = await client.embeddings.create({ model: "text-embedding-3-small", input: ["curto", "palavra ".repeat(9000)] }).catch((e: unknown) => e);
    expect(long).toBeInstanceOf(OpenAI.BadRequestError);
    expect(String((long as Error).message)).toMatch(/'input\[1\]' inválido: o tamanho máximo de entrada é 8192 tokens e este tem 9000/);
    const huge = await client.embeddings.create({ model: "text-embedding-3-small", input: "oi ".repeat(2_000_000) }).catch((e: unknown) => e);
    expect(String((huge as Error).message)).toMatch(/este tem mais de \d+\./);
  });

  it("a queued fault hits embeddings too (429 surfaces through the SDK)", async () => {
    await lab.setFaults([{ provider: "openai", status: 429 }]);
    await expect(openaiEmb().embedQuery("oi")).rejects.toMatchObject({ status: 429 });
  });
});

describe("GoogleGenerativeAIEmbeddings", () => {
  it("real dimensions (text-embedding-004 768, gemini-embedding-001 3072, outputDimensionality), unit length, deterministic", async () => {
    const v = await geminiEmb().embedQuery("Qual o prazo de entrega?");
    expect(v).toHaveLength(768);
    expect(norm(v)).toBeCloseTo(1, 5);
    expect(await geminiEmb().embedQuery("Qual o prazo de entrega?")).toEqual(v);
    expect(await geminiEmb({ model: "gemini-embedding-001" }).embedQuery("oi")).toHaveLength(3072);
    const docs = await geminiEmb({ model: "gemini-embedding-001", outputDimensionality: 128 }).embedDocuments(["um", "dois", "três"]);
    expect(docs.map((d) => d.length)).toEqual([128, 128, 128]);
    const paths = (await lab.calls()).map((c) => [c.endpoint, c.model]);
    expect(paths).toContainEqual(["embeddings", "gemini-embedding-001"]);
  });

  it("embedDocuments (batchEmbedContents) and embedQuery (embedContent) agree, and the store retrieves in pt-BR and English", async () => {
    const [doc] = await geminiEmb().embedDocuments([DOCS[0]!]);
    expect(doc).toEqual(await geminiEmb().embedQuery(DOCS[0]!));
    const search = await memoryStore(geminiEmb(), DOCS);
    for (const [question, expected] of QUESTIONS) expect([question, await search(question)]).toEqual([question, expected]);
  });

  it("a model that does not embed answers Gemini's 404, surfaced by embedQuery with the lab's pt-BR message", async () => {
    const error = await geminiEmb({ model: "gemini-2.5-flash" }).embedQuery("oi").catch((e: unknown) => e);
    expect(String((error as Error).message)).toMatch(/\[404 Not Found\] Laboratório: models\/gemini-2.5-flash não existe no laboratório ou não aceita embedContent/);
  });

  it("a text over 2048 tokens is truncated, not refused: only its start is embedded", async () => {
    const start = Array.from({ length: 2048 }, (_, i) => `termo${i}`).join(" ");
    const a = await geminiEmb().embedQuery(`${start} ${"cachorro ".repeat(500)}`);
    const b = await geminiEmb().embedQuery(`${start} ${"gato ".repeat(500)}`);
    expect(a).toEqual(b);
  });

  it("batchEmbedContents refuses a request naming another model (400 INVALID_ARGUMENT)", async () => {
    const res = await fetch(`${lab.url}/v1beta/models/text-embedding-004:batchEmbedContents`, {
      method: "POST",
      headers: { "content-type": "application/json", "x-goog-api-key": "lab" },
      body: JSON.stringify({ requests: [{ model: "models/gemini-embedding-001", content: { parts: [{ text: "x" }] } }] }),
    });
    expect(res.status).toBe(400);
    expect(((await res.json()) as { error: unknown }).error).toMatchObject({ code: 400, status: "INVALID_ARGUMENT" });
  });
});

describe("embed() (the vectors)", () => {
  it("shared meaning-bearing words bring texts closer; accents, case, plurals and stop-words do not matter", () => {
    const q = embed("Como cancelar a assinatura?", 768);
    expect(cosine(q, embed("cancelamento de assinaturas", 768))).toBeGreaterThan(cosine(q, embed("prazo de entrega", 768)));
    expect(cosine(embed("Devolução do PRODUTO", 768), embed("devolucao de produtos", 768))).toBeCloseTo(1, 5);
  });
});
