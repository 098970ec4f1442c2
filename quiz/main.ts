/**
 * `npm run quiz`: parses flags, then either grades `--answers` (no terminal needed) or runs the interactive quiz.
 * Exit codes: 0 done (any score), 1 broken question bank, 2 usage error or no terminal, 130 interrupted (Ctrl-C).
 *
 * Start-up (target: first question ≤ 0.5 s, bench/quiz-startup.ts): the prompt library and the bank data load in
 * parallel; zod (≈100 files with its locales, the biggest cost) is loaded and the bank validated right after the
 * first question is on screen, while the student reads it. No answer is graded before that validation passes;
 * if it fails, the open question is aborted and the problems are printed (exit 1).
 */
import { displayPath } from "../lib/cli/state.ts";
import { parseCli, USAGE, type CliOptions } from "./args.ts";
import { colorEnabled, makeColors, marks } from "../lib/cli/colors.ts";
import type { Style } from "./format.ts";
import type { AskFn } from "./interactive.ts";
import { planSession, type PlanOptions, type SessionPlan } from "./plan.ts";
import type { Question } from "./questions.ts";
import type { Recorder } from "./recorder.ts";

export const EXIT = { ok: 0, bankError: 1, usage: 2, interrupted: 130 } as const;

export interface MainIO {
  stdout: { write(text: string): unknown; isTTY?: boolean; columns?: number };
  stderr: { write(text: string): unknown };
  stdinIsTTY: boolean;
  env: Record<string, string | undefined>;
  cwd: string;
  /** The prompt; default: @inquirer/prompts `select` on the process's terminal. `signal` aborts the open question. */
  createAsk?: (style: Style, signal: AbortSignal) => Promise<AskFn>;
  now?: () => Date;
  freshSeed?: () => number;
}

export const NO_TERMINAL_MESSAGE = `O quiz é interativo e precisa de um terminal, mas a entrada padrão não é um terminal
(por exemplo: saída de um pipe, CI ou </dev/null).
Para corrigir sem terminal, passe as respostas das 5 questões do livro:
  npm run quiz -- --answers b,a,a,a,a
Veja as opções com: npm run quiz -- --help
`;

export async function main(argv: readonly string[], io: MainIO): Promise<number> {
  const parsed = parseCli(argv);
  if (parsed.kind === "help") {
    io.stdout.write(USAGE);
    return EXIT.ok;
  }
  if (parsed.kind === "error") {
    io.stderr.write(`Erro: ${parsed.message}\n\n${USAGE}`);
    return EXIT.usage;
  }
  const options = parsed.options;
  const interactive = options.answers === undefined;
  if (interactive && !io.stdinIsTTY) {
    io.stderr.write(NO_TERMINAL_MESSAGE);
    return EXIT.usage;
  }

  const style: Style = {
    colors: makeColors(!options.json && colorEnabled(io.stdout, io.env)),
    marks: marks(io.env),
    width: Math.min(io.stdout.columns ?? 80, 100),
  };
  const seedGiven = options.seed !== undefined;
  const seed = options.seed ?? (io.freshSeed ?? defaultFreshSeed)();
  const planOptions: PlanOptions = {
    onlyBook: options.onlyBook || (!interactive && options.section === undefined && options.count === undefined),
    skipBook: options.skipBook,
    ...(options.section !== undefined ? { section: options.section } : {}),
    ...(options.count !== undefined ? { count: options.count } : {}),
    seed,
  };
  const context: SessionContext = { io, style, seed, seedGiven, planOptions };
  return interactive ? runInteractive(context) : gradeAnswers(context, options);
}

interface SessionContext {
  io: MainIO;
  style: Style;
  seed: number;
  seedGiven: boolean;
  planOptions: PlanOptions;
}

/** zod validation of the whole bank (load.ts); prints the problems and returns undefined when it is broken. */
async function validatedBank(io: MainIO): Promise<Question[] | undefined> {
  const { loadBank, BankError } = await import("./load.ts");
  try {
    return loadBank();
  } catch (error) {
    if (!(error instanceof BankError)) throw error;
    io.stderr.write(`${error.message}\n(Corrija quiz/bank/ — formato em quiz/README.md.)\n`);
    return undefined;
  }
}

async function openRecorder(context: SessionContext, plan: SessionPlan, via: "terminal" | "answers"): Promise<{ recorder: Recorder; file: string }> {
  const [{ createRecorder }, { quizProgressFile }] = await Promise.all([import("./recorder.ts"), import("./progress.ts")]);
  const { io } = context;
  const file = quizProgressFile(io.env);
  const recorder = createRecorder({
    file,
    mode: plan.mode,
    seed: context.seedGiven ? context.seed : null,
    via,
    planned: plan.questions.length,
    ...(io.now ? { now: io.now } : {}),
    warn: (message) => io.stderr.write(`Aviso: ${message}\n`),
  });
  return { recorder, file };
}

