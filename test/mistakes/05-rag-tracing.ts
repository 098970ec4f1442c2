// Plausible wrong solutions of exercise 05 (see catalogue.ts). Each must fail the check named by `caughtBy`.
import type { Mistake } from "./catalogue.ts";

const F = "rag_tracing.ts";
const TRACE = /um trace por pergunta/;
const RESPONDE = /rag responde com o fato/;
const VALIDA = /validarPergunta recusa entrada inválida/;
const RETR = /o retriever devolve os documentos ranqueados/;
const ERRO = /um erro da OpenAI sobe/;
const CREATE = `    const resposta = await openai().chat.completions.create({
      model: "gpt-4o-mini",
      messages: [
        { role: "system", content: \`Responda usando apenas: \${contexto}\` },
        { role: "user", content: pergunta },
      ],
    });
    return resposta.choices[0]?.message.content ?? "";`;

export const mistakes: Mistake[] = [
  {
    name: "provider error swallowed into a friendly answer",
    family: "error-path",
    edits: [{ file: F, find: CREATE, replace: `    try {\n${CREATE.replace(/^/gm, "  ")}\n    } catch {\n      return "Desculpe, não consegui responder agora. Tente novamente.";\n    }` }],
    caughtBy: ERRO,
    says: /não engula o erro/,
  },
  {
    name: "provider error rethrown without its cause",
    family: "error-path",
    edits: [{ file: F, find: CREATE, replace: `    try {\n${CREATE.replace(/^/gm, "  ")}\n    } catch (erro) {\n      throw new Error(\`Falha ao consultar o modelo: \${(erro as Error).message}\`);\n    }` }],
    caughtBy: ERRO,
    says: /guarde o original em cause/,
  },
  {
    name: "OpenAI client created at import time",
    family: "network",
    edits: [
      { file: F, find: "let cliente: OpenAI | undefined;\nfunction openai(): OpenAI {\n  // Stryker disable next-line ObjectLiteral: opções extras da solução, o enunciado pede só new OpenAI().\n  cliente ??= wrapOpenAI(new OpenAI({ maxRetries: 2, timeout: 30_000 }));\n  return cliente;\n}", replace: "const cliente = wrapOpenAI(new OpenAI());\nconst openai = () => cliente;" },
    ],
    caughtBy: /criado na primeira chamada/,
    says: /topo do arquivo/,
  },
  {
    name: "OpenAI client not wrapped (the model call is not traced)",
    family: "measurement",
    edits: [{ file: F, find: "  cliente ??= wrapOpenAI(new OpenAI({ maxRetries: 2, timeout: 30_000 }));", replace: "  cliente ??= new OpenAI({ maxRetries: 2, timeout: 30_000 });" }],
    caughtBy: TRACE,
    says: /wrapOpenAI/,
  },
  {
    name: "validation outside the traced function (refusals never reach LangSmith)",
    family: "measurement",
    edits: [
      { file: F, find: "export const rag = traceable(\n  async (entrada: unknown): Promise<string> => {\n    // Validar DENTRO do traceable: a entrada recusada aparece no LangSmith como um run com erro.\n    const pergunta = validarPergunta(entrada);", replace: "const ragRastreado = traceable(\n  async (pergunta: string): Promise<string> => {" },
      { file: F, find: '  { name: "rag", run_type: "chain" },\n);', replace: '  { name: "rag", run_type: "chain" },\n);\n\nexport const rag = (entrada: unknown): Promise<string> => ragRastreado(validarPergunta(entrada));' },
    ],
    caughtBy: /a recusa aparece no LangSmith/,
    says: /valide DENTRO da função passada ao traceable/,
  },
  {
    name: "retriever left untraced",
    family: "measurement",
    edits: [
      { file: F, find: "export const retriever = traceable(\n  async (pergunta: string): Promise<Document[]> => {", replace: "// O retriever é só uma função: o trace do rag já mostra tudo.\nexport async function retriever(pergunta: string): Promise<Document[]> {" },
      {
        file: F,
        find: `  },
  {
    name: "retriever",
    run_type: "retriever",
    // O LangSmith mostra os documentos de um run "retriever" quando a saída tem este formato.
    // Stryker disable all: formato extra da solução, o enunciado não exige processOutputs.
    processOutputs: ({ outputs }) => ({
      documents: outputs.map((d) => ({ page_content: d.pageContent, type: "Document", metadata: d.metadata })),
    }),
    // Stryker restore all
  },
);`,
        replace: "}",
      },
    ],
    caughtBy: TRACE,
    says: /retriever deveria aparecer como filho de rag/,
  },
  {
    name: "retriever traced with the default run_type",
    family: "measurement",
    edits: [{ file: F, find: '    name: "retriever",\n    run_type: "retriever",', replace: '    name: "retriever",' }],
    caughtBy: TRACE,
    says: /run_type: "retriever"/,
  },
  {
    name: "the whole knowledge base sent as context",
    family: "other",
    edits: [{ file: F, find: '    const contexto = docs.map((d) => d.pageContent).join("\\n");', replace: '    void docs;\n    const contexto = DOCUMENTOS.map((d) => d.conteudo).join("\\n");' }],
    caughtBy: RESPONDE,
    says: /só os documentos que o retriever devolveu/,
  },
  {
    name: "documents glued together in the context",
    family: "other",
    edits: [{ file: F, find: '    const contexto = docs.map((d) => d.pageContent).join("\\n");', replace: '    const contexto = docs.map((d) => d.pageContent).join("");' }],
    caughtBy: RESPONDE,
    says: /separados por uma quebra de linha/,
  },
  {
    name: "ranking sorted from the least relevant",
    family: "other",
    edits: [{ file: F, find: "      .sort((a, b) => b.score - a.score)", replace: "      .sort((a, b) => a.score - b.score)" }],
    caughtBy: RETR,
    says: /deveria vir primeiro/,
  },
  {
    name: "cut to K before ranking",
    family: "other",
    edits: [{ file: F, find: "      .sort((a, b) => b.score - a.score) // o mais relevante primeiro (sort é estável: empate mantém a ordem)\n      .slice(0, K)", replace: "      .slice(0, K)\n      .sort((a, b) => b.score - a.score)" }],
    caughtBy: RETR,
    says: /Ranqueie TODOS os documentos/,
  },
  {
    name: "irrelevant documents kept (score 0)",
    family: "other",
    edits: [{ file: F, find: ".filter(({ score }) => score > 0)", replace: ".filter(({ score }) => score >= 0)" }],
    caughtBy: RETR,
    says: /descarte score 0|metadata\.score/,
  },
  {
    name: "zod's default (English) messages",
    family: "other",
    edits: [
      {
        file: F,
        find: `  .string({ error: "A pergunta precisa ser um texto (string)." })
  .trim()
  .min(1, { error: "A pergunta não pode ficar vazia." })
  .min(3, { error: "A pergunta é curta demais: use pelo menos 3 caracteres." })
  .max(500, { error: "A pergunta é longa demais: use no máximo 500 caracteres." });`,
        replace: "  .string()\n  .trim()\n  .min(3)\n  .max(500);",
      },
    ],
    caughtBy: VALIDA,
    says: /vazia|português/,
  },
  {
    name: "original input returned instead of the trimmed one",
    family: "other",
    edits: [{ file: F, find: "  return resultado.data;", replace: "  return entrada as string;" }],
    caughtBy: VALIDA,
    says: /sem os espaços das pontas/,
  },
  {
    name: "500 characters refused (limit made exclusive)",
    family: "other",
    edits: [{ file: F, find: '  .max(500, { error: "A pergunta é longa demais: use no máximo 500 caracteres." });', replace: '  .max(499, { error: "A pergunta é longa demais: use no máximo 500 caracteres." });' }],
    caughtBy: VALIDA,
    says: /limite é inclusivo/,
  },
  {
    name: "another OpenAI model",
    family: "measurement",
    edits: [{ file: F, find: '      model: "gpt-4o-mini",', replace: '      model: "gpt-4o",' }],
    caughtBy: RESPONDE,
    says: /gpt-4o-mini/,
  },
  {
    name: "question sent inside the system message",
    family: "other",
    edits: [{ file: F, find: "        { role: \"system\", content: `Responda usando apenas: ${contexto}` },\n        { role: \"user\", content: pergunta },", replace: "        { role: \"system\", content: `Responda usando apenas: ${contexto}\\nPergunta: ${pergunta}` }," }],
    caughtBy: RESPONDE,
    says: /role: "user"/,
  },
  {
    name: "the whole completion returned instead of its text",
    family: "other",
    edits: [{ file: F, find: '    return resposta.choices[0]?.message.content ?? "";', replace: "    return resposta as unknown as string;" }],
    caughtBy: RESPONDE,
    says: /deve devolver uma string/,
  },
  {
    name: "answer borrowed from the reference solution",
    family: "other",
    files: { [F]: 'export * from "#solucoes/05-rag-tracing/rag_tracing.ts";\n' },
    caughtBy: /rag/,
    says: /soluções de referência/,
  },
  // red team 2026-12-06: v3
  {
    name: "score counts repeated words instead of distinct ones",
    family: "other",
    edits: [{ file: F, find: "score: new Set(palavrasChave(doc.conteudo).filter((p) => buscadas.has(p))).size", replace: "score: palavrasChave(doc.conteudo).filter((p) => buscadas.has(p)).length" }],
    caughtBy: RETR,
    says: /palavras DIFERENTES/,
  },
  // red team 2026-12-06: v13
  {
    name: "a new wrapped OpenAI client on every call (no reuse)",
    family: "network",
    edits: [{ file: F, find: "  cliente ??= wrapOpenAI(", replace: "  cliente = wrapOpenAI(" }],
    caughtBy: RESPONDE,
    says: /clientes OpenAI/,
  },
  // red team 2 (2026-12-06)
  {
    name: "flushTraces() called without await",
    family: "time",
    edits: [{ file: F, find: "  // Stryker restore all\n  await flushTraces();\n}", replace: "  // Stryker restore all\n  flushTraces();\n}" }],
    caughtBy: /main\(\) imprime a resposta e entrega os traces/,
    says: /faltou o await/,
  },
  {
    name: "flush done before the traced calls",
    family: "time",
    edits: [
      { file: F, find: '  console.log(await rag("Onde Harrison trabalhou?"));', replace: '  await flushTraces(); // nada pendente\n  console.log(await rag("Onde Harrison trabalhou?"));' },
      { file: F, find: "  // Stryker restore all\n  await flushTraces();\n}", replace: "  // Stryker restore all\n}" },
    ],
    caughtBy: /main\(\) imprime a resposta e entrega os traces/,
    says: /ainda não tinha chegado/,
  },
  {
    name: "OpenAI address and key read into constants at import time",
    family: "network",
    edits: [
      { file: F, find: "let cliente: OpenAI | undefined;", replace: "const OPCOES = { apiKey: process.env.OPENAI_API_KEY, baseURL: process.env.OPENAI_BASE_URL };\nlet cliente: OpenAI | undefined;" },
      { file: F, find: "new OpenAI({ maxRetries: 2, timeout: 30_000 })", replace: "new OpenAI({ ...OPCOES, maxRetries: 2, timeout: 30_000 })" },
    ],
    caughtBy: /criado na primeira chamada/,
    says: /cliente criado quando o arquivo foi importado/,
  },
  {
    name: "retriever splits the question on spaces (punctuation and accents never match)",
    family: "other",
    edits: [{ file: F, find: "    const buscadas = new Set(palavrasChave(pergunta));", replace: "    const buscadas = new Set(pergunta.toLowerCase().split(/\\s+/));" }],
    caughtBy: RETR,
  },
  {
    name: "invalid input answered with the validation message instead of an error",
    family: "error-path",
    edits: [
      {
        file: F,
        find: "    const pergunta = validarPergunta(entrada);",
        replace: "    let pergunta: string;\n    try {\n      pergunta = validarPergunta(entrada);\n    } catch (erro) {\n      return (erro as Error).message; // responde ao usuário o que corrigir\n    }",
      },
    ],
    caughtBy: /rag recusa entrada inválida/,
  },
  {
    name: "rag validates with PerguntaSchema.parse (the user gets the ZodError's JSON)",
    family: "error-path",
    edits: [{ file: F, find: "    const pergunta = validarPergunta(entrada);", replace: "    const pergunta = PerguntaSchema.parse(entrada); // já lança se for inválida" }],
    caughtBy: /rag recusa entrada inválida/,
    says: /mensagem crua do zod/,
  },
];
