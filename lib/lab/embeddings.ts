/**
 * The lab's embeddings: deterministic vectors of each real model's dimension, built by hashing the
 * meaning-bearing words of the text (lib/lab/words.ts) and their character trigrams, then L2-normalising.
 * Texts that share words therefore point the same way, so an in-memory vector store retrieves sensibly in
 * pt-BR and English. Wire formats: docs/protocols.md §13 (OpenAI `/v1/embeddings`, Gemini
 * `embedContent` / `batchEmbedContents`).
 */
import { stableHash } from "./text.ts";
import { countTokens } from "./tokens.ts";
import { meaningStems, words } from "./words.ts";

/** Default dimension of each simulated embedding model (the real services' documented defaults). */
export const EMBEDDING_MODELS: Record<string, { provider: "openai" | "gemini"; dimensions: number; flexible: boolean }> = {
  "text-embedding-3-small": { provider: "openai", dimensions: 1536, flexible: true },
  "text-embedding-3-large": { provider: "openai", dimensions: 3072, flexible: true },
  "text-embedding-ada-002": { provider: "openai", dimensions: 1536, flexible: false },
  "text-embedding-004": { provider: "gemini", dimensions: 768, flexible: true },
  "embedding-001": { provider: "gemini", dimensions: 768, flexible: false },
  "gemini-embedding-001": { provider: "gemini", dimensions: 3072, flexible: true },
};

/** OpenAI's per-input limit for its embedding models (tokens). */
export const OPENAI_MAX_INPUT_TOKENS = 8192;
/** OpenAI's limit of inputs per request. */
export const OPENAI_MAX_INPUTS = 2048;
/** Gemini's limit of requests per batchEmbedContents call. */
export const GEMINI_MAX_BATCH = 100;
/** Gemini's input limit for its embedding models (tokens); longer texts are truncated, not refused. */
export const GEMINI_MAX_INPUT_TOKENS = 2048;

/**
 * Tokens of `text`, counted on a prefix when the prefix alone already passes `limit` (so a multi-megabyte input
 * is refused without counting all of it and without blocking the lab).
 */
function tokensBounded(text: string, limit: number): { tokens: number; partial: boolean } {
  const PREFIX = 64 * 1024;
  if (text.length > PREFIX) {
    const head = countTokens(text.slice(0, PREFIX));
    if (head > limit) return { tokens: head, partial: true };
  }
  return { tokens: countTokens(text), partial: false };
}

/** The first `limit` tokens of a text, approximated by its first `limit` words (what Gemini embeds of a long text). */
function truncateWords(text: string, limit: number): string {
  const head = text.length > limit * 32 ? text.slice(0, limit * 32) : text;
  const words = head.split(/\s+/);
  return words.length > limit ? words.slice(0, limit).join(" ") : head;
}

function addFeature(vector: Float64Array, feature: string, weight: number): void {
  const h = stableHash(feature);
  const h2 = stableHash(`${feature}#`);
  vector[h % vector.length]! += (h2 & 1 ? 1 : -1) * weight;
  vector[h2 % vector.length]! += (h & 1 ? 1 : -1) * weight * 0.5;
}

/**
 * A unit vector of `dimensions` for `text`, the same for the same text. Whole stems weigh most, character
 * trigrams of the stems let near-spellings meet; a text without meaning-bearing words falls back to its
 * plain words, and an empty text to a fixed direction.
 */
export function embed(text: string, dimensions: number): number[] {
  const vector = new Float64Array(dimensions);
  let stems = meaningStems(text);
  if (stems.length === 0) stems = words(text);
  const counts = new Map<string, number>();
  for (const s of stems) counts.set(s, (counts.get(s) ?? 0) + 1);
  for (const [s, n] of counts) {
    const weight = 1 + Math.log(n);
    addFeature(vector, `w:${s}`, weight);
    const padded = ` ${s} `;
    for (let i = 0; i + 3 <= padded.length; i++) addFeature(vector, `t:${padded.slice(i, i + 3)}`, 0.25 * weight);
  }
  let norm = 0;
  for (const v of vector) norm += v * v;
  if (norm === 0) {
    vector[stableHash(text) % dimensions] = 1;
    norm = 1;
  }
  const scale = 1 / Math.sqrt(norm);
  return Array.from(vector, (v) => Math.round(v * scale * 1e7) / 1e7);
}

/** Cosine similarity of two vectors of the same length. */
export function cosine(a: ArrayLike<number>, b: ArrayLike<number>): number {
  let dot = 0;
  let na = 0;
  let nb = 0;
  for (let i = 0; i < a.length; i++) {
    dot += a[i]! * b[i]!;
    na += a[i]! * a[i]!;
    nb += b[i]! * b[i]!;
  }
  return na && nb ? dot / Math.sqrt(na * nb) : 0;
}

