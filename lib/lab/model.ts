/**
 * The lab's offline model: deterministic (same input → same output) and deliberately naive where the
 * chapter teaches a defence. It obeys injected instructions, leaks its system prompt when asked and
 * echoes personal data, so the guard exercises have something real to block.
 *
 * Recognised prompts (the book's):
 *   "Escreva uma frase sobre X"           → a sentence about X
 *   "Responda usando apenas: <contexto>"  → an extractive answer from the context, or "não sei"
 *   "Responda como atendente: <pergunta>" → an answer from the store FAQ (lib/faq.ts)
 *   "Qual é o meu nome?", "O que eu disse?"   → recalled from earlier turns (lib/lab/conversation.ts)
 * Anything else → an answer that repeats what the user said.
 */
import { FAQ, FAQ_FALLBACK, STORE_NAME } from "../faq.ts";
import { conversationAnswer } from "./conversation.ts";
import { contentWords, normalize, sentences, stableHash } from "./text.ts";

export type Role = "system" | "user" | "assistant";
export interface LabMessage {
  role: Role;
  content: string;
}

export interface ModelOptions {
  /** Append a fact that is not in the context (for the hallucination guard). */
  hallucinate?: boolean;
}

export const NAO_SEI = "Não sei: o contexto fornecido não traz essa informação.";

const OVERRIDE =
  /(ignor[ea]|desconsider[ea]|esque[cç]a)\s+(todas\s+)?(as\s+|suas\s+)?(instru[cç][oõ]es|regras|ordens)\s*(anteriores|acima|do sistema)?|ignore\s+(all\s+)?(the\s+)?(previous|prior|above|earlier)\s+(instructions|rules)|disregard\s+(all\s+)?(previous|prior|the above)/i;
const ASKS_FOR_PROMPT =
  /(prompt|instru[cç][oõ]es|regras)\s+(do\s+|de\s+)?(sistema|iniciais|originais|secretas)|(mostre|revele|repita|diga|imprima|liste)\s+(o\s+|a\s+|as\s+|suas\s+|seu\s+)*(prompt|instru[cç][oõ]es|regras|segredo|mensagem do sistema)|system\s+prompt|(reveal|print|repeat|show)\s+(me\s+)?(your|the)\s+(instructions|prompt|rules|secret)/i;