async function runInteractive(context: SessionContext): Promise<number> {
  const { io, style } = context;
  const abort = new AbortController();
  // Everything the first screen needs, requested at once (module loading overlaps under tsx's loader). No zod.
  const [ask, { rawBank }, { draftBank }, { runInteractiveSession }, { summarize }, { formatSummary }] = await Promise.all([
    (io.createAsk ?? defaultCreateAsk)(style, abort.signal),
    import("./bank/index.ts"),
    import("./questions.ts"),
    import("./interactive.ts"),
    import("./grade.ts"),
    import("./format.ts"),
  ]);

  let draft: Question[] | undefined;
  try {
    draft = draftBank(rawBank);
  } catch {
    draft = undefined; // too broken to show anything: validate first, which explains what is wrong
  }
  const bankForPlan = draft ?? (await validatedBank(io));
  if (!bankForPlan) return EXIT.bankError;
  const plan = planSession(bankForPlan, context.planOptions);
  if (plan.questions.length === 0) {
    io.stderr.write("Nenhuma questão para essas opções. Veja: npm run quiz -- --help\n");
    return EXIT.usage;
  }

  // Validation + progress file, started once the first question is on screen; awaited before any grading.
  let checks: Promise<{ recorder: Recorder; file: string } | undefined> | undefined;
  const startChecks = () =>
    (checks ??= new Promise<void>((resolve) => setImmediate(resolve)).then(async () => {
      const bank = await validatedBank(io);
      if (!bank) {
        abort.abort();
        return undefined;
      }
      return openRecorder(context, plan, "terminal");
    }));
  let saved: { recorder: Recorder; file: string } | undefined;
  const ready = async () => {
    saved = await startChecks();
    if (!saved) throw new BankInvalid();
  };

  io.stdout.write(
    style.colors.bold(`Quiz — Capítulo 9: LangChain na Produção (${plan.questions.length} questões)\n`) +
      style.colors.dim("Use ↑↓ e Enter, ou a letra e Enter. Ctrl-C sai e guarda o que já respondeu.\n"),
  );
  let result;
  try {
    result = await runInteractiveSession(plan, {
      ask,
      write: (text) => io.stdout.write(text),
      style,
      onShown: () => void startChecks(),
      beforeGrade: ready,
      onAnswer: (record) => saved?.recorder.record(record.question.id, record.correct),
    });
  } catch (error) {
    if (error instanceof BankInvalid) return EXIT.bankError;
    throw error;
  }
  if (abort.signal.aborted) return EXIT.bankError; // the bank failed validation while a question was open
  if (!result.interrupted) saved?.recorder.finish();
  if (result.interrupted && result.records.length === 0) {
    io.stdout.write("\nQuiz interrompido antes da primeira resposta; nada foi salvo.\n");
    return EXIT.interrupted;
  }
  const summary = summarize(result.records, plan.questions.length);
  const savedTo = saved?.recorder.saved ? displayPath(io.cwd, saved.file) : undefined;
  io.stdout.write(
    formatSummary(
      summary,
      {
        ...(savedTo ? { savedTo } : {}),
        ...(!context.seedGiven && plan.mode !== "livro" ? { seed: context.seed } : {}),
        interrupted: result.interrupted,
      },
      style,
    ),
  );
  return result.interrupted ? EXIT.interrupted : EXIT.ok;
}

class BankInvalid extends Error {}

async function gradeAnswers(context: SessionContext, options: CliOptions): Promise<number> {
  const { io, style } = context;
  const [bank, { parseAnswers }, { gradeAnswer, summarize }, { layoutQuestion }, format, { answersJson }] = await Promise.all([
    validatedBank(io),
    import("./answers.ts"),
    import("./grade.ts"),
    import("./layout.ts"),
    import("./format.ts"),
    import("./json-report.ts"),
  ]);
  if (!bank) return EXIT.bankError;
  const plan = planSession(bank, context.planOptions);
  const parsedAnswers = parseAnswers(options.answers ?? "", plan.questions);
  if (!parsedAnswers.ok) {
    const order = plan.questions.map((q, i) => `${i + 1}. ${q.id}`).join(", ");
    io.stderr.write(`Erro: ${parsedAnswers.message}\nOrdem das questões: ${order}\n`);
    return EXIT.usage;
  }
  const records = plan.questions.map((q, i) => gradeAnswer(q, parsedAnswers.indices[i] as number));
  const { recorder, file } = await openRecorder(context, plan, "answers");
  for (const r of records) recorder.record(r.question.id, r.correct);
  recorder.finish();
  const summary = summarize(records, plan.questions.length);
  if (options.json) {
    io.stdout.write(`${JSON.stringify(answersJson(plan, records, summary, context.seedGiven), null, 2)}\n`);
    return EXIT.ok;
  }
  const views = plan.questions.map((q) => layoutQuestion(q, undefined));
  io.stdout.write(format.formatAnswersReport(views, records, style));
  io.stdout.write(format.formatSummary(summary, recorder.saved ? { savedTo: displayPath(io.cwd, file) } : {}, style));
  return EXIT.ok;
}

async function defaultCreateAsk(style: Style, signal: AbortSignal): Promise<AskFn> {
  const { createInquirerAsk } = await import("./ask.ts");
  return createInquirerAsk({ signal }, { width: style.width, dim: style.colors.dim });
}

function defaultFreshSeed(): number {
  return Math.floor(Math.random() * 1_000_000);
}

