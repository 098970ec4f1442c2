// Capítulo 9, §6 — Deploy: o hello_chain do Hands-on 1 como um serviço HTTP pronto para contêiner.
//
// Esta pasta é um projeto completo, pronto para virar o seu repositório: package.json, Dockerfile,
// .dockerignore, pipeline do GitHub Actions e do GitLab CI. Veja o README.md.
//
// Rotas:  GET /health               → 200 {"status":"ok"} (503 enquanto desliga)
//         GET /frase?topico=<texto> → 200 {"frase":"…"} com a chain do livro (Gemini + tracing)
//
// Rodar sem Docker:  npm ci && npm run build && node dist/server.js   (ou: npx tsx server.ts)
// Chaves só pelo ambiente: GOOGLE_API_KEY (obrigatória), LANGSMITH_TRACING/LANGSMITH_API_KEY (opcionais).
import { createServer, type Server } from "node:http";
import { pathToFileURL } from "node:url";
import { ChatPromptTemplate } from "@langchain/core/prompts";
import { ChatGoogleGenerativeAI } from "@langchain/google-genai";
import { RunTree } from "langsmith";
import { traceable } from "langsmith/traceable";

export type Frase = (topico: string) => Promise<string>;

const prompt = ChatPromptTemplate.fromTemplate("Escreva uma frase sobre {topico}");

/** A chain do livro (hello_world_prod), com trace no LangSmith quando LANGSMITH_TRACING=true. */
export const hello_chain: Frase = traceable(
  async (topico: string): Promise<string> => {
    const llm = new ChatGoogleGenerativeAI({
      model: "gemini-2.5-flash",
      maxRetries: 2,
      // Opcional: outro endpoint compatível com a API do Gemini (o laboratório do workbook, por exemplo).
      ...(process.env.GEMINI_BASE_URL ? { baseUrl: process.env.GEMINI_BASE_URL } : {}),
    });
    const resposta = await prompt.pipe(llm).invoke({ topico });
    return resposta.text;
  },
  { name: "hello_chain", run_type: "chain", tags: ["capitulo-09", "deploy"] },
);

/** Uma linha JSON por evento: o formato que coletores de log (Loki, CloudWatch, Datadog) entendem. */
function logJson(entry: Record<string, unknown>): void {
  console.log(JSON.stringify({ time: new Date().toISOString(), ...entry }));
}

export interface AppOptions {
  /** Quem gera a frase (nos testes, uma função falsa; em produção, a chain). */
  frase?: Frase;
  log?: (entry: Record<string, unknown>) => void;
}

export interface App {
  server: Server;
  /** Para de aceitar requisições, espera as que estão em andamento e envia os traces pendentes. */
  shutdown(): Promise<void>;
}

const MAX_TOPICO = 200;

export function createApp({ frase = hello_chain, log = logJson }: AppOptions = {}): App {
  let desligando = false;

  const server = createServer(async (req, res) => {
    const send = (status: number, body: unknown) => {
      res.writeHead(status, { "content-type": "application/json; charset=utf-8" });
      res.end(JSON.stringify(body));
    };
    const url = new URL(req.url ?? "/", "http://localhost");
    if (req.method !== "GET") return send(405, { erro: "use GET" });

    if (url.pathname === "/health") {
      // O health check não chama o modelo: ele diz se ESTE processo está pronto, rápido e sem custo.
      return desligando ? send(503, { status: "desligando" }) : send(200, { status: "ok" });
    }

    if (url.pathname === "/frase") {
      const topico = (url.searchParams.get("topico") ?? "").trim();
      if (topico === "" || topico.length > MAX_TOPICO) {
        return send(400, { erro: `informe ?topico= com 1 a ${MAX_TOPICO} caracteres` });
      }
      const inicio = performance.now();
      try {
        const texto = await frase(topico);
        log({ level: "info", rota: "/frase", ms: Math.round(performance.now() - inicio) });
        return send(200, { frase: texto });
      } catch (error) {
        // Ao cliente, uma mensagem genérica; no log, o tipo do erro (nunca a chave nem o corpo da requisição).
        log({ level: "error", rota: "/frase", erro: error instanceof Error ? error.name : "erro", ms: Math.round(performance.now() - inicio) });
        return send(502, { erro: "o modelo não respondeu; tente de novo em instantes" });
      }
    }

    return send(404, { erro: "rota não encontrada" });
  });

  return {
    server,
    async shutdown() {
      desligando = true;
      await new Promise<void>((resolve) => server.close(() => resolve()));
      if (process.env.LANGSMITH_TRACING === "true") {
        // Traces vão em lotes, em segundo plano: sem esperar, os últimos se perdem no desligamento.
        const prazo = new Promise<void>((resolve) => setTimeout(resolve, 5_000).unref());
        await Promise.race([RunTree.getSharedClient().awaitPendingTraceBatches(), prazo]);
      }
    },
  };
}

export async function main(): Promise<void> {
  if (!process.env.GOOGLE_API_KEY) {
    // Falhar ao iniciar (e não na primeira requisição) faz o deploy quebrado aparecer no health check.
    console.error("GOOGLE_API_KEY não está definida. Rode com: docker run --env-file .env … (ou exporte a variável).");
    process.exitCode = 1;
    return;
  }
  const port = Number(process.env.PORT ?? 3000);
  const app = createApp();
  await new Promise<void>((resolve) => app.server.listen(port, "0.0.0.0", resolve));
  logJson({ level: "info", msg: `ouvindo na porta ${port}`, node: process.version });

  // `docker stop` envia SIGTERM ao PID 1 (por isso o CMD em forma exec chama o node direto).
  for (const sinal of ["SIGTERM", "SIGINT"] as const) {
    process.once(sinal, () => {
      logJson({ level: "info", msg: `${sinal} recebido: desligando` });
      app.shutdown().then(
        () => process.exit(0),
        () => process.exit(1),
      );
    });
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) await main();
