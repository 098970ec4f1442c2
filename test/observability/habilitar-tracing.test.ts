// The chapter's tracing setup (the book's LANGSMITH_TRACING + getpass): environment first, a masked prompt only
// on a terminal, a clear pt-BR error elsewhere, and the key never written anywhere.
import { PassThrough, Writable } from "node:stream";
import { describe, expect, it, vi } from "vitest";
import { habilitarTracing, ONDE_CRIAR_CHAVE } from "../../chapters/09/03-observabilidade/habilitar_tracing.ts";

const KEY = "lsv2_pt_0123456789abcdef_segredo";

function fakeTerminal(tty: boolean) {
  let written = "";
  const input = Object.assign(new PassThrough(), { isTTY: tty });
  const output = Object.assign(
    new Writable({
      write(chunk, _encoding, done) {
        written += chunk.toString();
        done();
      },
    }),
    { isTTY: tty, columns: 80, rows: 24 },
  );
  return { input, output, written: () => written };
}

describe("habilitarTracing", () => {
  it("uses the key from the environment, turns tracing on and only returns it masked", async () => {
    const env: NodeJS.ProcessEnv = { LANGSMITH_API_KEY: `  ${KEY} ` };
    const perguntar = vi.fn();
    const estado = await habilitarTracing({ env, perguntar, ...fakeTerminal(true) });
    expect(perguntar).not.toHaveBeenCalled();
    expect(env).toMatchObject({ LANGSMITH_TRACING: "true", LANGSMITH_API_KEY: KEY });
    expect(estado).toEqual({ ativo: true, chave: "lsv2_…edo", endpoint: "https://api.smith.langchain.com" });
    expect(JSON.stringify(estado)).not.toContain(KEY);
  });

  it("respects an explicit LANGSMITH_TRACING=false (production kill switch) and asks nothing", async () => {
    const env: NodeJS.ProcessEnv = { LANGSMITH_TRACING: "false", LANGSMITH_ENDPOINT: "http://127.0.0.1:1" };
    const perguntar = vi.fn();
    expect(await habilitarTracing({ env, perguntar, ...fakeTerminal(true) })).toEqual({ ativo: false, endpoint: "http://127.0.0.1:1" });
    expect(perguntar).not.toHaveBeenCalled();
    expect(env.LANGSMITH_API_KEY).toBeUndefined();
  });

  it("without a key and without a terminal (CI, Docker, pipe): a pt-BR error naming the variable, no prompt", async () => {
    const env: NodeJS.ProcessEnv = {};
    const perguntar = vi.fn();
    const terminal = fakeTerminal(false);
    await expect(habilitarTracing({ env, perguntar, ...terminal })).rejects.toThrow(/Falta LANGSMITH_API_KEY.*\.env/);
    await expect(habilitarTracing({ env, perguntar, ...terminal })).rejects.toThrow(ONDE_CRIAR_CHAVE);
    expect(perguntar).not.toHaveBeenCalled();
    expect(env).toEqual({});
  });

  it("without a key on a terminal: asks (injected prompt), rejects an empty answer", async () => {
    const env: NodeJS.ProcessEnv = {};
    const estado = await habilitarTracing({ env, perguntar: async () => `${KEY}\n`, ...fakeTerminal(true) });
    expect(estado.chave).toBe("lsv2_…edo");
    expect(env.LANGSMITH_API_KEY).toBe(KEY);
    const vazio: NodeJS.ProcessEnv = {};
    await expect(habilitarTracing({ env: vazio, perguntar: async () => "   ", ...fakeTerminal(true) })).rejects.toThrow(/Nenhuma chave digitada/);
    expect(vazio.LANGSMITH_TRACING).toBeUndefined();
  });

  it("the real masked prompt (@inquirer/prompts) on a terminal shows asterisks, never the key", { timeout: 10_000 }, async () => {
    const env: NodeJS.ProcessEnv = {};
    const terminal = fakeTerminal(true);
    const pending = habilitarTracing({ env, input: terminal.input, output: terminal.output });
    const tick = () => new Promise((r) => setTimeout(r, 10));
    for (let waited = 0; !terminal.written().includes("LangSmith API Key:") && waited < 5_000; waited += 10) await tick();
    for (const char of KEY) terminal.input.write(char); // one keypress at a time, as a person types
    await tick();
    terminal.input.write("\r");
    const estado = await pending;
    expect(env.LANGSMITH_API_KEY).toBe(KEY);
    expect(estado.chave).toBe("lsv2_…edo");
    const screen = terminal.written();
    expect(screen).toContain("LangSmith API Key:");
    expect(screen).toContain("*".repeat(KEY.length));
    expect(screen).not.toContain("segredo");
    expect(screen).not.toContain("toggle");
  });
});
