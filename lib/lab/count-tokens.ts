/**
 * Gemini `POST /v1beta/models/{m}:countTokens` (docs/protocols.md §14.3) and the prompt text both it and
 * generateContent count, so `totalTokens` always equals the `promptTokenCount` a generateContent call with the
 * same request reports. Not recorded as a model call (the real endpoint is free and generates nothing).
 */
import type http from "node:http";
import { parseJson, readBody, sendJson } from "./http.ts";
import type { LabMessage } from "./model.ts";
import { contextWindow, unknownModelAnswer } from "./models.ts";
import { BadRequest, errorBody, parseGemini } from "./providers.ts";
import type { RouteContext } from "./routes.ts";
import { countTokensAsync } from "./tokens.ts";
import { readGemini, usesFeatures, type FeatureRequest } from "./tools.ts";
import { refuseUnsimulated } from "./unsupported.ts";

/** The text the lab counts as input: the messages, or with tools the turns, their calls and the declarations. */
export function promptText(messages: LabMessage[], features: FeatureRequest): string {
  return usesFeatures(features)
    ? features.turns.map((t) => t.text + (t.calls?.length ? JSON.stringify(t.calls) : "")).join("\n") + (features.tools.length ? JSON.stringify(features.tools) : "")
    : messages.map((m) => m.content).join("\n");
}

export async function handleCountTokens(ctx: RouteContext, model: string, req: http.IncomingMessage, res: http.ServerResponse, key: string | null | undefined) {
  const body = await readBody(req);
  if (!key) return sendJson(res, 400, errorBody("gemini", 400, "Laboratório: nenhuma chave de API no pedido. Passe ao cliente a chave da sua configuração (GOOGLE_API_KEY); com o laboratório, qualquer valor serve."));
  const refusal = ctx.state.keyRefusal("gemini", req);
  if (refusal) return sendJson(res, refusal.status, refusal.body);
  if (contextWindow("gemini", model) === undefined) {
    const { status, body: answer } = unknownModelAnswer("gemini", model);
    return sendJson(res, status, answer);
  }
  let text: string;
  try {
    const json = parseJson(body) as { contents?: unknown; generateContentRequest?: Record<string, unknown> } | null;
    if (json && json.contents !== undefined && json.generateContentRequest !== undefined)
      throw new BadRequest("Laboratório: countTokens aceita `contents` ou `generateContentRequest`, não os dois.");
    const request = (json?.generateContentRequest ?? { contents: json?.contents }) as Record<string, unknown>;
    refuseUnsimulated("gemini", request);
    text = promptText(parseGemini(request, false).messages, readGemini(request));
  } catch (error) {
    const message = error instanceof Error && /^Laboratório/.test(error.message) ? error.message : "Laboratório: pedido inválido.";
    return sendJson(res, 400, errorBody("gemini", 400, message));
  }
  const totalTokens = await countTokensAsync(text);
  sendJson(res, 200, { totalTokens, promptTokensDetails: [{ modality: "TEXT", tokenCount: totalTokens }] });
}
