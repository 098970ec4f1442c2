/**
 * Evaluates the guards of exercises 07/08 on bench/guards/data and compares with an npm library.
 *
 *   npm run bench:guards                      # test split, ours + @presidio-dev/hai-guardrails
 *   npm run bench:guards -- --split dev       # the split used while tuning
 *   npm run bench:guards -- --no-lib          # ours only (fast)
 *   npm run bench:guards -- --errors          # also list every miss / false alarm
 *   npm run bench:guards -- --split holdout-v2 --no-lib   # issue-20 holdout, per layer, next to the baseline
 *   npm run bench:guards -- --split holdout-v3 --no-lib   # issue-20 holdout, now a declared calibration set (not part of "all")
 *   npm run bench:guards -- --split holdout-v4 --no-lib   # second one, also a calibration set now (not part of "all")
 *   npm run bench:guards -- --split holdout-v5 --no-lib   # third sealed issue-20 holdout (not part of "all")
 *   npm run bench:guards -- --split holdout-v6 --no-lib   # fourth sealed issue-20 holdout, the frozen detector (not part of "all")
 *   npm run bench:guards -- --split holdout-v7 --no-lib   # fifth sealed one (two authors, 1,495 benign look-alikes; spent since round 6; not part of "all")
 *   npm run bench:guards -- --split holdout-v8 --no-lib   # sixth sealed one (two authors, 1,491 benign look-alikes; spent since round 7; not part of "all")
 *   npm run bench:guards -- --split holdout-v9 --no-lib   # seventh sealed one (two authors, 1,488 benign texts; spent since round 8; not part of "all")
 *   npm run bench:guards -- --split holdout-v10 --no-lib  # eighth sealed one (two authors; spent since round 10; not part of "all")
 *   npm run bench:guards -- --split holdout-v11 --no-lib  # ninth sealed one (two authors; measured once, spent; not part of "all")
 *   npm run bench:guards -- --split holdout-v12 --no-lib  # tenth sealed one (two authors; measured once to decide round 11, spent; not part of "all")
 *   npm run bench:guards -- --split holdout-v13 --no-lib  # eleventh sealed one (two authors; measured once to decide round 12; not part of "all")
 *   npm run bench:guards -- --split dev-v3 --no-lib       # tuning set of the false-positive round
 *
 * PII: precision/recall/F1 per type with exact span + type; "masked" counts a gold entity as
 * caught when predicted spans of any type cover it (what matters for redaction).
 * Injection: recall on attacks and false-positive rate on benign texts, per language and class.
 * Grounding: accuracy on answer/context pairs. Timing: mean ms per case of our guards.
 */
import { readFileSync, statSync } from "node:fs";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { createRequire } from "node:module";
import { parseArgs } from "node:util";
import os from "node:os";
import type { TipoDePii } from "../../solutions/07-bloqueio-pii/pii.ts";
import { guardsAt } from "./revision.ts";
import { SPENT_SETS, type GroundingCase, type InjectionCase, type PiiCase } from "./types.ts";
// The reference guards, as the capstone uses them: from solutions/, whose given files (pii.ts, the detector)
// come from exercises/ through the Node hooks registered here (hence dynamic imports).
import "../../scripts/lib/solution-hooks-register.mjs";
const { detectarPii, TIPOS_DE_PII } = await import("../../solutions/07-bloqueio-pii/pii.ts");
const { avaliarAncoragem } = await import("../../solutions/07-bloqueio-pii/grounding.ts");
const { detectarInjecao } = await import("../../solutions/08-injecao-prompt/detector.ts");
const { pontuacaoAprendida, carregarModelo, entradaDoModelo, prever } = await import("../../solutions/08-injecao-prompt/model.ts");
const { normalizarParaDeteccao } = await import("../../solutions/08-injecao-prompt/normalize.ts");

const here = path.dirname(fileURLToPath(import.meta.url));

