/**
 * The ONE manifest of the workbook: every exercise and chapter example.
 * Scripts, menus, hints, checks and package.json's `ex:N` scripts all read it.
 * Adding an exercise: exercises/NN-slug/ + solutions/NN-slug/ + checks/NN-slug.test.ts + an entry here
 * with status "ready" (test/curriculum.test.ts fails if one of the four is missing).
 */

export const MANIFEST_VERSION = 1;

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
  /** Files the student edits, relative to the exercise folder (first = main file). */
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
  { id: 2, slug: "retry-rate-limit", title: "Retentativas com backoff e rate limiting", bookSection: "§2 Escalabilidade (rate_limit_retry.py)", status: "planned", files: [], hints: [] },
  { id: 3, slug: "cache-custo", title: "Cache: latência e custo antes e depois", bookSection: "§5 e Exercício prático 4", status: "planned", files: [], hints: [] },
  { id: 4, slug: "batch-paralelismo-filas", title: "Batch, paralelismo e filas", bookSection: "§2 e §5", status: "planned", files: [], hints: [] },
  { id: 5, slug: "rag-tracing", title: "Pipeline RAG com tracing e validação de entrada", bookSection: "§3 (rag_tracing.py) e Exercício prático 1", status: "planned", files: [], hints: [] },
  {
    id: 6,
    slug: "protecao-chaves",
    title: "Proteção de chaves de API",
    bookSection: "§4 Segurança (checklist, getpass)",
    status: "ready",
    files: ["config.ts", "logger.ts", "app.ts", ".gitignore", ".dockerignore"],
    entry: "app.ts",
    hints: [
      "Comece por mask() e pela classe Secret (TODOs 1 e 2): o valor vai num campo privado `#value`, e toString(), toJSON() e [inspect.custom]() devolvem mask(valor). Tudo o mais depende deles.",
      "loadConfig: `dotenv.parse(fs.readFileSync(envFile))` lê o .env sem mexer no process.env; junte `{ ...doArquivo, ...env }` (o ambiente vence) e valide com `envSchema.safeParse(...)`. O primeiro problema vira `new ConfigError(mensagem, String(issue.path[0]))`.",
      "Nas mensagens do schema, cite `mask(valor)`, nunca o valor. Para a chave que falta: só pergunte se APP_MODE for development, CI não estiver definida e `terminal.input.isTTY && terminal.output.isTTY`; senão, lance ConfigError com a variável, KEYS[variavel].url e a palavra .env.",
      "askSecret: `const { password } = await import(\"@inquirer/prompts\")` e `password({ message, mask: \"*\" }, { input: terminal.input, output: terminal.output })`.",
      "Logger: `redact: { paths: REDACT_PATHS, censor: \"[oculto]\" }` pega campos por NOME (até onde o caminho alcança); `hooks: { streamWrite: (linha) => scrub(linha, secrets) }` pega os VALORES em qualquer lugar da linha pronta. Os checks exigem as duas camadas.",
      "safeError: `new ProviderError(scrub(original.message, secrets), original.status)` e uma stack nova passada por scrub. No app, o Client do LangSmith precisa de `anonymizer: createSecretAnonymizer({ extraRules })` e vai no `traceable(fn, { name: \"perguntar\", client })`; close() chama `client.awaitPendingTraceBatches()`.",
      "No .gitignore: `.env`, `.env.*` e `!.env.example`. No .dockerignore o Docker só olha a raiz para `.env`: use `**/.env`, `**/.env.*` e `!**/.env.example`.",
    ],
  },
  { id: 7, slug: "bloqueio-pii", title: "Bloqueio de PII e alucinação", bookSection: "§4 (pii_block.py)", status: "planned", files: [], hints: [] },
  { id: 8, slug: "injecao-prompt", title: "Injeção de prompt: ataque e defesa", bookSection: "§4 e Exercício prático 3", status: "planned", files: [], hints: [] },
  { id: 9, slug: "metricas-feedback", title: "Métricas Prometheus e feedback no LangSmith", bookSection: "§3 e Dicas avançadas", status: "planned", files: [], hints: [] },
  {
    id: 10,
    slug: "deploy-docker-ci",
    title: "Dockerfile e pipeline de CI/CD",
    bookSection: "§6 e Exercício prático 2",
    status: "ready",
    files: ["Dockerfile", ".dockerignore", ".github/workflows/ci.yml"],
    hints: [
      "Comece pelo Dockerfile e divida em dois estágios. No primeiro (`FROM node:20-slim AS build`): `COPY package.json package-lock.json ./`, `RUN npm ci`, só então `COPY . .` e `RUN npm run build`. O segundo (`FROM node:20-slim AS runtime`) recebe o resultado com `COPY --from=build /app/dist ./dist`.",
      "No runtime: `ENV NODE_ENV=production`, copie de novo os dois manifestos e rode `npm ci --omit=dev`; depois `USER node` e `CMD [\"node\", \"dist/server.js\"]` (JSON, aspas duplas). A imagem slim não tem curl: no HEALTHCHECK use o node, `CMD [\"node\", \"-e\", \"fetch('http://127.0.0.1:3000/health').then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))\"]`.",
      "No `.dockerignore`, um padrão por linha: `.env`, `.env.*`, `node_modules`, `.git`. No workflow: `on:` com `push` (`branches: [main]`) e `pull_request`; no job de testes, `actions/checkout@v4`, `actions/setup-node@v4` com `node-version: 20` e `cache: npm`, e então `npm ci`, `npm run typecheck` e `npm test`.",
      "Acrescente o job `imagem` (`needs: testes`, `run: docker build -t chatbot:${{ github.sha }} .`) e o job `deploy` (`needs: imagem`, `if: github.event_name == 'push' && github.ref == 'refs/heads/main'`) com três passos: `name: Deploy` (publica a imagem), `id: health` com `curl --fail --retry 10 --retry-all-errors \"$APP_URL/health\"` e `name: Rollback` com `if: failure()`, que publica de novo a imagem anterior. O modelo completo está em chapters/09/06-deploy/.",
    ],
  },
  { id: 11, slug: "chatbot-producao", title: "Projeto: chatbot de atendimento em produção", bookSection: "§7 e Projeto Hands-on", status: "planned", files: [], hints: [] },
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
];
