// size: one small language kept whole: the tokenizer, parser and evaluator of LangSmith's run filter share its node types (a few lines over).
/**
 * LangSmith's run filter language (the `filter`, `trace_filter` and `tree_filter` of POST /runs/query,
 * docs/protocols.md §8.2): `and(eq(run_type, "llm"), gt(total_tokens, 10))`, `has(tags, "beta")`,
 * `search("Kensho")`, `neq(error, null)`, `and(eq(metadata_key, "user"), eq(metadata_value, "ana"))`…
 * Parsed into a small tree, then evaluated against a run's fields (see `FilterSubject`).
 */

export type Literal = string | number | boolean | null | Literal[];

export type FilterNode =
  | { op: "and" | "or"; args: FilterNode[] }
  | { op: "not"; arg: FilterNode }
  | { op: Comparator; field: string; value: Literal }
  | { op: "search"; field?: string; value: string };

type Comparator = "eq" | "neq" | "gt" | "gte" | "lt" | "lte" | "has" | "in" | "like";
const COMPARATORS = new Set<string>(["eq", "neq", "gt", "gte", "lt", "lte", "has", "in", "like"]);

export class FilterSyntaxError extends Error {}

type Token = { kind: "ident"; text: string } | { kind: "string"; text: string } | { kind: "number"; value: number } | { kind: "punct"; text: string };

function tokenize(source: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < source.length) {
    const ch = source[i]!;
    if (/\s/.test(ch)) {
      i++;
    } else if ("(),[]".includes(ch)) {
      tokens.push({ kind: "punct", text: ch });
      i++;
    } else if (ch === '"' || ch === "'") {
      let text = "";
      i++;
      while (i < source.length && source[i] !== ch) {
        if (source[i] === "\\" && i + 1 < source.length) i++;
        text += source[i];
        i++;
      }
      if (i >= source.length) throw new FilterSyntaxError(`unterminated string in filter: ${source}`);
      i++;
      tokens.push({ kind: "string", text });
    } else if (/[-\d.]/.test(ch)) {
      const match = /^-?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?/.exec(source.slice(i));
      if (!match) throw new FilterSyntaxError(`unexpected "${ch}" in filter at ${i}`);
      tokens.push({ kind: "number", value: Number(match[0]) });
      i += match[0].length;
    } else if (/[A-Za-z_]/.test(ch)) {
      const match = /^[A-Za-z_][\w.]*/.exec(source.slice(i))!;
      tokens.push({ kind: "ident", text: match[0] });
      i += match[0].length;
    } else {
      throw new FilterSyntaxError(`unexpected "${ch}" in filter at ${i}`);
    }
  }
  return tokens;
}

/** Parses a filter expression; throws FilterSyntaxError (→ 400) on anything it does not understand. */
export function parseFilter(source: string): FilterNode {
  const tokens = tokenize(source);
  let pos = 0;
  const peek = () => tokens[pos];
  const expect = (text: string) => {
    const token = tokens[pos++];
    if (!token || token.kind !== "punct" || token.text !== text) throw new FilterSyntaxError(`expected "${text}" in filter: ${source}`);
  };

  function literal(): Literal {
    const token = tokens[pos++];
    if (!token) throw new FilterSyntaxError(`unexpected end of filter: ${source}`);
    if (token.kind === "string") return token.text;
    if (token.kind === "number") return token.value;
    if (token.kind === "ident") {
      const lower = token.text.toLowerCase();
      if (lower === "null" || lower === "none") return null;
      if (lower === "true") return true;
      if (lower === "false") return false;
      return token.text;
    }
    if (token.text === "[") {
      const items: Literal[] = [];
      if (peek()?.kind === "punct" && (peek() as { text: string }).text === "]") {
        pos++;
        return items;
      }
      for (;;) {
        items.push(literal());
        const next = tokens[pos++];
        if (next?.kind === "punct" && next.text === "]") return items;
        if (!(next?.kind === "punct" && next.text === ",")) throw new FilterSyntaxError(`expected "," or "]" in filter: ${source}`);
      }
    }
    throw new FilterSyntaxError(`unexpected "${token.text}" in filter: ${source}`);
  }

  function call(): FilterNode {
    const head = tokens[pos++];
    if (!head || head.kind !== "ident") throw new FilterSyntaxError(`expected a function such as eq(...) in filter: ${source}`);
    const op = head.text.toLowerCase();
    expect("(");
    let node: FilterNode;
    if (op === "and" || op === "or") {
      const args = [call()];
      while (peek()?.kind === "punct" && (peek() as { text: string }).text === ",") {
        pos++;
        args.push(call());
      }
      node = { op, args };
    } else if (op === "not") {
      node = { op, arg: call() };
    } else if (op === "search") {
      const first = literal();
      if (peek()?.kind === "punct" && (peek() as { text: string }).text === ",") {
        pos++;
        node = { op, field: String(first), value: String(literal()) };
      } else {
        node = { op, value: String(first) };
      }
    } else if (COMPARATORS.has(op)) {
      const field = tokens[pos++];
      if (!field || (field.kind !== "ident" && field.kind !== "string")) throw new FilterSyntaxError(`${op}() needs a field name first: ${source}`);
      expect(",");
      node = { op: op as Comparator, field: field.text.toLowerCase(), value: literal() };
    } else {
      throw new FilterSyntaxError(`unknown filter function ${head.text}()`);
    }
    expect(")");
    return node;
  }

  const root = call();
  if (pos !== tokens.length) throw new FilterSyntaxError(`unexpected text after the filter: ${source}`);
  return root;
}

