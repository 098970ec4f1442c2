/**
 * Just enough semver for `npm run doctor`: does version X satisfy package.json's range? Supports exact
 * versions, comparators (>=, >, <=, <, =), ^, ~, x/* wildcards, hyphen-less AND (space) and `||`.
 * (semver itself is only a transitive dependency here, so the doctor does not rely on it.)
 */
type Triple = [number, number, number];

function parse(version: string): Triple | undefined {
  const m = /^\s*v?(\d+)(?:\.(\d+|x|\*))?(?:\.(\d+|x|\*))?/.exec(version);
  if (!m) return undefined;
  const n = (s: string | undefined) => (s === undefined || s === "x" || s === "*" ? 0 : Number(s));
  return [Number(m[1]), n(m[2]), n(m[3])];
}

function compare(a: Triple, b: Triple): number {
  for (let i = 0; i < 3; i++) if (a[i] !== b[i]) return a[i]! - b[i]!;
  return 0;
}

function parts(spec: string): number {
  return spec.replace(/^[v=]/, "").split(".").filter((p) => p !== "" && p !== "x" && p !== "*").length;
}

function one(version: Triple, comparator: string): boolean {
  const m = /^(>=|<=|>|<|=|\^|~)?\s*(.*)$/.exec(comparator.trim());
  if (!m) return false;
  const [, op = "", spec = ""] = m;
  if (spec === "" || spec === "*" || spec === "x") return true;
  const target = parse(spec);
  if (!target) return false;
  const cmp = compare(version, target);
  const given = parts(spec);
  switch (op) {
    case ">=":
      return cmp >= 0;
    case ">":
      return cmp > 0;
    case "<=":
      return cmp <= 0;
    case "<":
      return cmp < 0;
    case "^": {
      if (cmp < 0) return false;
      const [a, b] = target;
      if (a > 0 || given === 1) return version[0] === a;
      if (b > 0 || given === 2) return version[0] === 0 && version[1] === b;
      return version[0] === 0 && version[1] === 0 && version[2] === target[2];
    }
    case "~":
      if (cmp < 0) return false;
      return given === 1 ? version[0] === target[0] : version[0] === target[0] && version[1] === target[1];
    default:
      // "1.2.3" exact; "1.2" / "1.x" = any 1.2.* / 1.*
      if (given >= 3) return cmp === 0;
      if (given === 2) return version[0] === target[0] && version[1] === target[1];
      return version[0] === target[0];
  }
}

export function satisfies(version: string, range: string): boolean {
  const v = parse(version);
  if (!v) return false;
  return range.split("||").some((alternative) => {
    const comparators = alternative.trim().replace(/(>=|<=|>|<|=|\^|~)\s+/g, "$1").split(/\s+/).filter(Boolean);
    return comparators.length === 0 || comparators.every((cmp) => one(v, cmp));
  });
}
