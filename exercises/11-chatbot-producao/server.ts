// `npm run chatbot`: o chatbot como servidor de verdade. Sem chaves no .env, tudo roda contra o
// laboratório local (Gemini e LangSmith simulados); com REDIS_URL, o rate limit, o cache e a fila vão
// para o Redis. Ctrl+C (ou SIGTERM num deploy) encerra com calma: veja encerramento.ts.
import { isMain } from "#lib/main";
import { describeConfigError, startSession } from "#lib/session";
import { criarApp } from "./app.ts";
import { encerrarComSinais } from "./encerramento.ts";

export async function iniciarServidor(): Promise<void> {
  let sessao;
  try {
    sessao = await startSession();
  } catch (erro) {
    console.error(describeConfigError(erro) ?? String(erro));
    process.exit(1);
  }
  // Traces enviados num corpo só, não em stream: com runs pequenos como os nossos, o upload multipart em
  // stream do SDK do LangSmith gasta cerca de metade da CPU de cada requisição (bench/capstone.ts mede).
  // Vale depois do .env: quem definir LANGSMITH_DISABLE_MULTIPART_STREAMING lá decide.
  process.env.LANGSMITH_DISABLE_MULTIPART_STREAMING ??= "true";
  const app = await criarApp();
  const host = process.env.HOST ?? "127.0.0.1";
  const port = Number(process.env.PORT ?? 3000);
  await app.listen({ host, port });
  const url = `http://${host}:${(app.server.address() as { port: number }).port}`;
  console.log(
    `\n🤖 Chatbot de atendimento em ${url}\n` +
      `   curl -s ${url}/v1/chat -H 'content-type: application/json' -d '{"pergunta":"Quais são os horários de funcionamento?"}'\n` +
      `   Métricas: ${url}/metrics · Saúde: ${url}/healthz e ${url}/readyz · Ctrl+C para encerrar.\n`,
  );
  encerrarComSinais(app, {
    prazoMs: 15_000,
    aoTerminar: async (codigo) => {
      await sessao.finish({ printTree: false });
      process.exit(codigo);
    },
  });
}

if (isMain(import.meta.url)) await iniciarServidor();