const { values: args } = parseArgs({
  options: {
    split: { type: "string", default: "test" },
    "no-lib": { type: "boolean", default: false },
    errors: { type: "boolean", default: false },
    against: { type: "string", multiple: true },
  },
});
const split = args.split ?? "test";
if (!["dev", "test", "holdout", "holdout-v2", "holdout-v3", "dev-v3", "holdout-v4", "holdout-v5", "holdout-v6", "holdout-v7", "holdout-v8", "holdout-v9", "holdout-v10", "holdout-v11", "holdout-v12", "holdout-v13", "all"].includes(split)) {
  throw new Error(`--split must be dev, test, holdout, holdout-v2, holdout-v3, dev-v3, holdout-v4, holdout-v5, holdout-v6, holdout-v7, holdout-v8, holdout-v9, holdout-v10, holdout-v11, holdout-v12, holdout-v13 or all (got ${split})`);
}

/** Reads JSONL, tolerating CRLF line endings and blank lines. */
export function readJsonl<T>(file: string): T[] {
  return readFileSync(path.join(here, "data", file), "utf8")
    .split(/\r?\n/)
    .filter((l) => l.trim() !== "")
    .map((l) => JSON.parse(l) as T);
}

// The guards of earlier commits, read from git history (revision.ts) and run next to today's, so every figure
// has its baselines in the same run. `--against REV` (repeatable) replaces the default list.
const WANTED: ReadonlyArray<{ rev: string; column: string; what: string }> = args.against?.length
  ? args.against.map((rev) => ({ rev, column: rev, what: "given with --against" }))
  : [
      { rev: "3df50a9", column: "baseline", what: "before issue 20" },
      { rev: "05335e8", column: "shipped 2026-12-05", what: "before the false-positive round" },
      { rev: "2f9646f", column: "round 2", what: "the detector first measured on holdout-v3" },
    ];
// A commit that cannot be read (a zip download has no history) is left out with a warning; today's figures still run.
const loaded = await Promise.all(
  WANTED.map((e) =>
    guardsAt(e.rev).catch((error: unknown) => {
      console.warn(`(column "${e.column}" left out: ${error instanceof Error ? error.message : String(error)})`);
      return undefined;
    }),
  ),
);
const EARLIER = WANTED.filter((_, i) => loaded[i]);
const earlier = loaded.filter((g) => g !== undefined);

const inSplit = <T extends { split: string }>(rows: T[]): T[] => (split === "all" ? rows : rows.filter((r) => r.split === split));
const pii = inSplit(readJsonl<PiiCase>("pii.jsonl"));
// holdout-v3 to holdout-v9 (sealed sets, each measured once; training rows since round 5, v7 since round 6, v8 since
// round 7, v9 since round 8, see
// types.ts SPENT_SETS):
// each is read only when asked for by name, as before.
const injection = inSplit([
  ...readJsonl<InjectionCase>("injection.jsonl"),
  ...readJsonl<InjectionCase>("holdout-v2.jsonl"),
  ...(split === "holdout-v3" ? readJsonl<InjectionCase>("holdout-v3.jsonl") : []),
  ...readJsonl<InjectionCase>("dev-v3.jsonl"),
  ...(split === "holdout-v4" ? readJsonl<InjectionCase>("holdout-v4.jsonl") : []),
  ...(split === "holdout-v5" ? readJsonl<InjectionCase>("holdout-v5.jsonl") : []),
  ...(split === "holdout-v6" ? readJsonl<InjectionCase>("holdout-v6.jsonl") : []),
  // holdout-v7: two more authors (a pharmacy and a digital bank), written while round 5 was tried; measured once, spent.
  ...(split === "holdout-v7" ? readJsonl<InjectionCase>("holdout-v7.jsonl") : []),
  // holdout-v8: sealed, two more authors (a travel agency and an online programming school), written while round 6 was tuned; measured once, spent.
  ...(split === "holdout-v8" ? readJsonl<InjectionCase>("holdout-v8.jsonl") : []),
  // holdout-v9: sealed, two more authors (a telecom operator and an HR/payroll SaaS), written while round 7 was tuned; measured once, spent.
  ...(split === "holdout-v9" ? readJsonl<InjectionCase>("holdout-v9.jsonl") : []),
  // holdout-v10: sealed, two more authors (a food-delivery app and a rental platform), written while round 8 was tuned; measured once, spent.
  ...(split === "holdout-v10" ? readJsonl<InjectionCase>("holdout-v10.jsonl") : []),
  // holdout-v11: sealed, two more authors (a health-insurance plan and an accounting/ERP SaaS), written while round 10 was prepared; measured once, spent.
  ...(split === "holdout-v11" ? readJsonl<InjectionCase>("holdout-v11.jsonl") : []),
  // holdout-v12: sealed, two more authors (a used-car marketplace and veterinary clinics), written while round 11 was trained; measured once, spent.
  ...(split === "holdout-v12" ? readJsonl<InjectionCase>("holdout-v12.jsonl") : []),
  // holdout-v13: sealed, two more authors (a gym chain and a municipal citizen-service portal), written while round 12 was prepared; measured once.
  ...(split === "holdout-v13" ? readJsonl<InjectionCase>("holdout-v13.jsonl") : []),
]);
const grounding = inSplit(readJsonl<GroundingCase>("grounding.jsonl"));

