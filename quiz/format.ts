/** Everything the student reads after answering: feedback per question, the session summary, the --answers report. */
import type { Exercise } from "../curriculum.ts";
import type { Colors, Marks } from "../lib/cli/colors.ts";
import type { AnswerRecord, SessionSummary } from "./grade.ts";
import { displayedLetter, type QuestionView } from "./layout.ts";
import type { Question } from "./questions.ts";
import { sectionInfo } from "./sections.ts";

export interface Style {
  colors: Colors;
  marks: Marks;
  /** Terminal width for wrapping explanations. */
  width: number;
}

const INDENT = "     ";

/** Greedy word wrap; keeps existing line breaks (CRLF tolerant). */
export function wrap(text: string, width: number, indent = ""): string {
  const max = Math.max(20, width - indent.length);
  const out: string[] = [];
  for (const paragraph of text.replace(/\r\n?/g, "\n").split("\n")) {
    let line = "";
    for (const word of paragraph.split(/\s+/).filter(Boolean)) {
      if (line.length > 0 && line.length + 1 + word.length > max) {
        out.push(indent + line);
        line = word;
      } else {
        line = line.length > 0 ? `${line} ${word}` : word;
      }
    }
    out.push(indent + line);
  }
  return out.join("\n");
}

export function exerciseCommand(exercise: Exercise): string {
  return `npm run ex:${exercise.id}`;
}

export function exerciseLine(exercise: Exercise): string {
  const pending = exercise.status === "ready" ? "" : " (em preparação)";
  return `${exerciseCommand(exercise)} — ${exercise.title}${pending}`;
}

function reviewLine(question: Question, style: Style, indent = "  "): string {
  const section = sectionInfo(question.section).short;
  return style.colors.dim(wrap(`Para revisar: ${section} · ${exerciseLine(question.exercise)}`, style.width, indent));
}

export function formatQuestionHeader(view: QuestionView, position: number, total: number, style: Style): string {
  const q = view.question;
  const origin = q.bookNumber !== undefined ? ` · questão ${q.bookNumber} do livro` : "";
  const label = `Questão ${position} de ${total} · ${sectionInfo(q.section).short}${origin}`;
  return `\n${style.colors.bold(style.colors.cyan(label))}\n`;
}

/** Right/wrong, then why the right option is right and why every other one is wrong. */
export function formatFeedback(view: QuestionView, record: AnswerRecord, style: Style): string {
  const { colors: c, marks: m } = style;
  const q = view.question;
  const right = view.options.find((d) => d.option.correct);
  const chosen = view.options.find((d) => d.option.index === record.chosenIndex);
  if (!right || !chosen) throw new Error(`Inconsistent view for ${q.id}`);

  const lines: string[] = [];
  if (record.correct) {
    lines.push(c.green(c.bold(`${m.right} Certo!`)));
  } else {
    lines.push(c.red(c.bold(`${m.wrong} Errado.`)) + ` A resposta certa é ${c.bold(`${right.letter}) ${right.option.text}`)}`);
  }
  const ordered = [right, ...(record.correct ? [] : [chosen]), ...view.options.filter((d) => d !== right && d !== chosen)];
  for (const d of ordered) {
    const tag = d === right ? " (certa)" : d === chosen ? " (sua resposta)" : "";
    const title = `  ${d.letter}) ${d.option.text}${tag}`;
    const paint = d === right ? c.green : d === chosen ? c.red : c.dim;
    lines.push(paint(wrap(title.trimStart(), style.width, "  ")));
    lines.push(wrap(d.option.explanation, style.width, INDENT));
  }
  lines.push(reviewLine(q, style));
  return `${lines.join("\n")}\n`;
}

export interface SummaryContext {
  /** Where progress was saved (relative path for display), or undefined when nothing was saved. */
  savedTo?: string;
  /** Seed to repeat the session, when the session was random. */
  seed?: number;
  interrupted?: boolean;
}

export function formatSummary(summary: SessionSummary, context: SummaryContext, style: Style): string {
  const { colors: c, marks: m } = style;
  const lines: string[] = ["", c.dim(m.rule.repeat(Math.min(60, style.width)))];
  if (context.interrupted) {
    lines.push(c.yellow(`Quiz interrompido: ${summary.answered} de ${summary.planned} questões respondidas.`));
  }
  const paint = summary.percent >= 70 ? c.green : c.yellow;
  lines.push(c.bold(paint(`Resultado: ${summary.correct} de ${summary.answered} certas (${summary.percent}%)`)));

  if (summary.sections.length > 0) {
    lines.push("Por seção:");
    const width = Math.max(...summary.sections.map((s) => sectionInfo(s.section).short.length));
    for (const s of summary.sections) {
      const weak = summary.weakSections.includes(s);
      const label = sectionInfo(s.section).short.padEnd(width);
      lines.push(`  ${label}  ${s.correct}/${s.total}${weak ? c.yellow("  ← revisar") : ""}`);
    }
  }
  if (summary.answered > 0 && summary.weakSections.length === 0) {
    lines.push(c.green("Nenhuma seção para revisar nesta rodada. Muito bem!"));
  } else if (summary.weakSections.length > 0) {
    const list = summary.weakSections.map((s) => `${sectionInfo(s.section).short} (${s.correct} de ${s.total})`);
    lines.push(wrap(`Seções para revisar: ${list.join(", ")}`, style.width));
  }
  if (summary.redo.length > 0) {
    lines.push("Exercícios para refazer:");
    for (const ex of summary.redo) lines.push(`  ${exerciseLine(ex)}`);
    if (summary.redo.some((ex) => ex.status !== "ready")) {
      lines.push(c.dim("  (“em preparação” = o exercício ainda não foi publicado; por enquanto, releia a seção)"));
    }
  }
  if (context.savedTo) lines.push(c.dim(`Progresso salvo em ${context.savedTo}`));
  if (context.seed !== undefined) {
    lines.push(c.dim(`Para refazer exatamente esta prova, acrescente --seed ${context.seed} às mesmas opções.`));
  }
  return `${lines.join("\n")}\n`;
}

/** Text report of `--answers`: one line per question; the right explanation for each wrong one. */
export function formatAnswersReport(views: readonly QuestionView[], records: readonly AnswerRecord[], style: Style): string {
  const { colors: c, marks: m } = style;
  const lines = [c.bold("Quiz do Capítulo 9 — correção das respostas (letras na ordem original das opções)"), ""];
  records.forEach((record, i) => {
    const view = views[i] as QuestionView;
    const q = record.question;
    const mine = displayedLetter(view, record.chosenIndex);
    const head = `${String(i + 1).padStart(2)}. ${record.correct ? c.green(m.right) : c.red(m.wrong)} ${q.prompt}`;
    lines.push(head);
    const right = view.options.find((d) => d.option.correct);
    const chosen = view.options.find((d) => d.option.index === record.chosenIndex);
    if (!right || !chosen) return;
    if (record.correct) {
      lines.push(c.dim(`     sua resposta: ${mine}) ${chosen.option.text}`));
    } else {
      lines.push(c.red(`     sua resposta: ${mine}) ${chosen.option.text}`));
      lines.push(wrap(chosen.option.explanation, style.width, "       "));
      lines.push(c.green(`     certa: ${right.letter}) ${right.option.text}`));
      lines.push(wrap(right.option.explanation, style.width, "       "));
      lines.push(reviewLine(q, style, "     "));
    }
  });
  return `${lines.join("\n")}\n`;
}
