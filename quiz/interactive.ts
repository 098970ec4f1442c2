/** The interactive loop: ask, grade, explain, save — with the prompt injected (inquirer in real use, fakes in tests). */
import { formatFeedback, formatQuestionHeader, type Style } from "./format.ts";
import { gradeAnswer, type AnswerRecord } from "./grade.ts";
import { layoutQuestion, type QuestionView } from "./layout.ts";
import type { SessionPlan } from "./plan.ts";

/** Shows one question and resolves with the chosen `option.index` (bank order). */
export type AskFn = (view: QuestionView, position: number, total: number) => Promise<number>;

export interface InteractiveDeps {
  ask: AskFn;
  write: (text: string) => void;
  style: Style;
  /** Called once a question is on screen (the prompt renders synchronously when asked). */
  onShown?: (position: number) => void;
  /** Awaited after each answer and before grading it (main uses it to finish validating the bank). */
  beforeGrade?: () => Promise<void>;
  onAnswer?: (record: AnswerRecord) => void;
}

export interface InteractiveResult {
  records: AnswerRecord[];
  interrupted: boolean;
}

/** inquirer rejects with ExitPromptError on Ctrl-C (and when stdin closes), AbortPromptError on abort. */
export function isPromptExit(error: unknown): boolean {
  return error instanceof Error && (error.name === "ExitPromptError" || error.name === "AbortPromptError");
}

export async function runInteractiveSession(plan: SessionPlan, deps: InteractiveDeps): Promise<InteractiveResult> {
  const records: AnswerRecord[] = [];
  const total = plan.questions.length;
  for (const [i, question] of plan.questions.entries()) {
    const view = layoutQuestion(question, plan.seed);
    deps.write(formatQuestionHeader(view, i + 1, total, deps.style));
    let chosen: number;
    try {
      const answer = deps.ask(view, i + 1, total);
      deps.onShown?.(i + 1);
      chosen = await answer;
    } catch (error) {
      if (isPromptExit(error)) return { records, interrupted: true };
      throw error;
    }
    await deps.beforeGrade?.();
    const record = gradeAnswer(question, chosen);
    records.push(record);
    deps.onAnswer?.(record);
    deps.write(formatFeedback(view, record, deps.style));
  }
  return { records, interrupted: false };
}
