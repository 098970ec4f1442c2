/**
 * The ONE manifest of the workbook: every exercise and chapter example.
 * Scripts, menus, hints, checks and package.json's `ex:N` scripts all read it.
 * Adding an exercise: exercises/NN-slug/ + solutions/NN-slug/ + checks/NN-slug.test.ts + an entry here
 * with status "ready" (test/curriculum.test.ts fails if one of the four is missing). solutions/NN-slug/ holds
 * only the `files` below: the files the exercise gives ready live once, in exercises/NN-slug/, and code run
 * from solutions/ reads them from there (scripts/lib/solution-files.mjs).
 */

export type Status = "ready" | "planned";

export interface Exercise {
  /** 1-based number: `npm run ex:N`. */
  id: number;
  /** Folder name suffix: exercises/NN-slug. */
  slug: string;
  /** pt-BR title shown to students. */
  title: string;
  /** Where the book teaches it (pt-BR). */
  bookSection: string;
  /** "planned" entries reserve the number; scripts say they are not written yet. */
  status: Status;
  /**
   * Files the student edits, relative to the exercise folder (first = main file): the only files of the
   * exercise stored in solutions/NN-slug/ (besides files only the solution has, such as 11's Dockerfile).
   */
  files: string[];
  /** File whose exported `main()` `npm run ex:N` runs before the checks (omit when nothing runs). */
  entry?: string;
  /** Progressive hints, pt-BR, from gentle to almost-the-answer. */
  hints: string[];
  /** Real servers the checks need (provisioned by .ci/run; `npm run doctor` reports them). */
  needs?: Array<"redis" | "prometheus" | "chromium">;
}

export interface Example {
  /** Name for `npm run exemplo -- <name>` (the book's file name without extension). */
  name: string;
  /** Path relative to the repository root. */
  file: string;
  /** pt-BR one-line description for the menu. */
  title: string;
  /** Book section. */
  bookSection: string;
}

