/** The real prompt: @inquirer/prompts `select`, loaded lazily so `--answers` never pays for it. */
import { createRequire } from "node:module";
import { pathToFileURL } from "node:url";
import type { select as SelectPrompt } from "@inquirer/prompts";
import { wrap } from "./format.ts";
import type { AskFn } from "./interactive.ts";

export interface PromptContext {
  input?: NodeJS.ReadableStream;
  output?: NodeJS.WritableStream;
  signal?: AbortSignal;
}

export interface AskLook {
  /** Terminal width, to word-wrap long options under their text instead of mid-word. */
  width?: number;
  dim?: (text: string) => string;
}

export async function createInquirerAsk(context: PromptContext = {}, look: AskLook = {}): Promise<AskFn> {
  const select = await loadSelect();
  const dim = look.dim ?? String;
  const width = look.width ?? 80;
  return (view) =>
    select<number>(
      {
        message: view.question.prompt,
        choices: view.options.map((d) => ({
          value: d.option.index,
          name: optionLabel(d.letter, d.option.text, width),
          short: `${d.letter}) ${d.option.text}`,
        })),
        loop: false,
        pageSize: 10,
        theme: {
          // Neutral "done" mark: inquirer's green ✔ next to a wrong answer would mislead.
          prefix: { idle: "?", done: "›" },
          style: {
            keysHelpTip: () => dim("↑↓ escolher • a–d atalho • ⏎ responder • Ctrl-C sair"),
          },
        },
      },
      context,
    );
}

/**
 * `select` of @inquirer/prompts is a re-export of @inquirer/select. Importing the barrel also loads the nine other
 * prompts (editor and its encoding libraries, password, …): a large share of the 0.5 s start-up budget. So we load
 * the very package @inquirer/prompts re-exports, resolved from @inquirer/prompts itself (the only one package.json
 * lists), and fall back to the barrel if that layout ever changes.
 */
export async function loadSelect(): Promise<typeof SelectPrompt> {
  try {
    const prompts = createRequire(import.meta.url).resolve("@inquirer/prompts");
    const selectEntry = createRequire(prompts).resolve("@inquirer/select");
    const mod = (await import(pathToFileURL(selectEntry).href)) as { default: typeof SelectPrompt };
    if (typeof mod.default === "function") return mod.default;
  } catch {
    // fall through to the barrel
  }
  return (await import("@inquirer/prompts")).select;
}

/** "a) text", wrapped with continuation lines aligned under the text ("❯ a) " is 5 columns wide). */
export function optionLabel(letter: string, text: string, width: number): string {
  const [first = "", ...rest] = wrap(text, Math.max(30, width - 6)).split("\n");
  return [`${letter}) ${first}`, ...rest.map((line) => `     ${line}`)].join("\n");
}
