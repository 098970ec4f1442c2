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
  { id: 6, slug: "protecao-chaves", title: "Proteção de chaves de API", bookSection: "§4 Segurança", status: "planned", files: [], hints: [] },
  { id: 7, slug: "bloqueio-pii", title: "Bloqueio de PII e alucinação", bookSection: "§4 (pii_block.py)", status: "planned", files: [], hints: [] },
  { id: 8, slug: "injecao-prompt", title: "Injeção de prompt: ataque e defesa", bookSection: "§4 e Exercício prático 3", status: "planned", files: [], hints: [] },
  { id: 9, slug: "metricas-feedback", title: "Métricas Prometheus e feedback no LangSmith", bookSection: "§3 e Dicas avançadas", status: "planned", files: [], hints: [] },
  { id: 10, slug: "deploy-docker-ci", title: "Dockerfile e pipeline de CI/CD", bookSection: "§6 e Exercício prático 2", status: "planned", files: [], hints: [] },
  { id: 11, slug: "chatbot-producao", title: "Projeto: chatbot de atendimento em produção", bookSection: "§7 e Projeto Hands-on", status: "planned", files: [], hints: [] },
];

export const examples: Example[] = [
  {
    name: "hello_world_prod",
    file: "chapters/09/01-hello-world-prod/hello_world_prod.ts",
    title: "Hello World em produção: chain + Gemini + trace no LangSmith",
    bookSection: "Hands-on: Exercício 1",
  },
];
