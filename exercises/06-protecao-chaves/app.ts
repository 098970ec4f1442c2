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
import { ErroDeConfig, CHAVES, VARIAVEIS_DE_CHAVE, carregarConfig, mascarar, valoresSecretos, type ConfigDoApp } from "./config.ts";
import { criarLogger, erroSeguro } from "./logger.ts";

export interface Assistente {
  /** Pergunta ao modelo; em caso de falha, lança um ErroDoProvedor sem a chave (e registra no log). */
  ask(question: string): Promise<string>;
  /** Espera a entrega dos traces pendentes ao LangSmith. Chame antes de o processo terminar. */
  close(): Promise<void>;
}

export function criarAssistente(config: ConfigDoApp, logger: Logger): Assistente {
  // TODO 11: monte o assistente.
  //  a) Um Client do LangSmith (de "langsmith") com apiUrl: config.urls.langsmith, apiKey da
  //     LANGSMITH_API_KEY (se houver) e anonymizer: createSecretAnonymizer({ extraRules: [...] }), com uma
  //     regra { pattern, replace: mascarar(chave) } para cada chave de valoresSecretos(config). Sem isso, a
  //     mensagem de erro de um provedor que ecoa a chave vai parar no trace.
  //  b) Um ChatOpenAI com model "gpt-4o-mini", apiKey: config.keys.OPENAI_API_KEY.reveal() e
  //     configuration: { baseURL: config.urls.openai }.
  //  c) perguntar = traceable(async (pergunta) => (await llm.invoke(pergunta)).text, { name: "perguntar", client }).
  //  d) ask(pergunta): chama perguntar; se falhar, registra logger.error({ err: seguro }, "...") e lança
  //     `seguro = erroSeguro(erro, valoresSecretos(config))` — nunca o erro original.
  //  e) close(): await client.awaitPendingTraceBatches().
  void [ChatOpenAI, Client, createSecretAnonymizer, traceable, mascarar, erroSeguro, ErroDeConfig, logger];
  throw new Error(`TODO 11: implemente criarAssistente() em app.ts (modo ${config.mode}).`);
}

const PASTA = path.dirname(fileURLToPath(import.meta.url));

/**
 * No laboratório do workbook as chaves valem "lab-sem-chave" (o laboratório aceita qualquer chave), e o seu
 * schema exige o formato real. Para a demonstração, trocamos por chaves FALSAS com o formato certo.
 */
function ambienteDeDemo(env: NodeJS.ProcessEnv): Record<string, string | undefined> {
  const out: Record<string, string | undefined> = { ...env };
  for (const variable of VARIAVEIS_DE_CHAVE) {
    if (out[variable] === LAB_KEY) out[variable] = `${CHAVES[variable].prefixes[0]}demo${randomBytes(18).toString("hex")}`;
  }
  return out;
}

// main() já está pronta: ela usa tudo o que você escreveu. Leia para ver o que cada parte deve fazer.
export async function main(): Promise<void> {
  const config = await carregarConfig({ env: ambienteDeDemo(process.env), envFile: path.join(PASTA, ".env") });
  // O Segredo aparece mascarado até num console.log do objeto inteiro.
  console.log("Configuração carregada:", config);

  const secrets = valoresSecretos(config);
  const log = criarLogger({ secrets, name: "protecao-chaves" });
  log.info(
    { req: { method: "POST", url: `${config.urls.openai}/chat/completions`, headers: { authorization: `Bearer ${config.keys.OPENAI_API_KEY!.reveal()}`, "content-type": "application/json" } } },
    "requisição ao provedor (o cabeçalho authorization sai como [oculto])",
  );

  const assistente = criarAssistente(config, log);
  try {
    console.log(await assistente.ask("Quais são os horários de funcionamento?"));
  } finally {
    await assistente.close();
  }

  // Como fica um erro de provedor que ecoa a chave, depois de passar por erroSeguro:
  const erro = erroSeguro(new Error(`401 Incorrect API key provided: ${config.keys.OPENAI_API_KEY!.reveal()}`), secrets);
  console.log(`Erro do provedor, já seguro para log e tela: ${erro.message}`);
}

await runMain(import.meta.url, main);
