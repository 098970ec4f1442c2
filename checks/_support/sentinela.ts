/**
 * Catches SDK clients created at import time. `importarComSentinela(() => loadTarget(...))` imports the graded
 * files while GEMINI_BASE_URL / OPENAI_BASE_URL point at a second, private lab (the "sentinel"), then points them
 * back at the file's lab. A client built when the file is imported keeps the sentinel's address, so its calls
 * land there; a client built when the function runs (what the exercises ask) reaches the file's lab.
 */
import { afterAll } from "vitest";
import { startLab, type Lab } from "#lib/lab/server";

const VARS = ["GEMINI_BASE_URL", "OPENAI_BASE_URL"] as const;

export async function importarComSentinela<T>(importar: () => Promise<T>): Promise<{ resultado: T; sentinela: Lab }> {
  const sentinela = await startLab();
  afterAll(() => sentinela.close());
  const antes = Object.fromEntries(VARS.map((v) => [v, process.env[v]]));
  process.env.GEMINI_BASE_URL = sentinela.url;
  process.env.OPENAI_BASE_URL = `${sentinela.url}/v1`;
  try {
    return { resultado: await importar(), sentinela };
  } finally {
    for (const v of VARS) {
      if (antes[v] === undefined) delete process.env[v];
      else process.env[v] = antes[v];
    }
  }
}

/** The pt-BR reason when the sentinel received model calls. */
export async function mensagemClienteNoImport(sentinela: Lab, onde: string): Promise<string | undefined> {
  const n = (await sentinela.calls()).length;
  if (n === 0) return undefined;
  return (
    `${n} chamada(s) ao modelo saíram de um cliente criado quando o arquivo foi importado (${onde}): ele guardou o endereço e a chave ` +
    "de antes de o programa configurar o ambiente. Crie o cliente dentro da função (ou na primeira chamada), não no topo do arquivo."
  );
}
