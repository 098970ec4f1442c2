/**
 * `npm run progresso [-- --json]`: where the student is: each exercise (feito / em andamento / não
 * iniciado, attempts, last run, hints), a bar, and the quiz score when quiz/progress.ts is there.
 * Reads .workbook/progresso.json (lib/progress.ts) and never writes it.
 */
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { exercises, type Exercise } from "../curriculum.ts";
import { loadProgress, type ExerciseProgress } from "../lib/progress.ts";
import { parseScriptArgs } from "../lib/cli/args.ts";
import { isEdited } from "./lib/pristine.ts";
import { c, progressBar } from "../lib/cli/colors.ts";
import { ROOT } from "../lib/cli/paths.mjs";

const json = !!parseScriptArgs(process.argv.slice(2), { json: { type: "boolean" } }, "Uso: npm run progresso [-- --json]", false).values.json;

export type State = "feito" | "em-andamento" | "nao-iniciado" | "em-breve";

interface Row {
  id: number;
  slug: string;
  title: string;
  state: State;
  attempts: number;
  lastRun: string | null;
  hintsSeen: number;
  hintsTotal: number;
  solutionForced: boolean;
  /** The files differ from the original stub (null: unknown). */
  edited: boolean | null;
}

function stateOf(exercise: Exercise, p: ExerciseProgress | undefined, edited: boolean | undefined): State {
  if (exercise.status !== "ready") return "em-breve";
  if (p?.passed) return "feito";
  if ((p?.attempts ?? 0) > 0 || (p?.hintsSeen ?? 0) > 0 || p?.solutionForced || edited) return "em-andamento";
  return "nao-iniciado";
}

const { progress, status: progressStatus } = loadProgress(ROOT);
if (progressStatus === "invalid") {
  console.error("⚠️  .workbook/progresso.json está ilegível: mostro o progresso como vazio. O próximo npm run ex:N guarda uma cópia dele e recomeça o registro.");
}
const rows: Row[] = exercises.map((exercise) => {
  const p = progress.exercises[String(exercise.id)];
  let edited: boolean | undefined;
  try {
    edited = exercise.status === "ready" ? isEdited(ROOT, exercise) : undefined;
  } catch {
    edited = undefined;
  }
  return {
    id: exercise.id,
    slug: exercise.slug,
    title: exercise.title,
    state: stateOf(exercise, p, edited),
    attempts: p?.attempts ?? 0,
    lastRun: p?.lastRun ?? null,
    hintsSeen: p?.hintsSeen ?? 0,
    hintsTotal: exercise.hints.length,
    solutionForced: !!p?.solutionForced,
    edited: edited ?? null,
  };
});

interface QuizSummary {
  questionsAnswered: number;
  questionsRightLastTime: number;
  bookRightLastTime: number;
  bookTotal: number;
  sessions: number;
  lastSession: { answered: number; correct: number; startedAt: string } | null;
}

/** The quiz's progress, through quiz/progress.ts's readQuizProgress() when it exists; null otherwise. */
async function quizSummary(): Promise<QuizSummary | null> {
  try {
    const module = (await import(pathToFileURL(path.join(ROOT, "quiz", "progress.ts")).href)) as {
      readQuizProgress?: () => unknown;
    };
    if (typeof module.readQuizProgress !== "function") return null;
    const data = module.readQuizProgress() as {
      questions?: Record<string, { lastCorrect?: boolean }>;
      sessions?: Array<{ answered?: number; correct?: number; startedAt?: string }>;
    } | null;
    if (!data || typeof data !== "object") return null;
    const entries = Object.entries(data.questions ?? {});
    const last = Array.isArray(data.sessions) ? data.sessions.at(-1) : undefined;
    return {
      questionsAnswered: entries.length,
      questionsRightLastTime: entries.filter(([, q]) => q?.lastCorrect).length,
      bookRightLastTime: entries.filter(([id, q]) => id.startsWith("livro-") && q?.lastCorrect).length,
      bookTotal: 5,
      sessions: Array.isArray(data.sessions) ? data.sessions.length : 0,
      lastSession: last ? { answered: Number(last.answered ?? 0), correct: Number(last.correct ?? 0), startedAt: String(last.startedAt ?? "") } : null,
    };
  } catch {
    // No quiz in this version of the workbook (or it failed to load): the table works without it.
    return null;
  }
}

