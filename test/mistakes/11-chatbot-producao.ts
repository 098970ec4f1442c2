/**
 * Plausible wrong capstones (exercise 11): what a student hands in when the service "works" in a manual
 * curl but is wrong in production. Each is rejected by the check named in `caughtBy`, whose pt-BR message
 * names the mistake (`says`). Most edit the student's files (esquemas, guardas, limite, metricas, feedback,
 * encerramento); a few edit the given wiring (atendimento.ts), because students do touch it.
 */
import type { Mistake } from "./catalogue.ts";

export const mistakes: Mistake[] = [
  {
    name: "rate limit keyed on the client-controlled x-cliente-id header",
    family: "security",
    edits: [{ file: "limite.ts", find: "    keyGenerator: identificarCliente,", replace: '    keyGenerator: (request) => String(request.headers["x-cliente-id"] ?? request.ip),' }],
    caughtBy: /rate limit por cliente/,
    says: /x-cliente-id.*não pode confiar num cabeçalho/,
  },
  {
    name: "rate limit keyed on x-forwarded-for without a trusted-proxy list",
    family: "security",
    edits: [
      {
        file: "limite.ts",
        find: "    keyGenerator: identificarCliente,",
        replace: '    keyGenerator: (request) => String(request.headers["x-forwarded-for"] ?? "").split(",")[0]?.trim() || identificarCliente(request),',
      },
    ],
    caughtBy: /rate limit por cliente/,
    says: /cabeçalho x-forwarded-for.*não pode confiar/,
  },
  // red team 2026-12-06: v2
  {
    name: "rate limit always in memory (ctx.redis ignored): each instance counts alone",
    family: "concurrency",
    edits: [{ file: "limite.ts", find: '    ...(ctx.redis ? { redis: ctx.redis, nameSpace: "chatbot:limite:" } : {}),', replace: "" }],
    caughtBy: /rate limit com Redis/,
    says: /não usou o Redis/,
  },
  // red team 2026-12-06: v20
  {
    name: "rate limit fails closed when Redis is down (skipOnError false)",
    family: "error-path",
    edits: [{ file: "limite.ts", find: "    skipOnError: true,", replace: "    skipOnError: false," }],
    caughtBy: /rate limit com Redis/,
    says: /Redis fora do ar.*skipOnError/,
  },
  {
    name: "Retry-After in milliseconds (contexto.ttl not divided by 1000)",
    family: "time",
    edits: [{ file: "limite.ts", find: "contexto.ttl / 1000)", replace: "contexto.ttl)" }],
    caughtBy: /rate limit por cliente/,
    says: /SEGUNDOS/,
  },
  {
    name: "injection guard applied only to the first 40 characters",
    family: "security",
    edits: [{ file: "guardas.ts", find: "  const injecao = detectarInjecao(pergunta);", replace: "  const injecao = detectarInjecao(pergunta.slice(0, 40));" }],
    caughtBy: /guardas: injeção/,
    says: /pergunta inteira/,
  },
  {
    name: "PII types listed once per occurrence (no Set)",
    family: "other",
    edits: [{ file: "guardas.ts", find: "pii: [...new Set(entidades.map((e) => e.type))]", replace: "pii: entidades.map((e) => e.type)" }],
    caughtBy: /guardaEntrada/,
    says: /sem repetir/,
  },
  // red team 2026-12-06: v27
  {
    name: "output guard finds the canary only as an exact substring",
    family: "security",
    edits: [{ file: "guardas.ts", find: "  if (detectarCanary(resposta, canario).leaked) return", replace: "  if (resposta.includes(canario)) return" }],
    caughtBy: /guardaSaida/,
    says: /canário.*passou pela guarda.*detectarCanary/,
  },
  {
    name: "output guard skips the PII step",
    family: "security",
    edits: [{ file: "guardas.ts", find: "  if (detectarPii(texto).length > 0) {", replace: "  if (detectarPii(texto).length > 0 && texto.length < 0) {" }],
    caughtBy: /guardaSaida/,
    says: /mascare a PII|acoes deveria incluir "pii"/,
  },
  {
    name: "output guard skipped on the cache-hit path (raw answer cached)",
    family: "security",
    edits: [
      {
        file: "atendimento.ts",
        find: "      const resposta = protegerSaida(typeof mensagem.content === \"string\" ? mensagem.content : mensagem.text);\n      await cache.gravar(chave, resposta);",
        replace: "      const bruta = typeof mensagem.content === \"string\" ? mensagem.content : mensagem.text;\n      const resposta = protegerSaida(bruta);\n      await cache.gravar(chave, bruta);",
      },
    ],
    caughtBy: /guarda de saída: uma alucinação/,
    says: /resposta do cache/,
  },
  {
    name: "output guard only on /v1/chat, not on the SSE stream",
    family: "security",
    edits: [
      { file: "atendimento.ts", find: "          const frase = protegerSaida(m[0].trim());", replace: "          const frase = m[0].trim();" },
      { file: "atendimento.ts", find: "          const frase = protegerSaida(pendente.trim());", replace: "          const frase = pendente.trim();" },
    ],
    caughtBy: /SSE/,
    says: /caminho do stream/,
  },
  {
    name: "cache keyed per session (same question misses for another sessaoId)",
    family: "other",
    edits: [
      {
        file: "atendimento.ts",
        find: "    async (entrada: { pergunta: string; sessaoId?: string; pii: string[] }): Promise<RespostaAtendimento> => {\n      const runId = runIdAtual();\n      const chave = chaveDoCache(entrada.pergunta, parametros);",
        replace: "    async (entrada: { pergunta: string; sessaoId?: string; pii: string[] }): Promise<RespostaAtendimento> => {\n      const runId = runIdAtual();\n      const chave = chaveDoCache(`${entrada.sessaoId ?? \"\"}|${entrada.pergunta}`, parametros);",
      },
    ],
    caughtBy: /cache: a mesma pergunta/,
    says: /não a sessão nem o cliente/,
  },
  {
    name: "cache keyed on the raw question (PII in the key, no hit after redaction)",
    family: "security",
    edits: [
      {
        file: "atendimento.ts",
        find: "    responder: (pergunta, sessaoId) => responderRastreado(entradaProtegida(pergunta, sessaoId)),",
        replace: "    responder: (pergunta, sessaoId) => responderRastreado({ ...entradaProtegida(pergunta, sessaoId), bruta: pergunta } as never),",
      },
      {
        file: "atendimento.ts",
        find: "    async (entrada: { pergunta: string; sessaoId?: string; pii: string[] }): Promise<RespostaAtendimento> => {\n      const runId = runIdAtual();\n      const chave = chaveDoCache(entrada.pergunta, parametros);",
        replace: "    async (entrada: { pergunta: string; sessaoId?: string; pii: string[] }): Promise<RespostaAtendimento> => {\n      const runId = runIdAtual();\n      const chave = chaveDoCache((entrada as { bruta?: string }).bruta ?? entrada.pergunta, parametros);",
      },
    ],
    caughtBy: /cache: a mesma pergunta/,
    says: /JÁ sem PII/,
  },
  {
    name: "provider errors swallowed into a friendly 200",
    family: "error-path",
    edits: [
      {
        file: "atendimento.ts",
        find: "      const mensagem = await chamarProvedor((signal) => llm.invoke(mensagens, { signal }));",
        replace: "      const mensagem = await chamarProvedor((signal) => llm.invoke(mensagens, { signal })).catch((erro: unknown) => {\n        if (erro instanceof ErroHttp && erro.code === \"CIRCUITO_ABERTO\") throw erro;\n        return { content: FAQ_FALLBACK, text: FAQ_FALLBACK };\n      });",
      },
    ],
    caughtBy: /provedor fora do ar/,
    says: /esperava HTTP 503, veio 200/,
  },
  {
    name: "feedback answered 201 with an invented id, delivered in the background",
    family: "error-path",
    edits: [
      {
        file: "feedback.ts",
        find: "        id = await registrarFeedback(runId, score, comentario);",
        replace: "        void registrarFeedback(runId, score, comentario).catch(() => undefined);\n        id = crypto.randomUUID();",
      },
    ],
    caughtBy: /POST \/v1\/feedback/,
    // Depending on when the background delivery lands, one of two assertions fails; both name the invented id.
    says: /id inventado/,
  },
  // red team 2026-12-06: v9
  {
    name: "feedback failure swallowed: 201 with an empty id",
    family: "error-path",
    edits: [
      {
        file: "feedback.ts",
        find: '        throw new ErroHttp(503, "PROVEDOR_INDISPONIVEL", "Não consegui registrar o feedback no LangSmith agora. Tente de novo em instantes.", 5);',
        replace: '        return reply.status(201).send({ id: "" });',
      },
    ],
    caughtBy: /POST \/v1\/feedback/,
    says: /respondeu 201.*não engula o erro/,
  },
  // red team 2026-12-06: v10
  {
    name: "feedback failure not caught: LangSmith error becomes a 500",
    family: "error-path",
    edits: [
      {
        file: "feedback.ts",
        find: "      try {\n        id = await registrarFeedback(runId, score, comentario);\n      } catch (erro) {\n        request.log.warn(",
        replace: "      id = await registrarFeedback(runId, score, comentario);\n      if (!id) {\n        const erro: unknown = new Error(\"sem id\");\n        request.log.warn(",
      },
    ],
    caughtBy: /POST \/v1\/feedback/,
    says: /respondeu 500.*não é um erro interno/,
  },
  {
    name: "feedback without the body schema (score 7 accepted)",
    family: "other",
    edits: [{ file: "feedback.ts", find: "{ schema: { body: FeedbackSchema, response:", replace: "{ schema: { response:" }],
    caughtBy: /POST \/v1\/feedback/,
  },
  {
    name: "HTTP histogram observed in milliseconds",
    family: "measurement",
    edits: [{ file: "metricas.ts", find: "reply.elapsedTime / 1000);", replace: "reply.elapsedTime);" }],
    caughtBy: /GET \/metrics/,
    says: /SEGUNDOS/,
  },
  {
    name: "raw URL as the route label (unbounded cardinality)",
    family: "measurement",
    edits: [{ file: "metricas.ts", find: '    const rota = request.routeOptions.url ?? "nao_encontrada";', replace: "    const rota = request.url;" }],
    caughtBy: /GET \/metrics/,
    says: /URL crua/,
  },
  {
    name: "HTTP errors (5xx) never measured: onResponse observes only 2xx",
    family: "measurement",
    edits: [{ file: "metricas.ts", find: "    ctx.metricas.http.observe(", replace: "    if (reply.statusCode < 400) ctx.metricas.http.observe(" }],
    caughtBy: /provedor fora do ar|GET \/metrics/,
    says: /status="503"|nao_encontrada/,
  },
  {
    name: "schema not strict: extra fields (admin) accepted",
    family: "security",
    edits: [{ file: "esquemas.ts", find: "export const PerguntaSchema = z.strictObject(", replace: "export const PerguntaSchema = z.object(" }],
    caughtBy: /valida o corpo com zod/,
    says: /campo a mais/,
  },
  {
    name: "question not trimmed: padded question reaches the model",
    family: "other",
    edits: [{ file: "esquemas.ts", find: "    .trim()\n", replace: "" }],
    caughtBy: /POST \/v1\/chat responde/,
    says: /\.trim\(\)/,
  },
  {
    name: "shutdown that does not drain the queue (cleanup tasks not awaited)",
    family: "network",
    edits: [{ file: "encerramento.ts", find: "        await fn();", replace: "        void fn();" }],
    // Two checks catch it: "gracioso" only when the 150 ms job is still running after flushTraces (not so under load);
    // "etapa de limpeza" always (the steps end out of order).
    caughtBy: /encerramento gracioso|etapa de limpeza que falha/,
    says: /job da fila|fora de ordem/,
  },
  // red team 2026-12-06: v12
  {
    name: "one failing cleanup step aborts the rest (no try/catch per step)",
    family: "error-path",
    edits: [
      {
        file: "encerramento.ts",
        find: "      try {\n        await fn();",
        replace: "      await fn();\n      try {",
      },
    ],
    caughtBy: /etapa de limpeza que falha/,
    says: /não rodaram/,
  },
  {
    name: "preClose never marks the instance as closing (/readyz stays 200)",
    family: "network",
    edits: [{ file: "encerramento.ts", find: "    ctx.estado.encerrando = true;", replace: "" }],
    caughtBy: /encerramento: quem chega/,
  },
  {
    name: "always-open routes compared with the query string (/healthz?x refused)",
    family: "network",
    edits: [{ file: "encerramento.ts", find: 'SEMPRE_ABERTAS.has(request.url.split("?")[0] ?? "")', replace: "SEMPRE_ABERTAS.has(request.url)" }],
    caughtBy: /encerramento: quem chega/,
    says: /sem a query/,
  },
  // red team 2 (2026-12-06)
  {
    name: "rate-limit window given in seconds (janelaMs / 1000: the plugin reads milliseconds, 60 ms window)",
    family: "time",
    edits: [{ file: "limite.ts", find: "    timeWindow: ctx.opcoes.limite.janelaMs,", replace: "    timeWindow: ctx.opcoes.limite.janelaMs / 1000," }],
    caughtBy: /rate limit/,
    says: /MILISSEGUNDOS|janelaMs|timeWindow/,
  },
  {
    name: "traces flushed before the queue is drained (the jobs that end during close() lose their traces)",
    family: "network",
    edits: [
      { file: "encerramento.ts", find: "  app.addHook(\"onClose\", async () => {\n    for (const", replace: "  app.addHook(\"onClose\", async () => {\n    await flushTraces({ timeoutMs: 3_000 });\n    for (const" },
      { file: "encerramento.ts", find: "    // Stryker disable next-line ObjectLiteral: o prazo só importa com o LangSmith mudo.\n    await flushTraces({ timeoutMs: 3_000 });\n", replace: "" },
    ],
    caughtBy: /encerramento/,
  },
  {
    name: "no connection: close while closing (idle keep-alive connections hold close() for 72 s)",
    family: "time",
    edits: [{ file: "encerramento.ts", find: "  app.addHook(\"onSend\", async (_request, reply) => {\n    if (ctx.estado.encerrando) reply.header(\"connection\", \"close\");\n  });\n", replace: "" }],
    caughtBy: /encerramento/,
  },
  {
    name: "route label falls back to the raw URL for unknown routes (a scanner creates one series per URL)",
    family: "measurement",
    edits: [{ file: "metricas.ts", find: "    const rota = request.routeOptions.url ?? \"nao_encontrada\";", replace: "    const rota = request.routeOptions.url ?? request.url;" }],
    caughtBy: /GET \/metrics/,
  },
  {
    name: "question trimmed after the length check (a question of only spaces reaches the model empty)",
    family: "other",
    edits: [{ file: "esquemas.ts", find: "    .trim()\n    .min(1, { error: `${nome} não pode ficar vazia.` })", replace: "    .min(1, { error: `${nome} não pode ficar vazia.` })\n    .trim()" }],
    caughtBy: /valida|validação/,
  },
  // red team 3 (2026-12-06): a Redis that accepts the connection and never answers (a real TCP server on 127.0.0.1).
  {
    name: "Redis client with ioredis defaults (no commandTimeout): a mute Redis holds every question forever",
    family: "time",
    edits: [{ file: "app.ts", find: "new Redis(opcoes.redisUrl, { maxRetriesPerRequest: 1, connectTimeout: 2_000, commandTimeout: PRAZO_REDIS_MS })", replace: "new Redis(opcoes.redisUrl)" }],
    caughtBy: /Redis que aceita a conexão e nunca responde/,
    says: /commandTimeout/,
  },
  {
    name: "Redis client with maxRetriesPerRequest 1 but no commandTimeout (retries only count reconnections; a mute Redis never disconnects)",
    family: "time",
    edits: [{ file: "app.ts", find: "new Redis(opcoes.redisUrl, { maxRetriesPerRequest: 1, connectTimeout: 2_000, commandTimeout: PRAZO_REDIS_MS })", replace: "new Redis(opcoes.redisUrl, { maxRetriesPerRequest: 1, connectTimeout: 2_000 })" }],
    caughtBy: /Redis que aceita a conexão e nunca responde/,
    says: /não (recebeu resposta|respondeu) em[\s\S]*commandTimeout/,
  },
  // red team 3 (2026-12-06): who the client is, as a student picks it.
  {
    name: "rate limit keyed on the socket address, not request.ip (behind a trusted load balancer every client shares one bucket)",
    family: "network",
    edits: [{ file: "limite.ts", find: "    keyGenerator: identificarCliente,\n", replace: "    keyGenerator: (request) => `ip:${request.socket.remoteAddress ?? \"desconhecido\"}`,\n" }],
    caughtBy: /balanceador confiável/,
    says: /proxiesConfiaveis|balanceador/,
  },
  {
    name: "rate limit keyed on address + user-agent (rotating the user-agent escapes the limit)",
    family: "security",
    edits: [{ file: "limite.ts", find: "    keyGenerator: identificarCliente,\n", replace: "    keyGenerator: (request) => `${identificarCliente(request)}|${request.headers[\"user-agent\"] ?? \"\"}`,\n" }],
    caughtBy: /rate limit por cliente/,
    says: /user-agent/,
  },
  {
    name: "rate limit keyed on the body's sessaoId (preHandler hook): a new sessaoId per question escapes the limit",
    family: "security",
    edits: [{ file: "limite.ts", find: "    keyGenerator: identificarCliente,\n", replace: "    hook: \"preHandler\",\n    keyGenerator: (request) => (request.body as { sessaoId?: string } | undefined)?.sessaoId ?? identificarCliente(request),\n" }],
    caughtBy: /rate limit por cliente/,
    says: /sessaoId/,
  },
  {
    name: "rate limit exempts localhost (allowList on request.ip 127.0.0.1): behind a same-host proxy without TRUST_PROXY nobody is limited",
    family: "config",
    edits: [{ file: "limite.ts", find: "    keyGenerator: identificarCliente,\n", replace: "    keyGenerator: identificarCliente,\n    allowList: (request) => [\"127.0.0.1\", \"::1\"].includes(request.ip),\n" }],
    caughtBy: /balanceador confiável/,
    says: /127\.0\.0\.1/,
  },
  {
    name: "cleanup steps run in parallel (the Redis closes while the queue still drains its jobs)",
    family: "concurrency",
    edits: [
      {
        file: "encerramento.ts",
        find: "    for (const { nome, fn } of ctx.aoEncerrar) {\n      try {\n        await fn();\n",
        replace: "    await Promise.all(ctx.aoEncerrar.map(async ({ nome, fn }) => {\n      try {\n        await fn();\n",
      },
      { file: "encerramento.ts", find: "      // Stryker restore all\n    }\n", replace: "      // Stryker restore all\n    }));\n" },
    ],
    caughtBy: /etapa de limpeza que falha/,
    says: /fora de ordem/,
  },
  // red team 3 (2026-12-06): a value written in the code that matches the check's old fixture; shutdown for the chat only.
  {
    name: "rate-limit window written in the code (timeWindow: 60_000) instead of ctx.opcoes.limite.janelaMs",
    family: "config",
    edits: [{ file: "limite.ts", find: "    timeWindow: ctx.opcoes.limite.janelaMs,\n", replace: "    timeWindow: 60_000,\n" }],
    caughtBy: /rate limit por cliente/,
    says: /não usa a janela configurada/,
  },
  {
    name: "shutdown refuses only the chat (a job accepted while the queue closes is lost)",
    family: "network",
    edits: [{ file: "encerramento.ts", find: "    if (ctx.estado.encerrando && !SEMPRE_ABERTAS.has(request.url.split(\"?\")[0] ?? \"\"))\n", replace: "    if (ctx.estado.encerrando && request.url.startsWith(\"/v1/chat\"))\n" }],
    caughtBy: /quem chega durante o close\(\) recebe 503 ENCERRANDO/,
    says: /POST \/v1\/jobs/,
  },
  {
    name: "question limit off by one (the 500th character refused)",
    family: "other",
    edits: [{ file: "esquemas.ts", find: "    .max(max, { error: `${nome} pode ter no máximo ${max} caracteres.` })", replace: "    .max(max - 1, { error: `${nome} pode ter no máximo ${max} caracteres.` })" }],
    caughtBy: /valida o corpo com zod/,
    says: /500 caracteres \(o máximo, inclusive\)/,
  },
  {
    name: "question limit written lower than the statement's 500 (a tweet-sized 280)",
    family: "other",
    edits: [{ file: "esquemas.ts", find: "export const MAX_PERGUNTA = 500;", replace: "export const MAX_PERGUNTA = 280;" }],
    caughtBy: /valida o corpo com zod/,
    says: /deveria ser atendida/,
  },
];
