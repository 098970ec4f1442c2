// The yes/no and choice prompts speak pt-BR (inquirer's defaults are "(y/N)" and "↑↓ navigate • ⏎ select").
import { confirm, select } from "@inquirer/prompts";
import { render } from "@inquirer/testing";
import { describe, expect, it } from "vitest";
import { confirmTheme, selectTheme } from "../../scripts/lib/prompt-theme.ts";

describe("prompt themes", () => {
  it("confirm shows (s/N), accepts 'sim', and answers a wrong key in pt-BR", async () => {
    const { answer, events, getScreen } = await render(confirm, { message: "Apagar?", default: false, theme: confirmTheme });
    expect(getScreen()).toContain("(s/N)");
    expect(getScreen()).not.toMatch(/y\/N/);
    events.type("talvez");
    events.keypress("enter");
    expect(getScreen()).toContain('Responda "Sim" ou "Não"');
    for (let i = 0; i < 6; i++) events.keypress("backspace");
    events.type("sim");
    events.keypress("enter");
    await expect(answer).resolves.toBe(true);
  });

  it("select's key help is in pt-BR", async () => {
    const { answer, events, getScreen } = await render(select, { message: "Qual?", choices: [{ value: "a" }, { value: "b" }], theme: selectTheme });
    expect(getScreen()).toContain("↑↓ escolher • ⏎ confirmar");
    expect(getScreen()).not.toMatch(/navigate|select/);
    events.keypress("enter");
    await expect(answer).resolves.toBe("a");
  });
});