// ---------------------------------------------------------------------------------------------
// helpers
// ---------------------------------------------------------------------------------------------
interface Span {
  type: string;
  start: number;
  end: number;
}
interface Counts {
  tp: number;
  fp: number;
  fn: number;
}
const f1 = (c: Counts): { p: number; r: number; f: number } => {
  const p = c.tp + c.fp === 0 ? 1 : c.tp / (c.tp + c.fp);
  const r = c.tp + c.fn === 0 ? 1 : c.tp / (c.tp + c.fn);
  return { p, r, f: p + r === 0 ? 0 : (2 * p * r) / (p + r) };
};
const pct = (x: number): string => (x * 100).toFixed(1).padStart(5) + "%";
const num = (x: number): string => x.toFixed(3);
const pad = (s: string | number, n: number): string => String(s).padEnd(n);
const lpad = (s: string | number, n: number): string => String(s).padStart(n);

/**
 * CPU milliseconds per case: median over 25 rounds after warm-up. CPU time (process.cpuUsage)
 * instead of wall time, because this 2-core machine is shared and a busy neighbour would
 * otherwise dominate the figure; the wall-clock median is printed next to it.
 */
const wallMs: number[] = [];
function timePerCase(n: number, run: () => void): number {
  for (let i = 0; i < 3; i++) run(); // warm-up (JIT, regex compilation)
  const cpu: number[] = [];
  const wall: number[] = [];
  for (let i = 0; i < 25; i++) {
    const t0 = performance.now();
    const c0 = process.cpuUsage();
    run();
    const c = process.cpuUsage(c0);
    wall.push(performance.now() - t0);
    cpu.push((c.user + c.system) / 1000);
  }
  const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;
  wallMs.push(median(wall) / Math.max(1, n));
  return median(cpu) / Math.max(1, n);
}

interface PiiScore {
  perType: Map<string, Counts>;
  micro: Counts;
  masked: Counts;
  errors: string[];
}

function scorePii(cases: PiiCase[], predict: (text: string) => Span[]): PiiScore {
  const perType = new Map<string, Counts>();
  const get = (t: string): Counts => {
    let c = perType.get(t);
    if (!c) perType.set(t, (c = { tp: 0, fp: 0, fn: 0 }));
    return c;
  };
  const micro: Counts = { tp: 0, fp: 0, fn: 0 };
  const masked: Counts = { tp: 0, fp: 0, fn: 0 };
  const errors: string[] = [];
  for (const c of cases) {
    const pred = predict(c.text);
    const key = (s: Span): string => `${s.type}:${s.start}:${s.end}`;
    const gold = new Set(c.entities.map(key));
    const predKeys = new Set(pred.map(key));
    for (const g of c.entities) {
      const hit = predKeys.has(key(g));
      get(g.type)[hit ? "tp" : "fn"]++;
      micro[hit ? "tp" : "fn"]++;
      // masked: every character of the gold entity is inside some predicted span
      let covered = true;
      for (let i = g.start; i < g.end && covered; i++) covered = pred.some((p) => p.start <= i && i < p.end);
      masked[covered ? "tp" : "fn"]++;
      if (!hit) errors.push(`  FN ${c.id} ${g.type} "${c.text.slice(g.start, g.end)}" in: ${JSON.stringify(c.text)}`);
    }
    for (const p of pred) {
      if (!gold.has(key(p))) {
        get(p.type).fp++;
        micro.fp++;
        errors.push(`  FP ${c.id} ${p.type} "${c.text.slice(p.start, p.end)}" in: ${JSON.stringify(c.text)}`);
      }
      if (!c.entities.some((g) => p.start < g.end && g.start < p.end)) masked.fp++;
    }
  }
  return { perType, micro, masked, errors };
}

