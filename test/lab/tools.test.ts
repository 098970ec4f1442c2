// Tool calling through the real SDKs (ChatOpenAI, ChatGoogleGenerativeAI, openai): forced and automatic
// choice, streamed and not, arguments valid per the tool's zod schema, and the tool-result round trip.
import { AIMessage, HumanMessage, ToolMessage, type AIMessageChunk } from "@langchain/core/messages";
import { tool } from "@langchain/core/tools";
import { ChatGoogleGenerativeAI } from "@langchain/google-genai";
import { ChatOpenAI } from "@langchain/openai";
import OpenAI from "openai";
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { startTestLab } from "../_support/lab.ts";

const lab = await startTestLab();

const openai = () => new ChatOpenAI({ model: "gpt-4o-mini", maxRetries: 0, configuration: { baseURL: `${lab.url}/v1` }, apiKey: "lab" });
const gemini = () => new ChatGoogleGenerativeAI({ model: "gemini-2.5-flash", maxRetries: 0, baseUrl: lab.url, apiKey: "lab" });

const weatherSchema = z.object({
  cidade: z.string().describe("Nome da cidade"),
  unidade: z.enum(["celsius", "fahrenheit"]),
  dias: z.number().int().min(1).max(7),
});
const clima = tool(async ({ cidade }) => `Em ${cidade}: 24 graus e sol.`, { name: "consultar_clima", description: "Consulta a previsão do tempo de uma cidade", schema: weatherSchema });
const somaSchema = z.object({ a: z.number(), b: z.number() });
const somar = tool(async ({ a, b }) => String(a + b), { name: "somar", description: "Soma dois números", schema: somaSchema });
const pedidoSchema = z.object({ numero: z.string(), urgente: z.boolean().optional() });
const pedido = tool(async ({ numero }) => `Pedido ${numero}: entregue`, { name: "buscar_pedido", description: "Busca o status de um pedido pelo número", schema: pedidoSchema });
const tools = [clima, somar, pedido];

async function streamed(model: { stream(input: string): Promise<AsyncIterable<AIMessageChunk>> }, input: string): Promise<AIMessageChunk> {
  let acc: AIMessageChunk | undefined;
  for await (const chunk of await model.stream(input)) acc = acc ? acc.concat(chunk) : chunk;
  return acc!;
}

describe.each([
  ["ChatOpenAI", openai],
  ["ChatGoogleGenerativeAI", gemini],
] as const)("%s: bindTools", (_name, make) => {
  it("tool_choice forcing one tool: a call with arguments valid per the zod schema, from the user's words; deterministic", async () => {
    const model = make().bindTools(tools, { tool_choice: "consultar_clima" });
    const answer = await model.invoke("Vou viajar para Recife amanhã, preciso saber a temperatura em celsius nos próximos 3 dias");
    expect(answer.tool_calls).toHaveLength(1);
    const [call] = answer.tool_calls!;
    expect(call!.name).toBe("consultar_clima");
    const args = weatherSchema.parse(call!.args);
    expect(args).toEqual({ cidade: "Recife", unidade: "celsius", dias: 3 });
    const again = await model.invoke("Vou viajar para Recife amanhã, preciso saber a temperatura em celsius nos próximos 3 dias");
    expect(again.tool_calls![0]!.args).toEqual(call!.args);
  });

  it("tool_choice any/required picks the tool the prompt asks for; streamed the same", async () => {
    const model = make().bindTools(tools, { tool_choice: "any" });
    const answer = await model.invoke("Quanto é 12 somado com 30?");
    expect(answer.tool_calls!.map((c) => c.name)).toEqual(["somar"]);
    expect(somaSchema.parse(answer.tool_calls![0]!.args)).toEqual({ a: 12, b: 30 });
    const chunk = await streamed(model, "Quanto é 12 somado com 30?");
    expect(chunk.tool_calls!.map((c) => [c.name, c.args])).toEqual([["somar", { a: 12, b: 30 }]]);
  });

  it("auto: calls a tool when the request matches one, answers in text when nothing does", async () => {
    const model = make().bindTools(tools);
    const call = await model.invoke("Qual o status do pedido 4821?");
    expect(call.tool_calls!.map((c) => c.name)).toEqual(["buscar_pedido"]);
    expect(pedidoSchema.parse(call.tool_calls![0]!.args).numero).toBe("4821");
    const text = await model.invoke("Escreva uma frase sobre observabilidade");
    expect(text.tool_calls ?? []).toEqual([]);
    expect(text.text.toLowerCase()).toContain("observabilidade");
  });

  it("round trip: the ToolMessage's content shapes the answer", async () => {
    const model = make().bindTools(tools);
    const question = new HumanMessage("Qual o status do pedido 4821?");
    const ai = (await model.invoke([question])) as AIMessage;
    const call = ai.tool_calls![0]!;
    const result = await pedido.invoke(call);
    expect(result).toBeInstanceOf(ToolMessage);
    const final = await model.invoke([question, ai, result]);
    expect(final.tool_calls ?? []).toEqual([]);
    expect(final.text).toContain("Pedido 4821");
    expect(final.text).toContain("entregue");
    // The lab's record shows the tool result reaching the provider (for both wire formats).
    const last = (await lab.calls()).at(-1)!;
    expect(last.messages.map((m) => m.content)).toContain("Pedido 4821: entregue");
  });
});

