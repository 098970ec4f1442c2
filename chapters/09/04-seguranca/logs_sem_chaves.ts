// Capítulo 9 — §4 Segurança: a chave fora do código não basta; ela também não pode sair nos logs, nas
// mensagens de erro nem nos traces. Três vazamentos comuns e a defesa de cada um:
//
//   1. log com os cabeçalhos da requisição  → `redact` do pino (por nome de campo)
//   2. a chave dentro de um texto qualquer   → `hooks.streamWrite` do pino (por valor, na linha pronta)
//   3. o provedor ecoa a chave no erro       → erro novo com a mensagem mascarada, e `anonymizer` no
//      ("Incorrect API key provided: sk-…")    Client do LangSmith, porque o LangChain grava o erro no trace
//
// Rode: npm run exemplo -- logs_sem_chaves
// Tudo aqui usa uma chave FALSA gerada na hora; a sua chave real nunca é usada.
import { randomBytes } from "node:crypto";
import { ChatOpenAI } from "@langchain/openai";
import { Client } from "langsmith";
import { createSecretAnonymizer } from "langsmith/anonymizer";
import { traceable } from "langsmith/traceable";
import { pino, type DestinationStream } from "pino";
import { runMain } from "#lib/main";
import { mask } from "#lib/secrets";

/** Cabeçalhos e campos que nunca vão para o log, seja qual for o valor. `*` do pino = um nível. */
export const CAMINHOS_SECRETOS = ["", "*.", "*.*."].flatMap((nivel) => [
  `${nivel}headers.authorization`,
  `${nivel}headers["x-api-key"]`,
  `${nivel}headers["x-goog-api-key"]`,
  `${nivel}apiKey`,
]);

/** Troca cada segredo conhecido pela máscara. */
export function esconder(texto: string, segredos: readonly string[]): string {
  return segredos.reduce((t, s) => (s.length >= 8 ? t.split(s).join(mask(s)) : t), texto);
}

/** Logger de produção: JSON por linha, cabeçalhos censurados por nome e segredos conhecidos por valor. */
export function criarLogger(segredos: readonly string[], destino?: DestinationStream) {
  const opcoes = {
    name: "logs_sem_chaves",
    redact: { paths: CAMINHOS_SECRETOS, censor: "[oculto]" },
    hooks: { streamWrite: (linha: string) => esconder(linha, segredos) },
  };
  // Síncrono no stdout: as linhas saem na ordem dos console.log (e nenhuma se perde num process.exit).
  return pino(opcoes, destino ?? pino.destination({ dest: 1, sync: true }));
}

/** Um erro novo, só com a mensagem mascarada e o status: nada de cabeçalhos, corpo ou URL do original. */
export function erroSeguro(erro: unknown, segredos: readonly string[]): Error & { status?: number } {
  const original = erro instanceof Error ? erro : new Error(String(erro));
  const seguro = Object.assign(new Error(esconder(original.message, segredos)), { status: (erro as { status?: number }).status });
  seguro.name = "ErroDoProvedor";
  return seguro;
}

export async function main(): Promise<void> {
  const chaveFalsa = `sk-proj-${randomBytes(24).toString("hex")}`;
  const segredos = [chaveFalsa];
  const log = criarLogger(segredos);

  console.log("1) Log de uma requisição: o cabeçalho authorization sai censurado pelo redact.");
  log.info({ req: { method: "POST", url: "/v1/chat/completions", headers: { authorization: `Bearer ${chaveFalsa}`, "content-type": "application/json" } } }, "chamando o provedor");

  console.log("\n2) A chave no meio de um texto: o streamWrite troca pela máscara na linha pronta.");
  log.warn(`tentando de novo com a chave ${chaveFalsa}`);

  console.log("\n3) O provedor recusa a chave e a repete na mensagem de erro.");
  const labUrl = process.env.LAB_URL;
  if (!labUrl || !process.env.OPENAI_BASE_URL?.startsWith(labUrl)) {
    console.log("   (Esta parte simula o erro no laboratório local; com OPENAI_API_KEY real ela é pulada para não chamar a OpenAI com uma chave falsa.)");
    return;
  }
  // Pedimos ao laboratório um 401 que repete a chave, como "Incorrect API key provided: sk-…".
  const { labClient } = await import("#lib/lab/client");
  await labClient(labUrl).setFaults([{ provider: "openai", status: 401, message: `Incorrect API key provided: ${chaveFalsa}` }]);

  // O anonymizer limpa entradas, saídas e erros de cada run ANTES de enviá-los ao LangSmith.
  const client = new Client({ anonymizer: createSecretAnonymizer({ extraRules: [{ pattern: chaveFalsa, replace: mask(chaveFalsa) }] }) });
  const llm = new ChatOpenAI({ model: "gpt-4o-mini", apiKey: chaveFalsa, maxRetries: 0, configuration: { baseURL: process.env.OPENAI_BASE_URL } });
  const perguntar = traceable(async (pergunta: string) => (await llm.invoke(pergunta)).text, { name: "perguntar", client });
  try {
    await perguntar("Qual o horário de atendimento?");
  } catch (erro) {
    const cruaTemAChave = erro instanceof Error && erro.message.includes(chaveFalsa);
    const seguro = erroSeguro(erro, segredos);
    console.log(`   A mensagem original do SDK contém a chave? ${cruaTemAChave ? "sim" : "não"}. Depois de erroSeguro: ${seguro.message.split("\n")[0]}`);
    log.error({ err: seguro, status: seguro.status }, "o provedor recusou a chave");
  } finally {
    await client.awaitPendingTraceBatches();
  }
  const runs = await labClient(labUrl).runs();
  const noTrace = runs.some((r) => JSON.stringify(r).includes(chaveFalsa));
  console.log(`   O trace guardado pelo LangSmith contém a chave? ${noTrace ? "SIM (vazou!)" : "não: o anonymizer trocou pela máscara"}.`);
}

await runMain(import.meta.url, main);