interface InjScore {
  recall: Map<string, [number, number]>; // key → [caught, total]
  fpr: Map<string, [number, number]>; // key → [flagged, total]
  errors: string[];
}

async function scoreInjection(cases: InjectionCase[], flag: (c: InjectionCase) => boolean | Promise<boolean>): Promise<InjScore> {
  const recall = new Map<string, [number, number]>();
  const fpr = new Map<string, [number, number]>();
  const bump = (m: Map<string, [number, number]>, k: string, hit: boolean): void => {
    const v = m.get(k) ?? [0, 0];
    m.set(k, [v[0] + (hit ? 1 : 0), v[1] + 1]);
  };
  const errors: string[] = [];
  for (const c of cases) {
    const flagged = await flag(c);
    if (c.label === "attack") {
      for (const k of ["all", c.lang, `class:${c.cls ?? "?"}`]) bump(recall, k, flagged);
      if (!flagged) errors.push(`  MISS ${c.id} [${c.lang}/${c.cls}] ${JSON.stringify(c.text).slice(0, 150)}`);
    } else {
      for (const k of ["all", c.lang, c.tricky ? "tricky" : "plain", `source:${c.source}`]) bump(fpr, k, flagged);
      if (flagged) errors.push(`  FALSE ALARM ${c.id} [${c.lang}] ${JSON.stringify(c.text).slice(0, 150)}`);
    }
  }
  return { recall, fpr, errors };
}
const rate = (v: [number, number] | undefined): string => (v ? `${pct(v[0] / Math.max(1, v[1]))} (${v[0]}/${v[1]})` : "—");

// ---------------------------------------------------------------------------------------------
// the library (optional): @presidio-dev/hai-guardrails
// ---------------------------------------------------------------------------------------------
interface Library {
  name: string;
  pii: (text: string) => Promise<Span[]>;
  injection: Record<string, (text: string) => Promise<boolean>>;
  note: string;
}

const LIB_LABELS: Record<string, string> = {
  EMAIL: "EMAIL",
  PHONE: "PHONE",
  SSN: "SSN",
  "CREDIT-CARD": "CARD",
};

/** Recovers the spans a redactor replaced by aligning its output with the input (lazy regex). */
export function spansFromRedaction(original: string, redacted: string, placeholder: RegExp): Span[] {
  const parts = redacted.split(placeholder);
  const labels = redacted.match(placeholder) ?? [];
  if (labels.length === 0) return [];
  const esc = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  const re = new RegExp(`^${parts.map(esc).join("([\\s\\S]+?)")}$`);
  const m = re.exec(original);
  if (!m) return [];
  const spans: Span[] = [];
  let pos = 0;
  for (let i = 0; i < labels.length; i++) {
    pos += (parts[i] ?? "").length;
    const value = m[i + 1] ?? "";
    const raw = (labels[i] ?? "").replace(/^\[REDACTED-|\]$/g, "");
    spans.push({ type: LIB_LABELS[raw] ?? `OTHER:${raw}`, start: pos, end: pos + value.length });
    pos += value.length;
  }
  return spans;
}

