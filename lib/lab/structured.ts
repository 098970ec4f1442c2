// size: the deterministic JSON Schema filler (one Filler class, most of the file) and the two providers' response-format readers it serves.
/**
 * Structured output for the lab's model: a value that validates against a JSON Schema (or Gemini's
 * OpenAPI-subset Schema, upper-case types included), filled deterministically from the user's text —
 * proper nouns for names and places, numbers in order for numeric fields, enum values named in the text
 * (or picked by a tiny sentiment lexicon), `campo: valor` pairs when the text spells them out.
 * Request fields read here: docs/protocols.md §12.
 */
import { normalize, stableHash } from "./text.ts";
import { meaningStems } from "./words.ts";

export type JsonSchema = Record<string, unknown>;

/** What the generator fills values from: the last user message and, for answers, a fallback text. */
export interface FillContext {
  text: string;
  /** Free text for fields such as `resposta`/`answer`/`summary` (defaults to the user text). */
  answer?: string;
}

const NAME_FIELD = /^(nome|name|pessoa|person|cliente|customer|autor|author|usuario|user|username|contato|contact|first_?name|full_?name|nome_?completo)$/;
const PLACE_FIELD = /(cidade|city|local|location|lugar|place|pais|country|estado|state|endereco|address|destino|destination|origem|origin|regiao|region)/;
const QUERY_FIELD = /^(query|q|consulta|pergunta|question|texto|text|input|prompt|search|busca|termo|term|topic|tema|assunto|mensagem|message|keywords?|palavras?)$/;
const ANSWER_FIELD = /(resposta|answer|resumo|summary|explicacao|explanation|justificativa|reason|reasoning|motivo|conteudo|content|descricao|description|comentario|comment|titulo|title)/;
const ID_FIELD = /(^|_)(numero|number|num|nr|id|codigo|code|cpf|cnpj|telefone|phone|cep|zip|sku|protocolo|ticket|pedido|order)(_|$)/;
const NUMBER_WORDS = /-?\d+(?:[.,]\d+)?/g;

const POSITIVE = /\b(bom|boa|otim[oa]|excelente|adorei|amei|gostei|perfeit[oa]|maravilhos[oa]|recomendo|rapid[oa]|satisfeit[oa]|great|good|love|loved|excellent|amazing|happy|perfect|awesome)\b/;
const NEGATIVE = /\b(ruim|pessim[oa]|horrivel|odiei|detestei|lent[oa]|atrasad[oa]|quebrad[oa]|defeito|reclamacao|insatisfeit[oa]|nunca|bad|terrible|awful|hate|hated|broken|late|slow|worst|angry)\b/;

function typesOf(schema: JsonSchema): string[] {
  const t = schema.type;
  const list = Array.isArray(t) ? t : typeof t === "string" ? [t] : [];
  return list.map((x) => String(x).toLowerCase());
}

/** Proper nouns of the text (capitalised words that are not the first word of a sentence unless followed by another). */
function properNouns(text: string): string[] {
  const found: string[] = [];
  const re = /(^|[.!?:]\s+|\s)(\p{Lu}[\p{L}'-]+(?:\s+(?:d[aeo]s?\s+)?\p{Lu}[\p{L}'-]+)*)/gu;
  for (const m of text.matchAll(re)) {
    const word = m[2]!;
    const sentenceStart = m.index === 0 || /[.!?:]\s+$/.test(m[1]!);
    if (sentenceStart && meaningStems(word).length === 0) continue;
    if (sentenceStart && !word.includes(" ") && /^(Qual|Quais|Quem|Onde|Quando|Como|Por|Extraia|Classifique|Responda|Diga|Liste|Me|Eu|Ol[aá]|Oi|What|Who|Where|When|How|Please|Extract|Classify|Tell|List|Give|Find|Get|Is|Are|Can|Do|Does)$/i.test(word)) continue;
    if (!found.includes(word)) found.push(word);
  }
  return found;
}

function placeNoun(text: string): string | undefined {
  const m = /\b(?:em|no|na|de|do|da|para|pra|in|at|to|from)\s+(\p{Lu}[\p{L}'-]+(?:\s+(?:d[aeo]s?\s+)?\p{Lu}[\p{L}'-]+)*)/u.exec(text);
  return m?.[1];
}

