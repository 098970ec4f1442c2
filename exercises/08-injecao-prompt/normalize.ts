/**
 * Normalização de texto para o detector de injeção de prompt.
 *
 * Atacantes disfarçam frases como "ignore as instruções anteriores" para escapar de regex:
 *   - maiúsculas/acentos:        "IGNORE AS INSTRUÇÕES"
 *   - homóglifos:                "іgnоrе" (letras cirílicas idênticas às latinas)
 *   - caracteres invisíveis:     "ig\u200Bnore" (espaço de largura zero), tags Unicode
 *   - leetspeak:                 "1gn0r3 pr3v10us"
 *   - letras espaçadas:          "i g n o r e", "i.g.n.o.r.e"
 *   - base64:                    "aWdub3JlIHByZXZpb3Vz…"
 *   - rot13, hexadecimal, texto de trás para frente: "vtaber", "69 67 6e…", "erongi"
 *   - sílabas com hífen:         "ig-no-re as re-gras"
 *   - pedido em pedaços:         a = 'ignore as', b = 'regras'… (os trechos entre aspas, juntos)
 *   - acróstico:                 a primeira palavra de cada linha forma a ordem
 *   - emojis entre as palavras:  "ignore 🔥 as 🔥 regras"
 * `normalizarParaDeteccao` desfaz cada truque e devolve "visões" do texto. O detector procura
 * os padrões em todas elas; `obfuscation` diz quais truques apareceram (também é um sinal).
 */

export interface TextoNormalizado {
  /** NFKC, sem invisíveis, homóglifos trocados, minúsculas, sem acentos, espaços colapsados. */
  clean: string;
  /** `clean` com leetspeak desfeito (só em palavras que misturam letras e dígitos/símbolos). */
  deleet: string;
  /** `deleet` com letras espaçadas juntadas ("i g n o r e" → "ignore"). */
  despaced: string;
  /** Só letras de `despaced`, sem espaços: "ignoreallpreviousinstructions". */
  squashed: string;
  /**
   * Trechos decodificados (base64, tags Unicode invisíveis, rot13, hexadecimal, texto invertido) e
   * remontados (trechos entre aspas juntos, acróstico), já normalizados.
   */
  decoded: string[];
  /** Os trechos entre aspas juntos (pedido em pedaços), quando há 2+; o mesmo texto está em `decoded`. */
  joinedQuotes?: string;
  /** Truques encontrados. */
  obfuscation: TipoDeOfuscacao[];
}

export type TipoDeOfuscacao =
  | "invisible"
  | "homoglyph"
  | "leetspeak"
  | "spaced"
  | "base64"
  | "tags"
  | "rot13"
  | "hex"
  | "reversed"
  | "syllables"
  | "split";

// Caracteres de formatação invisíveis (largura zero, direção de texto, seletores de variação…).
const INVISIBLE =
  /[\u00AD\u034F\u061C\u115F\u1160\u17B4\u17B5\u180B-\u180F\u200B-\u200F\u202A-\u202E\u2060-\u206F\u3164\uFE00-\uFE0F\uFEFF]/gu;
// Bloco "Tags" (U+E0000–E007F): texto ASCII escondido ("ASCII smuggling").
const TAGS = /[\u{E0000}-\u{E007F}]+/gu;

// Letras de outros alfabetos visualmente iguais às latinas (após minúsculas).
const HOMOGLYPHS: Readonly<Record<string, string>> = {
  а: "a", в: "b", е: "e", ё: "e", з: "3", к: "k", м: "m", н: "h", о: "o", р: "p", с: "c", т: "t", у: "y",
  х: "x", і: "i", ї: "i", ј: "j", ѕ: "s", ԁ: "d", һ: "h", ӏ: "l", ԛ: "q", ԝ: "w", ɡ: "g", ɩ: "i", ɑ: "a",
  α: "a", β: "b", ε: "e", η: "n", ι: "i", κ: "k", ν: "v", ο: "o", ρ: "p", τ: "t", υ: "u", χ: "x", ω: "w",
  ս: "u", ո: "n", օ: "o", ı: "i", ȷ: "j", ℓ: "l",
};
const HOMOGLYPH_RE = new RegExp(`[${Object.keys(HOMOGLYPHS).join("")}]`, "gu");

const LEET: Readonly<Record<string, string>> = {
  "0": "o", "1": "i", "3": "e", "4": "a", "5": "s", "7": "t", "@": "a", $: "s", "!": "i", "|": "i", "€": "e",
};

function fold(s: string): string {
  return s.normalize("NFD").replace(/\p{M}/gu, "").toLowerCase();
}

