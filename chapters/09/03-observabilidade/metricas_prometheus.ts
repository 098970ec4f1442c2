// Capítulo 9 — §3 e "Dicas avançadas": métricas customizadas com Prometheus (latência, custo e uso de recursos).
//
// Um serviço HTTP pequeno com duas rotas:
//   GET /perguntar?topico=...  chama o Gemini e mede a chamada "à mão" (timer, tokens, custo, erros)
//   GET /metrics               o texto que o Prometheus raspa (prom-client)
//
// Rode: npm run exemplo -- metricas_prometheus
//   faz três perguntas, raspa o próprio /metrics uma vez, mostra as linhas principais e termina.
// Para deixar o servidor no ar e apontar um Prometheus de verdade para ele (veja o README desta pasta):
//   node --import tsx chapters/09/03-observabilidade/metricas_prometheus.ts --servir
import http from "node:http";
import type { AddressInfo } from "node:net";
import { ChatGoogleGenerativeAI } from "@langchain/google-genai";
import { collectDefaultMetrics, Counter, Histogram, Registry } from "prom-client";
import { geminiOptions } from "#lib/config";
import { runMain } from "#lib/main";
import { estimateCost } from "#lib/pricing";

const MODELO = "gemini-2.5-flash";

/** As métricas do serviço. Os nomes seguem as convenções GenAI do OpenTelemetry (as mesmas do Exercício 9). */
export function criarMetricas(registry: Registry = new Registry(), { recursos = true }: { recursos?: boolean } = {}) {
  // CPU, memória, event loop e GC do processo: o "uso de recursos" das dicas do livro.
  if (recursos) collectDefaultMetrics({ register: registry });
  const rotulos = ["gen_ai_operation_name", "gen_ai_provider_name", "gen_ai_request_model"] as const;
  return {
    registry,
    duracao: new Histogram({
      name: "gen_ai_client_operation_duration_seconds",
      help: "Duração das chamadas ao modelo, em segundos.",
      labelNames: [...rotulos, "error_type"],
      buckets: [0.01, 0.02, 0.04, 0.08, 0.16, 0.32, 0.64, 1.28, 2.56, 5.12, 10.24, 20.48, 40.96, 81.92],
      registers: [registry],
    }),
    tokens: new Histogram({
      name: "gen_ai_client_token_usage",
      help: "Tokens por chamada, por tipo (input/output).",
      labelNames: [...rotulos, "gen_ai_token_type"],
      buckets: [1, 4, 16, 64, 256, 1024, 4096, 16384, 65536, 262144, 1048576, 4194304],
      registers: [registry],
    }),
    custo: new Counter({
      name: "llm_cost_usd_total",
      help: "Custo estimado das chamadas ao modelo, em dólares.",
      labelNames: ["gen_ai_provider_name", "gen_ai_request_model"],
      registers: [registry],
    }),
    erros: new Counter({
      name: "llm_errors_total",
      help: "Chamadas ao modelo que terminaram em erro, por tipo.",
      labelNames: [...rotulos, "error_type"],
      registers: [registry],
    }),
  };
}

export type Metricas = ReturnType<typeof criarMetricas>;

/** Uma chamada medida. Os rótulos vêm do código (modelo, operação), nunca do texto do usuário. */
export async function perguntar(metricas: Metricas, topico: string): Promise<string> {
  const rotulos = { gen_ai_operation_name: "chat", gen_ai_provider_name: "gcp.gemini", gen_ai_request_model: MODELO };
  const llm = new ChatGoogleGenerativeAI({ model: MODELO, maxRetries: 2, ...geminiOptions() });
  const fim = metricas.duracao.startTimer(rotulos); // startTimer mede em segundos
  try {
    const resposta = await llm.invoke(`Escreva uma frase sobre ${topico}`);
    fim();
    const uso = resposta.usage_metadata;
    if (uso) {
      metricas.tokens.observe({ ...rotulos, gen_ai_token_type: "input" }, uso.input_tokens);
      metricas.tokens.observe({ ...rotulos, gen_ai_token_type: "output" }, uso.output_tokens);
      metricas.custo.inc({ gen_ai_provider_name: rotulos.gen_ai_provider_name, gen_ai_request_model: MODELO }, estimateCost(MODELO, uso) ?? 0);
    }
    return resposta.text;
  } catch (erro) {
    const status = (erro as { status?: unknown }).status;
    const tipo = typeof status === "number" ? String(status) : erro instanceof Error ? erro.name : "_OTHER";
    fim({ error_type: tipo });
    metricas.erros.inc({ ...rotulos, error_type: tipo });
    throw erro;
  }
}

