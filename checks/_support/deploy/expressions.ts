// size: one evaluator of GitHub Actions expressions (tokenizer, parser, GitHub's loose comparisons, built-in functions); its parts only make sense together.
/**
 * GitHub Actions expressions (`if:` and `${{ }}`), evaluated the way the runner does:
 * - literals, contexts (`github.ref`, `steps.health.outcome`, `env['X']`), `!`, `==`, `!=`, `<`…, `&&`, `||`,
 *   parentheses, the functions contains/startsWith/endsWith/format/join/toJSON/fromJSON and the status ones;
 * - loose comparisons (types coerced to numbers, strings compared ignoring case), `&&`/`||` return an operand;
 * - an `if:` without a status function (success(), failure(), always(), cancelled()) is `success() && (…)`.
 * Reference: GitHub docs, "Evaluate expressions in workflows and actions" and "Using conditions to control job execution".
 */

export type Value = null | boolean | number | string | Value[] | { [key: string]: Value };

export interface Status {
  /** Nothing before failed (previous steps of the job, or every job in `needs`). */
  success: boolean;
  /** Something before failed. */
  failure: boolean;
}

export interface Contexts {
  [name: string]: Value;
}

type Token =
  | { kind: "num"; value: number }
  | { kind: "str"; value: string }
  | { kind: "id"; value: string }
  | { kind: "op"; value: string };

function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < text.length) {
    const c = text[i]!;
    if (/\s/.test(c)) {
      i++;
    } else if (c === "'") {
      let value = "";
      i++;
      for (;;) {
        if (i >= text.length) throw new Error("string sem fim");
        if (text[i] === "'" && text[i + 1] === "'") {
          value += "'";
          i += 2;
        } else if (text[i] === "'") {
          i++;
          break;
        } else value += text[i++];
      }
      tokens.push({ kind: "str", value });
    } else if (/[0-9]/.test(c) || (c === "-" && /[0-9]/.test(text[i + 1] ?? "") && !/^(num|str|id)$/.test(tokens.at(-1)?.kind ?? ""))) {
      const m = /^-?(0x[0-9a-f]+|[0-9]+(\.[0-9]+)?(e[+-]?[0-9]+)?)/i.exec(text.slice(i))!;
      tokens.push({ kind: "num", value: Number(m[0]) });
      i += m[0].length;
    } else if (/[A-Za-z_]/.test(c)) {
      const m = /^[A-Za-z_][A-Za-z0-9_-]*/.exec(text.slice(i))!;
      tokens.push({ kind: "id", value: m[0] });
      i += m[0].length;
    } else {
      const two = text.slice(i, i + 2);
      if (["==", "!=", "<=", ">=", "&&", "||"].includes(two)) {
        tokens.push({ kind: "op", value: two });
        i += 2;
      } else if ("!<>()[].,*".includes(c)) {
        tokens.push({ kind: "op", value: c });
        i++;
      } else throw new Error(`caractere inesperado ${c}`);
    }
  }
  return tokens;
}

type Node =
  | { type: "lit"; value: Value }
  | { type: "ctx"; name: string }
  | { type: "get"; object: Node; key: Node | "*" }
  | { type: "call"; name: string; args: Node[] }
  | { type: "not"; operand: Node }
  | { type: "bin"; op: string; left: Node; right: Node };

