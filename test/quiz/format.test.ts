import { describe, expect, it } from "vitest";
import { optionLabel } from "../../quiz/ask.ts";
import { colorEnabled, makeColors, marks } from "../../lib/cli/colors.ts";
import { formatFeedback, formatSummary, wrap } from "../../quiz/format.ts";
import { gradeAnswer, summarize } from "../../quiz/grade.ts";
import { layoutQuestion } from "../../quiz/layout.ts";
import { loadBank } from "../../quiz/load.ts";
import { bookQuestions } from "../../quiz/plan.ts";
import { plainStyle } from "./helpers.ts";

const book = bookQuestions(loadBank());

describe("colors", () => {
  it("only on a terminal, never with NO_COLOR or TERM=dumb; FORCE_COLOR forces them", () => {
    expect(colorEnabled({ isTTY: true }, {})).toBe(true);
    expect(colorEnabled({ isTTY: false }, {})).toBe(false);
    expect(colorEnabled({}, {})).toBe(false);
    expect(colorEnabled({ isTTY: true }, { NO_COLOR: "1" })).toBe(false);
    expect(colorEnabled({ isTTY: true }, { NO_COLOR: "" })).toBe(true); // empty NO_COLOR is ignored (no-color.org)
    expect(colorEnabled({ isTTY: true }, { TERM: "dumb" })).toBe(false);
    expect(colorEnabled({ isTTY: false }, { FORCE_COLOR: "1" })).toBe(true);
    expect(colorEnabled({ isTTY: true }, { FORCE_COLOR: "0" })).toBe(true);
    expect(makeColors(true).green("x")).toBe("\x1b[32mx\x1b[39m");
    expect(makeColors(false).green("x")).toBe("x");
  });

  it("ASCII-safe marks on the legacy Windows console only", () => {
    expect(marks({}, "linux").right).toBe("✔");
    expect(marks({}, "win32")).toEqual({ right: "√", wrong: "×", rule: "-" });
    expect(marks({ WT_SESSION: "x" }, "win32").right).toBe("✔");
  });
});

describe("text layout", () => {
  it("wraps on words, keeps paragraphs and tolerates CRLF", () => {
    expect(wrap("um dois três quatro", 24, "  ")).toBe("  um dois três quatro");
    const long = wrap("palavra ".repeat(12).trim(), 30, "> ");
    expect(long.split("\n").every((l) => l.startsWith("> ") && l.length <= 30)).toBe(true);
    expect(wrap("a\r\nb", 80)).toBe("a\nb");
  });

  it("long options wrap under their text, not mid-word", () => {
    const label = optionLabel("b", "Listar .env no .gitignore e no .dockerignore, e nunca imprimir a chave em logs, erros ou traces", 50);
    const lines = label.split("\n");
    expect(lines[0]).toMatch(/^b\) Listar/);
    expect(lines.slice(1).every((l) => l.startsWith("     ") && !l.startsWith("      "))).toBe(true);
    expect(lines.every((l) => l.length <= 48)).toBe(true);
    expect(optionLabel("a", "Curta", 80)).toBe("a) Curta");
  });

  it("feedback: the right option first, the chosen wrong one next, then the others, each with its explanation", () => {
    const q = book[0]!;
    const view = layoutQuestion(q, 123);
    const wrong = q.options.find((o) => !o.correct)!;
    const text = formatFeedback(view, gradeAnswer(q, wrong.index), plainStyle(1000));
    const right = q.options[q.correctIndex]!;
    expect(text.startsWith("✘ Errado. A resposta certa é")).toBe(true);
    expect(text.indexOf(`${right.text} (certa)`)).toBeLessThan(text.indexOf(`${wrong.text} (sua resposta)`));
    for (const o of q.options) expect(text).toContain(o.explanation);
    expect(text).toContain("Para revisar: §3 Observabilidade · npm run ex:1");
  });

  it("summary of an interrupted session", () => {
    const records = [gradeAnswer(book[0]!, 0)];
    const text = formatSummary(summarize(records, 5), { interrupted: true, savedTo: ".workbook/quiz.json" }, plainStyle());
    expect(text).toContain("Quiz interrompido: 1 de 5 questões respondidas.");
    expect(text).toContain("Resultado: 0 de 1 certas (0%)");
    expect(text).toContain("Progresso salvo em .workbook/quiz.json");
  });
});