/** What a filter can look at in one run (built by langsmith-api.ts). Times in ms since epoch. */
export interface FilterSubject {
  scalar(field: string): string | number | boolean | null | undefined;
  tags: readonly string[];
  /** key/value pairs for metadata_*, input_*, output_* and feedback_* (score) fields. */
  pairs(kind: "metadata" | "input" | "output" | "feedback"): ReadonlyArray<readonly [string, unknown]>;
  /** Text searched by search("..."). */
  text(field?: string): string;
}

const TIME_FIELDS = new Set(["start_time", "end_time", "first_token_time"]);
const PAIR_FIELDS: Record<string, { kind: "metadata" | "input" | "output" | "feedback"; side: "key" | "value" }> = {
  metadata_key: { kind: "metadata", side: "key" },
  metadata_value: { kind: "metadata", side: "value" },
  input_key: { kind: "input", side: "key" },
  input_value: { kind: "input", side: "value" },
  output_key: { kind: "output", side: "key" },
  output_value: { kind: "output", side: "value" },
  feedback_key: { kind: "feedback", side: "key" },
  feedback_score: { kind: "feedback", side: "value" },
  feedback_value: { kind: "feedback", side: "value" },
};
/** Fields the lab can filter on (others are a 400, so a typo does not silently match nothing). */
export const SCALAR_FIELDS = new Set([
  "id",
  "name",
  "run_type",
  "status",
  "error",
  "trace_id",
  "parent_run_id",
  "session_id",
  "reference_example_id",
  "thread_id",
  "is_root",
  "execution_order",
  "start_time",
  "end_time",
  "first_token_time",
  "latency",
  "total_tokens",
  "prompt_tokens",
  "completion_tokens",
  "total_cost",
  "prompt_cost",
  "completion_cost",
]);

type LeafNode = Extract<FilterNode, { field: string; value: Literal }>;
const isLeaf = (node: FilterNode): node is LeafNode => "field" in node && node.op !== "search";

/** Checks the field names of a parsed filter; throws FilterSyntaxError naming the first unknown one. */
export function checkFields(node: FilterNode): void {
  if (node.op === "and" || node.op === "or") return node.args.forEach(checkFields);
  if (node.op === "not") return checkFields(node.arg);
  if (!isLeaf(node)) return;
  if (node.field === "tags" || node.field === "metadata" || SCALAR_FIELDS.has(node.field) || node.field in PAIR_FIELDS) return;
  throw new FilterSyntaxError(`unknown filter field ${node.field}`);
}

function toComparable(field: string, value: unknown): number | string | boolean | null | undefined {
  if (value === undefined || value === null) return value as null | undefined;
  if (TIME_FIELDS.has(field)) {
    const ms = typeof value === "number" ? value : Date.parse(String(/Z$|[+-]\d\d:?\d\d$/.test(String(value)) ? value : `${value}Z`));
    return Number.isNaN(ms) ? undefined : ms;
  }
  return value as number | string | boolean;
}

