// Os exemplos de §4 (chapters/09/04-seguranca) em terminais falsos: o segredo digitado nunca aparece na tela,
// sem terminal nada é perguntado, e os logs/erros do exemplo de logs saem sem a chave.
import { PassThrough, Writable } from "node:stream";
import { inspect } from "node:util";
import { describe, expect, it } from "vitest";
import { getpass } from "../../chapters/09/04-seguranca/getpass.ts";
import { criarLogger, erroSeguro } from "../../chapters/09/04-seguranca/logs_sem_chaves.ts";
import { obterChave } from "../../chapters/09/04-seguranca/protecao_chave.ts";
import { findLeak, sentinels } from "./run.ts";

function fakeTerminal(tty: boolean) {
  const input = new PassThrough() as PassThrough & { isTTY?: boolean; setRawMode?: (on: boolean) => unknown };
  let screen = "";
  const output = new Writable({
    write(chunk: Buffer, _encoding, done) {
      screen += chunk.toString();
      done();
    },
  }) as Writable & { isTTY?: boolean; columns?: number };
  if (tty) {
    input.isTTY = true;
    input.setRawMode = () => input;
    output.isTTY = true;
    output.columns = 100;
  }
  return { input, output, screen: () => screen };
}

async function typeWhenAsked(t: ReturnType<typeof fakeTerminal>, text: string): Promise<void> {
  const started = Date.now();
  while (t.screen() === "" && Date.now() - started < 3000) await new Promise((r) => setTimeout(r, 5));
  t.input.write(`${text}\r`);
}

describe("protecao_chave.ts — obterChave", () => {
  it("usa a variável do ambiente sem perguntar nada", async () => {
    const { OPENAI_API_KEY } = sentinels();
    const t = fakeTerminal(true);
    expect(await obterChave("OPENAI_API_KEY", { env: { OPENAI_API_KEY }, input: t.input, output: t.output })).toBe(OPENAI_API_KEY);
    expect(t.screen()).toBe("");
  });

  it("sem terminal (ou em CI): erro com a variável e onde criar a chave, sem prompt", async () => {
    for (const [tty, env] of [[false, {}], [true, { CI: "true" }]] as const) {
      const t = fakeTerminal(tty);
      const error = await obterChave("GOOGLE_API_KEY", { env, input: t.input, output: t.output }).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(Error);
      expect((error as Error).message).toContain("GOOGLE_API_KEY");
      expect((error as Error).message).toContain("https://aistudio.google.com/apikey");
      expect(t.screen()).toBe("");
    }
  });

  it("num terminal, pergunta com a digitação mascarada e devolve a chave", async () => {
    const { OPENAI_API_KEY } = sentinels();
    const t = fakeTerminal(true);
    const asking = obterChave("OPENAI_API_KEY", { env: {}, input: t.input, output: t.output });
    await typeWhenAsked(t, OPENAI_API_KEY);
    expect(await asking).toBe(OPENAI_API_KEY);
    expect(t.screen()).toContain("OPENAI_API_KEY");
    expect(findLeak(t.screen(), { OPENAI_API_KEY })).toBeUndefined();
  });
});

describe("getpass.ts — node:readline sem eco", () => {
  it("lê o segredo sem escrevê-lo na tela", async () => {
    const { LANGSMITH_API_KEY } = sentinels();
    const t = fakeTerminal(true);
    const asking = getpass("Chave: ", { input: t.input, output: t.output });
    await typeWhenAsked(t, LANGSMITH_API_KEY);
    expect(await asking).toBe(LANGSMITH_API_KEY);
    expect(t.screen()).toContain("Chave: ");
    expect(findLeak(t.screen(), { LANGSMITH_API_KEY })).toBeUndefined();
  });

  it("recusa-se a rodar sem terminal", async () => {
    const t = fakeTerminal(false);
    await expect(getpass("Chave: ", { input: t.input, output: t.output })).rejects.toThrow(/terminal interativo/);
    expect(t.screen()).toBe("");
  });
});

describe("logs_sem_chaves.ts — logger e erro seguro", () => {
  it("nem o cabeçalho nem a chave no meio do texto chegam à linha de log", () => {
    const keys = sentinels();
    const lines: string[] = [];
    const log = criarLogger([keys.OPENAI_API_KEY], { write: (line: string) => void lines.push(line) });
    log.info({ req: { headers: { authorization: "Bearer token-desconhecido-123", "content-type": "application/json" } } }, "req");
    log.warn(`usando ${keys.OPENAI_API_KEY}`);
    const text = lines.join("");
    expect(text).not.toContain("token-desconhecido-123");
    expect(text).toContain("application/json");
    expect(findLeak(text, keys)).toBeUndefined();
  });

  it("erroSeguro devolve um erro novo, com status, sem a chave nem os campos do original", () => {
    const keys = sentinels();
    const original = Object.assign(new Error(`401 Incorrect API key provided: ${keys.OPENAI_API_KEY}`), { status: 401, headers: { authorization: keys.OPENAI_API_KEY } });
    const safe = erroSeguro(original, [keys.OPENAI_API_KEY]);
    expect(safe.status).toBe(401);
    expect(safe.message).toContain("Incorrect API key provided");
    expect(findLeak(`${safe.message}\n${safe.stack}\n${inspect(safe, { depth: 5 })}`, keys)).toBeUndefined();
  });
});
