// POST /v1/jobs e GET /v1/jobs/:id — as "filas de mensagens" da tabela do §2 (controle de fluxo, latência
// variável). Com REDIS_URL: BullMQ (fila no Redis; qualquer instância aceita o job, qualquer worker o
// processa, qualquer instância mostra o resultado). Sem Redis: a fila com backpressure do ex. 4, na memória.
import { randomUUID } from "node:crypto";
import { Queue, UnrecoverableError, Worker, type Job as JobBull } from "bullmq";
import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { Redis } from "ioredis";
import type { Atendimento } from "./atendimento.ts";
import { ErroFilaCheia, FilaLimitada } from "./componentes.ts";
import type { Contexto } from "./contexto.ts";
import { ErroHttp } from "./erros.ts";
import { ErroSchema, JobCriadoSchema, JobParamsSchema, JobSchema, PerguntaSchema, type Job } from "./esquemas.ts";
import { guardaEntrada } from "./guardas.ts";

interface DadosJob {
  pergunta: string;
  sessaoId?: string;
}

export interface FilaDeJobs {
  readonly tipo: "bullmq" | "memoria";
  adicionar(dados: DadosJob): Promise<string>;
  consultar(id: string): Promise<Job | undefined>;
  /** Para de pegar jobs novos e espera os que estão rodando. */
  fechar(): Promise<void>;
}

/** Erros que valem nova tentativa (provedor fora do ar) sobem; os definitivos não são retentados. */
async function processar(atendimento: Atendimento, dados: DadosJob) {
  try {
    const { resposta, runId } = await atendimento.responder(dados.pergunta, dados.sessaoId);
    return { resposta, runId };
  } catch (erro) {
    const e = erro instanceof ErroHttp ? erro : new ErroHttp(500, "ERRO_INTERNO", "Erro interno ao processar o job.");
    const motivo = JSON.stringify({ code: e.code, mensagem: e.message });
    if (e.statusCode === 503) throw Object.assign(new Error(motivo), { retryAfterMs: (e.retryAfterS ?? 0) * 1000 });
    throw new UnrecoverableError(motivo);
  }
}

/** Prazo para a fila no Redis aceitar ou mostrar um job; passou dele, 503 com Retry-After (nunca uma espera sem fim). */
const PRAZO_FILA_MS = 800;

function filaIndisponivel(): ErroHttp {
  return new ErroHttp(503, "FILA_INDISPONIVEL", "A fila de perguntas está indisponível agora (Redis fora do ar). Tente de novo em alguns segundos.", 5);
}

/** `operacao` com prazo: sem conexão falha na hora; conectado, espera no máximo PRAZO_FILA_MS. */
async function comPrazo<T>(conexao: Redis, operacao: () => Promise<T>): Promise<T> {
  if (conexao.status !== "ready") throw filaIndisponivel();
  let timer: NodeJS.Timeout | undefined;
  const prazo = new Promise<never>((_, rejeitar) => {
    timer = setTimeout(() => rejeitar(filaIndisponivel()), PRAZO_FILA_MS);
  });
  try {
    return await Promise.race([operacao(), prazo]);
  } catch (erro) {
    throw erro instanceof ErroHttp ? erro : filaIndisponivel();
  } finally {
    clearTimeout(timer);
  }
}

function motivoDaFalha(texto: string | undefined): { code: string; mensagem: string } {
  try {
    const m = JSON.parse(texto ?? "") as { code?: unknown; mensagem?: unknown };
    if (typeof m.code === "string" && typeof m.mensagem === "string") return { code: m.code, mensagem: m.mensagem };
  } catch {
    // texto livre do BullMQ (ex.: job travado)
  }
  return { code: "ERRO_INTERNO", mensagem: "O job falhou." };
}

/** Quanto o encerramento espera a fila (jobs ativos e Redis) antes de derrubar as conexões. */
const PRAZO_FECHAR_FILA_MS = 5_000;