describe("OpenAI wire details (plain openai SDK)", () => {
  const client = () => new OpenAI({ apiKey: "lab", baseURL: `${lab.url}/v1`, maxRetries: 0 });
  const fnTool = { type: "function" as const, function: { name: "somar", description: "Soma dois números", parameters: { type: "object", properties: { a: { type: "number" }, b: { type: "number" } }, required: ["a", "b"], additionalProperties: false } } };

  it("tool_calls message: content null, finish_reason tool_calls, arguments a JSON string, call_ id", async () => {
    const completion = await client().chat.completions.create({ model: "gpt-4o-mini", messages: [{ role: "user", content: "some 2 e 5" }], tools: [fnTool], tool_choice: "required" });
    const choice = completion.choices[0]!;
    expect(choice.finish_reason).toBe("tool_calls");
    expect(choice.message.content).toBeNull();
    const call = choice.message.tool_calls![0]!;
    expect(call.id).toMatch(/^call_\w+$/);
    expect(call.type).toBe("function");
    expect(JSON.parse((call as { function: { arguments: string } }).function.arguments)).toEqual({ a: 2, b: 5 });
  });

  it("streamed tool call: id and name in the first delta, arguments accreted by index, usage chunk last", async () => {
    const stream = await client().chat.completions.create({ model: "gpt-4o-mini", messages: [{ role: "user", content: "some 2 e 5" }], tools: [fnTool], tool_choice: "required", stream: true, stream_options: { include_usage: true } });
    let args = "";
    let name = "";
    let finish: string | null = null;
    let usage;
    for await (const chunk of stream) {
      for (const delta of chunk.choices[0]?.delta.tool_calls ?? []) {
        expect(delta.index).toBe(0);
        name += delta.function?.name ?? "";
        args += delta.function?.arguments ?? "";
      }
      finish = chunk.choices[0]?.finish_reason ?? finish;
      usage = chunk.usage ?? usage;
    }
    expect(name).toBe("somar");
    expect(JSON.parse(args)).toEqual({ a: 2, b: 5 });
    expect(finish).toBe("tool_calls");
    expect(usage?.completion_tokens).toBeGreaterThan(0);
  });

  it("tool_choice none answers in text; a named tool that is not declared is a 400", async () => {
    const none = await client().chat.completions.create({ model: "gpt-4o-mini", messages: [{ role: "user", content: "some 2 e 5" }], tools: [fnTool], tool_choice: "none" });
    expect(none.choices[0]!.message.tool_calls).toBeUndefined();
    expect(none.choices[0]!.finish_reason).toBe("stop");
    const error = await client()
      .chat.completions.create({ model: "gpt-4o-mini", messages: [{ role: "user", content: "oi" }], tools: [fnTool], tool_choice: { type: "function", function: { name: "dividir" } } })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(OpenAI.BadRequestError);
    expect(String((error as Error).message)).toMatch(/dividir/);
    const orphan = await client().chat.completions.create({ model: "gpt-4o-mini", messages: [{ role: "user", content: "oi" }], tool_choice: "auto" }).catch((e: unknown) => e);
    expect(orphan).toBeInstanceOf(OpenAI.BadRequestError);
    expect((orphan as { param?: string }).param).toBe("tool_choice");
  });

  it("a built-in tool type is not simulated: 400 in OpenAI's shape, pt-BR message pointing at the real service", async () => {
    const error = await client()
      .chat.completions.create({ model: "gpt-4o-mini", messages: [{ role: "user", content: "oi" }], tools: [{ type: "custom", custom: { name: "x" } } as never] })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(OpenAI.BadRequestError);
    expect(String((error as Error).message)).toMatch(/^400 Laboratório: não há simulação de ferramentas do tipo 'custom'.*OPENAI_API_KEY/s);
    const responses = await client().responses.create({ model: "gpt-4o-mini", input: "oi" }).catch((e: unknown) => e);
    expect(responses).toBeInstanceOf(OpenAI.NotFoundError);
    expect(String((responses as Error).message)).toMatch(/POST \/v1\/responses não é simulado.*OPENAI_API_KEY/s);
  });
});

