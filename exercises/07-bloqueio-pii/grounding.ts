/**
 * Verificação de "ancoragem" (grounding): a resposta só afirma o que o contexto recuperado diz?
 *
 * É uma guarda contra alucinação no estilo da `layerup.hallucination` do livro, mas local e
 * determinística. Cada frase da resposta é uma afirmação; ela é considerada SEM suporte quando:
 *   - traz um número (preço, horário, data, quantidade) que não aparece no contexto;
 *   - traz um nome próprio (palavra com maiúscula no meio da frase, sigla) ausente do contexto;
 *   - traz um dia da semana, mês ou feriado ausente do contexto;
 *   - inverte uma negação do contexto ("não abre" × "abre");
 *   - ou a maior parte das suas palavras de conteúdo não está no contexto.
 * A comparação ignora maiúsculas e acentos e entende pt-BR e inglês.
 *
 * Respostas extrativas (copiadas do contexto, com ou sem "De acordo com o contexto, …")
 * passam; "Além disso, a loja abre aos domingos às 7h." acrescentado por um modelo ingênuo
 * é pego (número 7 e "domingos" não estão no contexto).
 *
 * Limites: heurística lexical. Uma paráfrase muito livre pode ser marcada sem suporte, e uma
 * frase que recombina palavras do contexto em um fato novo pode passar. Com um modelo real
 * configurado, dá para somar um modo "LLM-as-judge" (um segundo modelo avalia se o contexto
 * sustenta cada frase): veja `avaliarAncoragemComJuiz` — a fase 2 liga essa parte ao modelo.
 */

export interface OpcoesAncoragem {
  /** Fração mínima de palavras de conteúdo da frase presentes no contexto (padrão 0.6). */
  minCoverage?: number;
}

export type MotivoAncoragem = "number" | "name" | "date" | "negation" | "content";

export interface ProblemaDeAncoragem {
  /** A frase da resposta, como escrita. */
  sentence: string;
  /** Por que ela não tem suporte. */
  reasons: MotivoAncoragem[];
  /** Os termos da frase que faltam no contexto (números, nomes, datas, palavras). */
  missing: string[];
}

export interface ResultadoAncoragem {
  /** true quando toda afirmação da resposta tem suporte no contexto. */
  grounded: boolean;
  /** As frases (afirmações) da resposta sem suporte no contexto. */
  unsupported: string[];
  /** Detalhe de cada frase sem suporte. */
  issues: ProblemaDeAncoragem[];
  /** Fração das frases com conteúdo que têm suporte (1 quando não há afirmações). */
  support: number;
}

/** Um juiz externo (ex.: LLM) que decide se o contexto sustenta a resposta. */
export type JuizDeAncoragem = (input: { answer: string; context: string }) => Promise<{
  grounded: boolean;
  unsupported: string[];
}>;

// ---------------------------------------------------------------------------
// Normalização
// ---------------------------------------------------------------------------

function fold(s: string): string {
  return s.normalize("NFD").replace(/\p{M}/gu, "").toLowerCase();
}

const STOPWORDS = new Set(
  (
    // pt-BR
    "a o as os um uma uns umas de da do das dos em na no nas nos num numa por pela pelo pelas pelos para pra " +
    "com sem sob sobre entre ate apos ante desde contra e ou mas nem que se como quando onde quanto qual quais " +
    "quem cujo porque pois porem tambem ja ainda so apenas muito muita muitos muitas pouco mais menos tao tanto " +
    "ao aos à às isso isto esse essa esses essas este esta estes estas aquele aquela aquilo ele ela eles elas " +
    "eu tu voce voces nos vos me te lhe lhes meu minha meus minhas seu sua seus suas nosso nossa dele dela " +
    "ser e sao foi foram era eram sera seria sendo sido estar esta estao estava estavam ter tem teve tinha " +
    "ha haver havia fica ficam pode podem deve devem vai vao faz fazem todo toda todos todas cada outro outra " +
    "outros outras mesmo mesma sim la aqui ali entao assim alem disso disto ademais inclusive tambem " +
    "acordo segundo conforme base contexto documento documentos texto informacao informacoes fornecido " +
    "fornecida fornecidos fornecidas resposta sei saber encontrei consta dado dados " +
    // en
    "the an of in on at to for from by with without about into over under between and or but nor so yet " +
    "that this these those it its is are was were be been being am do does did has have had having " +
    "he she they we you i me him her them us my your his their our not no yes as if then than too very " +
    "also just only can could will would shall should may might must which who whom whose what when " +
    "where why how all any each every some such other another more most less there here according " +
    "context document documents text provided based information answer know found additionally moreover " +
    "furthermore besides"
  ).split(/\s+/),
);

const DATE_WORDS = new Set(
  (
    "domingo segunda terca quarta quinta sexta sabado feriado feriados " +
    "janeiro fevereiro marco abril maio junho julho agosto setembro outubro novembro dezembro " +
    "sunday monday tuesday wednesday thursday friday saturday weekend holiday holidays " +
    "january february march april may june july august september october november december " +
    "manha tarde noite madrugada morning afternoon evening night midnight meianoite meiodia noon"
  ).split(" "),
);

