/**
 * Exercise 7: PII guards that look wired and let data through: a guard on one side only, on the first message
 * only or on a prefix, provider errors turned into the PII refusal, traces without the anonymizer, check digits
 * computed wrong, and a grounding guard that never rejects.
 */
import type { Mistake } from "./catalogue.ts";

const G = "guarda.ts";
const P = "pii_block.ts";
const V = "validadores.ts";

export const mistakes: Mistake[] = [
  {
    name: "output guard missing from the chain (the model's answer is never checked)",
    family: "security",
    edits: [{ file: P, find: '    .pipe(modelo)\n    .pipe(guardaDePii({ politica, lado: "saida" }))\n', replace: "    .pipe(modelo)\n" }],
    // The trace shows it first (no guarda_pii_saida run), and a model that answers with PII reaches the user.
    caughtBy: /guarda de saída|passos da chain|dado pessoal que o modelo devolve/,
  },
  {
    // red team 2026-12-06: v17
    name: "output guard replaced by a no-op step that only carries the right name",
    family: "security",
    edits: [
      { file: P, find: 'import { RunnablePassthrough, type Runnable } from "@langchain/core/runnables";', replace: 'import { RunnableLambda, RunnablePassthrough, type Runnable } from "@langchain/core/runnables";' },
      {
        file: P,
        find: '    .pipe(modelo)\n    .pipe(guardaDePii({ politica, lado: "saida" }))\n',
        replace: '    .pipe(modelo)\n    .pipe(RunnableLambda.from((m: unknown) => m).withConfig({ runName: "guarda_pii_saida" }))\n',
      },
    ],
    caughtBy: /dado pessoal que o modelo devolve sem ter recebido/,
    says: /só tem o nome certo/,
  },
  {
    // red team 2026-12-06: v18
    name: "RAG without the output guard (a CPF the input guard missed reaches the user)",
    family: "security",
    edits: [{ file: P, find: '    .pipe(guardaDeAlucinacao({ juiz }))\n    .pipe(guardaDePii<string>({ politica, lado: "saida" }));', replace: "    .pipe(guardaDeAlucinacao({ juiz }));" }],
    caughtBy: /CPF que a guarda de entrada não reconheceu/,
    says: /guarda de saída/,
  },
  {
    // red team 2026-12-06: v20
    name: "RAG input guard after the prompt (the grounding guard compares against the raw documents)",
    family: "security",
    edits: [
      { file: P, find: "  const gerar = promptRag.pipe(modelo).pipe(new StringOutputParser());", replace: '  const gerar = promptRag.pipe(guardaDePii({ politica, lado: "entrada" })).pipe(modelo).pipe(new StringOutputParser());' },
      {
        file: P,
        find: '  const chain = guardaDePii<{ pergunta: string; contexto: string }>({ politica, lado: "entrada" })\n    .pipe(RunnablePassthrough.assign({ resposta: gerar }))',
        replace: "  const chain = RunnablePassthrough.assign({ resposta: gerar })",
      },
    ],
    caughtBy: /dado mascarado do documento/,
    says: /COMO O MODELO O VIU/,
  },
  {
    // red team 2026-12-06: v14
    name: "guards without a run name (the trace shows RunnableLambda, nobody can audit them)",
    family: "other",
    edits: [
      {
        file: G,
        find: "  return RunnableLambda.from((valor: T) => mapearTextos(valor, (texto) => aplicarPolitica(texto, opcoes))).withConfig({\n    runName: `guarda_pii_${opcoes.lado}`,\n  });",
        replace: "  return RunnableLambda.from((valor: T) => mapearTextos(valor, (texto) => aplicarPolitica(texto, opcoes)));",
      },
    ],
    caughtBy: /passos da chain/,
    says: /guarda_pii_entrada/,
  },
  {
    name: "input guard after the model (the raw data already reached it)",
    family: "security",
    edits: [
      {
        file: P,
        find: '    .pipe(guardaDePii({ politica, lado: "entrada" }))\n    .pipe(modelo)\n',
        replace: '    .pipe(modelo)\n    .pipe(guardaDePii({ politica, lado: "entrada" }))\n',
      },
    ],
    caughtBy: /modelo nem é chamado|só recebe rótulos/,
  },
  {
    name: "guard checks only the first 200 characters",
    family: "security",
    edits: [{ file: G, find: "  const achados = detectarPii(texto, { types: opcoes.tipos });", replace: "  const achados = detectarPii(texto.slice(0, 200), { types: opcoes.tipos });" }],
    caughtBy: /só recebe rótulos/,
    says: /texto inteiro/,
  },
  {
    name: "every error turned into the PII refusal (a provider 500 looks like PII)",
    family: "error-path",
    edits: [{ file: P, find: "        if (erro instanceof ErroPiiBloqueado) return RECUSA_PII;\n        throw erro;\n      }\n    },\n    { name: \"pii_block\"", replace: "        void erro;\n        return RECUSA_PII;\n      }\n    },\n    { name: \"pii_block\"" }],
    caughtBy: /outro erro \(do provedor\) não vira a recusa/,
  },
  {
    name: "tracing client without the PII anonymizer",
    family: "security",
    edits: [{ file: G, find: "  cliente ??= new Client({ anonymizer: anonimizarPii });", replace: "  cliente ??= new Client();" }],
    caughtBy: /o trace no LangSmith não guarda nenhum dado pessoal/,
  },
  {
    name: "redact that keeps the raw value (blocks nothing in redact mode)",
    family: "security",
    edits: [{ file: G, find: "  return mascararPii(texto, { types: opcoes.tipos });", replace: "  return texto;" }],
    caughtBy: /só recebe rótulos/,
  },
  {
    name: "requested PII types ignored (every type blocked)",
    family: "security",
    edits: [{ file: G, find: "  const achados = detectarPii(texto, { types: opcoes.tipos });", replace: "  const achados = detectarPii(texto);" }],
    caughtBy: /respeita os tipos pedidos/,
  },
  {
    name: "each PII type listed once per occurrence (duplicates in the error)",
    family: "other",
    edits: [{ file: G, find: "throw new ErroPiiBloqueado(opcoes.lado, [...new Set(achados.map((a) => a.type))]);", replace: "throw new ErroPiiBloqueado(opcoes.lado, achados.map((a) => a.type));" }],
    caughtBy: /lista cada tipo encontrado uma vez/,
  },
  {
    name: "CPF check digit without the 'remainder 10 is 0' rule",
    family: "other",
    edits: [{ file: V, find: "    return r === 10 ? 0 : r;", replace: "    return r;" }],
    caughtBy: /cpfValido/,
  },
  {
    name: "CPF with all digits equal accepted (111.111.111-11)",
    family: "other",
    edits: [{ file: V, find: "  if (d.length !== 11 || todosIguais(d)) return false;", replace: "  if (d.length !== 11) return false;" }],
    caughtBy: /cpfValido/,
  },
  {
    // red team 2026-12-06: v4
    name: "CNPJ validator that accepts digits only (the alphanumeric CNPJ of July 2026 is missed)",
    family: "other",
    edits: [{ file: V, find: "  if (!/^[0-9A-Z]{12}\\d{2}$/.test(c) || todosIguais(c)) return false;", replace: "  if (!/^\\d{14}$/.test(c) || todosIguais(c)) return false;" }],
    caughtBy: /cnpjValido/,
    says: /alfanumérico/,
  },
  {
    name: "Luhn doubling the wrong digits (starts with the last one)",
    family: "other",
    edits: [{ file: V, find: "    if (i % 2 === 1) {", replace: "    if (i % 2 === 0) {" }],
    caughtBy: /luhnValido/,
  },
  {
    name: "grounding guard that never rejects (answer always returned)",
    family: "security",
    edits: [{ file: G, find: "  return avaliarAncoragem(resposta, contexto).grounded ? resposta : SEM_SUPORTE;", replace: "  return avaliarAncoragem(resposta, contexto) ? resposta : SEM_SUPORTE;" }],
    caughtBy: /fato inventado/,
  },
  // red team 2 (2026-12-06)
  {
    name: "anonymizer with the default depth (PII nested deeper than 10 levels reaches LangSmith)",
    family: "security",
    edits: [{ file: G, find: "createAnonymizer((texto: string) => mascararPii(texto), { maxDepth: 24 })", replace: "createAnonymizer((texto: string) => mascararPii(texto))" }],
    caughtBy: /em qualquer profundidade do trace/,
    says: /maxDepth: 24/,
  },
  {
    name: "clienteSemPii() builds a new Client on every call (enviarTraces has nothing to flush)",
    family: "network",
    edits: [{ file: G, find: "  cliente ??= new Client({ anonymizer: anonimizarPii });\n  return cliente;", replace: "  return new Client({ anonymizer: anonimizarPii });" }],
    caughtBy: /enviarTraces|passos da chain|não guarda nenhum dado pessoal/,
  },
  {
    name: "RAG turns every error into the PII refusal (a provider 403 looks like PII)",
    family: "error-path",
    edits: [{ file: P, find: "        if (erro instanceof ErroPiiBloqueado) return RECUSA_PII;\n        throw erro;\n      }\n    },\n    { name: \"rag_protegido\"", replace: "        void erro;\n        return RECUSA_PII;\n      }\n    },\n    { name: \"rag_protegido\"" }],
    caughtBy: /no RAG, outro erro/,
    says: /Só ErroPiiBloqueado vira RECUSA_PII/,
  },
  {
    name: "the RAG accepts an empty question (no exigirTexto; the model is called with nothing to answer)",
    family: "error-path",
    edits: [{ file: P, find: "      exigirTexto(pergunta, \"A pergunta\");\n      if (!Array.isArray(documentos)", replace: "      if (!Array.isArray(documentos)" }],
    caughtBy: /criarResponderComDocumentos recusa/,
  },
];
