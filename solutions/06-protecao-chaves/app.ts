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

// Stryker disable next-line all: equivalente para chaves reais (só letras, dígitos, - e _).
const escaparRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

export function criarAssistente(config: ConfigDoApp, logger: Logger): Assistente {
  const openaiKey = config.keys.OPENAI_API_KEY;
  // Stryker disable next-line all: guarda extra da solução, o enunciado não pede.
  if (!openaiKey) throw new ErroDeConfig(`Falta OPENAI_API_KEY. Crie uma em ${CHAVES.OPENAI_API_KEY.url}.`, "OPENAI_API_KEY");
  const secrets = valoresSecretos(config);

  // O LangSmith guarda entradas, saídas e ERROS de cada run. Um provedor que ecoa a chave na mensagem de
  // erro ("Incorrect API key provided: sk-…") a colocaria no trace; o anonymizer limpa tudo antes do envio.
  const client = new Client({
    apiUrl: config.urls.langsmith,
    // Stryker disable next-line OptionalChaining: não medido; os checks sempre passam a LANGSMITH_API_KEY.
    apiKey: config.keys.LANGSMITH_API_KEY?.reveal(),
    // Stryker disable next-line ObjectLiteral: equivalente para as chaves dos checks, as regras padrão do langsmith já reconhecem sk-/AIza/lsv2_.
    anonymizer: createSecretAnonymizer({
      // Stryker disable next-line StringLiteral: equivalente, as chaves dos checks aparecem uma vez por texto (a flag "g" não muda nada).
      extraRules: secrets.map((s) => ({ pattern: new RegExp(escaparRegExp(s), "g"), replace: mascarar(s) })),
    }),
  });
  // reveal() só aqui, na hora de entregar a chave ao SDK.
  const llm = new ChatOpenAI({
    model: "gpt-4o-mini",
    apiKey: openaiKey.reveal(),
    maxRetries: 2,
    configuration: { baseURL: config.urls.openai },
  });
  // O client vai no traceable: as chamadas do LangChain feitas dentro dele usam o mesmo client.
  // Stryker disable next-line StringLiteral: run_type "chain" é o padrão do traceable (o nome "perguntar" é conferido no trace).
  const perguntar = traceable(async (pergunta: string) => (await llm.invoke(pergunta)).text, { name: "perguntar", run_type: "chain", client });

  return {
    async ask(question) {
      const inicio = performance.now();
      try {
        const resposta = await perguntar(question);
        // Stryker disable next-line all: log de sucesso é extra da solução, o enunciado só pede o de erro.
        logger.info({ ms: Math.round(performance.now() - inicio), caracteres: resposta.length }, "pergunta respondida");
        return resposta;
      } catch (error) {
        const seguro = erroSeguro(error, secrets);
        logger.error({ err: seguro, status: seguro.status }, "o provedor recusou a pergunta");
        throw seguro;
      }
    },
    async close() {
      // flush() manda já o que está na fila (sem esperar os 250 ms em que o client junta runs num lote);
      // awaitPendingTraceBatches() espera o que ainda estiver a caminho, como o fim do run "perguntar".
      await new Promise((r) => setTimeout(r, 1));
      await client.flush();
      await client.awaitPendingTraceBatches();
    },
  };
}

// Stryker disable all: ambienteDeDemo e main() vêm prontos no enunciado (demonstração).
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
// Stryker restore all

await runMain(import.meta.url, main);
