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
    // The trace shows it first: no guarda_pii_saida run, and the PII the model echoed reaches LangSmith.
    caughtBy: /guarda de saída|o trace no LangSmith/,
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
];
