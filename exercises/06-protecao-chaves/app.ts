// Exercício 6 — o app que usa a configuração: um assistente (ChatOpenAI) com tracing no LangSmith,
// logs e erros que nunca mostram a chave. Rode com: npm run ex:6
import { randomBytes } from "node:crypto";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { ChatOpenAI } from "@langchain/openai";
import { Client } from "langsmith";
import { createSecretAnonymizer } from "langsmith/anonymizer";
import { traceable } from "langsmith/traceable";
import type { Logger } from "pino";
import { LAB_KEY } from "#lib/config";
import { runMain } from "#lib/main";
import { ConfigError, KEYS, KEY_VARIABLES, loadConfig, mask, secretValues, type AppConfig } from "./config.ts";
import { createLogger, safeError } from "./logger.ts";

export interface Assistant {
  /** Pergunta ao modelo; em caso de falha, lança um ProviderError sem a chave (e registra no log). */
  ask(question: string): Promise<string>;
  /** Espera a entrega dos traces pendentes ao LangSmith. Chame antes de o processo terminar. */
  close(): Promise<void>;
}

export function createAssistant(config: AppConfig, logger: Logger): Assistant {
  // TODO 11: monte o assistente.
  //  a) Um Client do LangSmith (de "langsmith") com apiUrl: config.urls.langsmith, apiKey da
  //     LANGSMITH_API_KEY (se houver) e anonymizer: createSecretAnonymizer({ extraRules: [...] }), com uma
  //     regra { pattern, replace: mask(chave) } para cada chave de secretValues(config). Sem isso, a
  //     mensagem de erro de um provedor que ecoa a chave vai parar no trace.
  //  b) Um ChatOpenAI com model "gpt-4o-mini", apiKey: config.keys.OPENAI_API_KEY.reveal() e
  //     configuration: { baseURL: config.urls.openai }.
  //  c) perguntar = traceable(async (pergunta) => (await llm.invoke(pergunta)).text, { name: "perguntar", client }).
  //  d) ask(pergunta): chama perguntar; se falhar, registra logger.error({ err: seguro }, "...") e lança
  //     `seguro = safeError(erro, secretValues(config))` — nunca o erro original.
  //  e) close(): await client.awaitPendingTraceBatches().
  void [ChatOpenAI, Client, createSecretAnonymizer, traceable, mask, safeError, ConfigError, logger];
  throw new Error(`TODO 11: implemente createAssistant() em app.ts (modo ${config.mode}).`);
}

const HERE = path.dirname(fileURLToPath(import.meta.url));

/**
 * No laboratório do workbook as chaves valem "lab-sem-chave" (o laboratório aceita qualquer chave), e o seu
 * schema exige o formato real. Para a demonstração, trocamos por chaves FALSAS com o formato certo.
 */
function demoEnv(env: NodeJS.ProcessEnv): Record<string, string | undefined> {
  const out: Record<string, string | undefined> = { ...env };
  for (const variable of KEY_VARIABLES) {
    if (out[variable] === LAB_KEY) out[variable] = `${KEYS[variable].prefixes[0]}demo${randomBytes(18).toString("hex")}`;
  }
  return out;
}

// main() já está pronta: ela usa tudo o que você escreveu. Leia para ver o que cada parte deve fazer.
export async function main(): Promise<void> {
  const config = await loadConfig({ env: demoEnv(process.env), envFile: path.join(HERE, ".env") });
  // O Secret aparece mascarado até num console.log do objeto inteiro.
  console.log("Configuração carregada:", config);

  const secrets = secretValues(config);
  const log = createLogger({ secrets, name: "protecao-chaves" });
  log.info(
    { req: { method: "POST", url: `${config.urls.openai}/chat/completions`, headers: { authorization: `Bearer ${config.keys.OPENAI_API_KEY!.reveal()}`, "content-type": "application/json" } } },
    "requisição ao provedor (o cabeçalho authorization sai como [oculto])",
  );

  const assistente = createAssistant(config, log);
  try {
    console.log(await assistente.ask("Quais são os horários de funcionamento?"));
  } finally {
    await assistente.close();
  }

  // Como fica um erro de provedor que ecoa a chave, depois de passar por safeError:
  const erro = safeError(new Error(`401 Incorrect API key provided: ${config.keys.OPENAI_API_KEY!.reveal()}`), secrets);
  console.log(`Erro do provedor, já seguro para log e tela: ${erro.message}`);
}

await runMain(import.meta.url, main);