async function loadLibrary(): Promise<Library | undefined> {
  const require = createRequire(import.meta.url);
  let entry: string;
  try {
    entry = require.resolve("@presidio-dev/hai-guardrails");
  } catch {
    return undefined;
  }
  const pkg = JSON.parse(readFileSync(path.join(path.dirname(entry), "..", "package.json"), "utf8")) as { version: string };
  // The published 1.12.0 starts a worker pool (piscina) at import time whose worker path points
  // at the package's build machine, so every worker dies with MODULE_NOT_FOUND. We swallow those
  // errors and run the same heuristic function in-process (same keywords, same scoring).
  process.on("uncaughtException", (e: NodeJS.ErrnoException) => {
    if (e.code === "MODULE_NOT_FOUND" && /piscina/.test(e.message)) return;
    throw e;
  });
  const lib = await import("@presidio-dev/hai-guardrails");
  const workerUrl = pathToFileURL(path.join(path.dirname(entry), "workers", "heuristic.worker.js")).href;
  const worker = ((await import(workerUrl)) as {
    default: (a: { input: string; keyword: string; threshold: number }) => Promise<{ score: number; additionalFields: Record<string, unknown> }>;
  }).default;
  type H = { keywords: string[]; defaultThreshold: number };
  (lib.Heuristic.prototype as unknown as { execute: (input: string, t?: number) => Promise<unknown> }).execute = async function (
    this: H,
    input: string,
    thresholdOverride?: number,
  ) {
    const threshold = thresholdOverride ?? this.defaultThreshold;
    const results = await Promise.all(this.keywords.map((keyword) => worker({ input, keyword, threshold })));
    const best = results.reduce((m, c) => (c.score > m.score ? c : m));
    return { score: best.score, additionalFields: best.additionalFields };
  };

  const sel = { selection: lib.SelectionType.All };
  const piiGuard = lib.piiGuard({ ...sel, mode: "redact" });
  const guards = {
    heuristic: [lib.injectionGuard(sel, { mode: "heuristic", threshold: 0.7 }), lib.leakageGuard(sel, { mode: "heuristic", threshold: 0.7 })],
    pattern: [lib.injectionGuard(sel, { mode: "pattern", threshold: 0.7 }), lib.leakageGuard(sel, { mode: "pattern", threshold: 0.7 })],
  };
  const runGuards = async (gs: typeof guards.heuristic, text: string): Promise<boolean> => {
    for (const g of gs) {
      const r = await g([{ role: "user", content: text }]);
      if (r.some((x) => !x.passed)) return true;
    }
    return false;
  };
  return {
    name: `hai-guardrails ${pkg.version}`,
    note: "injection = injectionGuard OR leakageGuard, threshold 0.7 (README default); PII = piiGuard redact mode",
    pii: async (text) => {
      const r = await piiGuard([{ role: "user", content: text }]);
      const redacted = r[0]?.modifiedMessage?.content ?? text;
      return spansFromRedaction(text, redacted, /\[REDACTED-[A-Z0-9-]+\]/g);
    },
    injection: {
      heuristic: (text) => runGuards(guards.heuristic, text),
      pattern: (text) => runGuards(guards.pattern, text),
    },
  };
}

// ---------------------------------------------------------------------------------------------
// run
// ---------------------------------------------------------------------------------------------

// Our timings first: the library's crashing worker pool keeps respawning threads in the
// background once it is imported, which would slow down everything measured after it.
const oursMs = timePerCase(pii.length, () => {
  for (const c of pii) detectarPii(c.text);
});
const injMs = timePerCase(injection.length, () => {
  for (const c of injection) detectarInjecao(c.text, { source: c.source });
});
const earlierMs = earlier.map((g) => {
  const ms = timePerCase(injection.length, () => {
    for (const c of injection) g.detectInjection(c.text, { source: c.source });
  });
  wallMs.pop(); // wallMs keeps PII, injection, grounding only
  return ms;
});
const gMs = timePerCase(grounding.length, () => {
  for (const c of grounding) avaliarAncoragem(c.answer, c.context);
});

const lib = args["no-lib"] ? undefined : await loadLibrary();