export const exercises: Exercise[] = [
  {
    id: 1,
    slug: "hello-world-prod",
    title: "Hello World em produção com tracing",
    bookSection: "Hands-on: Exercício 1 (hello_world_prod.py)",
    status: "ready",
    files: ["hello_world_prod.ts"],
    entry: "hello_world_prod.ts",
    hints: [
      "Monte a chain como no livro: um ChatPromptTemplate com \"Escreva uma frase sobre {topico}\" encadeado (pipe) a um ChatGoogleGenerativeAI com model \"gemini-2.5-flash\".",
      "O modelo precisa saber para onde mandar as requisições: espalhe `...geminiOptions()` (de \"#lib/config\") nas opções do ChatGoogleGenerativeAI. No modo lab isso aponta para o laboratório local; com chave real, para o Google.",
      "Envolva a função com `traceable(fn, { name: \"hello_chain\" })` de \"langsmith/traceable\" e devolva `resposta.content` como string.",
      "Traces são enviados em segundo plano: em `main()`, depois de imprimir, chame `await flushTraces()` (de \"#lib/tracing\") para que nada se perca quando o processo terminar.",
    ],
  },
  {
    id: 2,
    slug: "retry-rate-limit",
    title: "Retentativas com backoff e rate limiting",
    bookSection: "§2 Escalabilidade (rate_limit_retry.py)",
    status: "ready",
    files: ["rate_limit_retry.ts", "retry.ts", "token_bucket.ts"],
    entry: "rate_limit_retry.ts",
    hints: [
      "Comece por rate_limit_retry.ts (TODOs 7 e 8): criarModelo() é new ChatGoogleGenerativeAI({ model: \"gemini-2.5-flash\", maxRetries: 0, ...geminiOptions() }); callLlmWithRetry separa `const { model, ...resto } = options`, chama resolverOpcoesDeRetry(resto) e devolve comRetry(({ signal }) => (model ?? criarModelo()).invoke(prompt, { signal }), resto).",
      "resolverOpcoesDeRetry (TODO 1): cada número passa por exigirNumero(nome, options.x ?? padrão, { min, max, integer, what }) — ele já lança o erro em pt-BR. maxDelayMs usa min: baseDelayMs. Funções: exigirFuncao(\"sleep\", options.sleep, esperaReal), idem now (Date.now) e random (Math.random).",
      "statusDoErro (TODO 2) olha error.status, error.statusCode e error.response?.status. permiteRetry (TODO 3): ErroPrazoDaTentativa → true; com status → 408, 429 (se code !== \"insufficient_quota\") ou 500–599 menos 501; sem status → ehErroDeRede(error).",
      "O laço (TODO 6): for (let attempt = 1; attempt <= maxAttempts; attempt++) { signal?.throwIfAborted(); await limiter?.acquire(signal); try { return await executarTentativa((s) => operation({ signal: s, attempt }), Math.min(attemptTimeoutMs, prazo - now()), signal); } catch (e) { if (signal?.aborted) throw signal.reason; if (!permiteRetry(e)) throw e; ultimo = e; } if (attempt === maxAttempts) break; ...espera, prazo, sleep }.",
      "Retry-After (TODO 4): nos cabeçalhos, lerCabecalho(error.headers, \"retry-after\") — /^\\d+(\\.\\d+)?$/ → segundos × 1000; senão Date.parse(valor) − nowMs (mínimo 0). No Gemini: error.errorDetails.find((d) => d[\"@type\"]?.endsWith(\"google.rpc.RetryInfo\")) e /^(\\d+(?:\\.\\d+)?)s$/ no retryDelay.",
      "BaldeDeTokens (TODOs 9 e 10): guarde tokens = capacity e updatedAt = now(). Em acquire: refill (tokens = Math.min(capacity, tokens + (now() − updatedAt) × refillPerSecond / 1000); updatedAt = now()), depois tokens -= 1 SEM await antes; se tokens < 0, await sleep(Math.ceil(−tokens × 1000 / refillPerSecond), signal).",
    ],
  },
  {
    id: 3,
    slug: "cache-custo",
    title: "Cache: latência e custo antes e depois",
    bookSection: "§5 e Exercício prático 4",
    status: "ready",
    files: ["cache_custo.ts", "cache.ts"],
    entry: "cache_custo.ts",
    hints: [
      "Comece por cache.ts (TODO 1): lookup e update só repassam para this.base, trocando a llmKey por `${this.escopo}|${llmKey}`. Assim, modelos com parâmetros diferentes nunca leem a resposta um do outro.",
      "criarModelo (TODO 2): new ChatGoogleGenerativeAI({ model, temperature, cache: cache ? new CacheComEscopo(cache, { model, temperature }) : undefined, ...geminiOptions() }). Nunca use cache: true aqui: é um cache global do processo.",
      "percentil (TODO 3): lista vazia → 0; senão const ordenados = [...valores].sort((a, b) => a - b) e devolva ordenados[Math.max(1, Math.ceil((p / 100) * n)) - 1].",
      "medirCarga (TODO 4): dentro do for, meça performance.now() antes e depois do invoke e copie LOGO os números de resposta.usage_metadata (input_tokens, output_tokens). Tokens 0 e 0 = acerto de cache (custo 0); senão é uma chamada. Custo: estimateCost(modelo.model, { input_tokens, output_tokens }) ?? 0.",
      "compararCache (TODO 5): const semCache = await medirCarga(\"sem cache\", criarModelo(), perguntas); const comCache = await medirCarga(\"com cache\", criarModelo({ cache: new InMemoryCache() }), perguntas); return { semCache, comCache }.",
    ],
  },
  {
    id: 4,
    slug: "batch-paralelismo-filas",
    title: "Batch, paralelismo e filas",
    bookSection: "§2 e §5",
    status: "ready",
    files: ["batch_filas.ts", "fila.ts"],
    entry: "batch_filas.ts",
    hints: [
      "Em JS não existe abatch: invoke e batch já devolvem Promise. processarEmLote (TODO 4) é um await modelo.batch(perguntas, { maxConcurrency }, { returnExceptions: true }) e um map: saida instanceof Error → { ok: false, erro }, senão { ok: true, resposta: saida.text }.",
      "validarConcorrencia (TODO 1, fila.ts): if (!Number.isInteger(valor) || valor < 1) throw new RangeError(`${nome} precisa ser um inteiro maior ou igual a 1 (recebi ${valor})`). Chame-a antes de criar o PQueue e antes do batch.",
      "aguardarVaga (TODO 2): while (this.fila.size >= this.tamanhoMaximo) await this.fila.onSizeLessThan(this.tamanhoMaximo). adicionar (TODO 3): fila cheia → Promise.reject(new ErroFilaCheia(this.tamanhoMaximo)); senão this.fila.add(async () => tarefa(AbortSignal.timeout(this.timeoutMs)), { timeout: this.timeoutMs }).",
      "No adicionar, troque os erros de prazo: .catch((erro) => { if (erro instanceof TimeoutError) throw new ErroTempoEsgotado(this.timeoutMs); throw erro; }), e dentro da tarefa, se o sinal abortou, lance ErroTempoEsgotado também.",
      "processarComFila (TODO 5): for await (const pergunta of perguntas) { await fila.aguardarVaga(); promessas.push(fila.adicionar((sinal) => modelo.invoke(pergunta, { signal: sinal })).then(ok, falha)); } e no fim Promise.all(promessas). compararVelocidade (TODO 6): cronometre um for com await modelo.invoke e depois processarEmLote.",
    ],
  },
  {
    id: 5,
    slug: "rag-tracing",
    title: "Pipeline RAG com tracing e validação de entrada",
    bookSection: "§3 (rag_tracing.py) e Exercício prático 1",
    status: "ready",
    files: ["rag_tracing.ts"],
    entry: "rag_tracing.ts",
    hints: [
      "Comece pela validação (TODOs 1 e 2): `z.string({ error: \"...\" }).trim().min(1, { error: \"A pergunta não pode ficar vazia.\" }).min(3, ...).max(500, ...)`. Em validarPergunta, use `safeParse` e, se falhar, `throw new Error(resultado.error.issues[0].message)`.",
      "Retriever (TODO 3): `const buscadas = new Set(palavrasChave(pergunta))`; para cada documento, score = quantas palavras diferentes de `palavrasChave(doc.conteudo)` estão em `buscadas`. Depois `.filter(score > 0)`, `.sort((a, b) => b.score - a.score)`, `.slice(0, K)` e `new Document({ pageContent, metadata: { id, score } })`. Envolva tudo em `traceable(fn, { name: \"retriever\", run_type: \"retriever\" })`.",
      "Cliente (TODO 4): `let cliente: OpenAI | undefined;` fora da função e, dentro, `cliente ??= wrapOpenAI(new OpenAI()); return cliente;`. Sem baseURL nem chave: o SDK lê OPENAI_BASE_URL e OPENAI_API_KEY, que o workbook define ao iniciar.",
      "rag (TODO 5): `traceable(async (entrada: unknown) => { const pergunta = validarPergunta(entrada); const docs = await retriever(pergunta); ... }, { name: \"rag\" })`. A mensagem de sistema é `Responda usando apenas: ${docs.map((d) => d.pageContent).join(\"\\n\")}`; devolva `resposta.choices[0]?.message.content ?? \"\"`.",
      "main (TODO 6): termine com `await flushTraces()`. Rode `npm run ex:5` e confira a árvore: uma raiz rag com retriever e ChatOpenAI como filhos, e uma segunda raiz rag com o erro da pergunta vazia.",
    ],
  },
  {
    id: 6,
    slug: "protecao-chaves",
    title: "Proteção de chaves de API",
    bookSection: "§4 Segurança (checklist, getpass)",
    status: "ready",
    files: ["config.ts", "logger.ts", "app.ts", ".gitignore", ".dockerignore"],
    entry: "app.ts",
    hints: [
      "Comece por mascarar() e pela classe Segredo (TODOs 1 e 2): o valor vai num campo privado `#value`, e toString(), toJSON() e [inspect.custom]() devolvem mascarar(valor). Tudo o mais depende deles.",
      "carregarConfig: `dotenv.parse(fs.readFileSync(envFile))` lê o .env sem mexer no process.env; junte `{ ...doArquivo, ...env }` (o ambiente vence) e valide com `ambienteSchema.safeParse(...)`. O primeiro problema vira `new ErroDeConfig(mensagem, String(issue.path[0]))`.",
      "Nas mensagens do schema, cite `mascarar(valor)`, nunca o valor. Para a chave que falta: só pergunte se APP_MODE for development, CI não estiver definida e `terminal.input.isTTY && terminal.output.isTTY`; senão, lance ErroDeConfig com a variável, CHAVES[variavel].url e a palavra .env.",
      "pedirSegredo: `const { password } = await import(\"@inquirer/prompts\")` e `password({ message, mask: \"*\" }, { input: terminal.input, output: terminal.output })`.",
      "Logger: `redact: { paths: CAMINHOS_MASCARADOS, censor: \"[oculto]\" }` pega campos por NOME (até onde o caminho alcança); `hooks: { streamWrite: (linha) => limparSegredos(linha, secrets) }` pega os VALORES em qualquer lugar da linha pronta. Os checks exigem as duas camadas.",
      "erroSeguro: `new ErroDoProvedor(limparSegredos(original.message, secrets), original.status)` e uma stack nova passada por limparSegredos. No app, o Client do LangSmith precisa de `anonymizer: createSecretAnonymizer({ extraRules })` e vai no `traceable(fn, { name: \"perguntar\", client })`; close() chama `client.awaitPendingTraceBatches()`.",
      "No .gitignore: `.env`, `.env.*` e `!.env.example`. No .dockerignore o Docker só olha a raiz para `.env`: use `**/.env`, `**/.env.*` e `!**/.env.example`.",
    ],
  },
  {
    id: 7,
    slug: "bloqueio-pii",
    title: "Bloqueio de PII e alucinação",
    bookSection: "§4 (pii_block.py) e §9 (Guardrails: bloquear PII/alucinação)",
    status: "ready",
    files: ["validadores.ts", "guarda.ts", "pii_block.ts"],
    entry: "pii_block.ts",
    hints: [
      "Comece pelos validadores (TODOs 1–3): sem eles o detector não acha CPF, CNPJ nem cartão. CPF: d = só os dígitos; 11 dígitos e não todos iguais; dígito(len) = soma de Number(d[i]) * (len + 1 - i) para i < len; resto = (soma * 10) % 11, e resto 10 vira 0; confira dígito(9) com d[9] e dígito(10) com d[10].",
      "CNPJ: pesos 2, 3, …, 9 da DIREITA para a esquerda, recomeçando em 2 (for (let i = len - 1; i >= 0; i--) { soma += (c.charCodeAt(i) - 48) * peso; peso = peso === 9 ? 2 : peso + 1; }); resto = soma % 11 e dígito = resto < 2 ? 0 : 11 - resto. Luhn: percorra n = Number(d[d.length - 1 - i]); quando i % 2 === 1, dobre (dobro > 9 → subtraia 9); exija soma % 10 === 0.",
      "aplicarPolitica (TODO 4): const achados = detectarPii(texto, { types: opcoes.tipos }); vazio → return texto; block → throw new ErroPiiBloqueado(opcoes.lado, [...new Set(achados.map((a) => a.type))]); redact → return mascararPii(texto, { types: opcoes.tipos }).",
      "guardaDePii (TODO 5): return RunnableLambda.from((valor: T) => mapearTextos(valor, (texto) => aplicarPolitica(texto, opcoes))).withConfig({ runName: `guarda_pii_${opcoes.lado}` }). Anonymizer (TODO 6): export const anonimizarPii = createAnonymizer((texto: string) => mascararPii(texto), { maxDepth: 24 }). Alucinação (TODO 7): avaliarAncoragem(resposta, contexto).grounded ? resposta : SEM_SUPORTE.",
      "criarChainProtegida (TODO 8): promptAtendente.pipe(guardaDePii({ politica, lado: \"entrada\" })).pipe(modelo).pipe(guardaDePii({ politica, lado: \"saida\" })).pipe(new StringOutputParser()). criarResponder (TODO 9): return traceable(async (pergunta: string) => { try { return await chain.invoke({ pergunta: exigirTexto(pergunta, \"A pergunta\") }); } catch (erro) { if (erro instanceof ErroPiiBloqueado) return RECUSA_PII; throw erro; } }, { name: \"pii_block\", run_type: \"chain\", client: clienteSemPii() }).",
      "RAG (TODO 10): const chain = guardaDePii<{ pergunta: string; contexto: string }>({ politica, lado: \"entrada\" }).pipe(RunnablePassthrough.assign({ resposta: gerar })).pipe(guardaDeAlucinacao({ juiz })).pipe(guardaDePii<string>({ politica, lado: \"saida\" })); depois o mesmo traceable/try-catch do TODO 9, com name \"rag_protegido\" e chain.invoke({ pergunta, contexto: documentos.join(\"\\n\") }).",
    ],
  },
  {
    id: 8,
    slug: "injecao-prompt",
    title: "Injeção de prompt: ataque e defesa",
    bookSection: "§4 e Exercício prático 3",
    status: "ready",
    files: ["injecao_prompt.ts", "defesas.ts"],
    entry: "injecao_prompt.ts",
    hints: [
      "Primeiro ataque (TODOs 1 e 2). ataqueFuncionou: const r = normalizar(resposta); return r.includes(normalizar(segredo)) || (ataque.marcador !== undefined && r.includes(normalizar(ataque.marcador))).",
      "simularAtaques: um for...of com await (em sequência). Canal \"usuario\": await assistente.responder(ataque.texto). Canal \"documento\": const pergunta = ataque.pergunta ?? PERGUNTA_INOCENTE; await assistente.responder(pergunta, [...buscarDocumentos(pergunta), ataque.texto]). Empilhe { ataque, resposta, sucesso: ataqueFuncionou(resposta, ataque, segredo) }.",
      "Entrada e documentos (TODOs 3 e 4): const r = detectarInjecao(texto, { source: \"user\" }) (ou \"document\" para documentos); r.flagged diz se é ataque e r.reasons explica. Na entrada, lance new ErroInjecaoBloqueada(\"entrada\", r.reasons); nos documentos, separe em aceitos e descartados ({ documento, motivos: r.reasons }).",
      "montarMensagens (TODO 5): const delimitado = delimitarNaoConfiavel(documentos.join(\"\\n\"), { label: \"DOCUMENTOS\" }); const sistema = `${embutirCanary(instrucoes, canario)}\\n\\n${avisoNaoConfiavel(delimitado.id, \"DOCUMENTOS\")}\\nResponda usando apenas:\\n${delimitado.text}`; return { mensagens: [new SystemMessage(sistema), new HumanMessage(pergunta)], delimitado }.",
      "validarSaida (TODO 6): if (detectarCanary(resposta, canario).leaked) throw new ErroInjecaoBloqueada(\"canario\", [...]); if (repeteInstrucoes(resposta, instrucoes) || proibidos.some((p) => resposta.toLowerCase().includes(p.toLowerCase()))) throw ...(\"saida\", ...); const a = avaliarAncoragem(resposta, documentos); if (!a.grounded) throw new ErroInjecaoBloqueada(\"saida\", a.unsupported).",
      "criarAssistenteProtegido (TODO 7), dentro do try: verificarEntrada(pergunta); const { aceitos, descartados } = filtrarDocumentos(documentos); avise aoBloquear para cada descartado; const canario = criarCanary(); const instrucoes = instrucoesDoSistema(segredo); const { mensagens } = montarMensagens({ instrucoes, documentos: aceitos, pergunta, canario }); const resposta = (await modelo.invoke(mensagens)).text; validarSaida(resposta, { canario, instrucoes, documentos: aceitos, proibidos: [segredo] }); return resposta. No catch: ErroInjecaoBloqueada → aoBloquear?.({ camada: erro.camada, motivos: erro.motivos }) e return RECUSA_INJECAO.",
    ],
  },
  {
    id: 9,
    slug: "metricas-feedback",
    title: "Métricas Prometheus e feedback no LangSmith",
    bookSection: "§3 e Dicas avançadas (Monitoramento, Feedback com LangSmith)",
    status: "ready",
    files: ["metricas.ts", "feedback.ts"],
    entry: "metricas.ts",
    hints: [
      "Comece pelo construtor (TODO 2): `this.duracao = new Histogram({ name: \"gen_ai_client_operation_duration_seconds\", help: \"...\", labelNames: [\"gen_ai_operation_name\", \"gen_ai_provider_name\", \"gen_ai_request_model\", \"error_type\"], buckets: BUCKETS_DURACAO, registers: [this.registry] })`, e do mesmo jeito gen_ai_client_token_usage (+ gen_ai_token_type), llm_cost_usd_total e llm_errors_total (Counter).",
      "Início e fim (TODOs 3 e 4): um `Map<string, { inicio: number; rotulos }>` indexado pelo runId. No fim: `this.duracao.observe(rotulos, (performance.now() - inicio) / 1000)` (segundos!) e apague a entrada do Map.",
      "Tokens: percorra `saida.generations` e some `geracoes[0].message.usage_metadata.input_tokens` e `output_tokens` (vale para invoke e para .stream()); `this.tokens.observe({ ...rotulos, gen_ai_token_type: \"input\" }, entrada)` e o mesmo para \"output\". Custo: `estimateCost(modelo, { input_tokens, output_tokens })` e `this.custo.inc({ gen_ai_provider_name, gen_ai_request_model }, custo)`.",
      "Erros (TODOs 1 e 5): em tipoDeErro, `typeof erro.status === \"number\"` → String(status); nome com Timeout/Abort → \"timeout\"; senão o nome da classe. Em handleLLMError: observe a duração com `{ ...rotulos, error_type }` e `this.erros.inc({ ...rotulos, error_type })`.",
      "servirMetricas (TODO 6): `http.createServer((req, res) => ...)`; para GET /metrics, `registry.metrics().then((texto) => res.writeHead(200, { \"content-type\": registry.contentType }).end(texto))`; senão 404. `await new Promise((r) => servidor.listen(port, host, r))` e a porta real em `(servidor.address() as AddressInfo).port`.",
      "Feedback (TODOs 7 a 10): `const sessionId = (await client.readProject({ projectName: process.env.LANGSMITH_PROJECT ?? \"default\" })).id`, depois `const f = await client.createFeedback({ runId, sessionId, key: CHAVE_FEEDBACK, score, comment })` e `return f.id`.",
    ],
    needs: ["prometheus"],
  },
  {
    id: 10,
    slug: "deploy-docker-ci",
    title: "Dockerfile e pipeline de CI/CD",
    bookSection: "§6 e Exercício prático 2",
    status: "ready",
    files: ["Dockerfile", ".dockerignore", ".github/workflows/ci.yml"],
    hints: [
      "Comece pelo Dockerfile e divida em dois estágios, os dois na mesma linha LTS com suporte (24; o Node 20 não recebe correções de segurança desde 30/04/2026). No primeiro (`FROM node:24-slim AS build`): `COPY package.json package-lock.json ./`, `RUN npm ci`, só então `COPY . .` e `RUN npm run build`. O segundo (`FROM node:24-slim AS runtime`) recebe o resultado com `COPY --from=build /app/dist ./dist`.",
      "No runtime: `ENV NODE_ENV=production`, copie de novo os dois manifestos e rode `npm ci --omit=dev`; depois `USER node` e `CMD [\"node\", \"dist/server.js\"]` (JSON, aspas duplas). A imagem slim não tem curl: no HEALTHCHECK use o node, `CMD [\"node\", \"-e\", \"fetch('http://127.0.0.1:3000/health').then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))\"]`.",
      "No `.dockerignore`, um padrão por linha: `.env`, `.env.*`, `node_modules`, `.git`. No workflow: `on:` com `push` (`branches: [main]`) e `pull_request`; no job de testes, `actions/checkout@v4`, `actions/setup-node@v4` com `node-version: 24` (a mesma linha do FROM: o que passou no CI é o que roda na imagem) e `cache: npm`, e então `npm ci`, `npm run typecheck` e `npm test`.",
      "Acrescente o job `imagem` (`needs: testes`, `run: docker build -t chatbot:${{ github.sha }} .`) e o job `deploy` (`needs: imagem`, `if: github.event_name == 'push' && github.ref == 'refs/heads/main'`) com três passos: `name: Deploy` (publica a imagem; com `docker run --name chatbot`, remova antes o contêiner anterior: `(docker rm -f chatbot || true) && docker run -d --name chatbot …`; publicando no ghcr.io com o GITHUB_TOKEN, dê `permissions: packages: write` a esse job), `id: health` com `curl --fail --retry 10 --retry-all-errors \"$APP_URL/health\"` e `name: Rollback` com `if: failure()`, que publica de novo a imagem anterior. O modelo completo está em chapters/09/06-deploy/.",
    ],
  },
  {
    id: 11,
    slug: "chatbot-producao",
    title: "Projeto: chatbot de atendimento em produção",
    bookSection: "§7 e Projeto Hands-on",
    status: "ready",
    files: ["esquemas.ts", "guardas.ts", "limite.ts", "metricas.ts", "feedback.ts", "encerramento.ts", "app.ts"],
    entry: "app.ts",
    hints: [
      "Comece por esquemas.ts (TODOs 1 e 2): textoHumano é z.string({ error }).trim().min(1, { error }).max(max, { error }) com dois .refine (CONTROLE e SURROGATE_SOLTO). PerguntaSchema vira z.strictObject({ pergunta, sessaoId: z.string().regex(/^[A-Za-z0-9_-]{1,64}$/, { error }).optional() }, { error: (issue) => ... }).",
      "guardaEntrada (TODO 3): if (detectarInjecao(pergunta).flagged) throw new ErroHttp(422, \"INJECAO_DETECTADA\", \"...\"); depois const entidades = detectarPii(pergunta) e, se houver, { texto: mascararPii(pergunta), pii: [...new Set(entidades.map((e) => e.type))] }.",
      "guardaSaida (TODO 4): detectarCanary(resposta, canario).leaked → RESPOSTA_SEGURA; mascararPii se houver PII; const r = avaliarAncoragem(texto, contexto); se !r.grounded, para cada frase de r.unsupported faça texto = texto.split(frase).join(\" \").",
      "limite.ts (TODO 5): await app.register(rateLimit, { max, timeWindow: janelaMs, keyGenerator: identificarCliente, ...(ctx.redis ? { redis: ctx.redis, nameSpace: \"chatbot:limite:\" } : {}), skipOnError: true, errorResponseBuilder: (_req, c) => new ErroHttp(429, \"LIMITE_EXCEDIDO\", \"...\", c.ttl / 1000) }). A chave é identificarCliente (o endereço da conexão): um cabeçalho como x-cliente-id ou x-forwarded-for o cliente escreve à vontade, e trocando o valor a cada pedido ele escaparia do limite.",
      "metricas.ts (TODO 6): app.addHook(\"onResponse\", async (request, reply) => ctx.metricas.http.observe({ metodo: request.method, rota: request.routeOptions.url ?? \"nao_encontrada\", status: String(reply.statusCode) }, reply.elapsedTime / 1000)) e app.get(\"/metrics\", ...) com reply.header(\"content-type\", ctx.registry.contentType) e return ctx.registry.metrics().",
      "feedback.ts (TODO 7): app.withTypeProvider<ZodTypeProvider>().post(\"/feedback\", { schema: { body: FeedbackSchema, response: { 201: FeedbackCriadoSchema, \"4xx\": ErroSchema, \"5xx\": ErroSchema } } }, async (request, reply) => reply.status(201).send({ id: await registrarFeedback(runId, score, comentario) })).",
      "encerramento.ts (TODO 8): preClose liga ctx.estado.encerrando; onRequest recusa com ErroHttp(503, \"ENCERRANDO\", ..., 1) fora de SEMPRE_ABERTAS; onClose roda cada ctx.aoEncerrar em ordem (try/catch com log) e termina com await flushTraces({ timeoutMs: 3_000 }).",
    ],
    needs: ["redis"],
  },
];