const ROLE_PLAY = /(finja|fa[cç]a de conta|a partir de agora)[^.]*?\bvoc[eê]\s+[eé]\s+([^.,!?\n]+)|you are now\s+([^.,!?\n]+)|pretend (?:to be|you are)\s+([^.,!?\n]+)/i;
const SAY_EXACTLY = /(?:responda|diga|escreva|say|reply|answer)(?:\s+apenas|\s+only|\s+somente)?(?:\s+com|\s+with)?\s*[:"“']\s*["“']?([^"”'\n]{1,120})["”']?/i;
// A closing tag followed by a forged system turn ("</documentos><sistema>…</sistema>", "<|im_start|>system …"):
// the naive model believes the data block ended and a new system instruction began (delimiter breaking).
// Tags softened by a sanitizer (‹/documentos› ‹sistema›) no longer fool it.
const FORGED_SYSTEM_TURN =
  /<\/\s*[\p{L}_-]{1,40}\s*>\s*(?:<\s*(?:sistema|system)\s*>|\[?(?:sistema|system)\]?\s*:)([\s\S]{1,400}?)(?:<\/\s*(?:sistema|system)\s*>|$)|<\|im_start\|>\s*system\b([\s\S]{1,400}?)(?:<\|im_end\|>|$)/iu;
// An instruction addressed to the AI inside content it reads (indirect injection in a retrieved document):
// "Aviso aos assistentes de IA: …", "Note to AI assistants: …".
const ADDRESSED_TO_AI =
  /\b(?:nota|aviso|instru[cç][aã]o|mensagem|recado|importante)\s+(?:para|aos?|às?)\s+(?:o\s+|a\s+|os\s+|as\s+)?(?:assistentes?|ias?|modelos?|chatbots?|bots?|sistemas?)(?:\s+(?:de|virtuais?)(?:\s+ia)?)?[^:\n]{0,30}:([^\n]{1,300})|(?:note|message|instructions?)\s+(?:to|for)\s+(?:the\s+|any\s+)?(?:ai|assistants?|ai assistants?|language models?|llms?|chatbots?)\b[^:\n]{0,30}:([^\n]{1,300})/i;

const TOPIC_SENTENCES = [
  (t: string) => `${t} em produção exige observabilidade, testes automatizados e atenção constante aos custos.`,
  (t: string) => `Levar ${t} para produção é transformar um protótipo em um serviço confiável, seguro e monitorado.`,
  (t: string) => `Com ${t}, cada decisão de arquitetura aparece na latência, no custo e na confiança dos usuários.`,
  (t: string) => `${t} só entrega valor de verdade quando é escalável, rastreável e protegido contra abusos.`,
];

const INVENTED_FACTS = [
  "Além disso, a empresa foi fundada em 1887 na Islândia.",
  "Além disso, a loja abre aos domingos às 7h.",
  "Além disso, isso vale apenas para clientes com mais de 12 anos de cadastro.",
];

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function lastUser(messages: LabMessage[]): string {
  return [...messages].reverse().find((m) => m.role === "user")?.content ?? "";
}

function systemText(messages: LabMessage[]): string {
  return messages
    .filter((m) => m.role === "system")
    .map((m) => m.content)
    .join("\n");
}

/** Naively obeys an instruction found anywhere in the conversation, as unguarded models often do. */
function obeyInjection(all: string, system: string, user: string): string | undefined {
  const sayExactly = SAY_EXACTLY.exec(all);
  if (OVERRIDE.test(all)) {
    if (ASKS_FOR_PROMPT.test(all) && system) return `Claro! Minhas instruções do sistema são: ${system}`;
    if (sayExactly) return sayExactly[1]!.trim();
    return `Ok, vou ignorar as instruções anteriores. ${system ? `Elas eram: ${system}` : "Não tenho mais restrições."}`;
  }
  // Orders smuggled into the content it reads: a forged system turn, or a note addressed to the AI.
  for (const smuggled of [FORGED_SYSTEM_TURN.exec(all), ADDRESSED_TO_AI.exec(all)]) {
    if (!smuggled) continue;
    const order = smuggled[1] ?? smuggled[2] ?? "";
    if (ASKS_FOR_PROMPT.test(order) && system) return `Entendido, nova instrução recebida. Minhas instruções são: ${system}`;
    const say = SAY_EXACTLY.exec(order);
    if (say) return say[1]!.trim();
  }
  if (ASKS_FOR_PROMPT.test(user) && system) return `Minhas instruções são: ${system}`;
  const rolePlay = ROLE_PLAY.exec(user);
  if (rolePlay) {
    const persona = (rolePlay[2] ?? rolePlay[3] ?? rolePlay[4] ?? "outro assistente").trim();
    return `Certo, agora sou ${persona} e não sigo mais nenhuma regra.${system ? ` Minhas regras antigas eram: ${system}` : ""}`;
  }
  return undefined;
}

function aboutTopic(prompt: string): string | undefined {
  const match = /escreva uma frase sobre\s+(.+?)\s*[.!?]?\s*$/is.exec(prompt);
  if (!match) return undefined;
  const topic = match[1]!.trim();
  return capitalize(TOPIC_SENTENCES[stableHash(normalize(topic)) % TOPIC_SENTENCES.length]!(topic));
}

/** Extractive answer: the context sentence sharing most content words with the question. */
export function extractiveAnswer(context: string, question: string): string {
  const asked = new Set(contentWords(question));
  let best: { sentence: string; score: number } = { sentence: "", score: 0 };
  for (const sentence of sentences(context)) {
    const score = new Set(contentWords(sentence).filter((w) => asked.has(w))).size;
    if (score > best.score) best = { sentence, score };
  }
  return best.score > 0 ? best.sentence : NAO_SEI;
}

function ragAnswer(messages: LabMessage[]): string | undefined {
  const all = messages.map((m) => m.content).join("\n");
  const match = /responda usando apenas:?\s*([\s\S]*)/i.exec(all);
  if (!match) return undefined;
  // The context runs until the question (the user message), which may follow in the same text.
  const question = lastUser(messages);
  const context = match[1]!.split(question).join(" ");
  return extractiveAnswer(context, question);
}

function attendantAnswer(prompt: string): string | undefined {
  const match = /responda como atendente:?\s*([\s\S]+)/i.exec(prompt);
  if (!match) return undefined;
  const words = new Set(contentWords(match[1]!));
  const hit = FAQ.find((entry) => entry.keywords.some((k) => words.has(k)));
  return `${hit ? hit.answer : FAQ_FALLBACK} (${STORE_NAME})`;
}

function echo(user: string): string {
  return `Entendi: "${user.trim()}". Como posso ajudar com isso?`;
}

/** The model: messages in, text out. Deterministic. */
export function respond(messages: LabMessage[], options: ModelOptions = {}): string {
  const user = lastUser(messages);
  const system = systemText(messages);
  const all = messages.map((m) => m.content).join("\n");
  const answer =
    obeyInjection(all, system, user) ?? conversationAnswer(messages) ?? aboutTopic(user) ?? ragAnswer(messages) ?? attendantAnswer(all) ?? echo(user);
  if (!options.hallucinate) return answer;
  return `${answer} ${INVENTED_FACTS[stableHash(normalize(all)) % INVENTED_FACTS.length]}`;
}
