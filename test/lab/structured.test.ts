// Structured output through the real SDKs: withStructuredOutput on ChatOpenAI (json_schema, function calling,
// json mode) and ChatGoogleGenerativeAI (responseSchema, function calling) returns a parsed object that matches
// the zod schema, filled from the prompt and the same every time; the wire-level formats behave like the real APIs.
import { ChatGoogleGenerativeAI } from "@langchain/google-genai";
import { ChatOpenAI } from "@langchain/openai";
import OpenAI from "openai";
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { valueForSchema } from "../../lib/lab/structured.ts";
import { startTestLab } from "../_support/lab.ts";

const lab = await startTestLab();

const openai = () => new ChatOpenAI({ model: "gpt-4o-mini", maxRetries: 0, configuration: { baseURL: `${lab.url}/v1` }, apiKey: "lab" });
const gemini = () => new ChatGoogleGenerativeAI({ model: "gemini-2.5-flash", maxRetries: 0, baseUrl: lab.url, apiKey: "lab" });

const Ficha = z.object({
  nome: z.string(),
  idade: z.number().int().min(0).max(130),
  cidade: z.string(),
  sentimento: z.enum(["positivo", "negativo", "neutro"]),
  email: z.string().email().nullable(),
  assuntos: z.array(z.string()).min(1).max(3),
});
const PROMPT = "Extraia os dados: Ana Souza tem 31 anos, mora em Recife, escreveu de ana@exemplo.com.br e adorei o atendimento da loja, entrega rápida!";
const EXPECTED = { nome: "Ana Souza", idade: 31, cidade: "Recife", sentimento: "positivo", email: "ana@exemplo.com.br" };

describe("withStructuredOutput", () => {
  it.each([
    ["ChatOpenAI (default: json_schema, strict)", () => openai().withStructuredOutput(Ficha)],
    ["ChatOpenAI (functionCalling)", () => openai().withStructuredOutput(Ficha, { method: "functionCalling" })],
    ["ChatGoogleGenerativeAI (default: responseSchema)", () => gemini().withStructuredOutput(Ficha)],
    ["ChatGoogleGenerativeAI (functionCalling)", () => gemini().withStructuredOutput(Ficha, { method: "functionCalling" })],
  ])("%s: a parsed object that matches the schema, from the prompt, deterministic", async (_name, make) => {
    const first = await make().invoke(PROMPT);
    expect(Ficha.parse(first)).toMatchObject(EXPECTED);
    expect(first.assuntos.length).toBeGreaterThan(0);
    expect(await make().invoke(PROMPT)).toEqual(first);
  });

  it("ChatOpenAI jsonMode (json_object): JSON with the keys of the example in the prompt", async () => {
    const Saida = z.object({ produto: z.string(), quantidade: z.number() });
    const model = openai().withStructuredOutput(Saida, { method: "jsonMode" });
    const out = await model.invoke('Responda em JSON no formato {"produto": "...", "quantidade": 0}. Pedido: 4 cadernos');
    expect(Saida.parse(out)).toEqual({ produto: expect.any(String), quantidade: 4 });
  });

  it.each([
    ["ChatOpenAI", () => openai().withStructuredOutput(Ficha)],
    ["ChatGoogleGenerativeAI", () => gemini().withStructuredOutput(Ficha)],
  ])("%s streamed: the last chunk is the same parsed object as invoke", async (_name, make) => {
    let last: unknown;
    for await (const chunk of await make().stream(PROMPT)) last = chunk;
    expect(last).toEqual(await make().invoke(PROMPT));
  });

  it("includeRaw keeps the raw message next to the parsed object", async () => {
    const out = await gemini().withStructuredOutput(Ficha, { includeRaw: true }).invoke(PROMPT);
    expect(out.parsed).toMatchObject(EXPECTED);
    expect(JSON.parse(out.raw.text)).toEqual(out.parsed);
  });

  it("negative text → 'negativo'; no sentiment words → 'neutro'", async () => {
    const Sentimento = z.object({ sentimento: z.enum(["positivo", "negativo", "neutro"]) });
    expect(await openai().withStructuredOutput(Sentimento).invoke("O produto chegou quebrado e atrasado, péssimo.")).toEqual({ sentimento: "negativo" });
    expect(await openai().withStructuredOutput(Sentimento).invoke("O pedido saiu do centro de distribuição.")).toEqual({ sentimento: "neutro" });
  });
});

