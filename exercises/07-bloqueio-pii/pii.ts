/**
 * Detecção e mascaramento de dados pessoais (PII) em texto — sem dependências.
 *
 * Tipos cobertos: CPF e CNPJ (com dígitos verificadores), e-mail, telefone brasileiro,
 * cartão de pagamento (Luhn), SSN americano (o exemplo do livro), RG (só com a palavra
 * "RG"/"identidade" antes) e nome (só depois de "meu nome é", "me chamo", "my name is").
 *
 * Ideia central: regex encontra *candidatos*; validação (dígitos verificadores, DDD, Luhn)
 * e contexto (palavras antes do número, como "CPF", "tel", "pedido", "protocolo") decidem.
 * Assim "pedido 123.456.789-00" (dígitos errados) não vira CPF, e "protocolo 12345678909"
 * não é mascarado só por ter 11 dígitos.
 *
 * Uso:
 *   detectarPii("Meu SSN é 123-45-6789.")  // [{ type: "SSN", start: 10, end: 21, value: "123-45-6789" }]
 *   mascararPii("Meu SSN é 123-45-6789.")  // "Meu SSN é [SSN]."
 *
 * Os validadores (dígitos verificadores, Luhn, SSN, DDD) estão em validadores.ts — no Exercício 7
 * é você quem escreve os de CPF, CNPJ e Luhn — e são reexportados aqui.
 */
import { cartaoValido, cnpjValido, cpfValido, dddValido, ssnValido } from "./validadores.ts";
export { cartaoValido, cnpjValido, cpfValido, dddValido, ssnValido, luhnValido } from "./validadores.ts";

export type TipoDePii = "CPF" | "CNPJ" | "EMAIL" | "PHONE" | "CARD" | "SSN" | "RG" | "NAME";

export const TIPOS_DE_PII: readonly TipoDePii[] = ["CPF", "CNPJ", "EMAIL", "PHONE", "CARD", "SSN", "RG", "NAME"];

/** Um trecho de PII encontrado: `text.slice(start, end) === value`. */
export interface EntidadePii {
  type: TipoDePii;
  start: number;
  end: number;
  value: string;
}

export interface OpcoesDetectarPii {
  /** Só estes tipos (padrão: todos). */
  types?: readonly TipoDePii[];
}

export interface OpcoesMascararPii extends OpcoesDetectarPii {
  /** Rótulos usados no lugar do dado (padrão: ROTULOS_DE_PII). */
  labels?: Partial<Record<TipoDePii, string>>;
}

/** Rótulos padrão do mascaramento. */
export const ROTULOS_DE_PII: Readonly<Record<TipoDePii, string>> = {
  CPF: "[CPF]",
  CNPJ: "[CNPJ]",
  EMAIL: "[EMAIL]",
  PHONE: "[TELEFONE]",
  CARD: "[CARTAO]",
  SSN: "[SSN]",
  RG: "[RG]",
  NAME: "[NOME]",
};

const onlyDigits = (s: string): string => s.replace(/\D/g, "");

// ---------------------------------------------------------------------------
// Contexto: palavras logo antes do candidato
// ---------------------------------------------------------------------------

/** Minúsculas e sem acento, para comparar palavras de contexto. */
function fold(s: string): string {
  return s.normalize("NFD").replace(/\p{M}/gu, "").toLowerCase();
}

function before(text: string, start: number, width = 32): string {
  return fold(text.slice(Math.max(0, start - width), start));
}

const CTX_CPF = /\bcpfs?\b|\bc\.p\.f\b|cadastro de pessoa/;
const CTX_CNPJ = /\bcnpjs?\b|\bc\.n\.p\.j\b/;
const CTX_PHONE =
  /\b(tel|telefone|fone|celular|cel|whats|whatsapp|zap|wpp|ligue|ligar|liga|contato|phone|call|mobile|cell|sms|ramal|fixo)\b/;
const CTX_CARD = /\b(cartao|card|credito|debito|credit|debit|visa|master|mastercard|elo|amex|hipercard|pagamento)\b/;
const CTX_SSN = /\b(ssn|social security)\b/;
// Números de documentos que *não* são pessoas: pedido, protocolo, nota fiscal, rastreio…
const CTX_NOT_PII =
  /\b(pedido|protocolo|ordem|order|nota fiscal|notas?|nf|nfe|nf-e|nfs-e|nfse|nfc-e|nfce|danfe|cupom fiscal|fatura|recibo|boleto|rastreio|rastreamento|tracking|invoice|ticket|chamado|codigo|cod|sku|lote|serie|matricula|processo|renavam|chassi|id|ref|referencia|reference|transacao|transaction|conta|agencia|patrimonio|isbn|cep)\b/;

