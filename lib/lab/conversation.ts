/**
 * Multi-turn memory for the lab's offline model (docs/protocols.md §14.1): answers that depend on earlier turns.
 * Only questions about the history trigger it ("Qual é o meu nome?", "What did I just say?"), so single-turn
 * prompts keep their answers byte for byte. Deterministic; pt-BR and English.
 */
import type { LabMessage } from "./model.ts";

const NAME = "([\\p{Lu}][\\p{L}'-]*(?:\\s+(?:d[aeo]s?\\s+)?[\\p{Lu}][\\p{L}'-]*){0,2})";
/** "Meu nome é Joana", "me chamo Ana Lima", "pode me chamar de Bia", "my name is John", "call me Ann". */
const INTRODUCTION = new RegExp(`(?:^|[^\\p{L}])(?:[Mm]eu nome é|[Mm]eu nome e|[Mm]e chamo|[Pp]ode me chamar de|[Mm]y name is|[Mm]y name's|[Cc]all me)\\s+${NAME}`, "gu");

const ASKS_NAME_PT = /qual\s+(?:é|e)\s+(?:o\s+)?meu\s+nome|como\s+(?:é\s+que\s+)?eu\s+me\s+chamo|(?:sabe|lembra)\s+(?:d?o\s+)?meu\s+nome|quem\s+sou\s+eu\b/i;
const ASKS_NAME_EN = /what(?:'s|\s+is)\s+my\s+name|(?:know|remember)\s+my\s+name|\bwho\s+am\s+i\b/i;
const ASKS_PREVIOUS_PT = /o\s+que\s+eu\s+(?:te\s+|lhe\s+)?(?:disse|falei|perguntei|escrevi)/i;
const ASKS_PREVIOUS_EN = /what\s+did\s+i\s+(?:just\s+)?(?:say|ask|write|tell you)/i;

/** The name the user gave most recently in these messages, if any. */
export function userName(messages: LabMessage[]): string | undefined {
  let name: string | undefined;
  for (const m of messages) {
    if (m.role !== "user") continue;
    for (const match of m.content.matchAll(INTRODUCTION)) name = match[1]!.trim();
  }
  return name;
}

/**
 * The answer to a question about the conversation itself, or undefined when the last user message asks none.
 * The name comes from earlier user turns only (what the assistant said does not count).
 */
export function conversationAnswer(messages: LabMessage[]): string | undefined {
  let last = -1;
  for (let i = messages.length - 1; i >= 0; i--) if (messages[i]!.role === "user") { last = i; break; }
  if (last < 0) return undefined;
  const question = messages[last]!.content;
  const earlier = messages.slice(0, last);
  const english = ASKS_NAME_EN.test(question) || ASKS_PREVIOUS_EN.test(question);
  if (ASKS_NAME_PT.test(question) || ASKS_NAME_EN.test(question)) {
    const name = userName(earlier);
    if (english) return name ? `Your name is ${name}.` : "You haven't told me your name yet.";
    return name ? `Seu nome é ${name}.` : "Você ainda não me disse seu nome.";
  }
  if (ASKS_PREVIOUS_PT.test(question) || ASKS_PREVIOUS_EN.test(question)) {
    const previous = [...earlier].reverse().find((m) => m.role === "user")?.content.trim();
    if (english) return previous ? `You said: "${previous}".` : "This is the first thing you have said in this conversation.";
    return previous ? `Você disse: "${previous}".` : "Esta é a primeira coisa que você diz nesta conversa.";
  }
  return undefined;
}