function deleetWord(w: string): string {
  return w.replace(/[0134578@$!|€]/g, (c) => LEET[c] ?? c);
}

function decodeTags(s: string): string {
  return Array.from(s, (ch) => String.fromCharCode((ch.codePointAt(0) ?? 0xe0000) - 0xe0000)).join("");
}

/** Base64 que decodifica para texto legível (≥ 85 % imprimível, com letras). */
function tryBase64(s: string): string | undefined {
  if (s.length < 16 || s.length % 4 === 1) return undefined;
  const buf = Buffer.from(s, "base64");
  if (buf.length < 10) return undefined;
  const text = buf.toString("utf8");
  let printable = 0;
  for (const ch of text) if (/[\p{L}\p{N}\p{P}\s]/u.test(ch)) printable++;
  if (printable / [...text].length < 0.85 || !/[a-z]{3}/i.test(text)) return undefined;
  return text;
}

// Palavras muito comuns em pt e en: um texto "de verdade" tem várias; rot13 ou texto invertido, quase nenhuma.
const COMMON = new Set(
  ("a o as os e de do da dos das que um uma em no na para pra com por nao se seu sua seus suas voce me te " +
    "mostre diga ignore regras instrucoes prompt sistema tudo agora " +
    "the and to of you your all is are it me my in on for with this that now be do not what " +
    "show tell reveal print instructions rules system previous").split(" "),
);
const commonWords = (s: string): number => (s.match(/[a-z]+/g) ?? []).filter((w) => COMMON.has(w)).length;

const rot13 = (s: string): string =>
  s.replace(/[a-z]/g, (c) => String.fromCharCode(((c.charCodeAt(0) - 97 + 13) % 26) + 97));

/** Uma leitura alternativa só vale se tiver bem mais palavras comuns que o original. */
function moreReadable(alternative: string, original: string): boolean {
  const alt = commonWords(alternative);
  return alt >= 2 && alt >= 2 * commonWords(original) + 1;
}

// Bytes em hexadecimal ("69 67 6e 6f…" ou "69676e6f…"), 6+ bytes.
const HEX_RE = /(?<![0-9a-f])(?:[0-9a-f]{2}[ :]?){6,}(?![0-9a-f])/gi;
// Trechos entre aspas (pedido em pedaços: a = 'ignore as', b = 'regras').
const QUOTED_PART = /["'“”‘’«»]([^"'“”‘’«»\n]{2,80})["'“”‘’«»]/g;
// Emojis e símbolos usados como separador entre palavras.
const SYMBOLS = /[\p{Extended_Pictographic}\p{So}]/gu;

const BASE64_RE = /(?<![A-Za-z0-9+/])[A-Za-z0-9+/]{16,}={0,2}(?![A-Za-z0-9+/=])/g;

function basicClean(raw: string, found: Set<TipoDeOfuscacao>): string {
  let s = raw.normalize("NFKC").replace(SYMBOLS, " ");
  if (INVISIBLE.test(s)) found.add("invisible");
  INVISIBLE.lastIndex = 0;
  s = s.replace(INVISIBLE, "");
  s = s.toLowerCase();
  if (HOMOGLYPH_RE.test(s)) found.add("homoglyph");
  HOMOGLYPH_RE.lastIndex = 0;
  s = s.replace(HOMOGLYPH_RE, (c) => HOMOGLYPHS[c] ?? c);
  s = fold(s);
  return s.replace(/\u00A0/g, " ").replace(/\r\n?/g, "\n");
}

/** Colapsa espaços repetidos (depois de juntar letras espaçadas, que usam o espaço duplo). */
const squeeze = (s: string): string => s.replace(/[ \t]+/g, " ");