const quiz = await quizSummary();
const ready = exercises.filter((e) => e.status === "ready");
const done = rows.filter((r) => r.state === "feito").length;
const next = rows.find((r) => r.state === "em-andamento") ?? rows.find((r) => r.state === "nao-iniciado");

if (json) {
  console.log(JSON.stringify({ done, total: exercises.length, ready: ready.length, exercises: rows, quiz, next: next ? { id: next.id, command: `npm run ex:${next.id}` } : null }, null, 2));
  process.exit(0);
}

const relative = new Intl.RelativeTimeFormat("pt-BR", { numeric: "auto" });
function when(iso: string | null): string {
  if (!iso) return "—";
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return "—";
  const seconds = (date.getTime() - Date.now()) / 1000;
  const abs = Math.abs(seconds);
  if (abs < 60) return "agora há pouco";
  if (abs < 3600) return relative.format(Math.round(seconds / 60), "minute");
  if (abs < 86_400) return relative.format(Math.round(seconds / 3600), "hour");
  if (abs < 30 * 86_400) return relative.format(Math.round(seconds / 86_400), "day");
  return date.toLocaleDateString("pt-BR");
}

const LABEL: Record<State, string> = {
  feito: c.green("✓ feito"),
  "em-andamento": c.yellow("… em andamento"),
  "nao-iniciado": c.dim("· não iniciado"),
  "em-breve": c.dim("  em breve"),
};
const PLAIN: Record<State, string> = { feito: "✓ feito", "em-andamento": "… em andamento", "nao-iniciado": "· não iniciado", "em-breve": "  em breve" };
const pad = (text: string, plain: string, width: number) => text + " ".repeat(Math.max(0, width - plain.length));
const titleWidth = Math.min(46, Math.max(...rows.map((r) => r.title.length)));
const cut = (t: string) => (t.length > titleWidth ? `${t.slice(0, titleWidth - 1)}…` : t);

console.log(c.bold("📊 Seu progresso — Capítulo 9: LangChain na Produção\n"));
console.log(c.dim(` ${"#".padStart(2)}  ${"exercício".padEnd(titleWidth)}  ${"estado".padEnd(16)}  ${"tentativas".padStart(10)}  ${"última execução".padEnd(16)}  dicas`));
for (const r of rows) {
  const planned = r.state === "em-breve";
  const title = cut(r.title);
  const line =
    ` ${String(r.id).padStart(2)}  ${planned ? c.dim(title.padEnd(titleWidth)) : title.padEnd(titleWidth)}  ${pad(LABEL[r.state], PLAIN[r.state], 16)}  ` +
    (planned
      ? ""
      : `${String(r.attempts).padStart(10)}  ${when(r.lastRun).padEnd(16)}  ${r.hintsTotal ? `${r.hintsSeen}/${r.hintsTotal}` : "—"}` +
        (r.solutionForced ? c.dim("  (viu a solução antes)") : ""));
  console.log(line.trimEnd());
}

console.log(
  `\nProgresso: ${progressBar(done, exercises.length)} ${done}/${exercises.length} exercícios` +
    (ready.length < exercises.length ? c.dim(` (${ready.length} prontos nesta versão)`) : ""),
);
if (quiz) {
  if (quiz.questionsAnswered === 0) console.log(`Quiz: ainda não respondido ${c.dim("(npm run quiz)")}`);
  else {
    const last = quiz.lastSession ? `; última rodada ${quiz.lastSession.correct}/${quiz.lastSession.answered}` : "";
    console.log(
      `Quiz: ${quiz.bookRightLastTime}/${quiz.bookTotal} questões do livro certas, ${quiz.questionsRightLastTime}/${quiz.questionsAnswered} respondidas certas na última tentativa${last} ${c.dim("(npm run quiz)")}`,
    );
  }
}
if (next) console.log(c.dim(`\nPróximo passo: npm run ex:${next.id} (${next.title})   ·   modo watch: npm run ex:${next.id} -- --watch`));
else if (done === ready.length && ready.length > 0) console.log(c.green("\n🎉 Todos os exercícios prontos desta versão estão feitos!"));