describe("Gemini wire details", () => {
  it("a native tool (googleSearch) is not simulated: the SDK surfaces the lab's pt-BR message", async () => {
    const model = gemini().bindTools([{ googleSearch: {} } as never]);
    const error = await model.invoke("oi").catch((e: unknown) => e);
    expect(String((error as Error).message)).toMatch(/\[400 Bad Request\] Laboratório: não há simulação de ferramentas nativas como 'googleSearch'.*GOOGLE_API_KEY/s);
  });

  it("the lab records the call's text as the function call it made", async () => {
    await gemini().bindTools(tools, { tool_choice: "somar" }).invoke("some 1 e 2");
    const [call] = await lab.calls();
    expect(call!.text).toBe('somar({"a":1,"b":2})');
    expect(call!.usage!.output).toBeGreaterThan(0);
  });
});

describe("endpoints the lab does not simulate", () => {
  it("OpenAI: any other /v1 path is a 404 in OpenAI's shape that the SDK surfaces with the pt-BR message", async () => {
    const client = new OpenAI({ apiKey: "lab", baseURL: `${lab.url}/v1`, maxRetries: 0 });
    const error = await client.images.generate({ model: "gpt-image-1", prompt: "um gato" }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(OpenAI.NotFoundError);
    expect(String((error as Error).message)).toMatch(/POST \/v1\/images\/generations não é simulado.*OPENAI_API_KEY/s);
  });

  it("Gemini: an unknown model method is a 404 in Gemini's shape (no more '[404 Not Found] undefined')", async () => {
    const res = await fetch(`${lab.url}/v1beta/models/gemini-2.5-flash:generateImages`, { method: "POST", headers: { "content-type": "application/json", "x-goog-api-key": "lab" }, body: "{}" });
    expect(res.status).toBe(404);
    const body = (await res.json()) as { error: { code: number; status: string; message: string } };
    expect(body.error).toMatchObject({ code: 404, status: "NOT_FOUND" });
    expect(body.error.message).toMatch(/POST \/v1beta\/models\/gemini-2.5-flash:generateImages não é simulado.*GOOGLE_API_KEY/s);
  });
});

describe("parallel tool calls", () => {
  it("a message that asks for two tools gets two calls (OpenAI and Gemini); parallel_tool_calls: false keeps one", async () => {
    const question = "Qual a previsão do tempo em Recife e o status do pedido 4821?";
    for (const make of [openai, gemini]) {
      const answer = await make().bindTools(tools).invoke(question);
      expect(answer.tool_calls!.map((c) => c.name).sort()).toEqual(["buscar_pedido", "consultar_clima"]);
      const byName = Object.fromEntries(answer.tool_calls!.map((c) => [c.name, c.args]));
      expect(weatherSchema.parse(byName.consultar_clima).cidade).toBe("Recife");
      expect(pedidoSchema.parse(byName.buscar_pedido).numero).toBe("4821");
      expect(new Set(answer.tool_calls!.map((c) => c.id)).size).toBe(2);
    }
    const single = await openai().bindTools(tools, { parallel_tool_calls: false }).invoke(question);
    expect(single.tool_calls).toHaveLength(1);
  });

  it("both results come back and the answer quotes both", async () => {
    const model = openai().bindTools(tools);
    const question = new HumanMessage("Qual a previsão do tempo em Recife e o status do pedido 4821?");
    const ai = (await model.invoke([question])) as AIMessage;
    const results = await Promise.all(ai.tool_calls!.map((call) => (call.name === "buscar_pedido" ? pedido.invoke(call) : clima.invoke(call))));
    const final = await model.invoke([question, ai, ...results]);
    expect(final.text).toContain("Pedido 4821: entregue");
    expect(final.text).toContain("Em Recife: 24 graus e sol.");
  });
});
