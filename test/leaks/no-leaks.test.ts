// Nenhuma chave vaza: roda cada exemplo do capítulo e o main() de cada solução pronta (lidos do
// curriculum.ts: o que entrar lá é coberto sozinho) com chaves-sentinela em todas as variáveis de chave e
// WORKBOOK_MODE=lab (nada sai da máquina), e procura as sentinelas — inteiras ou em pedaços de 12
// caracteres — no stdout, no stderr (onde saem as mensagens de erro) e nos runs que o laboratório gravou.
import fs from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { examples, exercises } from "../../curriculum.ts";
import { folderName } from "../../lib/exercises.ts";
import { TRACE_FILE } from "../../lib/session.ts";
import { findLeak, limiter, runProgram, sentinels, type RunResult } from "./run.ts";

const ROOT = path.resolve(import.meta.dirname, "../..");
const PER_PROGRAM_MS = 60_000;
const PARALLEL = 2;

interface Program {
  label: string;
  file: string;
  args?: string[];
}

const programs: Program[] = [
  ...examples.map((e) => ({ label: `exemplo ${e.name} (${e.file})`, file: path.join(ROOT, e.file) })),
  ...exercises
    .filter((e) => e.status === "ready" && e.entry)
    .map((e) => ({ label: `solução ${e.id} (solutions/${folderName(e)}/${e.entry})`, file: path.join(ROOT, "solutions", folderName(e), e.entry!) })),
];
const FIXTURE = path.join(ROOT, "test/leaks/fixtures/vaza.ts");
const controls: Array<Program & { channel: "stdout" | "stderr" | "traces" }> = [
  { label: "controle: vaza no stdout", file: FIXTURE, args: ["stdout"], channel: "stdout" },
  { label: "controle: vaza no stderr (pedaço da chave)", file: FIXTURE, args: ["stderr"], channel: "stderr" },
  { label: "controle: vaza no trace", file: FIXTURE, args: ["trace"], channel: "traces" },
];

// Tempo máximo do arquivo inteiro: cada programa tem 60 s, dois de cada vez.
const TOTAL_MS = Math.ceil((programs.length + controls.length) / PARALLEL) * PER_PROGRAM_MS + 15_000;

const keys = sentinels();
const runs = new Map<string, Promise<RunResult>>();
let rootTraceSize = 0;

beforeAll(() => {
  rootTraceSize = fs.existsSync(TRACE_FILE) ? fs.statSync(TRACE_FILE).size : 0;
  const limit = limiter(PARALLEL);
  for (const p of [...controls, ...programs]) {
    runs.set(p.label, limit(() => runProgram(p.file, { root: ROOT, keys, args: p.args, timeoutMs: PER_PROGRAM_MS })));
  }
});

afterAll(async () => {
  await Promise.allSettled(runs.values());
});

function context(text: string, where: number): string {
  return text
    .slice(Math.max(0, where - 60), where)
    .replace(/\s+/g, " ")
    .trim();
}

describe("o detector enxerga cada canal (controles negativos)", () => {
  for (const control of controls) {
    it(
      control.label,
      async () => {
        const result = await runs.get(control.label)!;
        expect(result.timedOut, `${control.label}: passou de ${PER_PROGRAM_MS / 1000} s`).toBe(false);
        const leak = findLeak(result[control.channel], keys);
        expect(
          leak?.variable,
          `O programa de controle vaza a OPENAI_API_KEY de propósito no ${control.channel}, mas o teste não encontrou: o detector (ou o LAB_TRACE_FILE de lib/session.ts) parou de funcionar.\nstdout: ${result.stdout.slice(0, 400)}\nstderr: ${result.stderr.slice(0, 400)}`,
        ).toBe("OPENAI_API_KEY");
      },
      TOTAL_MS,
    );
  }
});

describe("nenhuma chave vaza nos exemplos e nas soluções (WORKBOOK_MODE=lab, chaves-sentinela)", () => {
  it("o curriculum.ts tem programas para rodar", () => {
    expect(programs.length, "nenhum exemplo nem solução com entry no curriculum.ts").toBeGreaterThan(0);
  });

  for (const program of programs) {
    it(
      program.label,
      async () => {
        const result = await runs.get(program.label)!;
        const tail = `\n--- stdout (fim) ---\n${result.stdout.slice(-600)}\n--- stderr (fim) ---\n${result.stderr.slice(-600)}`;
        expect(result.timedOut, `${program.label} passou de ${PER_PROGRAM_MS / 1000} s e foi encerrado.${tail}`).toBe(false);
        expect(result.code, `${program.label} terminou com código ${result.code} (sem TTY, modo lab); o teste de vazamento só vale se o programa roda até o fim.${tail}`).toBe(0);
        for (const channel of ["stdout", "stderr", "traces"] as const) {
          const leak = findLeak(result[channel], keys);
          expect(
            leak ? `${leak.variable} em ${channel}` : "nenhum",
            `${program.label} vazou a ${leak?.variable} em ${channel === "traces" ? "um run gravado pelo laboratório (LangSmith)" : channel}, logo depois de: "${leak ? context(result[channel], leak.where) : ""}". Mascare com mask()/maskSecrets() de lib/secrets.ts, ou não registre o valor.`,
          ).toBe("nenhum");
        }
      },
      TOTAL_MS,
    );
  }

  it(
    "o .lab/traces.jsonl do workbook não ganhou nenhuma chave durante as execuções",
    async () => {
      await Promise.allSettled(runs.values());
      if (!fs.existsSync(TRACE_FILE)) return;
      const fd = fs.openSync(TRACE_FILE, "r");
      try {
        const size = fs.statSync(TRACE_FILE).size;
        const appended = Buffer.alloc(Math.max(0, size - rootTraceSize));
        fs.readSync(fd, appended, 0, appended.length, rootTraceSize);
        const leak = findLeak(appended.toString("utf8"), keys);
        expect(leak?.variable ?? "nenhum", `Uma chave-sentinela foi parar em ${TRACE_FILE}: algum programa ignora LAB_TRACE_FILE e grava runs com a chave.`).toBe("nenhum");
      } finally {
        fs.closeSync(fd);
      }
    },
    TOTAL_MS,
  );
});