// Fronteiras: o candidato não pode estar colado em letra/dígito nem continuar como número maior.
const LB = String.raw`(?<![\p{L}\p{N}_])(?<!\p{N}[.,\/\-])`;
const RB = String.raw`(?![\p{L}\p{N}_])(?![.,\/\-]\p{N})`;

interface Candidate extends EntidadePii {
  score: number;
}

type Finder = (text: string, out: Candidate[]) => void;

const THRESHOLD = 0.5;

function push(out: Candidate[], type: TipoDePii, start: number, value: string, score: number): void {
  out.push({ type, start, end: start + value.length, value, score });
}

function* matches(re: RegExp, text: string): Generator<RegExpExecArray> {
  re.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) !== null) {
    yield m;
    if (m[0].length === 0) re.lastIndex++;
  }
}

// --- CPF -------------------------------------------------------------------
const RE_CPF = new RegExp(
  // Também com espaços em volta dos separadores: "123 . 456 . 789 - 09", "123.456.789 - 09".
  `${LB}(?:\\d{3} ?\\. ?\\d{3} ?\\. ?\\d{3}(?: ?[-.] ?)?\\d{2}|\\d{3} \\d{3} \\d{3}(?:[- ]| - )\\d{2}|\\d{9} ?- ?\\d{2}|\\d{11})${RB}`,
  "gu",
);

const findCpf: Finder = (text, out) => {
  for (const m of matches(RE_CPF, text)) {
    const value = m[0];
    if (!cpfValido(value)) continue;
    const ctx = before(text, m.index);
    const formatted = /\D/.test(value);
    let score = formatted ? 0.9 : 0.7;
    if (CTX_CPF.test(ctx)) score += 0.3;
    else if (CTX_NOT_PII.test(ctx)) score -= formatted ? 0.2 : 0.5; // formatado e válido: quase certo que é CPF
    push(out, "CPF", m.index, value, score);
  }
};

// --- CNPJ ------------------------------------------------------------------
const RE_CNPJ = new RegExp(
  `${LB}(?:[0-9A-Z]{2}\\.[0-9A-Z]{3}\\.[0-9A-Z]{3}\\/[0-9A-Z]{4}-\\d{2}|\\d{8}\\/\\d{4}-?\\d{2}|\\d{14})${RB}`,
  "gu",
);

const findCnpj: Finder = (text, out) => {
  for (const m of matches(RE_CNPJ, text)) {
    const value = m[0];
    if (!cnpjValido(value)) continue;
    const ctx = before(text, m.index);
    const formatted = /\D/.test(value);
    let score = formatted ? 0.95 : 0.7;
    if (CTX_CNPJ.test(ctx)) score += 0.3;
    else if (CTX_NOT_PII.test(ctx)) score -= formatted ? 0.2 : 0.5;
    push(out, "CNPJ", m.index, value, score);
  }
};

