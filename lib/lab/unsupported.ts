/**
 * Request features the real services accept but the lab does not simulate (docs/protocols.md §14.6). They are
 * refused with the provider's 400 and a pt-BR message saying so and how to use the real service, instead of
 * being silently ignored (an answer without the logprobs or the audio that was asked for would mislead).
 */
import { FeatureError, notSimulatedMessage } from "./tools.ts";
import type { ModelProvider } from "./types.ts";

const isObject = (v: unknown): v is Record<string, unknown> => !!v && typeof v === "object" && !Array.isArray(v);

function openAIFeature(body: Record<string, unknown>): [feature: string, param: string] | undefined {
  if (body.logprobs === true || (body.top_logprobs !== undefined && body.top_logprobs !== null)) return ["logprobs (probabilidades dos tokens)", body.logprobs === true ? "logprobs" : "top_logprobs"];
  if (body.audio !== undefined && body.audio !== null) return ["saída de áudio ('audio')", "audio"];
  if (Array.isArray(body.modalities) && body.modalities.some((m) => m !== "text")) return [`modalidades de saída além de texto (${body.modalities.join(", ")})`, "modalities"];
  if (body.prediction !== undefined && body.prediction !== null) return ["Predicted Outputs ('prediction')", "prediction"];
  if (body.web_search_options !== undefined) return ["busca na web ('web_search_options')", "web_search_options"];
  if (Array.isArray(body.messages))
    for (const [i, m] of body.messages.entries()) {
      if (!isObject(m) || !Array.isArray(m.content)) continue;
      for (const part of m.content) {
        const type = isObject(part) ? part.type : undefined;
        if (type === "image_url") return ["imagens nas mensagens ('image_url')", `messages[${i}].content`];
        if (type === "input_audio") return ["áudio nas mensagens ('input_audio')", `messages[${i}].content`];
        if (type === "file") return ["arquivos nas mensagens ('file')", `messages[${i}].content`];
      }
    }
  return undefined;
}

function geminiFeature(body: Record<string, unknown>): string | undefined {
  if (body.cachedContent !== undefined && body.cachedContent !== null && body.cachedContent !== "") return "cache explícito de contexto ('cachedContent')";
  const config = isObject(body.generationConfig) ? body.generationConfig : {};
  const modalities = Array.isArray(config.responseModalities) ? config.responseModalities.map(String) : [];
  if (modalities.some((m) => m.toUpperCase() !== "TEXT")) return `respostas em ${modalities.join(", ")} ('responseModalities')`;
  if (config.speechConfig !== undefined) return "fala sintetizada ('speechConfig')";
  if (config.responseLogprobs === true || config.logprobs !== undefined) return "logprobs ('responseLogprobs')";
  if (Array.isArray(body.contents))
    for (const content of body.contents) {
      if (!isObject(content) || !Array.isArray(content.parts)) continue;
      for (const part of content.parts) {
        if (!isObject(part)) continue;
        if (part.inlineData !== undefined) {
          const mime = isObject(part.inlineData) ? String(part.inlineData.mimeType ?? "") : "";
          return `${mime.startsWith("audio/") ? "áudio" : mime.startsWith("image/") ? "imagens" : "dados binários"} nas mensagens ('inlineData'${mime ? `, ${mime}` : ""})`;
        }
        if (part.fileData !== undefined) return "arquivos nas mensagens ('fileData')";
      }
    }
  return undefined;
}

/** Throws the lab's "not simulated" FeatureError when the request uses such a feature. */
export function refuseUnsimulated(provider: ModelProvider, body: unknown): void {
  if (!isObject(body)) return;
  if (provider === "openai") {
    const found = openAIFeature(body);
    if (found) throw new FeatureError(notSimulatedMessage("openai", found[0]), found[1], true);
    return;
  }
  const feature = geminiFeature(body);
  if (feature) throw new FeatureError(notSimulatedMessage("gemini", feature), null, true);
}
