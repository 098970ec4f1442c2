/** Asking before destructive commands: a yes/no prompt on a terminal, `--yes` to skip it, refusal otherwise. */
import { confirmTheme } from "./prompt-theme.ts";

export type Answer = "yes" | "no" | "no-terminal";

/**
 * "yes" when `assumeYes`; on a terminal, the student's answer (default no); without a terminal and without
 * `--yes`, "no-terminal": the caller refuses with a message that names `--yes`.
 */
export async function confirm(message: string, assumeYes: boolean): Promise<Answer> {
  if (assumeYes) return "yes";
  if (!process.stdin.isTTY || !process.stdout.isTTY) return "no-terminal";
  const { confirm: ask } = await import("@inquirer/prompts");
  try {
    return (await ask({ message, default: false, theme: confirmTheme })) ? "yes" : "no";
  } catch {
    // Ctrl-C / closed input: treat as "no"
    return "no";
  }
}
