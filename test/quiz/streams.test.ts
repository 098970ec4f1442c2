// No @inquirer/testing here: the real `select` runs on streams we own, the way a terminal feeds it bytes.
import { PassThrough } from "node:stream";
import { describe, expect, it } from "vitest";
import { createInquirerAsk, loadSelect } from "../../quiz/ask.ts";
import { runInteractiveSession } from "../../quiz/interactive.ts";
import { loadBank } from "../../quiz/load.ts";
import { planSession } from "../../quiz/plan.ts";
import { plainStyle } from "./helpers.ts";

describe("interactive loop on injected streams", () => {
  it("the prompt is exactly the `select` that @inquirer/prompts exports (loaded without the other prompts)", async () => {
    expect(await loadSelect()).toBe((await import("@inquirer/prompts")).select);
  });

  it("real select on injected input/output streams: arrow keys and Enter", async () => {
    const input = new PassThrough();
    const output = new PassThrough();
    let screenText = "";
    output.setEncoding("utf8").on("data", (chunk: string) => (screenText += chunk));
    const ask = await createInquirerAsk({ input, output });
    const plan = planSession(loadBank(), { onlyBook: true, seed: 2 });
    const written: string[] = [];
    const answered = runInteractiveSession(plan, {
      ask: async (view, position, total) => {
        const pending = ask(view, position, total);
        const target = view.options.findIndex((d) => d.option.correct);
        await new Promise((r) => setImmediate(r));
        input.write("\x1b[B".repeat(target)); // ↓ × n, as a terminal sends them
        await new Promise((r) => setImmediate(r));
        input.write("\r"); // Enter
        return pending;
      },
      write: (text) => written.push(text),
      style: plainStyle(),
    });
    const result = await answered;
    expect(result.interrupted).toBe(false);
    expect(result.records.every((r) => r.correct)).toBe(true);
    expect(screenText).toContain("Como ativar tracing com LangSmith?");
    expect(screenText).toContain("a–d atalho");
  });


  it("typing the letter shown on screen selects that option", async () => {
    const input = new PassThrough();
    const output = new PassThrough();
    output.resume();
    const ask = await createInquirerAsk({ input, output });
    const plan = planSession(loadBank(), { onlyBook: true, seed: 4 });
    const result = await runInteractiveSession(plan, {
      ask: async (view, position, total) => {
        const pending = ask(view, position, total);
        const right = view.options.find((d) => d.option.correct)!;
        await new Promise((r) => setImmediate(r));
        input.write(right.letter);
        await new Promise((r) => setImmediate(r));
        input.write("\r");
        return pending;
      },
      write: () => {},
      style: plainStyle(),
    });
    expect(result.records.map((r) => r.correct)).toEqual([true, true, true, true, true]);
  });
});
