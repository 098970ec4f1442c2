import { describe, expect, it } from "vitest";
import { parseCli } from "../../quiz/args.ts";

const run = (argv: string[]) => {
  const parsed = parseCli(argv);
  if (parsed.kind !== "run") throw new Error(JSON.stringify(parsed));
  return parsed.options;
};
const error = (argv: string[]) => {
  const parsed = parseCli(argv);
  if (parsed.kind !== "error") throw new Error(`expected an error for ${argv.join(" ")}`);
  return parsed.message;
};

describe("quiz flags", () => {
  it("parses the documented flags", () => {
    expect(run([])).toEqual({ onlyBook: false, skipBook: false, json: false });
    expect(run(["--livro"]).onlyBook).toBe(true);
    expect(run(["--secao", "4"]).section).toBe(4);
    expect(run(["--secao=§2"]).section).toBe(2);
    expect(run(["--secao", "hands-on"]).section).toBe("hands-on");
    expect(run(["--n", "10", "--seed", "42"])).toMatchObject({ count: 10, seed: 42 });
    expect(run(["--answers", "b,a,a,a,a", "--json"])).toMatchObject({ answers: "b,a,a,a,a", json: true });
    expect(run(["--respostas", "baaaa"]).answers).toBe("baaaa");
    expect(parseCli(["-h"]).kind).toBe("help");
    expect(parseCli(["--ajuda"]).kind).toBe("help");
  });

  it("explains bad flags in pt-BR", () => {
    expect(error(["--bogus"])).toBe("opção desconhecida: --bogus");
    expect(error(["extra"])).toContain("argumento inesperado: extra");
    expect(error(["--secao"])).toBe("falta o valor de --secao");
    expect(error(["--livro=sim"])).toBe("--livro não recebe valor");
    expect(error(["--secao", "12"])).toContain("seção “12” não existe");
    expect(error(["--n", "0"])).toContain("--n precisa de um número inteiro de 1 a 100");
    expect(error(["--n", "dez"])).toContain("--n precisa");
    expect(error(["--seed", "-1"])).toContain("falta o valor de --seed");
    expect(error(["--seed", "1.5"])).toContain("--seed precisa");
    expect(error(["--livro", "--secao", "2"])).toContain("--livro não combina");
    expect(error(["--json"])).toContain("--json só funciona junto com --answers");
    expect(error(["--answers", "a", "--n", "3"])).toContain("informe também --seed");
    expect(error(["--answers", "a", "--sem-livro"])).toContain("--secao ou --n");
    expect(error(["--answers", "a", "--respostas", "b"])).toContain("não os dois");
  });
});