// --- E-mail ----------------------------------------------------------------
const RE_EMAIL =
  /(?<![\p{L}\p{N}._%+'-])[\p{L}\p{N}_%+'-]+(?:\.[\p{L}\p{N}_%+'-]+)*@(?:[\p{L}\p{N}](?:[\p{L}\p{N}-]*[\p{L}\p{N}])?\.)+\p{L}{2,24}(?![\p{L}\p{N}_@-])/gu;

// E-mail escrito por extenso para escapar de filtros: "ana arroba gmail ponto com", "ana[at]gmail.com",
// "ana (at) gmail (dot) com", "ana.lima at gmail dot com".
const AT = String.raw`(?:\s*(?:\[at\]|\(at\)|\{at\}|\[arroba\]|\(arroba\))\s*|\s+(?:arroba|at)\s+)`;
const DOT = String.raw`(?:\.|\s*(?:\[dot\]|\(dot\)|\{dot\}|\[ponto\]|\(ponto\))\s*|\s+(?:ponto|dot)\s+)`;
const RE_EMAIL_SPELLED = new RegExp(
  String.raw`(?<![\p{L}\p{N}._%+'-])(?<local>[\p{L}\p{N}_%+'-]+(?:\.[\p{L}\p{N}_%+'-]+)*)(?<at>${AT})` +
    String.raw`(?:[\p{L}\p{N}](?:[\p{L}\p{N}-]*[\p{L}\p{N}])?${DOT})+(?<tld>[\p{L}]{2,24})(?![\p{L}\p{N}_@-])`,
  "giu",
);
const COMMON_TLD = /^(?:com|net|org|br|io|me|edu|gov|co|info|dev|app|biz|us|uk|pt|es|de|fr|it|ar|mx|cl|tur|adv|eng)$/i;

const findEmail: Finder = (text, out) => {
  for (const m of matches(RE_EMAIL, text)) push(out, "EMAIL", m.index, m[0], 1);
  for (const m of matches(RE_EMAIL_SPELLED, text)) {
    const g = m.groups ?? {};
    // " at " em inglês é palavra comum ("look at google dot com"): exige um usuário com cara de e-mail.
    const weakAt = /^\s+at\s+$/i.test(g.at ?? "") && !/[._\d]/.test(g.local ?? "") && !/e-?mail/.test(before(text, m.index));
    if (!COMMON_TLD.test(g.tld ?? "") || weakAt) {
      RE_EMAIL_SPELLED.lastIndex = m.index + 1; // "me at k.lee[at]mail[dot]com": tenta de novo logo depois
      continue;
    }
    push(out, "EMAIL", m.index, m[0], 0.9);
  }
};

// --- Telefone --------------------------------------------------------------
// [+55] [(0DD) | 0 DD | 0xxDD | DD] 9XXXX-XXXX ou [2-5]XXX-XXXX, com espaço/ponto/traço opcionais.
const RE_PHONE = new RegExp(
  String.raw`(?<![\p{L}\p{N}_+])(?<!\p{N}[.,\/\-])` +
    String.raw`(?<country>(?:\+\s?|00\s?)?55[\s.-]?)?` +
    // DDD com prefixo de operadora/tronco: "(011)", "0 11", "0xx11", "(0xx11)".
    String.raw`(?:(?<ddd>\(\s?(?:0\s?(?:[xX]{2}\s?)?)?\d{2}\s?\)|(?:0\s?(?:[xX]{2}\s?)?)?\d{2})[\s.-]?)?` +
    String.raw`(?<sub>9[\s.]?\d{4}|[2-5]\d{3})[\s.-]?(?<tail>\d{4})` +
    RB,
  "gu",
);

const findPhone: Finder = (text, out) => {
  for (const m of matches(RE_PHONE, text)) {
    const g = m.groups ?? {};
    let value = m[0];
    let start = m.index;
    // O regex pode engolir um espaço inicial quando não há DDD.
    const lead = value.length - value.trimStart().length;
    start += lead;
    value = value.trim();
    const ddd = g.ddd ? onlyDigits(g.ddd).slice(-2) : "";
    const sub = onlyDigits(g.sub ?? "");
    const mobile = sub.length === 5;
    if (g.ddd && !dddValido(ddd)) continue;
    if (g.country && !g.ddd) continue;
    const ctx = before(text, start);
    const hasSeparator = /[\s.()-]/.test(value);
    let score: number;
    if (g.country && /\+/.test(g.country)) score = 0.95;
    else if (g.ddd && /\(/.test(g.ddd)) score = 0.9;
    else if (g.ddd && hasSeparator) score = mobile ? 0.85 : 0.6;
    else if (g.ddd) score = mobile ? 0.6 : 0.35; // só dígitos: pode ser CPF, pedido, timestamp…
    else score = mobile && /-/.test(value) ? 0.6 : 0.3; // sem DDD
    if (g.country && !/\+/.test(g.country)) score = Math.min(score, 0.7);
    if (CTX_PHONE.test(ctx)) score += 0.35;
    else if (CTX_NOT_PII.test(ctx)) score -= 0.5;
    push(out, "PHONE", start, value, score);
  }
};

// --- Cartão ----------------------------------------------------------------
// Agrupamentos de bandeiras: 4-4-4-4(-3) (com espaço, traço ou ponto), 4-6-5 (Amex), 4-6-4 (Diners) ou contínuo.
const RE_CARD = new RegExp(
  `${LB}(?:\\d{4}([ .-])\\d{4}\\1\\d{4}\\1\\d{1,4}(?:\\1\\d{3})?|\\d{4}([ -])\\d{6}\\2\\d{4,5}|\\d{13,19})${RB}`,
  "gu",
);

const findCard: Finder = (text, out) => {
  for (const m of matches(RE_CARD, text)) {
    const value = m[0];
    if (!cartaoValido(value)) continue;
    const ctx = before(text, m.index, 40);
    let score = /\D/.test(value) ? 0.85 : 0.65;
    if (CTX_CARD.test(ctx)) score += 0.3;
    else if (CTX_NOT_PII.test(ctx)) score -= 0.5;
    push(out, "CARD", m.index, value, score);
  }
};

// --- SSN -------------------------------------------------------------------
const RE_SSN = new RegExp(`${LB}(?:\\d{3}-\\d{2}-\\d{4}|\\d{3} \\d{2} \\d{4}|\\d{9})${RB}`, "gu");

const findSsn: Finder = (text, out) => {
  for (const m of matches(RE_SSN, text)) {
    const value = m[0];
    if (!ssnValido(value)) continue;
    const ctx = before(text, m.index);
    const hasCtx = CTX_SSN.test(ctx);
    // Sem traços, 9 dígitos só contam com a palavra "SSN" antes.
    let score = value.includes("-") ? 0.8 : hasCtx ? 0.6 : 0;
    if (hasCtx) score += 0.3;
    else if (CTX_NOT_PII.test(ctx)) score -= 0.5;
    push(out, "SSN", m.index, value, score);
  }
};

// --- RG (conservador: exige a palavra antes) ---------------------------------
const RE_RG =
  /(?<![\p{L}\p{N}])(?:rg|r\.g\.|registro geral|(?:carteira|cedula|cédula) de identidade|identidade)(?![\p{L}\p{N}])[^\d\n]{0,24}?(\d{1,2}\.\d{3}\.\d{3}-?[\dxX]|\d{7,9}-?[xX]|\d{7,9}-\d|\d{5,10})(?![\p{L}\p{N}_])(?![.,\/\-]\p{N})/giu;

const findRg: Finder = (text, out) => {
  for (const m of matches(RE_RG, text)) {
    const value = m[1] ?? "";
    const start = m.index + m[0].length - value.length;
    push(out, "RG", start, value, 0.8);
  }
};

// --- Nome (só em autoapresentação) -----------------------------------------
const NAME_WORD = String.raw`\p{Lu}[\p{Ll}'’]+(?:-\p{Lu}?[\p{Ll}]+)?`;
const RE_NAME = new RegExp(
  String.raw`(?:\b[Mm]eu nome (?:é|e|eh)|\b[Mm]e chamo|\b[Mm]y name is|\b(?:[Nn]ome|NOME|[Nn]ame)(?: completo)?\s*:|\b[Mm]eus dados\s*:)\s+` +
    `(${NAME_WORD}(?:[ \\t]+(?:(?:da|de|do|das|dos|e|van|von)[ \\t]+)?${NAME_WORD}){0,5})`,
  "gu",
);

const findName: Finder = (text, out) => {
  for (const m of matches(RE_NAME, text)) {
    const value = m[1] ?? "";
    const start = m.index + m[0].length - value.length;
    push(out, "NAME", start, value, 0.8);
  }
};

const FINDERS: Readonly<Record<TipoDePii, Finder>> = {
  CPF: findCpf,
  CNPJ: findCnpj,
  EMAIL: findEmail,
  PHONE: findPhone,
  CARD: findCard,
  SSN: findSsn,
  RG: findRg,
  NAME: findName,
};

// ---------------------------------------------------------------------------
// API
// ---------------------------------------------------------------------------

/**
 * Encontra PII no texto. Quando dois candidatos se sobrepõem (ex.: 11 dígitos que são
 * CPF válido *e* celular), vence o de maior pontuação de formato + contexto.
 * Retorna as entidades em ordem de posição, sem sobreposição.
 */
export function detectarPii(text: string, options: OpcoesDetectarPii = {}): EntidadePii[] {
  const types = options.types ?? TIPOS_DE_PII;
  const candidates: Candidate[] = [];
  for (const type of types) FINDERS[type](text, candidates);
  candidates.sort((a, b) => b.score - a.score || b.end - b.start - (a.end - a.start) || a.start - b.start);
  const chosen: Candidate[] = [];
  for (const c of candidates) {
    if (c.score < THRESHOLD) continue;
    if (chosen.some((k) => c.start < k.end && k.start < c.end)) continue;
    chosen.push(c);
  }
  chosen.sort((a, b) => a.start - b.start);
  return chosen.map(({ type, start, end, value }) => ({ type, start, end, value }));
}

/** Há algum dado pessoal no texto? */
export function contemPii(text: string, options: OpcoesDetectarPii = {}): boolean {
  return detectarPii(text, options).length > 0;
}

/** Troca cada PII pelo seu rótulo: "Meu SSN é 123-45-6789." → "Meu SSN é [SSN]." */
export function mascararPii(text: string, options: OpcoesMascararPii = {}): string {
  const labels = { ...ROTULOS_DE_PII, ...options.labels };
  let out = "";
  let cursor = 0;
  for (const e of detectarPii(text, options)) {
    out += text.slice(cursor, e.start) + labels[e.type];
    cursor = e.end;
  }
  return out + text.slice(cursor);
}