console.log(`\nGuards benchmark — split "${split}": ${pii.length} PII, ${injection.length} injection, ${grounding.length} grounding cases`);
if ((SPENT_SETS as readonly string[]).includes(split) || split === "all")
  console.log(`note: ${SPENT_SETS.join(", ")} are training rows of the learned model since round 5: their injection figures are in-sample`);
if (lib) console.log(`Compared with ${lib.name} (${lib.note})`);

// ----- PII -----
const ours = scorePii(pii, (t) => detectarPii(t));
let theirs: PiiScore | undefined;
let theirsMs = 0;
if (lib) {
  const preds = new Map<string, Span[]>();
  const t0 = performance.now();
  for (const c of pii) preds.set(c.id, await lib.pii(c.text));
  theirsMs = (performance.now() - t0) / Math.max(1, pii.length);
  theirs = scorePii(pii, (t) => preds.get(pii.find((c) => c.text === t)?.id ?? "") ?? []);
}

console.log(`\n== PII (exact span + type) ==`);
console.log(
  `${pad("type", 8)}${lpad("gold", 5)} | ${pad("ours  P      R      F1", 24)}` + (lib ? ` | ${lib.name}  P      R      F1` : ""),
);
const types: string[] = [...TIPOS_DE_PII];
for (const t of theirs?.perType.keys() ?? []) if (!types.includes(t)) types.push(t);
for (const t of types) {
  const o = ours.perType.get(t) ?? { tp: 0, fp: 0, fn: 0 };
  const gold = o.tp + o.fn;
  const th = theirs?.perType.get(t) ?? { tp: 0, fp: 0, fn: gold };
  if (gold === 0 && o.fp === 0 && th.fp === 0) continue;
  const a = f1(o);
  const b = f1(th);
  const supported = ["EMAIL", "PHONE", "SSN", "CARD"].includes(t) || t.startsWith("OTHER");
  console.log(
    `${pad(t, 8)}${lpad(gold, 5)} | ${num(a.p)}  ${num(a.r)}  ${num(a.f)}  ${o.fp ? `(${o.fp} FP)` : ""}`.padEnd(42) +
      (lib ? `| ${num(b.p)}  ${num(b.r)}  ${num(b.f)}${supported ? "" : "  (type not supported)"}${th.fp ? ` (${th.fp} FP)` : ""}` : ""),
  );
}
const base = earlier[0] ? scorePii(pii, (t) => earlier[0]!.detectPii(t)) : undefined;
const om = f1(ours.micro);
const omask = f1(ours.masked);
console.log(`${pad("micro", 13)} | ${num(om.p)}  ${num(om.r)}  ${num(om.f)}`.padEnd(42) + (theirs ? `| ${num(f1(theirs.micro).p)}  ${num(f1(theirs.micro).r)}  ${num(f1(theirs.micro).f)}` : ""));
console.log(
  `${pad("masked*", 13)} | ${num(omask.p)}  ${num(omask.r)}  ${num(omask.f)}`.padEnd(42) +
    (theirs ? `| ${num(f1(theirs.masked).p)}  ${num(f1(theirs.masked).r)}  ${num(f1(theirs.masked).f)}` : ""),
);
if (base) {
  const bm = f1(base.micro);
  const bmask = f1(base.masked);
  console.log(`${pad("baseline", 13)} | ${num(bm.p)}  ${num(bm.r)}  ${num(bm.f)}  micro; masked ${num(bmask.f)} (${earlier[0]!.label}: ${EARLIER[0]!.what})`);
}
console.log(`${pad("ms/case", 13)} | ${oursMs.toFixed(4)} (CPU)`.padEnd(42) + (lib ? `| ${theirsMs.toFixed(4)} (wall)` : ""));
console.log(`* masked: gold entity fully covered by predicted spans of any type; FP = predicted span touching no gold entity`);
if (args.errors && ours.errors.length) console.log(`\nPII errors (ours):\n${ours.errors.join("\n")}`);