function parse(text: string): Node {
  const tokens = tokenize(text);
  let pos = 0;
  const peek = () => tokens[pos];
  const isOp = (v: string) => peek()?.kind === "op" && peek()!.value === v;
  const expect = (v: string) => {
    if (!isOp(v)) throw new Error(`esperava ${v}`);
    pos++;
  };
  const binary = (ops: string[], next: () => Node) => (): Node => {
    let left = next();
    while (peek()?.kind === "op" && ops.includes(String(peek()!.value))) {
      const op = String(tokens[pos++]!.value);
      left = { type: "bin", op, left, right: next() };
    }
    return left;
  };
  const primary = (): Node => {
    const t = tokens[pos++];
    if (!t) throw new Error("expressão incompleta");
    if (t.kind === "num" || t.kind === "str") return { type: "lit", value: t.value };
    if (t.kind === "op" && t.value === "(") {
      const inner = or();
      expect(")");
      return inner;
    }
    if (t.kind === "op" && t.value === "!") return { type: "not", operand: primary() };
    if (t.kind !== "id") throw new Error(`inesperado ${t.value}`);
    const lower = t.value.toLowerCase();
    if (lower === "true" || lower === "false") return { type: "lit", value: lower === "true" };
    if (lower === "null") return { type: "lit", value: null };
    let node: Node;
    if (isOp("(")) {
      pos++;
      const args: Node[] = [];
      while (!isOp(")")) {
        args.push(or());
        if (isOp(",")) pos++;
        else break;
      }
      expect(")");
      node = { type: "call", name: lower, args };
    } else node = { type: "ctx", name: t.value };
    for (;;) {
      if (isOp(".")) {
        pos++;
        const key = tokens[pos++];
        if (key?.kind === "op" && key.value === "*") node = { type: "get", object: node, key: "*" };
        else if (key?.kind === "id") node = { type: "get", object: node, key: { type: "lit", value: key.value } };
        else throw new Error("propriedade inválida");
      } else if (isOp("[")) {
        pos++;
        if (isOp("*")) {
          pos++;
          node = { type: "get", object: node, key: "*" };
        } else node = { type: "get", object: node, key: or() };
        expect("]");
      } else break;
    }
    return node;
  };
  const unary = (): Node => (isOp("!") ? (pos++, { type: "not", operand: unary() }) : primary());
  const compare = binary(["<", "<=", ">", ">="], unary);
  const equality = binary(["==", "!="], compare);
  const and = binary(["&&"], equality);
  const or = binary(["||"], and);
  const tree = or();
  if (pos !== tokens.length) throw new Error("sobrou texto na expressão");
  return tree;
}

function truthy(v: Value): boolean {
  if (v === null || v === false || v === "" || v === 0) return false;
  if (typeof v === "number" && Number.isNaN(v)) return false;
  return true;
}

function toNumber(v: Value): number {
  if (v === null) return 0;
  if (typeof v === "boolean") return v ? 1 : 0;
  if (typeof v === "number") return v;
  if (typeof v === "string") return v.trim() === "" ? 0 : Number(v.trim());
  return NaN;
}

function toText(v: Value): string {
  if (v === null) return "";
  if (typeof v === "string") return v;
  if (typeof v === "boolean" || typeof v === "number") return String(v);
  return JSON.stringify(v);
}

function looseEqual(a: Value, b: Value): boolean {
  if (typeof a === "string" && typeof b === "string") return a.toLowerCase() === b.toLowerCase();
  const simple = (v: Value) => v === null || typeof v !== "object";
  if (!simple(a) || !simple(b)) return a === b;
  if (typeof a === typeof b && a !== null) return a === b;
  if (a === null && b === null) return true;
  return toNumber(a) === toNumber(b);
}

function compare(op: string, a: Value, b: Value): boolean {
  let x: string | number;
  let y: string | number;
  if (typeof a === "string" && typeof b === "string") [x, y] = [a.toLowerCase(), b.toLowerCase()];
  else [x, y] = [toNumber(a), toNumber(b)];
  if (op === "<") return x < y;
  if (op === "<=") return x <= y;
  if (op === ">") return x > y;
  return x >= y;
}