function compare(op: Comparator, actual: unknown, expected: Literal, field = ""): boolean {
  if (op === "in") return Array.isArray(expected) && expected.some((item) => compare("eq", actual, item, field));
  if (op === "like") {
    if (typeof actual !== "string" || typeof expected !== "string") return false;
    const pattern = expected.replace(/[.*+?^${}()|[\]\\]/g, "\\$&").replace(/%/g, ".*").replace(/_/g, ".");
    return new RegExp(`^${pattern}$`, "i").test(actual);
  }
  const a = toComparable(field, actual);
  const e = toComparable(field, expected);
  if (op === "eq" || op === "neq") {
    let equal: boolean;
    if (e === null) equal = a === null || a === undefined || a === "";
    else if (typeof e === "boolean" && field === "error") equal = e === (typeof a === "string" && a.length > 0);
    else if (typeof a === "number" || typeof e === "number") equal = Number(a) === Number(e);
    else equal = String(a ?? "") === String(e);
    return op === "eq" ? equal : !equal;
  }
  if (a === undefined || a === null || e === undefined || e === null) return false;
  const x = typeof a === "number" || typeof e === "number" ? Number(a) : a;
  const y = typeof a === "number" || typeof e === "number" ? Number(e) : e;
  if (op === "gt") return x > y;
  if (op === "gte") return x >= y;
  if (op === "lt") return x < y;
  return x <= y; // lte
}

function valueMatches(op: Comparator, actual: unknown, expected: Literal): boolean {
  if (typeof actual === "number" || typeof actual === "boolean" || actual === null) return compare(op, actual, expected);
  if (typeof actual === "string") return compare(op, actual, expected);
  return compare(op, JSON.stringify(actual), expected);
}

function leaf(node: LeafNode, run: FilterSubject): boolean {
  const { op, field, value } = node;
  if (field === "tags") {
    if (op === "neq") return !run.tags.includes(String(value));
    if (op === "in") return Array.isArray(value) && value.some((v) => run.tags.includes(String(v)));
    return run.tags.includes(String(value));
  }
  if (field === "metadata" && op === "has") {
    // has(metadata, '{"user": "ana"}'): every key/value of the object is in the run's metadata.
    let wanted: unknown;
    try {
      wanted = typeof value === "string" ? JSON.parse(value) : value;
    } catch {
      throw new FilterSyntaxError(`has(metadata, ...) needs a JSON object: ${String(value)}`);
    }
    if (!wanted || typeof wanted !== "object") return false;
    const pairs = new Map(run.pairs("metadata"));
    return Object.entries(wanted).every(([k, v]) => pairs.has(k) && JSON.stringify(pairs.get(k)) === JSON.stringify(v));
  }
  const pair = PAIR_FIELDS[field];
  if (pair) {
    const entries = run.pairs(pair.kind);
    if (op === "neq") return !entries.some(([k, v]) => (pair.side === "key" ? compare("eq", k, value) : valueMatches("eq", v, value)));
    return entries.some(([k, v]) => (pair.side === "key" ? compare(op === "has" ? "eq" : op, k, value) : valueMatches(op === "has" ? "eq" : op, v, value)));
  }
  const actual = run.scalar(field);
  if (op === "has") return typeof actual === "string" && typeof value === "string" && actual.includes(value);
  return compare(op, actual, value, field);
}

/**
 * and(eq(metadata_key, K), eq(metadata_value, V)) means "metadata K is V", not "some key is K and some value
 * is V": inside one and(), a *_key leaf and a *_value leaf of the same kind must hold for the same entry.
 */
function pairedAnd(args: FilterNode[], run: FilterSubject): boolean {
  const keyLeaves = new Map<string, LeafNode>();
  for (const arg of args) {
    const pair = isLeaf(arg) ? PAIR_FIELDS[arg.field] : undefined;
    if (isLeaf(arg) && arg.op === "eq" && pair?.side === "key") keyLeaves.set(pair.kind, arg);
  }
  for (const arg of args) {
    if (!isLeaf(arg)) continue;
    const pair = PAIR_FIELDS[arg.field];
    if (!pair || pair.side !== "value") continue;
    const keyLeaf = keyLeaves.get(pair.kind);
    if (!keyLeaf) continue;
    const op: Comparator = arg.op === "has" ? "eq" : arg.op;
    const ofKey = run.pairs(pair.kind).filter(([k]) => compare("eq", k, keyLeaf.value));
    if (op === "neq" ? ofKey.some(([, v]) => valueMatches("eq", v, arg.value)) : !ofKey.some(([, v]) => valueMatches(op, v, arg.value))) return false;
  }
  return true;
}

/** True when the run satisfies the filter. */
export function matches(node: FilterNode, run: FilterSubject): boolean {
  switch (node.op) {
    case "and":
      return node.args.every((arg) => matches(arg, run)) && pairedAnd(node.args, run);
    case "or":
      return node.args.some((arg) => matches(arg, run));
    case "not":
      return !matches(node.arg, run);
    case "search":
      return run.text(node.field).toLowerCase().includes(node.value.toLowerCase());
    default:
      return leaf(node, run);
  }
}