// ----- Injection -----
// Layers, each on top of the previous one: the guards of earlier commits (EARLIER), the new
// normalisation with the old rules, + the rules for families without trigger words, + the learned
// model and its combiner (= the detector's default, "ours"). "model only": the n-gram model alone at p ≥ 0.7.
const inj = await scoreInjection(injection, (c) => detectarInjecao(c.text, { source: c.source }).flagged);
const earlierInj: [string, InjScore, number][] = [];
for (const [i, g] of earlier.entries()) earlierInj.push([EARLIER[i]!.column, await scoreInjection(injection, (c) => g.detectInjection(c.text, { source: c.source }).flagged), earlierMs[i]!]);
const normOnly = await scoreInjection(injection, (c) => detectarInjecao(c.text, { source: c.source, familyRules: false, useModel: false }).flagged);
const plusRules = await scoreInjection(injection, (c) => detectarInjecao(c.text, { source: c.source, useModel: false }).flagged);
const modelOnly = await scoreInjection(injection, (c) => (pontuacaoAprendida(entradaDoModelo(normalizarParaDeteccao(c.text))) ?? 0) >= 0.7);
const variants: [string, InjScore, number][] = [
  ["L1 normalisation", normOnly, NaN],
  ["L2 + rules", plusRules, NaN],
];
const libInj: [string, InjScore, number][] = [];
if (lib) {
  for (const [mode, fn] of Object.entries(lib.injection)) {
    const t0 = performance.now();
    const s = await scoreInjection(injection, (c) => fn(c.text));
    libInj.push([`${mode}`, s, (performance.now() - t0) / Math.max(1, injection.length)]);
  }
}
console.log(
  `\n== Prompt injection == (${EARLIER.map((e, i) => `${e.column} = ${earlier[i]!.label}, ${e.what}`).join("; ")}; ` +
    `ours = L3: normalisation + rules + learned n-gram model and combiner; model only = the n-gram model alone, p ≥ 0.7)`,
);
const cols: [string, InjScore, number][] = [...earlierInj, ...variants, ["L3 + model = ours", inj, injMs], ["model only", modelOnly, NaN], ...libInj.map(([n, s, ms]) => [`lib ${n}`, s, ms] as [string, InjScore, number])];
console.log(pad("", 22) + cols.map(([n]) => pad(n, 22)).join(""));
const rows: [string, (s: InjScore) => string][] = [
  ["recall (all)", (s) => rate(s.recall.get("all"))],
  ["recall pt", (s) => rate(s.recall.get("pt"))],
  ["recall en", (s) => rate(s.recall.get("en"))],
  ["FPR benign (all)", (s) => rate(s.fpr.get("all"))],
  ["FPR benign pt", (s) => rate(s.fpr.get("pt"))],
  ["FPR benign en", (s) => rate(s.fpr.get("en"))],
  ["FPR tricky", (s) => rate(s.fpr.get("tricky"))],
  ["FPR documents", (s) => rate(s.fpr.get("source:document"))],
];
for (const [label, fn] of rows) console.log(pad(label, 22) + cols.map(([, s]) => pad(fn(s), 22)).join(""));
const classes = [...inj.recall.keys()].filter((k) => k.startsWith("class:")).sort();
for (const k of classes) console.log(pad(`  ${k.slice(6)}`, 22) + cols.map(([, s]) => pad(rate(s.recall.get(k)), 22)).join(""));
console.log(pad("ms/case", 22) + cols.map(([n, , ms]) => pad(Number.isNaN(ms) ? "" : `${ms.toFixed(4)} (${n.startsWith("lib ") ? "wall" : "CPU"})`, 22)).join(""));
if (args.errors && inj.errors.length) console.log(`\nInjection errors (ours):\n${inj.errors.join("\n")}`);

