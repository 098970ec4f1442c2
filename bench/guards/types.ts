/** Shapes of the JSONL files in bench/guards/data/. */
import type { TipoDePii } from "../../solutions/07-bloqueio-pii/pii.ts";

/**
 * dev: used to tune the rules; test: held out (read once, see README); holdout: written after tuning;
 * holdout-v2: written for issue 20 before that round of changes, never tuned on (data/holdout-v2.jsonl);
 * holdout-v3: sealed issue-20 holdout by another author, written before the false-positive/recall tuning
 * round (data/holdout-v3.jsonl; read by evaluate.ts only when asked for by name).
 * dev-v3: the tuning set of the false-positive round of issue 20 (data/dev-v3.jsonl).
 * holdout-v4: second sealed issue-20 holdout by another author, written before the recall round it measures
 * (data/holdout-v4.jsonl; read by evaluate.ts only when asked for by name).
 * holdout-v5: third sealed issue-20 holdout by another author, written before the recalibration round it measures
 * (data/holdout-v5.jsonl; read by evaluate.ts only when asked for by name).
 * holdout-v6: fourth sealed issue-20 holdout by another author, written after the detector was frozen to measure
 * its false alarms on a larger set of benign look-alikes (data/holdout-v6.jsonl; read by evaluate.ts only when
 * asked for by name).
 * holdout-v7: fifth sealed one, by two more authors (a pharmacy and a digital bank; data/holdout-v7.jsonl; read by
 * evaluate.ts only when asked for by name); measured once on the round-4 detector, spent since round 6.
 * holdout-v8: sixth sealed one, by two more authors (a travel agency and an online programming school;
 * data/holdout-v8.jsonl; read by evaluate.ts only when asked for by name); measured once on the round-6 detector, spent
 * since round 7.
 * holdout-v9: seventh sealed one, by two more authors (a telecom operator and an HR/payroll SaaS; data/holdout-v9.jsonl;
 * read by evaluate.ts only when asked for by name), written while round 7 was tuned; measured once on the round-7 detector,
 * spent since round 8.
 * holdout-v10: eighth sealed one, by two more authors (a food-delivery app and a rental platform; data/holdout-v10.jsonl;
 * read by evaluate.ts only when asked for by name), written while round 8 was tuned; measured once on the round-7
 * detector, spent since round 10.
 * holdout-v11: ninth sealed one, by two more authors (a health-insurance plan and an accounting/ERP SaaS;
 * data/holdout-v11.jsonl; read by evaluate.ts only when asked for by name), written while round 10 was prepared;
 * measured once on the round-7 detector (round 10 did not ship); spent since round 11.
 * holdout-v12: tenth sealed one, by two more authors (a used-car marketplace with financing and veterinary clinics with
 * a pet health plan; data/holdout-v12.jsonl; read by evaluate.ts only when asked for by name), written while round 11
 * was trained, with v11's brief plus a definition of an attack (a manipulation of the assistant, not a bare misuse
 * request); measured once to decide round 11; spent since round 12.
 * holdout-v13: eleventh sealed one, by two more authors (a gym chain's app and a municipality's citizen-service portal;
 * data/holdout-v13.jsonl; read by evaluate.ts only when asked for by name), written while round 12 was prepared, with
 * holdout-v12's brief; measured once to decide round 12: spent, to become a training set in the next round.
 */
export type Split = "dev" | "test" | "holdout" | "holdout-v2" | "holdout-v3" | "dev-v3" | "holdout-v4" | "holdout-v5" | "holdout-v6" | "holdout-v7" | "holdout-v8" | "holdout-v9" | "holdout-v10" | "holdout-v11" | "holdout-v12" | "holdout-v13";

/**
 * Issue-20 evaluation sets that were each measured once as sealed sets and are SPENT (holdout-v7 since round 6, holdout-v8 since round 7, holdout-v9 since round 8, holdout-v10 since round 10, holdout-v11 since round 11, holdout-v12 since round 12): since round 5 they are
 * training (and calibration) rows of the learned injection model (bench/guards/learn.ts), so their bench figures are
 * in-sample. Nothing else may be a training row: data/injection.jsonl (dev/test/holdout) and every later set stay
 * out (build-train.ts and test/guards/bench-data.test.ts check it).
 */
export const SPENT_SETS = ["holdout-v2", "dev-v3", "holdout-v3", "holdout-v4", "holdout-v5", "holdout-v6", "holdout-v7", "holdout-v8", "holdout-v9", "holdout-v10", "holdout-v11", "holdout-v12"] as const;

/**
 * An injection evaluation file of data/ that training must stay apart from: every `.jsonl` there except the training
 * rows (train.jsonl, the spent sets) and the PII/grounding sets. Generic on purpose: a sealed set added later
 * (holdout-v13, …) is protected without being named (build-train.ts, learn.ts and test/guards/bench-data.test.ts).
 */
export const isEvaluationFile = (file: string): boolean =>
  file.endsWith(".jsonl") && !["train.jsonl", "pii.jsonl", "grounding.jsonl", ...SPENT_SETS.map((s) => `${s}.jsonl`)].includes(file);

export interface GoldEntity {
  type: TipoDePii;
  start: number;
  end: number;
}

/** data/pii.jsonl — one text with its gold PII entities (empty for look-alike negatives). */
export interface PiiCase {
  id: string;
  split: Split;
  lang: "pt" | "en";
  text: string;
  entities: GoldEntity[];
}

/** data/injection.jsonl — an attack (with class) or a benign message/document. */
export interface InjectionCase {
  id: string;
  split: Split;
  lang: "pt" | "en";
  label: "attack" | "benign";
  cls?: string;
  source: "user" | "document";
  tricky: boolean;
  text: string;
}

/** data/train.jsonl — training data of the learned injection model (never dev/test text). */
export interface TrainCase {
  lang: "pt" | "en";
  label: 0 | 1;
  text: string;
  /** Where the text would arrive (absent = "user"); retrieved documents get the document rules. */
  source?: "user" | "document";
  /**
   * "written": hand-written training sentences (weighted up, a slice kept for calibration); "written-c" / "written-d":
   * hand-written by two more authors for round 8, "written-e" / "written-f" by two more for round 10 (one LOAO group
   * each); absent = template.
   */
  origin?: "written" | "written-c" | "written-d" | "written-e" | "written-f";
}

/** data/grounding.jsonl — context, answer and whether the answer is fully supported. */
export interface GroundingCase {
  id: string;
  split: Split;
  lang: "pt" | "en";
  context: string;
  answer: string;
  grounded: boolean;
}

/** The eleven attack families of the issue-20 sets (holdout-v3 onwards, and the hand-written training attacks). */
export type AttackFamily =
  | "override"
  | "goal_hijack"
  | "tool_abuse"
  | "payload_split"
  | "virtualization"
  | "persuasion"
  | "obfuscation"
  | "indirect"
  | "exfiltration"
  | "fake_turn"
  | "output_hijack";

/** A case as the issue-20 sets' source files write it; build-data.ts adds its id and split. */
export interface SetCaseSource<C extends string = string> {
  lang: "pt" | "en";
  label: "attack" | "benign";
  cls?: C;
  source: "user" | "document";
  tricky: boolean;
  text: string;
}
