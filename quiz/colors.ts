/** Colors only on a terminal: plain text when piped, with NO_COLOR or TERM=dumb (FORCE_COLOR forces them on). */
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

/** ✔/✘ where the terminal can show them; ASCII-safe marks on the legacy Windows console. */
export function marks(env: Env, platform: NodeJS.Platform = process.platform): Marks {
  const unicode =
    platform !== "win32" ||
    env.WT_SESSION !== undefined ||
    env.TERM_PROGRAM === "vscode" ||
    env.ConEmuTask !== undefined ||
    (env.TERM ?? "").startsWith("xterm");
  return unicode ? { right: "✔", wrong: "✘", rule: "─" } : { right: "√", wrong: "×", rule: "-" };
}