/** A reply the HTTP layer sends as is: status and JSON body (errors already in the provider's shape). */
export interface WireReply {
  status: number;
  body: unknown;
  /** Input tokens counted, for the call record. */
  tokens?: number;
}

const REAL_SERVICE = {
  openai: "configure OPENAI_API_KEY com uma chave do serviço real",
  gemini: "configure GOOGLE_API_KEY com uma chave do serviço real",
};

function openAIError(status: number, message: string, param: string | null, code: string | null): WireReply {
  return { status, body: { error: { message: `Laboratório: ${message}`, type: "invalid_request_error", param, code } } };
}

function geminiError(status: number, message: string): WireReply {
  const names: Record<number, string> = { 400: "INVALID_ARGUMENT", 404: "NOT_FOUND" };
  return { status, body: { error: { code: status, message: `Laboratório: ${message}`, status: names[status] ?? "UNKNOWN" } } };
}

/** Little-endian float32 bytes in base64: what OpenAI sends for `encoding_format: "base64"` (the openai SDK's default). */
function base64Floats(vector: number[]): string {
  const floats = new Float32Array(vector);
  return Buffer.from(floats.buffer, floats.byteOffset, floats.byteLength).toString("base64");
}

/** `POST /v1/embeddings` (docs/protocols.md §13.1). */
export function openAIEmbeddings(body: unknown): WireReply {
  const b = (body ?? {}) as { model?: unknown; input?: unknown; dimensions?: unknown; encoding_format?: unknown };
  if (typeof b.model !== "string" || !b.model) return openAIError(400, "Informe o parâmetro 'model' (por exemplo text-embedding-3-small).", "model", null);
  const spec = EMBEDDING_MODELS[b.model];
  if (!spec || spec.provider !== "openai")
    return openAIError(
      404,
      `o modelo de embeddings '${b.model}' não existe no laboratório (simulados: text-embedding-3-small, text-embedding-3-large, text-embedding-ada-002); para outro modelo, ${REAL_SERVICE.openai}.`,
      null,
      "model_not_found",
    );
  let inputs: string[];
  if (typeof b.input === "string") inputs = [b.input];
  else if (Array.isArray(b.input) && b.input.length > 0 && b.input.every((i) => typeof i === "string")) inputs = b.input as string[];
  else if (Array.isArray(b.input) && b.input.length > 0 && b.input.every((i) => typeof i === "number" || (Array.isArray(i) && i.every((n) => typeof n === "number")))) {
    // Token arrays: the lab has no real vocabulary, so each token id is treated as a word.
    const lists = typeof b.input[0] === "number" ? [b.input as number[]] : (b.input as number[][]);
    inputs = lists.map((tokens) => tokens.map((t) => `tok${t}`).join(" "));
  } else return openAIError(400, "'input' precisa ser um texto, uma lista de textos ou de tokens, e não pode ser vazio.", "input", null);
  if (inputs.length > OPENAI_MAX_INPUTS) return openAIError(400, `'input' aceita no máximo ${OPENAI_MAX_INPUTS} itens por requisição (recebi ${inputs.length}).`, "input", null);
  if (inputs.some((text) => text === "")) return openAIError(400, "'input' não pode conter textos vazios.", "input", null);
  let dimensions = spec.dimensions;
  if (b.dimensions !== undefined && b.dimensions !== null) {
    if (!spec.flexible) return openAIError(400, `O modelo ${b.model} não aceita o parâmetro 'dimensions'.`, "dimensions", null);
    if (typeof b.dimensions !== "number" || !Number.isInteger(b.dimensions) || b.dimensions < 1 || b.dimensions > spec.dimensions)
      return openAIError(400, `'dimensions' precisa ser um inteiro entre 1 e ${spec.dimensions} para ${b.model}.`, "dimensions", null);
    dimensions = b.dimensions;
  }
  const format = b.encoding_format ?? "float";
  if (format !== "float" && format !== "base64") return openAIError(400, "'encoding_format' precisa ser 'float' ou 'base64'.", "encoding_format", null);
  const counts: number[] = [];
  for (const [index, text] of inputs.entries()) {
    const { tokens: n, partial } = tokensBounded(text, OPENAI_MAX_INPUT_TOKENS);
    if (n > OPENAI_MAX_INPUT_TOKENS)
      return openAIError(
        400,
        `'input[${index}]' inválido: o tamanho máximo de entrada é ${OPENAI_MAX_INPUT_TOKENS} tokens e este tem ${partial ? "mais de " : ""}${n}. Divida o texto em pedaços menores.`,
        `input[${index}]`,
        null,
      );
    counts.push(n);
  }
  const tokens = counts.reduce((a, n) => a + n, 0);
  return {
    status: 200,
    tokens,
    body: {
      object: "list",
      data: inputs.map((text, index) => {
        const vector = embed(text, dimensions);
        return { object: "embedding", index, embedding: format === "base64" ? base64Floats(vector) : vector };
      }),
      model: b.model,
      usage: { prompt_tokens: tokens, total_tokens: tokens },
    },
  };
}

