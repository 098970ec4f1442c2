/**
 * Terminal output for every CLI (scripts/ and quiz/): colours only on a terminal (plain text when piped,
 * with NO_COLOR or TERM=dumb; FORCE_COLOR forces them on), and ASCII-safe glyphs on the legacy Windows
 * console. The pt-BR text lives in the callers.
 */
import pc from "picocolors";

export type Colors = ReturnType<typeof pc.createColors>;

export interface Marks {
  right: string;
  wrong: string;
  rule: string;
}

type Env = Record<string, string | undefined>;

export function colorEnabled(stream: { isTTY?: boolean }, env: Env): boolean {
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== "") return false;
  if (env.FORCE_COLOR !== undefined && env.FORCE_COLOR !== "0" && env.FORCE_COLOR !== "false") return true;
  return stream.isTTY === true && env.TERM !== "dumb";
}

export function makeColors(enabled: boolean): Colors {
  return pc.createColors(enabled);
}

/** False only on the legacy Windows console (conhost without Windows Terminal, VS Code, ConEmu or an xterm). */
export function unicodeTerminal(env: Env, platform: NodeJS.Platform = process.platform): boolean {
  return (
    platform !== "win32" ||
    env.WT_SESSION !== undefined ||
    env.TERM_PROGRAM === "vscode" ||
    env.ConEmuTask !== undefined ||
    (env.TERM ?? "").startsWith("xterm")
  );
}

/** ✔/✘ where the terminal can show them; ASCII-safe marks on the legacy Windows console. */
export function marks(env: Env, platform: NodeJS.Platform = process.platform): Marks {
  return unicodeTerminal(env, platform) ? { right: "✔", wrong: "✘", rule: "─" } : { right: "√", wrong: "×", rule: "-" };
}

/** The scripts' colours, for their stdout. */
export const c: Colors = makeColors(colorEnabled(process.stdout, process.env));

/** A dim section title: `── title ─────…` (60 columns). */
export function rule(title: string, colors: Colors = c, line: string = marks(process.env).rule): string {
  return colors.dim(`${line.repeat(2)} ${title} ${line.repeat(Math.max(0, 60 - title.length))}`);
}

/** One progress bar for every command: `██████░░░░` (`#####-----` on the legacy Windows console). */
export function progressBar(done: number, total: number, { width = 22, colors = c, env = process.env as Env } = {}): string {
  const filled = Math.max(0, Math.min(width, Math.round((done / Math.max(1, total)) * width)));
  const [full, empty] = unicodeTerminal(env) ? ["█", "░"] : ["#", "-"];
  return colors.green(full.repeat(filled)) + colors.dim(empty.repeat(width - filled));
}
