/** Terminal output helpers: colour only on a TTY and without NO_COLOR (pt-BR text lives in the callers). */
import pc from "picocolors";

const enabled = !!process.stdout.isTTY && !process.env.NO_COLOR && process.env.TERM !== "dumb";
export const c = pc.createColors(enabled);

export function rule(title: string): string {
  return c.dim(`── ${title} ${"─".repeat(Math.max(0, 60 - title.length))}`);
}