// Cost of the learned model: size on disk, load (read + JSON.parse + dense vector), CPU ms per case.
{
  const file = path.join(here, "..", "..", "exercises", "08-injecao-prompt", "model.json");
  const bytes = statSync(file).size;
  const loads: number[] = [];
  let loaded: ReturnType<typeof carregarModelo>;
  for (let i = 0; i < 7; i++) {
    const t0 = performance.now();
    loaded = carregarModelo(JSON.parse(readFileSync(file, "utf8")));
    loads.push(performance.now() - t0);
  }
  const inputs = injection.map((c) => entradaDoModelo(normalizarParaDeteccao(c.text)));
  const m = loaded!;
  const perCase = timePerCase(inputs.length, () => {
    for (const x of inputs) if (m) prever(m, x);
  });
  wallMs.pop(); // keep wallMs for the three guards only
  const meta = (JSON.parse(readFileSync(file, "utf8")) as { meta?: { examples?: number }; weights: unknown[] });
  console.log(
    `learned model: ${(bytes / 1024).toFixed(0)} KiB on disk (${meta.weights.length} weights, trained on ${meta.meta?.examples ?? "?"} sentences), ` +
      `load ${[...loads].sort((a, b) => a - b)[3]?.toFixed(1)} ms (median of 7, read + parse), ${perCase.toFixed(4)} CPU ms/case (model alone, normalised text given)`,
  );
}

// ----- Grounding -----
let gOk = 0;
let caught = 0;
let ungrounded = 0;
let falseAlarms = 0;
const gErrors: string[] = [];
for (const c of grounding) {
  const r = avaliarAncoragem(c.answer, c.context);
  if (r.grounded === c.grounded) gOk++;
  else gErrors.push(`  ${c.id} expected ${c.grounded ? "grounded" : "UNgrounded"}: ${JSON.stringify(c.answer)} ${JSON.stringify(r.issues)}`);
  if (!c.grounded) {
    ungrounded++;
    if (!r.grounded) caught++;
  } else if (!r.grounded) falseAlarms++;
}
const groundedCount = grounding.length - ungrounded;
console.log(`\n== Grounding (hallucination check, ours) ==`);
console.log(`accuracy ${pct(gOk / Math.max(1, grounding.length))} (${gOk}/${grounding.length}); ungrounded caught ${caught}/${ungrounded}; false alarms on grounded ${falseAlarms}/${groundedCount}; ${gMs.toFixed(4)} CPU ms/case`);
if (args.errors && gErrors.length) console.log(`\nGrounding errors:\n${gErrors.join("\n")}`);

// ----- Targets -----
const allRecall = inj.recall.get("all") ?? [0, 1];
const allFpr = inj.fpr.get("all") ?? [0, 1];
const check = (ok: boolean): string => (ok ? "ok  " : "MISS");
console.log(`\n== Targets (ours) ==`);
console.log(`${check(om.f >= 0.97)} PII entity F1 ${num(om.f)} (target ≥ 0.97)`);
console.log(`${check(allRecall[0] / allRecall[1] >= 0.7)} injection recall ${pct(allRecall[0] / allRecall[1])} (target ≥ 70%)`);
console.log(`${check(allFpr[0] / allFpr[1] <= 0.03)} benign false positives ${pct(allFpr[0] / allFpr[1])} (target ≤ 3%)`);
const ptRecall = inj.recall.get("pt") ?? [0, 1];
console.log(`${check(allRecall[0] / allRecall[1] >= 0.6 && ptRecall[0] / ptRecall[1] >= 0.5 && allFpr[0] / allFpr[1] <= 0.01)} issue-20 targets: recall ≥ 60% (${pct(allRecall[0] / allRecall[1])}), pt ≥ 50% (${pct(ptRecall[0] / ptRecall[1])}), false positives ≤ 1% (${pct(allFpr[0] / allFpr[1])})`);
const worstMs = Math.max(oursMs, injMs);
console.log(`${check(worstMs <= 0.2)} CPU time per case ${worstMs.toFixed(4)} ms (PII ${oursMs.toFixed(4)}, injection ${injMs.toFixed(4)}, grounding ${gMs.toFixed(4)}; target ≤ 0.2 ms)`);
console.log(`     wall-clock medians: PII ${wallMs[0]?.toFixed(4)}, injection ${wallMs[1]?.toFixed(4)}, grounding ${wallMs[2]?.toFixed(4)} ms (load average ${os.loadavg()[0]?.toFixed(1)} on ${os.cpus().length} cores)`);

// The library's worker pool keeps the event loop alive: exit explicitly.
process.exit(0);