const NUMBER_WORDS: Readonly<Record<string, string>> = {
  zero: "0", um: "1", uma: "1", dois: "2", duas: "2", tres: "3", quatro: "4", cinco: "5", seis: "6",
  sete: "7", oito: "8", nove: "9", dez: "10", onze: "11", doze: "12", vinte: "20", trinta: "30",
  cem: "100", cento: "100", mil: "1000", one: "1", two: "2", three: "3", four: "4", five: "5", six: "6",
  seven: "7", eight: "8", nine: "9", ten: "10", eleven: "11", twelve: "12", twenty: "20", thirty: "30",
  hundred: "100", thousand: "1000",
};

// "no" fica de fora: em português é "em + o".
const NEGATIONS = new Set(["nao", "nunca", "jamais", "nenhum", "nenhuma", "not", "never", "none", "cannot", "nem", "without", "sem"]);

const RE_NUMBER = /\d+(?:[.,:h]\d+)*/g;
const RE_WORD = /[\p{L}\p{N}]+(?:['’-][\p{L}]+)*/gu;

/** "07:00" → "7", "7h30" → "7:30", "1.234,56" → "1:234:56", "10,00" → "10". */
function canonicalNumber(raw: string): string {
  const groups = raw.split(/[.,:h]/).map((g) => g.replace(/^0+(?=\d)/, ""));
  while (groups.length > 1 && /^0+$/.test(groups[groups.length - 1] ?? "")) groups.pop();
  return groups.join(":");
}

interface NumberMention {
  raw: string;
  canon: string;
}

function numbersOf(foldedText: string): NumberMention[] {
  const out: NumberMention[] = [];
  for (const m of foldedText.matchAll(RE_NUMBER)) out.push({ raw: m[0], canon: canonicalNumber(m[0]) });
  for (const m of foldedText.matchAll(RE_WORD)) {
    const n = NUMBER_WORDS[m[0]];
    // "um/uma/one" são quase sempre artigos, não quantidades.
    if (n !== undefined && m[0] !== "um" && m[0] !== "uma" && m[0] !== "one") out.push({ raw: m[0], canon: n });
  }
  return out;
}

/** Radical simples: tira plural e algumas terminações comuns (pt/en). */
function stem(word: string): string {
  let w = word;
  if (w.length > 4 && w.endsWith("oes")) w = w.slice(0, -3) + "ao";
  else if (w.length > 4 && w.endsWith("aes")) w = w.slice(0, -3) + "ao";
  else if (w.length > 4 && /[rzl]es$/.test(w)) w = w.slice(0, -2);
  else if (w.length > 3 && w.endsWith("s") && !w.endsWith("ss")) w = w.slice(0, -1);
  return w;
}

interface SentenceIndex {
  stems: Set<string>;
  byPrefix: Map<string, string[]>;
  negated: boolean;
}

interface ContextIndex extends SentenceIndex {
  numbers: Set<string>;
  sentences: SentenceIndex[];
}

function indexStems(words: Iterable<string>): { stems: Set<string>; byPrefix: Map<string, string[]> } {
  const stems = new Set<string>();
  const byPrefix = new Map<string, string[]>();
  for (const w of words) {
    const s = stem(w);
    if (stems.has(s)) continue;
    stems.add(s);
    const key = s.slice(0, 4);
    const list = byPrefix.get(key);
    if (list) list.push(s);
    else byPrefix.set(key, [s]);
  }
  return { stems, byPrefix };
}

function indexContext(context: string): ContextIndex {
  const folded = fold(context);
  const words = wordsOf(folded);
  const numbers = new Set(numbersOf(folded).map((n) => n.canon));
  const sentences = splitSentences(context).map((s) => {
    const sw = wordsOf(fold(s));
    return { ...indexStems(sw), negated: sw.some((w) => NEGATIONS.has(w)) };
  });
  return { ...indexStems(words), negated: false, numbers, sentences };
}

/** A palavra (já radical) existe no índice, exatamente ou como variação próxima? */
function hasStem(index: SentenceIndex, s: string): boolean {
  if (index.stems.has(s)) return true;
  if (s.length < 5) return false;
  for (const c of index.byPrefix.get(s.slice(0, 4)) ?? []) {
    let i = 0;
    while (i < s.length && i < c.length && s[i] === c[i]) i++;
    if (i >= 5 && i >= Math.min(s.length, c.length) - 3) return true;
  }
  return false;
}

function wordsOf(foldedText: string): string[] {
  return Array.from(foldedText.matchAll(RE_WORD), (m) => m[0]);
}

/** Divide em frases: ".", "!", "?" seguidos de espaço, ou quebras de linha (CRLF também). */
function splitSentences(text: string): string[] {
  return text
    .split(/(?<=[.!?…])\s+(?=[\p{Lu}\p{N}"'“(¿¡-])|\r?\n+/u)
    .map((s) => s.trim())
    .filter((s) => /[\p{L}\p{N}]/u.test(s));
}

// Abertura "meta" que não é afirmação: "De acordo com o contexto, …".
const META_PREFIX =
  /^(?:(?:de acordo com|segundo|conforme|com base (?:em|n[oa]s?)|according to|based on)\s+(?:[\p{L}]+\s+){0,4}?(?:contexto|documentos?|textos?|informac\p{L}*|fontes?|context|documents?|texts?|information|sources?)(?:\s+\p{L}+){0,2}\s*[,:]\s*)/iu;

const ABSTAIN =
  /\b(nao sei|nao encontrei|nao ha informac|nao consta|nao tenho (essa|esta|a) informac|i don'?t know|i do not know|no information|not (mentioned|stated|provided))\b/;

// ---------------------------------------------------------------------------
// API
// ---------------------------------------------------------------------------

/**
 * Confere cada frase de `answer` contra `context` (texto ou lista de documentos).
 * `grounded` é false quando alguma frase traz algo que o contexto não sustenta.
 */
export function avaliarAncoragem(
  answer: string,
  context: string | readonly string[],
  options: OpcoesAncoragem = {},
): ResultadoAncoragem {
  const minCoverage = options.minCoverage ?? 0.6;
  const ctxText = typeof context === "string" ? context : context.join("\n");
  const index = indexContext(ctxText);

  const issues: ProblemaDeAncoragem[] = [];
  let claims = 0;

  for (const sentence of splitSentences(answer)) {
    const body = sentence.replace(META_PREFIX, "");
    const folded = fold(body);
    if (ABSTAIN.test(folded) && numbersOf(folded).length === 0) continue;

    const reasons = new Set<MotivoAncoragem>();
    const missing: string[] = [];

    // Números (inclui "sete" → 7).
    const numbers = numbersOf(folded);
    for (const n of numbers) {
      if (!index.numbers.has(n.canon)) {
        reasons.add("number");
        missing.push(n.raw);
      }
    }

    // Nomes próprios e siglas: maiúscula fora do início da frase.
    const rawWords = Array.from(body.matchAll(RE_WORD), (m) => m[0]);
    rawWords.forEach((w, i) => {
      if (i === 0 || !/^\p{Lu}/u.test(w)) return;
      const f = fold(w);
      if (STOPWORDS.has(f) || DATE_WORDS.has(stem(f)) || /^\d/.test(f)) return;
      if (!hasStem(index, stem(f))) {
        reasons.add("name");
        missing.push(w);
      }
    });

    // Conteúdo: dias, meses e demais palavras significativas.
    const words = wordsOf(folded).filter((w) => !/^\d/.test(w));
    const content = words.filter((w) => w.length > 2 && !STOPWORDS.has(w) && NUMBER_WORDS[w] === undefined);
    let covered = 0;
    for (const w of content) {
      const s = stem(w);
      const ok = hasStem(index, s);
      if (ok) covered++;
      else if (DATE_WORDS.has(s) || DATE_WORDS.has(w)) {
        reasons.add("date");
        missing.push(w);
      }
    }
    if (content.length === 0 && numbers.length === 0) continue; // nada afirmado
    claims++;
    const coverage = content.length === 0 ? 1 : covered / content.length;
    if (coverage < minCoverage) {
      reasons.add("content");
      for (const w of content) {
        if (!hasStem(index, stem(w)) && !missing.some((m) => fold(m) === w)) missing.push(w);
      }
    }

    // Negação invertida em relação à frase mais parecida do contexto.
    if (reasons.size === 0 && content.length >= 2) {
      const stems = new Set(content.map(stem));
      let best: { overlap: number; negated: boolean } | undefined;
      for (const cs of index.sentences) {
        let overlap = 0;
        for (const s of stems) if (hasStem(cs, s)) overlap++;
        if (!best || overlap > best.overlap) best = { overlap, negated: cs.negated };
      }
      const negated = words.some((w) => NEGATIONS.has(w));
      if (best && best.overlap / stems.size >= 0.6 && best.negated !== negated) {
        reasons.add("negation");
        missing.push(negated ? "não" : "(negação do contexto)");
      }
    }

    if (reasons.size > 0) issues.push({ sentence, reasons: [...reasons], missing });
  }

  return {
    grounded: issues.length === 0,
    unsupported: issues.map((i) => i.sentence),
    issues,
    support: claims === 0 ? 1 : (claims - issues.length) / claims,
  };
}

/**
 * Heurística primeiro; se ela aprovar e houver um juiz (LLM-as-judge), o juiz confirma.
 * A heurística reprovando já basta: não gasta chamada de modelo.
 */
export async function avaliarAncoragemComJuiz(
  answer: string,
  context: string | readonly string[],
  judge?: JuizDeAncoragem,
  options: OpcoesAncoragem = {},
): Promise<ResultadoAncoragem> {
  const local = avaliarAncoragem(answer, context, options);
  if (!local.grounded || !judge) return local;
  const ctxText = typeof context === "string" ? context : context.join("\n");
  const verdict = await judge({ answer, context: ctxText });
  if (verdict.grounded) return local;
  return {
    grounded: false,
    unsupported: verdict.unsupported,
    issues: verdict.unsupported.map((sentence) => ({ sentence, reasons: ["content"], missing: [] })),
    support: local.support,
  };
}