export function criarFilaBullMQ(ctx: Contexto, redisUrl: string): FilaDeJobs {
  const { nome, concorrencia, tentativas, backoffMs } = ctx.opcoes.filas;
  // BullMQ exige maxRetriesPerRequest: null nas conexões dele (comandos bloqueantes do worker).
  const conexaoFila = new Redis(redisUrl, { maxRetriesPerRequest: null });
  const conexaoWorker = new Redis(redisUrl, { maxRetriesPerRequest: null });
  const fila = new Queue<DadosJob>(nome, { connection: conexaoFila });
  const worker = new Worker<DadosJob>(nome, (job: JobBull<DadosJob>) => processar(ctx.atendimento, job.data), { connection: conexaoWorker, concurrency: concorrencia });
  worker.on("completed", () => ctx.metricas.jobs.inc({ estado: "concluido" }));
  worker.on("failed", (job) => {
    if (job && job.attemptsMade >= (job.opts.attempts ?? 1)) ctx.metricas.jobs.inc({ estado: "falhou" });
  });
  worker.on("error", (erro) => ctx.log.warn({ err: erro.message }, "erro no worker da fila"));
  // Sem estes ouvintes, o ioredis imprime cada falha de reconexão no stderr enquanto o Redis está fora.
  for (const conexao of [conexaoFila, conexaoWorker]) conexao.on("error", (erro: Error) => ctx.log.debug({ err: erro.message }, "conexão da fila com o Redis falhou"));
  fila.on("error", (erro) => ctx.log.warn({ err: erro.message }, "erro na fila"));
  return {
    tipo: "bullmq",
    async adicionar(dados) {
      const id = randomUUID();
      // 202 só depois de o Redis confirmar a gravação; sem persistência (AOF) um job aceito ainda some se o
      // Redis reiniciar — veja o README.
      await comPrazo(conexaoFila, () =>
        fila.add("pergunta", dados, {
          jobId: id,
          attempts: tentativas,
          backoff: { type: "exponential", delay: backoffMs },
          removeOnComplete: { age: 3600 },
          removeOnFail: { age: 24 * 3600 },
        }),
      );
      return id;
    },
    async consultar(id) {
      // O estado antes dos dados: lidos na ordem inversa, um job que termina entre as duas leituras aparece
      // "concluido" com os dados de antes (sem a resposta).
      const estado = await comPrazo(conexaoFila, () => fila.getJobState(id));
      if (estado === "unknown") return undefined;
      const job = await comPrazo(conexaoFila, () => fila.getJob(id));
      if (!job) return undefined;
      if (estado === "completed") return { jobId: id, estado: "concluido", ...(job.returnvalue as { resposta: string; runId: string }) };
      if (estado === "failed") return { jobId: id, estado: "falhou", erro: motivoDaFalha(job.failedReason) };
      return { jobId: id, estado: estado === "active" ? "processando" : "aguardando" };
    },
    async fechar() {
      // Espera os jobs ativos terminarem, mas não para sempre: com o Redis mudo (aceita a conexão e não responde),
      // worker.close() e quit() esperariam a resposta dele sem fim, e o SIGTERM nunca terminaria. Passado o prazo, as
      // conexões caem; um job que estava ativo não se perde: quando o lock dele expira, o BullMQ o devolve à fila.
      let timer: NodeJS.Timeout | undefined;
      const prazo = new Promise<"prazo">((resolve) => (timer = setTimeout(() => resolve("prazo"), PRAZO_FECHAR_FILA_MS)));
      const fechamento = (async () => {
        await worker.close();
        await fila.close();
        await Promise.allSettled([conexaoFila.quit(), conexaoWorker.quit()]);
        return "fechou" as const;
      })();
      const fim = await Promise.race([fechamento, prazo]);
      clearTimeout(timer);
      if (fim === "prazo") {
        ctx.log.warn({ prazoMs: PRAZO_FECHAR_FILA_MS }, "a fila não fechou no prazo (Redis sem resposta?): conexões derrubadas");
        fechamento.catch(() => {}); // o que ainda esperava o Redis falha com as conexões derrubadas
        conexaoFila.disconnect();
        conexaoWorker.disconnect();
      }
    },
  };
}