/** `campo: valor`, `campo = valor` or `campo é valor` in the text, for a field name. */
function spelledOut(text: string, field: string): string | undefined {
  if (!field || /\[\d+\]$/.test(field)) return undefined;
  const name = escapeRegExp(field).replace(/[_-]+/g, "[ _-]?");
  const m = new RegExp(`\\b${name}\\s*(?::|=|\\s[ée]\\s|\\sis\\s)\\s*["“']?([^,;\\n"”']{1,80})`, "iu").exec(text);
  if (m) return m[1]!.trim().replace(/[.!?]+$/, "");
  const folded = normalize(text);
  const m2 = new RegExp(`\\b${normalize(name)}\\s*(?::|=)\\s*["']?([^,;\\n"']{1,80})`, "i").exec(folded);
  if (!m2) return undefined;
  // Recover the original spelling (same length after folding combining marks away is not guaranteed: search it).
  const value = m2[1]!.trim();
  const at = folded.indexOf(value);
  return at >= 0 && normalize(text.slice(at, at + value.length)) === value ? text.slice(at, at + value.length) : value;
}

function firstSentence(text: string, max = 160): string {
  const s = text.trim().split(/(?<=[.!?])\s+/)[0] ?? text;
  return s.length > max ? `${s.slice(0, max - 1).trimEnd()}…` : s;
}

class Filler {
  private numbers: number[];
  private nextNumber = 0;
  private nouns: string[];
  private usedNouns = new Set<string>();
  constructor(
    private readonly root: JsonSchema,
    private readonly ctx: FillContext,
  ) {
    // Dates, times, e-mails and URLs are not quantities.
    const plain = ctx.text.replace(/\d{1,4}[-/]\d{1,2}[-/]\d{1,4}(?:T[\d:.]+Z?)?|\b\d{1,2}:\d{2}(?::\d{2})?\b|[\w.+-]+@[\w.-]+|https?:\/\/\S+/g, " ");
    this.numbers = (plain.match(NUMBER_WORDS) ?? []).map((n) => Number(n.replace(",", ".")));
    this.nouns = properNouns(ctx.text);
  }