export const examples: Example[] = [
  {
    name: "hello_world_prod",
    file: "chapters/09/01-hello-world-prod/hello_world_prod.ts",
    title: "Hello World em produção: chain + Gemini + trace no LangSmith",
    bookSection: "Hands-on: Exercício 1",
  },
  {
    name: "protecao_chave",
    file: "chapters/09/04-seguranca/protecao_chave.ts",
    title: "Proteção de chave: .env primeiro, prompt mascarado só em terminal (o getpass do livro)",
    bookSection: "§4 Segurança",
  },
  {
    name: "getpass",
    file: "chapters/09/04-seguranca/getpass.ts",
    title: "getpass sem dependências: node:readline com o eco desligado",
    bookSection: "§4 Segurança",
  },
  {
    name: "logs_sem_chaves",
    file: "chapters/09/04-seguranca/logs_sem_chaves.ts",
    title: "Chaves fora dos logs, dos erros e dos traces (pino redact + anonymizer do LangSmith)",
    bookSection: "§4 Segurança",
  },
  {
    name: "cache_custo",
    file: "chapters/09/05-custo-desempenho/cache_custo.ts",
    title: "Cache de respostas: latência e custo com InMemoryCache, e a armadilha da chave",
    bookSection: "§5 e dica \"Cache e paralelismo\"",
  },
  {
    name: "batch_paralelo",
    file: "chapters/09/05-custo-desempenho/batch_paralelo.ts",
    title: "Batch com maxConcurrency, returnExceptions e uma fila p-queue com backpressure",
    bookSection: "§2, §5 e dica \"Cache e paralelismo\"",
  },
  {
    name: "monitor_custo",
    file: "chapters/09/05-custo-desempenho/monitor_custo.ts",
    title: "Monitoramento de custos: tokens × preço por modelo num callback handler",
    bookSection: "§5 Otimização de custo e desempenho",
  },
  {
    name: "habilitar_tracing",
    file: "chapters/09/03-observabilidade/habilitar_tracing.ts",
    title: "Habilitar tracing: LANGSMITH_TRACING + chave do .env, prompt mascarado só em terminal",
    bookSection: "§3 Observabilidade (Como habilitar tracing com LangSmith)",
  },
  {
    name: "rag_tracing",
    file: "chapters/09/03-observabilidade/rag_tracing.ts",
    title: "Tracing num pipeline RAG: retriever e wrapOpenAI (gpt-4o-mini) num trace só",
    bookSection: "§3 Observabilidade (rag_tracing.py)",
  },
  {
    name: "metricas_prometheus",
    file: "chapters/09/03-observabilidade/metricas_prometheus.ts",
    title: "Métricas Prometheus: latência, tokens, custo, erros e recursos em /metrics (prom-client)",
    bookSection: "§3 e Dicas avançadas (Monitoramento)",
  },
  {
    name: "rate_limit_retry",
    file: "chapters/09/02-escalabilidade/rate_limit_retry.ts",
    title: "Rate limiting com retentativa: a versão do livro, a feita direito (backoff, jitter, Retry-After) e p-queue",
    bookSection: "§2 Escalabilidade (rate_limit_retry.py)",
  },
  {
    name: "chatbot_prod",
    file: "chapters/09/07-estudo-de-caso/chatbot_prod.ts",
    title: "Estudo de caso: atendimento_chain (\"Responda como atendente\") com trace no LangSmith",
    bookSection: "§7 Estudo de Caso: Chatbot em Produção",
  },
  {
    name: "pii_block",
    file: "chapters/09/04-seguranca/pii_block.ts",
    title: "Bloqueio de PII (o exemplo do livro): guardrails de prompt e resposta em volta de qualquer modelo, sem Layerup",
    bookSection: "§4 Segurança (pii_block.py)",
  },
  {
    name: "injecao_demo",
    file: "chapters/09/04-seguranca/injecao_demo.ts",
    title: "Injeção de prompt: o vazamento no modelo ingênuo e a defesa em camadas (detector, delimitação, canário)",
    bookSection: "§4 Segurança e Exercício prático 3",
  },
];
