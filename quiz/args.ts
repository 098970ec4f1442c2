/** Command-line flags of `npm run quiz` (pt-BR usage and errors). */
import { parseArgs } from "node:util";
import { translateParseError } from "../lib/cli/args.ts";
import { DEFAULT_SAMPLE_SIZE } from "./plan.ts";
import { MAX_SEED } from "../lib/cli/rng.ts";
import { parseSectionId, type SectionId } from "./sections.ts";

export interface CliOptions {
  onlyBook: boolean;
  skipBook: boolean;
  section?: SectionId;
  count?: number;
  seed?: number;
  /** Raw --answers text: grade without a terminal. */
  answers?: string;
  json: boolean;
}

export type CliParse =
  | { kind: "help" }
  | { kind: "error"; message: string }
  | { kind: "run"; options: CliOptions };

export const MAX_COUNT = 100;

export const USAGE = `Uso: npm run quiz -- [opções]

Sem opções: as 5 questões do livro (§10 “Teste seu Conhecimento”) e depois
${DEFAULT_SAMPLE_SIZE} questões sorteadas do banco do capítulo. Responda com ↑↓ e Enter, ou
digite a letra (a–d) e Enter.

Opções:
  --livro             só as 5 questões do livro
  --secao <N>         depois das do livro, todas as questões da seção N
                      (1 a 10, ou hands-on; --secao 10 = só as do livro)
  --n <N>             depois das do livro, N questões sorteadas
                      (com --secao: sorteadas só daquela seção)
  --seed <número>     repete o mesmo sorteio e a mesma ordem das opções
  --sem-livro         pula as 5 questões do livro
  --answers <letras>  corrige sem terminal, por ex.: --answers b,a,a,a,a
                      As letras seguem a ordem ORIGINAL das opções (a do
                      livro, para as 5 questões do livro), não a ordem
                      embaralhada que aparece na tela.
  --json              com --answers: resultado em JSON
  -h, --help          mostra esta ajuda

Exemplos:
  npm run quiz
  npm run quiz -- --livro
  npm run quiz -- --secao 4
  npm run quiz -- --n 10 --seed 42
  npm run quiz -- --answers b,a,a,a,a --json
`;

export function parseCli(argv: readonly string[]): CliParse {
  let values;
  try {
    ({ values } = parseArgs({
      args: [...argv],
      strict: true,
      allowPositionals: false,
      options: {
        livro: { type: "boolean" },
        "sem-livro": { type: "boolean" },
        secao: { type: "string" },
        n: { type: "string" },
        seed: { type: "string" },
        answers: { type: "string" },
        respostas: { type: "string" },
        json: { type: "boolean" },
        help: { type: "boolean", short: "h" },
        ajuda: { type: "boolean" },
      },
    }));
  } catch (error) {
    return { kind: "error", message: translateParseError(error) };
  }

  if (values.help || values.ajuda) return { kind: "help" };

  const options: CliOptions = {
    onlyBook: values.livro === true,
    skipBook: values["sem-livro"] === true,
    json: values.json === true,
  };

  if (values.secao !== undefined) {
    const section = parseSectionId(values.secao);
    if (section === undefined) {
      return { kind: "error", message: `seção “${values.secao}” não existe: use um número de 1 a 10 ou hands-on.` };
    }
    options.section = section;
  }
  if (values.n !== undefined) {
    const count = parseWholeNumber(values.n);
    if (count === undefined || count < 1 || count > MAX_COUNT) {
      return { kind: "error", message: `--n precisa de um número inteiro de 1 a ${MAX_COUNT} (recebi “${values.n}”).` };
    }
    options.count = count;
  }
  if (values.seed !== undefined) {
    const seed = parseWholeNumber(values.seed);
    if (seed === undefined || seed > MAX_SEED) {
      return { kind: "error", message: `--seed precisa de um número inteiro de 0 a ${MAX_SEED} (recebi “${values.seed}”).` };
    }
    options.seed = seed;
  }
  if (values.answers !== undefined && values.respostas !== undefined) {
    return { kind: "error", message: "use --answers ou --respostas, não os dois." };
  }
  const answers = values.answers ?? values.respostas;
  if (answers !== undefined) options.answers = answers;

  if (options.onlyBook && (options.section !== undefined || options.count !== undefined || options.skipBook)) {
    return { kind: "error", message: "--livro não combina com --secao, --n ou --sem-livro." };
  }
  if (options.json && options.answers === undefined) {
    return { kind: "error", message: "--json só funciona junto com --answers (correção sem terminal)." };
  }
  if (options.answers !== undefined && options.skipBook && options.section === undefined && options.count === undefined) {
    return { kind: "error", message: "com --answers e --sem-livro, escolha as questões com --secao ou --n." };
  }
  if (options.answers !== undefined && options.count !== undefined && options.seed === undefined) {
    return {
      kind: "error",
      message: "com --answers e --n, informe também --seed, para saber quais questões foram sorteadas.",
    };
  }
  return { kind: "run", options };
}

function parseWholeNumber(raw: string): number | undefined {
  const text = raw.trim();
  return /^\d{1,10}$/.test(text) ? Number(text) : undefined;
}