  private resolve(schema: JsonSchema): JsonSchema {
    let s = schema;
    for (let depth = 0; depth < 20 && typeof s.$ref === "string"; depth++) {
      const path = (s.$ref as string).replace(/^#\/?/, "").split("/").filter(Boolean);
      let target: unknown = this.root;
      for (const key of path) target = (target as Record<string, unknown> | undefined)?.[decodeURIComponent(key.replace(/~1/g, "/").replace(/~0/g, "~"))];
      if (!target || typeof target !== "object") break;
      const { $ref: _ref, ...rest } = s;
      s = { ...(target as JsonSchema), ...rest };
    }
    if (Array.isArray(s.allOf)) {
      const merged: JsonSchema = { ...s };
      delete merged.allOf;
      for (const part of s.allOf as JsonSchema[]) {
        const r = this.resolve(part);
        merged.properties = { ...((merged.properties as object) ?? {}), ...((r.properties as object) ?? {}) };
        merged.required = [...((merged.required as string[]) ?? []), ...((r.required as string[]) ?? [])];
        for (const [k, v] of Object.entries(r)) if (!(k in merged)) merged[k] = v;
      }
      s = merged;
    }
    return s;
  }

  value(schema: JsonSchema, field: string, depth = 0): unknown {
    const s = this.resolve(schema ?? {});
    if ("const" in s) return s.const;
    const choices = (s.anyOf ?? s.oneOf) as JsonSchema[] | undefined;
    if (Array.isArray(choices) && choices.length) {
      // Deep in a (possibly recursive) schema, a nullable branch ends the nesting.
      const nullable = choices.find((c) => typesOf(this.resolve(c)).includes("null"));
      if (nullable && depth >= 3) return null;
      const nonNull = choices.find((c) => !typesOf(this.resolve(c)).includes("null")) ?? choices[0]!;
      return this.value(nonNull, field, depth + 1);
    }
    if (Array.isArray(s.enum) && s.enum.length) return this.pickEnum(s.enum, field);
    const types = typesOf(s).filter((t) => t !== "null");
    const type = types[0] ?? (s.properties ? "object" : s.items ? "array" : "string");
    switch (type) {
      case "object":
        return depth > 8 ? {} : this.object(s, depth);
      case "array":
        return depth > 8 ? [] : this.array(s, field, depth);
      case "integer":
      case "number":
        return this.number(s, field, type === "integer");
      case "boolean":
        return this.boolean(field);
      default:
        return this.string(s, field);
    }
  }

  private object(s: JsonSchema, depth: number): Record<string, unknown> {
    const properties = (s.properties ?? {}) as Record<string, JsonSchema>;
    const order = Array.isArray(s.propertyOrdering) ? (s.propertyOrdering as string[]) : Object.keys(properties);
    const out: Record<string, unknown> = {};
    const required = Array.isArray(s.required) ? (s.required as string[]) : [];
    for (const key of [...order, ...Object.keys(properties).filter((k) => !order.includes(k))]) {
      // Optional properties are filled near the top only, so recursive schemas stay shallow.
      if (depth >= 2 && !required.includes(key)) continue;
      if (properties[key]) out[key] = this.value(properties[key]!, key, depth + 1);
    }
    return out;
  }

  private array(s: JsonSchema, field: string, depth: number): unknown[] {
    if (Array.isArray(s.prefixItems)) return (s.prefixItems as JsonSchema[]).map((item, i) => this.value(item, `${field}[${i}]`, depth + 1));
    const items = (Array.isArray(s.items) ? s.items[0] : s.items) as JsonSchema | undefined;
    const min = Number(s.minItems ?? 0) || 0;
    const max = s.maxItems === undefined ? Infinity : Number(s.maxItems);
    const itemSchema = items ? this.resolve(items) : { type: "string" };
    const stringItems = typesOf(itemSchema).includes("string") && !itemSchema.enum && !itemSchema.format && !itemSchema.pattern;
    if (stringItems) {
      const distinct = [...new Set(meaningStems(this.ctx.text).length ? this.contentWords() : [])];
      const n = Math.max(min, Math.min(max, Math.max(1, Math.min(3, distinct.length))));
      const out: string[] = [];
      for (let i = 0; i < n; i++) out.push(distinct[i] ?? `${field || "item"} ${i + 1}`);
      return out;
    }
    const n = Math.max(min, Math.min(max, 1));
    return Array.from({ length: n }, (_, i) => this.value(itemSchema, `${field}[${i}]`, depth + 1));
  }

  private contentWords(): string[] {
    const seen = new Set<string>();
    const out: string[] = [];
    for (const w of this.ctx.text.match(/[\p{L}\p{N}]+/gu) ?? []) {
      const stems = meaningStems(w);
      if (stems.length === 0 || w.length < 3) continue;
      const key = stems[0]!;
      if (seen.has(key)) continue;
      seen.add(key);
      out.push(w.toLowerCase());
    }
    return out;
  }

  private pickEnum(values: unknown[], field: string): unknown {
    const text = normalize(this.ctx.text);
    const named = values.find((v) => typeof v === "string" && v.length > 1 && new RegExp(`\\b${normalize(v).replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}\\b`).test(text));
    if (named !== undefined) return named;
    const labels = values.map((v) => normalize(String(v)));
    const positive = labels.findIndex((l) => /^(positiv|pos$|good|bom|feliz|happy|satisf)/.test(l));
    const negative = labels.findIndex((l) => /^(negativ|neg$|bad|ruim|triste|sad|insatisf|angry|irritad)/.test(l));
    const neutral = labels.findIndex((l) => /^(neutr|misto|mixed)/.test(l));
    if (positive >= 0 || negative >= 0) {
      const pos = POSITIVE.test(text);
      const neg = NEGATIVE.test(text);
      if (neg && negative >= 0 && !pos) return values[negative];
      if (pos && positive >= 0 && !neg) return values[positive];
      if (neutral >= 0) return values[neutral];
    }
    return values[stableHash(`${field}|${text}`) % values.length];
  }

  private number(s: JsonSchema, field: string, integer: boolean): number {
    const min = typeof s.minimum === "number" ? s.minimum : typeof s.exclusiveMinimum === "number" ? s.exclusiveMinimum + (integer ? 1 : 0.001) : -Infinity;
    const max = typeof s.maximum === "number" ? s.maximum : typeof s.exclusiveMaximum === "number" ? s.exclusiveMaximum - (integer ? 1 : 0.001) : Infinity;
    let n: number | undefined;
    const spelled = spelledOut(this.ctx.text, field);
    if (spelled && /^-?\d+(?:[.,]\d+)?$/.test(spelled)) n = Number(spelled.replace(",", "."));
    if (n === undefined && /^(idade|age|anos|years)$/.test(normalize(field))) {
      const age = /(\d{1,3})\s*(anos|years)/i.exec(this.ctx.text);
      if (age) n = Number(age[1]);
    }
    if (n === undefined && field.length > 1) {
      // "nota 4", "quantidade: 12", "4 cadernos" for a field named cadernos.
      const name = normalize(field).replace(/[_-]+/g, " ").replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
      const folded = normalize(this.ctx.text);
      const after = new RegExp(`\\b${name}\\w*\\W{0,3}(?:d[eao]s?\\s+|of\\s+|=\\s*|:\\s*)?(-?\\d+(?:[.,]\\d+)?)`).exec(folded);
      const before = new RegExp(`(-?\\d+(?:[.,]\\d+)?)\\s+${name}`).exec(folded);
      const hit = after ?? before;
      if (hit) {
        n = Number(hit[1]!.replace(",", "."));
        const at = this.numbers.indexOf(n);
        if (at >= this.nextNumber) this.numbers.splice(at, 1);
      }
    }
    if (n === undefined && this.nextNumber < this.numbers.length) n = this.numbers[this.nextNumber++];
    if (n === undefined) n = Number.isFinite(min) ? min : Number.isFinite(max) ? Math.min(max, 1) : stableHash(`${field}|${this.ctx.text}`) % 10;
    if (integer) n = Math.round(n);
    if (typeof s.multipleOf === "number" && s.multipleOf > 0) n = Math.round(n / s.multipleOf) * s.multipleOf;
    return Math.min(max, Math.max(min, n));
  }

  private boolean(field: string): boolean {
    const words = normalize(field).replace(/[_-]+/g, " ").split(" ").filter((w) => w.length > 2 && !/^(is|has|tem|eh|e)$/.test(w));
    const text = normalize(this.ctx.text);
    if (/\b(nao|not|no|sem|without|never|nunca)\b/.test(text) && words.some((w) => text.includes(w))) return false;
    return words.some((w) => text.includes(w));
  }

  private string(s: JsonSchema, field: string): string {
    const candidates = this.stringCandidates(s, field);
    const pattern = typeof s.pattern === "string" ? safeRegExp(s.pattern) : undefined;
    const minLength = Number(s.minLength ?? 0) || 0;
    const maxLength = s.maxLength === undefined ? Infinity : Number(s.maxLength);
    for (const raw of candidates) {
      let v = raw;
      if (v.length > maxLength) v = v.slice(0, maxLength);
      if (v.length < minLength) v = v.padEnd(minLength, ".");
      if (!pattern || pattern.test(v)) return v;
    }
    // A piece of the user's text the pattern accepts ("14:30" for a time pattern), else the shortest sample.
    const inText = pattern ? piecesMatching(pattern, this.ctx.text).find((v) => v.length >= minLength && v.length <= maxLength) : undefined;
    if (inText !== undefined) return inText;
    const sample = pattern ? sampleFor(pattern) : undefined;
    if (sample !== undefined && sample.length >= minLength && sample.length <= maxLength) return sample;
    const fallback = candidates[0] ?? "";
    return fallback.length > maxLength ? fallback.slice(0, maxLength) : fallback.padEnd(minLength, ".");
  }

  private stringCandidates(s: JsonSchema, field: string): string[] {
    const text = this.ctx.text;
    const key = normalize(field).replace(/\[\d+\]$/, "");
    const format = typeof s.format === "string" ? s.format : "";
    const out: string[] = [];
    if (format === "email") out.push(/[\w.+-]+@[\w-]+(?:\.[\w-]+)+/.exec(text)?.[0] ?? `${normalize(this.nouns[0] ?? "usuario").split(/\s+/)[0]}@exemplo.com`);
    if (format === "date-time") out.push(/\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d+)?Z/.exec(text)?.[0] ?? `${dateIn(text) ?? "2026-01-15"}T12:00:00Z`);
    if (format === "date") out.push(dateIn(text) ?? "2026-01-15");
    if (format === "time") out.push(/\b\d{2}:\d{2}(?::\d{2})?\b/.exec(text)?.[0] ?? "12:00:00");
    if (format === "uri" || format === "url") out.push(/https?:\/\/\S+/.exec(text)?.[0]?.replace(/[.,;)]+$/, "") ?? "https://exemplo.com");
    if (format === "uuid") out.push(uuidFrom(`${field}|${text}`));
    const spelled = spelledOut(text, field);
    if (spelled) out.push(spelled);
    if (ID_FIELD.test(key)) {
      const id = /[#]?([\p{L}]*\d[\p{L}\d-]*)/u.exec(text);
      if (id) out.push(id[1]!);
    }
    if (NAME_FIELD.test(key)) {
      const noun = this.nouns.find((n) => !this.usedNouns.has(n) && n !== placeNoun(text));
      if (noun) {
        this.usedNouns.add(noun);
        out.push(noun);
      }
    }
    if (PLACE_FIELD.test(key)) {
      const place = placeNoun(text) ?? this.nouns.find((n) => !this.usedNouns.has(n));
      if (place) {
        this.usedNouns.add(place);
        out.push(place);
      }
    }
    if (QUERY_FIELD.test(key)) out.push(text.trim().replace(/[?!.]+$/, "").slice(0, 200));
    if (ANSWER_FIELD.test(key)) out.push(firstSentence(this.ctx.answer ?? text));
    if (/(idioma|language|lingua|lang)/.test(key)) out.push(/[ãõçáéíóúâê]|\b(que|não|nao|voc[eê]|para|com)\b/i.test(text) ? "pt-BR" : "en");
    // Anything else: the user's words that mention the field, or the gist of the text.
    const gist = this.contentWords().slice(0, 6).join(" ");
    out.push(gist || firstSentence(text, 80) || field);
    return out;
  }
}