export interface Servico {
  url: string;
  metricas: Metricas;
  close(): Promise<void>;
}

/** Sobe o serviço em host:port (127.0.0.1 por padrão: não exponha /metrics para a rede sem proteção). */
export async function iniciarServico({ port = 9464, host = "127.0.0.1", recursos = true }: { port?: number; host?: string; recursos?: boolean } = {}): Promise<Servico> {
  const metricas = criarMetricas(new Registry(), { recursos });
  const servidor = http.createServer((req, res) => {
    const url = new URL(req.url ?? "/", "http://localhost");
    const responder = (status: number, tipo: string, corpo: string) => res.writeHead(status, { "content-type": tipo }).end(corpo);
    if (req.method === "GET" && url.pathname === "/metrics") {
      metricas.registry.metrics().then(
        (texto) => responder(200, metricas.registry.contentType, texto),
        () => responder(500, "text/plain; charset=utf-8", "falha ao coletar as métricas\n"),
      );
    } else if (req.method === "GET" && url.pathname === "/perguntar") {
      const topico = (url.searchParams.get("topico") ?? "").trim().slice(0, 200);
      if (!topico) return responder(400, "application/json", JSON.stringify({ erro: "Passe ?topico=... (até 200 caracteres)." }));
      perguntar(metricas, topico).then(
        (frase) => responder(200, "application/json; charset=utf-8", JSON.stringify({ frase })),
        () => responder(502, "application/json", JSON.stringify({ erro: "O modelo não respondeu; veja llm_errors_total em /metrics." })),
      );
    } else responder(404, "text/plain; charset=utf-8", "Rotas: GET /perguntar?topico=..., GET /metrics\n");
  });
  await new Promise<void>((resolve, reject) => {
    servidor.once("error", reject);
    servidor.listen(port, host, () => resolve());
  });
  const { port: porta } = servidor.address() as AddressInfo;
  return {
    url: `http://${host}:${porta}`,
    metricas,
    close: () =>
      new Promise<void>((resolve) => {
        servidor.closeAllConnections();
        servidor.close(() => resolve());
      }),
  };
}

export async function main(): Promise<void> {
  const servir = process.argv.includes("--servir");
  const servico = await iniciarServico({ port: servir ? Number(process.env.METRICS_PORT ?? 9464) : 0 });
  try {
    for (const topico of ["observabilidade", "métricas", "alertas"]) {
      const { frase } = (await (await fetch(`${servico.url}/perguntar?topico=${encodeURIComponent(topico)}`)).json()) as { frase?: string };
      console.log(`GET /perguntar?topico=${topico} → ${frase}`);
    }
    if (servir) {
      console.log(`\nServindo ${servico.url}/metrics (Ctrl+C para sair). Prometheus: veja prometheus.yml nesta pasta.`);
      await new Promise<void>((resolve) => process.once("SIGINT", () => resolve()));
      return;
    }
    // Uma raspagem, como o Prometheus faria a cada scrape_interval.
    const texto = await (await fetch(`${servico.url}/metrics`)).text();
    console.log(`\nGET ${servico.url}/metrics → ${texto.split("\n").length} linhas. As do modelo (sem _bucket) e duas de recursos:`);
    for (const linha of texto.split("\n"))
      if ((/^(gen_ai|llm)_/.test(linha) && !linha.includes("_bucket")) || /^(process_resident_memory_bytes|nodejs_eventloop_lag_p99_seconds) /.test(linha))
        console.log(`  ${linha}`);
  } finally {
    await servico.close();
  }
}

await runMain(import.meta.url, main);