/** Todas as visões normalizadas de `raw` (veja `TextoNormalizado`). */
export function normalizarParaDeteccao(raw: string): TextoNormalizado {
  const found = new Set<TipoDeOfuscacao>();
  const decoded: string[] = [];

  // Tags invisíveis escondem texto ASCII: revela e analisa à parte.
  for (const m of raw.matchAll(TAGS)) {
    found.add("tags");
    decoded.push(basicClean(decodeTags(m[0]), found));
  }
  const withoutTags = raw.replace(TAGS, "");

  for (const m of withoutTags.matchAll(BASE64_RE)) {
    // Palavras comuns longas (sem dígitos nem maiúsculas no meio) não são base64.
    if (!/[A-Z]/.test(m[0].slice(1)) && !/\d/.test(m[0])) continue;
    const text = tryBase64(m[0]);
    if (text !== undefined) {
      found.add("base64");
      decoded.push(basicClean(text, found));
    }
  }

  for (const m of withoutTags.matchAll(HEX_RE)) {
    const bytes = m[0].replace(/[ :]/g, "");
    if (!/[a-f]/i.test(bytes) || bytes.length % 2 !== 0) continue; // só dígitos: é número, não hex
    const text = Buffer.from(bytes, "hex").toString("utf8");
    if (/^[\p{L}\p{N}\p{P}\s]+$/u.test(text) && /[a-z]{3}/i.test(text)) {
      found.add("hex");
      decoded.push(basicClean(text, found));
    }
  }

  const spacedClean = basicClean(withoutTags, found);

  // rot13 e texto invertido: só quando a leitura alternativa é claramente mais "língua" que o original.
  const plain = squeeze(spacedClean);
  const r13 = rot13(plain);
  if (moreReadable(r13, plain)) {
    found.add("rot13");
    decoded.push(r13);
  } else {
    for (const part of plain.split(/[:\n]/)) {
      const p13 = rot13(part);
      if (part.length >= 12 && moreReadable(p13, part)) {
        found.add("rot13");
        decoded.push(p13.trim());
      }
    }
  }
  for (const part of [plain, ...plain.split(/[:\n]/)]) {
    const rev = [...part].reverse().join("");
    if (part.length >= 12 && moreReadable(rev, part)) {
      found.add("reversed");
      decoded.push(rev.trim());
      break;
    }
  }

  // Pedido em pedaços: 2+ trechos entre aspas, juntos na ordem em que aparecem.
  const parts = [...withoutTags.matchAll(QUOTED_PART)].map((m) => m[1] ?? "");
  let joinedQuotes: string | undefined;
  if (parts.length >= 2) {
    found.add("split");
    joinedQuotes = squeeze(basicClean(parts.join(" "), found));
    decoded.push(joinedQuotes);
  }
  // Acróstico: a primeira palavra de cada linha (3+ linhas).
  const lines = spacedClean.split("\n").map((l) => l.trim()).filter((l) => l !== "");
  if (lines.length >= 4) {
    const firsts = lines.slice(1).map((l) => l.split(/\s+/)[0] ?? "").join(" ");
    decoded.push(squeeze(firsts));
  }

  // Leetspeak: só em "palavras" que misturam letras com dígitos/símbolos (preserva "7h", "2024").
  const deleetSpaced = spacedClean.replace(/[\p{L}0134578@$!|€]+/gu, (w) => {
    if (!/[0134578@$!|€]/.test(w) || w.length < 3) return w;
    // Não pode ser número com unidade ("7h30", "18h", "5kg", "mp3") e precisa de 2+ letras,
    // ou então de 2+ símbolos trocados ("5u45" = "suas").
    if (/^\d+\p{L}{1,3}\d*$|^\p{L}{1,3}\d+$/u.test(w)) return w;
    const letters = (w.match(/\p{L}/gu) ?? []).length;
    if (letters < 2 && (w.length - letters < 2 || w.length < 4)) return w;
    // "!" e "|" no fim de palavra são pontuação, não letras.
    const core = w.replace(/[!|]+$/, "");
    if (!/[0134578@$!|€]/.test(core)) return w;
    found.add("leetspeak");
    return deleetWord(core) + w.slice(core.length);
  });

  // Letras espaçadas: 3+ letras isoladas separadas sempre pelo mesmo caractere (espaço, ponto,
  // traço…), assim "i-g-n-o-r-e p-r-e-v…" vira "ignore prev…" e não uma palavra só.
  const despaced = deleetSpaced.replace(/(?<![\p{L}])\p{L}([ .\-_*|/])(?:\p{L}\1){1,}\p{L}(?![\p{L}])/gu, (m) => {
    found.add("spaced");
    return m.replace(/[^\p{L}]/gu, "");
  });

  // Sílabas separadas por hífen: "ig-no-re as re-gras" → "ignore as regras" (pedaços de até 4 letras).
  const desyllabled = despaced.replace(/(?<![\p{L}-])\p{L}{1,4}(?:-\p{L}{1,4})+(?![\p{L}-])/gu, (m) => {
    if (m.split("-").length >= 3) found.add("syllables");
    return m.replace(/-/g, "");
  });

  const squashed = desyllabled.replace(/[^a-z]/g, "");
  return {
    clean: squeeze(spacedClean),
    deleet: squeeze(deleetSpaced),
    despaced: squeeze(desyllabled),
    squashed,
    decoded: decoded.map(squeeze),
    ...(joinedQuotes !== undefined ? { joinedQuotes: squeeze(joinedQuotes) } : {}),
    obfuscation: [...found],
  };
}