describe("wire formats", () => {
  const client = () => new OpenAI({ apiKey: "lab", baseURL: `${lab.url}/v1`, maxRetries: 0 });

  it("OpenAI json_object without the word JSON in the messages is a 400 (as the real API)", async () => {
    const error = await client()
      .chat.completions.create({ model: "gpt-4o-mini", messages: [{ role: "user", content: "oi" }], response_format: { type: "json_object" } })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(OpenAI.BadRequestError);
    expect(String((error as Error).message)).toMatch(/json/);
  });

  it("OpenAI json_schema, streamed: the chunks concatenate to JSON valid for the schema", async () => {
    const schema = { type: "object", properties: { titulo: { type: "string" }, nota: { type: "integer", minimum: 1, maximum: 5 } }, required: ["titulo", "nota"], additionalProperties: false };
    const stream = await client().chat.completions.create({
      model: "gpt-4o-mini",
      messages: [{ role: "user", content: "Avalie com nota 4 o livro Dom Casmurro" }],
      response_format: { type: "json_schema", json_schema: { name: "avaliacao", schema, strict: true } },
      stream: true,
    });
    let text = "";
    for await (const chunk of stream) text += chunk.choices[0]?.delta.content ?? "";
    const value = JSON.parse(text);
    expect(value.nota).toBe(4);
    expect(typeof value.titulo).toBe("string");
  });

  it("Gemini responseMimeType text/x.enum answers one of the values; responseSchema without a JSON mime type is a 400", async () => {
    const post = (generationConfig: unknown) =>
      fetch(`${lab.url}/v1beta/models/gemini-2.5-flash:generateContent`, {
        method: "POST",
        headers: { "content-type": "application/json", "x-goog-api-key": "lab" },
        body: JSON.stringify({ contents: [{ role: "user", parts: [{ text: "Classifique: o atendimento foi ótimo" }] }], generationConfig }),
      });
    const ok = (await (await post({ responseMimeType: "text/x.enum", responseSchema: { type: "STRING", enum: ["POSITIVO", "NEGATIVO"] } })).json()) as {
      candidates: Array<{ content: { parts: Array<{ text: string }> } }>;
    };
    expect(ok.candidates[0]?.content.parts[0]?.text).toBe("POSITIVO");
    const bad = await post({ responseSchema: { type: "OBJECT", properties: {} } });
    expect(bad.status).toBe(400);
    expect(((await bad.json()) as { error: unknown }).error).toMatchObject({ code: 400, status: "INVALID_ARGUMENT" });
  });
});

describe("valueForSchema (the generator)", () => {
  it("Gemini's OpenAPI subset: upper-case types, nullable, propertyOrdering, nested arrays of objects", () => {
    const schema = {
      type: "OBJECT",
      properties: {
        itens: { type: "ARRAY", items: { type: "OBJECT", properties: { sku: { type: "STRING" }, qtd: { type: "INTEGER" } }, required: ["sku", "qtd"] }, minItems: 2 },
        total: { type: "NUMBER", nullable: true },
        pago: { type: "BOOLEAN" },
      },
      propertyOrdering: ["pago", "itens", "total"],
    };
    const value = valueForSchema(schema, { text: "Comprei 2 cadernos e 3 canetas; está pago" }) as Record<string, unknown>;
    expect(Object.keys(value)).toEqual(["pago", "itens", "total"]);
    expect(value.pago).toBe(true);
    expect(value.itens).toHaveLength(2);
    expect(typeof value.total).toBe("number");
  });

  it("$ref/$defs, anyOf with null, const, formats and bounds", () => {
    const schema = {
      type: "object",
      $defs: { data: { type: "string", format: "date" } },
      properties: { quando: { $ref: "#/$defs/data" }, tipo: { const: "evento" }, id: { type: "string", format: "uuid" }, nota: { anyOf: [{ type: "number", minimum: 0, maximum: 10 }, { type: "null" }] } },
    };
    const value = valueForSchema(schema, { text: "Evento em 05/12/2026 com nota 42" }) as Record<string, unknown>;
    expect(value).toMatchObject({ quando: "2026-12-05", tipo: "evento", nota: 10 });
    expect(value.id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-8[0-9a-f]{3}-[0-9a-f]{12}$/);
  });
});

describe("OpenAI strict schemas", () => {
  it("an optional field (zod .optional()) under strict json_schema is refused as by the real API, with the fix in pt-BR", async () => {
    const Opcional = z.object({ nome: z.string(), apelido: z.string().optional() });
    const error = await openai().withStructuredOutput(Opcional).invoke("Ana").catch((e: unknown) => e);
    expect((error as { status?: number }).status).toBe(400);
    expect(String((error as Error).message)).toMatch(/Esquema inválido para response_format 'extract'.*falta 'apelido'.*\.nullable\(\)/s);
    const ok = await openai().withStructuredOutput(z.object({ nome: z.string(), apelido: z.string().nullable() })).invoke("Ana");
    expect(ok).toMatchObject({ nome: expect.any(String) });
  });

  it("strict function tools are held to the same rule", async () => {
    const client = new OpenAI({ apiKey: "lab", baseURL: `${lab.url}/v1`, maxRetries: 0 });
    const parameters = { type: "object", properties: { a: { type: "number" }, b: { type: "number" } }, required: ["a"], additionalProperties: false };
    const error = await client.chat.completions
      .create({ model: "gpt-4o-mini", messages: [{ role: "user", content: "1 e 2" }], tools: [{ type: "function", function: { name: "somar", parameters, strict: true } }] })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(OpenAI.BadRequestError);
    expect(String((error as Error).message)).toMatch(/função 'somar'.*falta 'b'/);
  });
});

describe("patterns and tuples", () => {
  it("a field with only a pattern (zod .time(), .regex()) gets a value the pattern accepts; tuples fill each slot", () => {
    const Schema = z.object({ hora: z.string().time(), cep: z.string().regex(/^\d{5}-\d{3}$/), sigla: z.string().regex(/^[A-Z]{2}$/), par: z.tuple([z.string(), z.number()]) });
    const value = valueForSchema(z.toJSONSchema(Schema) as Record<string, unknown>, { text: "Entrega no CEP 01310-100 às 14:30" });
    expect(Schema.parse(value)).toMatchObject({ hora: "14:30", cep: "01310-100" });
  });
});