export function criarFilaMemoria(ctx: Contexto): FilaDeJobs {
  const { concorrencia, tentativas, backoffMs } = ctx.opcoes.filas;
  const fila = new FilaLimitada({ concorrencia, tamanhoMaximo: 1000, timeoutMs: ctx.opcoes.retry.deadlineMs * tentativas + 60_000 });
  const jobs = new Map<string, Job>();
  const rodando = new Set<Promise<unknown>>();
  let fechada = false;
  return {
    tipo: "memoria",
    async adicionar(dados) {
      if (fechada) throw new ErroHttp(503, "ENCERRANDO", "A fila está sendo desligada.", 1);
      const id = randomUUID();
      while (jobs.size >= 10_000) jobs.delete(jobs.keys().next().value!);
      jobs.set(id, { jobId: id, estado: "aguardando" });
      // Cada tentativa entra na fila de novo: a espera entre tentativas não ocupa uma vaga de execução.
      const executar = async () => {
        for (let tentativa = 1; ; tentativa++) {
          try {
            return await fila.adicionar(async () => {
              jobs.set(id, { jobId: id, estado: "processando" });
              return processar(ctx.atendimento, dados);
            });
          } catch (erro) {
            if (erro instanceof UnrecoverableError || tentativa >= tentativas) throw erro;
            jobs.set(id, { jobId: id, estado: "aguardando" });
            // Espera o backoff, ou o que o provedor/disjuntor pediu se for mais (sem passar de 32× o backoff):
            // uma tentativa com o disjuntor aberto falharia na hora e gastaria a tentativa à toa.
            const pedido = (erro as { retryAfterMs?: number }).retryAfterMs ?? 0;
            await new Promise((r) => setTimeout(r, Math.min(Math.max(backoffMs * 2 ** (tentativa - 1), pedido), backoffMs * 32)));
          }
        }
      };
      const tarefa = executar().then(
        (r) => {
          jobs.set(id, { jobId: id, estado: "concluido", ...r });
          ctx.metricas.jobs.inc({ estado: "concluido" });
        },
        (erro: unknown) => {
          const erroFila = erro instanceof ErroFilaCheia ? { code: "FILA_CHEIA", mensagem: "A fila está cheia; envie de novo mais tarde." } : motivoDaFalha(erro instanceof Error ? erro.message : undefined);
          jobs.set(id, { jobId: id, estado: "falhou", erro: erroFila });
          ctx.metricas.jobs.inc({ estado: "falhou" });
        },
      );
      rodando.add(tarefa);
      void tarefa.finally(() => rodando.delete(tarefa));
      return id;
    },
    async consultar(id) {
      return jobs.get(id);
    },
    async fechar() {
      // Jobs já aceitos terminam (inclusive retentativas); só os novos são recusados.
      fechada = true;
      while (rodando.size) await Promise.allSettled([...rodando]);
    },
  };
}

export async function rotasJobs(app: FastifyInstance, ctx: Contexto & { fila: FilaDeJobs }): Promise<void> {
  const rotas = app.withTypeProvider<ZodTypeProvider>();
  rotas.post("/jobs", { schema: { body: PerguntaSchema, response: { 202: JobCriadoSchema, "4xx": ErroSchema, "5xx": ErroSchema } } }, async (request, reply) => {
    // A guarda roda já na entrada: injeção é recusada agora, e PII nunca é gravada no Redis.
    const protegida = guardaEntrada(request.body.pergunta);
    const jobId = await ctx.fila.adicionar({ pergunta: protegida.texto, ...(request.body.sessaoId ? { sessaoId: request.body.sessaoId } : {}) });
    return reply.status(202).send({ jobId });
  });
  // Consultar um job é barato (não chama o modelo) e o cliente faz polling: cota 10× maior que a do chat.
  const cotaDeConsulta = { max: ctx.opcoes.limite.max * 10, timeWindow: ctx.opcoes.limite.janelaMs };
  rotas.get("/jobs/:id", { config: { rateLimit: cotaDeConsulta }, schema: { params: JobParamsSchema, response: { 200: JobSchema, "4xx": ErroSchema, "5xx": ErroSchema } } }, async (request) => {
    const job = await ctx.fila.consultar(request.params.id);
    if (!job) throw new ErroHttp(404, "JOB_NAO_ENCONTRADO", "Não encontrei esse job: confira o jobId (resultados ficam guardados por 1 hora).");
    return job;
  });
}