function dateIn(text: string): string | undefined {
  const iso = /\b(\d{4})-(\d{2})-(\d{2})\b/.exec(text);
  if (iso) return iso[0];
  const br = /\b(\d{1,2})\/(\d{1,2})\/(\d{4})\b/.exec(text);
  if (br) return `${br[3]}-${br[2]!.padStart(2, "0")}-${br[1]!.padStart(2, "0")}`;
  return undefined;
}

function uuidFrom(seed: string): string {
  const hex = [0, 1, 2, 3].map((i) => stableHash(`${i}|${seed}`).toString(16).padStart(8, "0")).join("");
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-8${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

/**
 * The shortest string a simple regular expression accepts (literals, escapes, classes, groups with
 * alternation, quantifiers, anchors), checked against the expression; undefined when that fails.
 */
export function sampleFor(pattern: RegExp): string | undefined {
  const src = pattern.source;
  let i = 0;
  const atom = (): string => {
    const c = src[i++]!;
    if (c === "\\") {
      const e = src[i++]!;
      return ({ d: "0", w: "a", s: " ", D: "a", W: "-", S: "a", b: "", B: "" } as Record<string, string>)[e] ?? e;
    }
    if (c === "[") {
      const negated = src[i] === "^";
      if (negated) i++;
      let first: string | undefined;
      const excluded = new Set<string>();
      while (i < src.length && src[i] !== "]") {
        let ch = src[i++]!;
        if (ch === "\\") {
          ch = ({ d: "0", w: "a", s: " " } as Record<string, string>)[src[i]!] ?? src[i]!;
          i++;
        }
        if (src[i] === "-" && src[i + 1] !== "]") i += 2 + (src[i + 1] === "\\" ? 1 : 0);
        first ??= ch;
        excluded.add(ch);
      }
      i++;
      return negated ? ["a", "x", "0", "_"].find((x) => !excluded.has(x)) ?? "z" : first ?? "";
    }
    if (c === "(") {
      if (src[i] === "?") i += src[i + 1] === "<" && src[i + 2] !== "=" && src[i + 2] !== "!" ? src.indexOf(">", i) - i + 1 : 2;
      const out = alternatives();
      i++;
      return out;
    }
    if (c === "^" || c === "$") return "";
    if (c === ".") return "a";
    return c;
  };
  const quantified = (): string => {
    const base = atom();
    const q = src[i];
    if (q === "*" || q === "?" || q === "+") {
      i++;
      if (src[i] === "?") i++;
      return q === "+" ? base : "";
    }
    if (q === "{") {
      const m = /^\{(\d+)(?:,(\d*))?\}/.exec(src.slice(i));
      if (m) {
        i += m[0].length;
        return base.repeat(Number(m[1]));
      }
    }
    return base;
  };
  const sequence = (): string => {
    let out = "";
    while (i < src.length && src[i] !== "|" && src[i] !== ")") out += quantified();
    return out;
  };
  const alternatives = (): string => {
    const first = sequence();
    while (src[i] === "|") {
      i++;
      sequence();
    }
    return first;
  };
  try {
    const sample = alternatives();
    return pattern.test(sample) ? sample : undefined;
  } catch {
    return undefined;
  }
}

/** Substrings of `text` (tried with the pattern's anchors removed) that the whole pattern accepts. */
function piecesMatching(pattern: RegExp, text: string): string[] {
  const loose = safeRegExp(pattern.source.replace(/^\^/, "").replace(/\$$/, ""), "gu");
  if (!loose) return [];
  return [...text.matchAll(loose)].map((m) => m[0]).filter((piece) => piece && pattern.test(piece));
}

/** The pattern compiled with the `u` flag when it allows it (JSON Schema patterns are ECMA-262), else without. */
function safeRegExp(pattern: string, flags = "u"): RegExp | undefined {
  for (const f of [flags, flags.replace("u", "")]) {
    try {
      return new RegExp(pattern, f);
    } catch {
      // try the next flags
    }
  }
  return undefined;
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** A value that validates against `schema`, filled from the context. Deterministic. */
export function valueForSchema(schema: JsonSchema, ctx: FillContext): unknown {
  return new Filler(schema, ctx).value(schema, "");
}

/** What a request asks the answer's text to be. */
export type ResponseFormat =
  | { kind: "text" }
  | { kind: "json"; schema?: JsonSchema; name?: string }
  | { kind: "enum"; values: unknown[] };

export class UnsupportedFormat extends Error {}

/** OpenAI `response_format` (docs/protocols.md §12.1). */
export function openAIResponseFormat(body: Record<string, unknown>): ResponseFormat {
  const rf = body.response_format as { type?: string; json_schema?: { name?: string; schema?: JsonSchema; strict?: boolean | null } } | undefined;
  if (!rf || rf.type === "text") return { kind: "text" };
  if (rf.type === "json_object") return { kind: "json" };
  if (rf.type === "json_schema") {
    if (!rf.json_schema || typeof rf.json_schema.name !== "string") throw new UnsupportedFormat("response_format.json_schema precisa de 'name' (e de 'schema').");
    const schema = rf.json_schema.schema ?? { type: "object" };
    const problem = rf.json_schema.strict === true ? strictSchemaProblem(schema) : undefined;
    if (problem) throw new UnsupportedFormat(`Esquema inválido para response_format '${rf.json_schema.name}': ${problem}.`);
    return { kind: "json", schema, name: rf.json_schema.name };
  }
  throw new UnsupportedFormat(`response_format.type '${String(rf.type)}' não existe; use 'text', 'json_object' ou 'json_schema'.`);
}

/** Gemini `generationConfig.responseMimeType` / `responseSchema` / `responseJsonSchema` (docs/protocols.md §12.2). */
export function geminiResponseFormat(generationConfig: Record<string, unknown> | undefined): ResponseFormat {
  const mime = generationConfig?.responseMimeType;
  const schema = (generationConfig?.responseSchema ?? generationConfig?.responseJsonSchema) as JsonSchema | undefined;
  if (mime === undefined || mime === "text/plain") {
    if (schema) throw new UnsupportedFormat("responseSchema exige responseMimeType 'application/json' (ou 'text/x.enum').");
    return { kind: "text" };
  }
  if (mime === "application/json") return { kind: "json", schema };
  if (mime === "text/x.enum") {
    if (!schema || !Array.isArray(schema.enum)) throw new UnsupportedFormat("responseMimeType 'text/x.enum' exige um responseSchema com enum.");
    return { kind: "enum", values: schema.enum };
  }
  throw new UnsupportedFormat(`responseMimeType '${String(mime)}' não é aceito; use 'text/plain', 'application/json' ou 'text/x.enum'.`);
}

/**
 * The answer's text for a JSON format. With a schema: a value for it. Without one (json_object, or a bare
 * `application/json`): the keys of a JSON example in the prompt when there is one, else `{"resposta": …}`.
 */
export function structuredText(format: ResponseFormat, ctx: FillContext, prompt: string): string {
  if (format.kind === "enum") return String(new Filler({ enum: format.values }, ctx).value({ enum: format.values }, "classe"));
  if (format.kind !== "json") return ctx.answer ?? ctx.text;
  if (format.schema) return JSON.stringify(valueForSchema(format.schema, ctx));
  const example = jsonExample(prompt);
  if (example) return JSON.stringify(valueForSchema(schemaOf(example.value), { ...ctx, text: ctx.text.replace(example.raw, " ") }));
  return JSON.stringify({ resposta: ctx.answer ?? ctx.text });
}

/** The first JSON object written in the prompt (e.g. `{"nome": "...", "idade": 0}`), if any. */
function jsonExample(prompt: string): { value: Record<string, unknown>; raw: string } | undefined {
  for (let start = prompt.indexOf("{"); start >= 0; start = prompt.indexOf("{", start + 1)) {
    let depth = 0;
    for (let i = start; i < prompt.length; i++) {
      if (prompt[i] === "{") depth++;
      else if (prompt[i] === "}" && --depth === 0) {
        try {
          const value = JSON.parse(prompt.slice(start, i + 1));
          if (value && typeof value === "object" && !Array.isArray(value) && Object.keys(value).length) return { value, raw: prompt.slice(start, i + 1) };
        } catch {
          // not JSON: keep looking
        }
        break;
      }
    }
  }
  return undefined;
}

function schemaOf(example: unknown): JsonSchema {
  if (Array.isArray(example)) return { type: "array", items: example.length ? schemaOf(example[0]) : { type: "string" } };
  if (example && typeof example === "object")
    return { type: "object", properties: Object.fromEntries(Object.entries(example).map(([k, v]) => [k, schemaOf(v)])) };
  if (typeof example === "number") return { type: Number.isInteger(example) ? "integer" : "number" };
  if (typeof example === "boolean") return { type: "boolean" };
  return { type: "string" };
}

/** True when some message mentions JSON (OpenAI refuses `json_object` otherwise). */
export function mentionsJson(texts: string[]): boolean {
  return texts.some((t) => /json/i.test(t));
}

/**
 * What OpenAI refuses in a `strict: true` schema (docs/protocols.md §12.1): every object must list all of its
 * properties in `required` and set `additionalProperties: false`. Returns the first problem, in pt-BR.
 */
export function strictSchemaProblem(schema: JsonSchema, context: string[] = []): string | undefined {
  if (!schema || typeof schema !== "object") return undefined;
  const where = `context=(${context.join(", ")})`;
  const isObject = typesOf(schema).includes("object") || (schema.properties !== undefined && schema.type === undefined);
  if (isObject) {
    const keys = Object.keys((schema.properties ?? {}) as object);
    const required = Array.isArray(schema.required) ? (schema.required as string[]) : [];
    const missing = keys.find((k) => !required.includes(k));
    if (missing)
      return `em ${where}, 'required' precisa listar todas as chaves de 'properties' (falta '${missing}'); com strict, um campo opcional se escreve como anulável (no zod, .nullable() em vez de .optional())`;
    if (schema.additionalProperties !== false) return `em ${where}, 'additionalProperties' precisa existir e ser false`;
  }
  const children: Array<[string, unknown]> = [
    ...Object.entries((schema.properties ?? {}) as Record<string, unknown>),
    ...(schema.items ? [["items", schema.items] as [string, unknown]] : []),
    ...((Array.isArray(schema.anyOf) ? schema.anyOf : []) as unknown[]).map((v, i) => [`anyOf[${i}]`, v] as [string, unknown]),
    ...Object.entries((schema.$defs ?? schema.definitions ?? {}) as Record<string, unknown>).map(([k, v]) => [`$defs.${k}`, v] as [string, unknown]),
  ];
  for (const [key, child] of children) {
    const problem = strictSchemaProblem(child as JsonSchema, [...context, key]);
    if (problem) return problem;
  }
  return undefined;
}
