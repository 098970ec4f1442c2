/**
 * Meaning-bearing words of a pt-BR or English text: accent-folded, lower-cased, stop-words dropped and
 * reduced by a light stemmer, so "cancelamento", "cancelar" and "cancelei" (or "refunds" and "refund")
 * meet. Used by the lab's embeddings (lib/lab/embeddings.ts) and tool choice (lib/lab/tools.ts).
 */
import { normalize } from "./text.ts";

const STOP = new Set(
  (
    // pt-BR
    "a o as os um uma uns umas de da do das dos em na no nas nos num numa por pela pelo pelas pelos para pra com sem " +
    "que qual quais quem onde quando como porque porque quanto quanta quantos quantas e ou mas nem se ja nao sim " +
    "sua seu suas seus meu minha meus minhas teu tua nosso nossa eu tu voce voces ele ela eles elas nos vos lhe lhes " +
    "me te isso isto esse essa este esta esses essas estes estas aquele aquela aquilo ao aos a as ate apos entre sobre " +
    "ser sao era foi sera seria estar estou esta estao estava ter tem tenho tinha ha houve vai vou pode posso " +
    "muito muita muitos muitas mais menos tambem so apenas ainda entao depois antes agora aqui ali la " +
    "favor por favor oi ola obrigado obrigada qualquer algum alguma todo toda todos todas outro outra " +
    // English
    "the an of to in on at for with from by about into over after before is are was were be been being am " +
    "what which who whom whose where when why how do does did done doing and or but not no yes if then than " +
    "you your yours i me my mine we us our it its he him his she her they them their this that these those " +
    "can could should would will shall may might must have has had having there here please hi hello thanks " +
    "very more most less some any all each other such only also just so too"
  ).split(" "),
);

/** A light pt-BR/English stemmer: strips common plural, gender, adverb and verb endings. */
export function stem(word: string): string {
  let w = word;
  if (w.length <= 3) return w;
  const rules: Array<[RegExp, string]> = [
    [/coes$/, "cao"],
    [/oes$/, "ao"],
    [/aes$/, "ao"],
    [/ais$/, "al"],
    [/eis$/, "el"],
    [/ns$/, "m"],
    [/ies$/, "y"],
    [/(ss)$/, "$1"],
    [/([^s])s$/, "$1"],
  ];
  for (const [pattern, replacement] of rules) {
    if (pattern.test(w)) {
      w = w.replace(pattern, replacement);
      break;
    }
  }
  const suffixes = [
    "amentos", "imentos", "amento", "imento", "mente", "acao", "icao", "cao", "ando", "endo", "indo",
    "ariam", "eriam", "iriam", "aram", "eram", "iram", "avam", "ados", "idos", "adas", "idas",
    "ado", "ido", "ada", "ida", "ar", "er", "ir", "ei", "ou", "iu", "eu", "ing", "ed", "ly", "ness", "ment",
  ];
  for (const suffix of suffixes) {
    if (w.endsWith(suffix) && w.length - suffix.length >= 3) {
      w = w.slice(0, -suffix.length);
      break;
    }
  }
  if (w.length >= 4 && /[aeo]$/.test(w)) w = w.slice(0, -1);
  return w;
}

/** Words of a text, folded and lower-cased, in order (numbers kept). */
export function words(text: string): string[] {
  return normalize(text).match(/[\p{L}\p{N}]+/gu) ?? [];
}

/** Stems of the meaning-bearing words of a text, in order (stop-words and 1-letter words dropped). */
export function meaningStems(text: string): string[] {
  return words(text)
    .filter((w) => w.length > 1 && !STOP.has(w))
    .map(stem);
}

/** Splits identifiers such as `get_weather`, `getWeather` or `buscar-pedido` into words. */
export function identifierWords(name: string): string {
  return name.replace(/([a-z])([A-Z])/g, "$1 $2").replace(/[_\-.]+/g, " ");
}