function evaluate(node: Node, ctx: Contexts, status: Status): Value {
  switch (node.type) {
    case "lit":
      return node.value;
    case "ctx": {
      const key = Object.keys(ctx).find((k) => k.toLowerCase() === node.name.toLowerCase());
      return key === undefined ? null : ctx[key]!;
    }
    case "get": {
      const object = evaluate(node.object, ctx, status);
      if (node.key === "*") return Array.isArray(object) ? object : object && typeof object === "object" ? Object.values(object) : [];
      const key = evaluate(node.key, ctx, status);
      if (Array.isArray(object)) return typeof key === "number" ? (object[key] ?? null) : object.map((o) => (o && typeof o === "object" && !Array.isArray(o) ? (o[toText(key)] ?? null) : null));
      if (object && typeof object === "object") {
        const name = Object.keys(object).find((k) => k.toLowerCase() === toText(key).toLowerCase());
        if (name !== undefined) return object[name]!;
        return (object as Record<string, Value | undefined>)[toText(key)] ?? null;
      }
      return null;
    }
    case "not":
      return !truthy(evaluate(node.operand, ctx, status));
    case "bin": {
      if (node.op === "&&") {
        const left = evaluate(node.left, ctx, status);
        return truthy(left) ? evaluate(node.right, ctx, status) : left;
      }
      if (node.op === "||") {
        const left = evaluate(node.left, ctx, status);
        return truthy(left) ? left : evaluate(node.right, ctx, status);
      }
      const [a, b] = [evaluate(node.left, ctx, status), evaluate(node.right, ctx, status)];
      if (node.op === "==") return looseEqual(a, b);
      if (node.op === "!=") return !looseEqual(a, b);
      return compare(node.op, a, b);
    }
    case "call": {
      const args = node.args.map((a) => evaluate(a, ctx, status));
      const text = (i: number) => toText(args[i] ?? null).toLowerCase();
      switch (node.name) {
        case "success":
          return status.success;
        case "failure":
          return status.failure;
        case "always":
          return true;
        case "cancelled":
          return false;
        case "contains":
          return Array.isArray(args[0]) ? args[0].some((v) => looseEqual(v, args[1] ?? null)) : text(0).includes(text(1));
        case "startswith":
          return text(0).startsWith(text(1));
        case "endswith":
          return text(0).endsWith(text(1));
        case "format":
          return toText(args[0] ?? null).replace(/\{(\d+)\}/g, (_, n: string) => toText(args[Number(n) + 1] ?? null));
        case "join":
          return Array.isArray(args[0]) ? args[0].map(toText).join(args[1] === undefined ? "," : toText(args[1])) : toText(args[0] ?? null);
        case "tojson":
          return JSON.stringify(args[0] ?? null, null, 2);
        case "fromjson":
          return JSON.parse(toText(args[0] ?? null)) as Value;
        case "hashfiles":
          return "0".repeat(64);
        default:
          throw new Error(`função desconhecida ${node.name}`);
      }
    }
  }
}

function usesStatusFunction(node: Node): boolean {
  switch (node.type) {
    case "call":
      return ["success", "failure", "always", "cancelled"].includes(node.name) || node.args.some(usesStatusFunction);
    case "get":
      return usesStatusFunction(node.object) || (node.key !== "*" && usesStatusFunction(node.key));
    case "not":
      return usesStatusFunction(node.operand);
    case "bin":
      return usesStatusFunction(node.left) || usesStatusFunction(node.right);
    default:
      return false;
  }
}

/** The text of an `if:` without a `${{ }}` wrapping the whole of it. */
function unwrap(condition: string): string {
  const m = /^\s*\$\{\{([\s\S]*)\}\}\s*$/.exec(condition);
  return m && !m[1]!.includes("}}") ? m[1]! : condition;
}

/** Value of one `${{ }}` expression. Throws on syntax it does not know. */
export function evaluateExpression(text: string, ctx: Contexts, status: Status = { success: true, failure: false }): Value {
  return evaluate(parse(text), ctx, status);
}

/** True when the expression calls a status function (otherwise GitHub adds `success() &&`). */
export function hasStatusFunction(condition: string): boolean {
  try {
    return usesStatusFunction(parse(unwrap(condition)));
  } catch {
    return /\b(success|failure|always|cancelled)\s*\(/.test(condition);
  }
}

/** Whether an `if:` lets its step/job run, with GitHub's implicit `success() &&`. No `if:` is `success()`. */
export function conditionHolds(condition: string | undefined, ctx: Contexts, status: Status): boolean {
  if (condition === undefined || condition.trim() === "") return status.success;
  const tree = parse(unwrap(condition));
  const value = truthy(evaluate(tree, ctx, status));
  return usesStatusFunction(tree) ? value : status.success && value;
}

/** `${{ … }}` in a string replaced by their values (what the runner does to `run:`, `env:` and `with:`). */
export function interpolate(text: string, ctx: Contexts, status?: Status): string {
  return text.replace(/\$\{\{([\s\S]*?)\}\}/g, (_, inner: string) => {
    try {
      return toText(evaluateExpression(inner, ctx, status));
    } catch {
      return "";
    }
  });
}