interface GeminiEmbedRequest {
  model?: unknown;
  content?: { parts?: Array<{ text?: unknown }> };
  outputDimensionality?: unknown;
  taskType?: unknown;
  title?: unknown;
}

function geminiSpec(model: string): WireReply | (typeof EMBEDDING_MODELS)[string] {
  const spec = EMBEDDING_MODELS[model];
  if (!spec || spec.provider !== "gemini")
    return geminiError(
      404,
      `models/${model} não existe no laboratório ou não aceita embedContent (simulados: text-embedding-004, gemini-embedding-001, embedding-001); para outro modelo, ${REAL_SERVICE.gemini}.`,
    );
  return spec;
}

function geminiVector(model: string, spec: (typeof EMBEDDING_MODELS)[string], request: GeminiEmbedRequest, where: string): WireReply | { values: number[]; tokens: number } {
  const parts = request?.content?.parts;
  if (!Array.isArray(parts) || parts.length === 0) return geminiError(400, `${where}content.parts precisa ter ao menos um texto.`);
  const text = parts.map((p) => (typeof p?.text === "string" ? p.text : "")).join(" ");
  if (!text.trim()) return geminiError(400, `${where}o texto a transformar em embedding está vazio.`);
  let dimensions = spec.dimensions;
  const wanted = request.outputDimensionality;
  if (wanted !== undefined && wanted !== null) {
    if (!spec.flexible) return geminiError(400, `${where}models/${model} não aceita outputDimensionality.`);
    if (typeof wanted !== "number" || !Number.isInteger(wanted) || wanted < 1 || wanted > spec.dimensions)
      return geminiError(400, `${where}outputDimensionality precisa ser um inteiro entre 1 e ${spec.dimensions} para models/${model}.`);
    dimensions = wanted;
  }
  if (request.title !== undefined && request.title !== null && request.taskType !== "RETRIEVAL_DOCUMENT")
    return geminiError(400, `${where}title só pode ser usado com taskType RETRIEVAL_DOCUMENT.`);
  // Like the real service, only the start of a long text is embedded.
  const kept = truncateWords(text, GEMINI_MAX_INPUT_TOKENS);
  return { values: embed(typeof request.title === "string" ? `${request.title} ${kept}` : kept, dimensions), tokens: countTokens(kept) };
}

/** `POST /v1beta/models/{model}:embedContent` (docs/protocols.md §13.2). */
export function geminiEmbedContent(model: string, body: unknown): WireReply {
  const spec = geminiSpec(model);
  if ("status" in spec) return spec;
  const result = geminiVector(model, spec, (body ?? {}) as GeminiEmbedRequest, "");
  if ("status" in result) return result;
  return { status: 200, tokens: result.tokens, body: { embedding: { values: result.values } } };
}

/** `POST /v1beta/models/{model}:batchEmbedContents` (docs/protocols.md §13.2): every request names the same model. */
export function geminiBatchEmbedContents(model: string, body: unknown): WireReply {
  const spec = geminiSpec(model);
  if ("status" in spec) return spec;
  const requests = (body as { requests?: unknown } | null)?.requests;
  if (!Array.isArray(requests) || requests.length === 0) return geminiError(400, "requests precisa ser uma lista não vazia.");
  if (requests.length > GEMINI_MAX_BATCH) return geminiError(400, `batchEmbedContents aceita no máximo ${GEMINI_MAX_BATCH} pedidos por chamada (recebi ${requests.length}).`);
  const embeddings: Array<{ values: number[] }> = [];
  let tokens = 0;
  for (const [i, request] of (requests as GeminiEmbedRequest[]).entries()) {
    const named = typeof request?.model === "string" ? request.model.replace(/^models\//, "") : undefined;
    if (named !== model) return geminiError(400, `requests[${i}].model precisa ser models/${model}, o mesmo modelo da URL (recebi ${String(request?.model)}).`);
    const result = geminiVector(model, spec, request, `requests[${i}]: `);
    if ("status" in result) return result;
    embeddings.push({ values: result.values });
    tokens += result.tokens;
  }
  return { status: 200, tokens, body: { embeddings } };
}
