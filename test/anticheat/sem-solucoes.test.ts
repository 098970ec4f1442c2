// The guard of checks/_support/sem-solucoes.ts: the given folders pass it, borrowed answers do not.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { afterAll, describe, expect, it } from "vitest";
import { exercises } from "../../curriculum.ts";
import { folderName } from "../../lib/exercises.ts";
import { importsDeSolucoes, mensagemImportDeSolucoes, stringLiterals } from "../../checks/_support/sem-solucoes.ts";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "sem-solucoes-"));
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

function folder(files: Record<string, string>): string {
  const base = fs.mkdtempSync(path.join(tmp, "alvo-"));
  for (const [file, text] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(base, file)), { recursive: true });
    fs.writeFileSync(path.join(base, file), text);
  }
  return base;
}

describe("rejeitaImportDeSolucoes", () => {
  it("the given stubs and the reference solutions pass (capstone wiring excepted by the list)", () => {
    for (const base of ["exercises", "solutions"]) {
      for (const e of exercises) expect(importsDeSolucoes(folderName(e), path.join(ROOT, base)), `${base}/${folderName(e)}`).toEqual([]);
    }
  });

  it("catches #solucoes, relative, absolute and file: paths, dynamic import and require; ignores comments", () => {
    const sol = path.join(ROOT, "solutions", "02-retry-rate-limit", "retry.ts");
    const cases: Record<string, string> = {
      "a.ts": 'export * from "#solucoes/02-retry-rate-limit/retry.ts";',
      "b.ts": `import { comRetry } from ${JSON.stringify(path.relative(path.join(tmp, "x", "02-retry-rate-limit"), sol).split(path.sep).join("/"))};`,
      "c.ts": `const m = await import(${JSON.stringify(sol)});`,
      "d.ts": `const m = await import(\`${pathToFileURL(sol).href}\`);`,
      "e.cjs": 'const m = require(path.join(raiz, "solutions/02-retry-rate-limit/retry.ts"));',
    };
    for (const [file, text] of Object.entries(cases)) {
      const base = folder({ [`02-retry-rate-limit/${file}`]: text });
      const found = importsDeSolucoes("02-retry-rate-limit", base);
      expect(found.length, `${file}: ${text}`).toBe(1);
      expect(mensagemImportDeSolucoes(found)).toMatch(/soluções de referência/);
    }
    const clean = folder({ "02-retry-rate-limit/ok.ts": '// import "#solucoes/02-retry-rate-limit/retry.ts"\nimport { x } from "./retry.ts";\n/* solutions/02-a */' });
    expect(importsDeSolucoes("02-retry-rate-limit", clean)).toEqual([]);
    const extra = folder({ "11-chatbot-producao/componentes.ts": 'export { app } from "#solucoes/11-chatbot-producao/app.ts";' });
    expect(importsDeSolucoes("11-chatbot-producao", extra).length, "the exception list names specifiers, not the whole file").toBe(1);
  });

  it("stringLiterals reads quotes, escapes and templates, skipping comments", () => {
    expect(stringLiterals(`const a = "x\\"y"; // "no"\nconst b = 'z'; /* 'no' */ const c = \`t\`;`)).toEqual(['x"y', "z", "t"]);
  });
});
