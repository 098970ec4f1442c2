/**
 * Exercise 8: layered injection defences with one layer quietly missing: detector on the document channel with
 * the user's rules, poisoned documents blocking the whole answer, the canary checked in a fixed form, documents
 * pasted without delimiters, the secret echoed through the output, provider errors turned into the refusal.
 */
import type { Mistake } from "./catalogue.ts";

const D = "defesas.ts";
const P = "injecao_prompt.ts";

export const mistakes: Mistake[] = [
  {
    name: "input never checked (verificarEntrada not called)",
    family: "security",
    edits: [{ file: D, find: "        verificarEntrada(pergunta);\n", replace: "" }],
    caughtBy: /cada classe de ataque|a fonte conta/,
  },
  {
    name: "a poisoned document blocks the whole answer instead of being dropped",
    family: "security",
    edits: [{ file: D, find: "    if (resultado.flagged) saida.descartados.push({ documento, motivos: resultado.reasons });\n    else saida.aceitos.push(documento);", replace: '    if (resultado.flagged) throw new ErroInjecaoBloqueada("documento", resultado.reasons);\n    saida.aceitos.push(documento);' }],
    caughtBy: /filtrarDocumentos|a fonte conta/,
  },
  {
    name: "documents judged with the user's rules (source \"user\")",
    family: "security",
    edits: [{ file: D, find: '    const resultado = detectarInjecao(documento, { source: "document" });', replace: '    const resultado = detectarInjecao(documento, { source: "user" });' }],
    caughtBy: /filtrarDocumentos|a fonte conta/,
  },
  {
    name: "poisoned documents filtered but the original list sent to the model",
    family: "security",
    edits: [{ file: D, find: "        const { mensagens } = montarMensagens({ instrucoes, documentos: aceitos, pergunta, canario });", replace: "        const { mensagens } = montarMensagens({ instrucoes, documentos, pergunta, canario });" }],
    caughtBy: /cada classe de ataque|a fonte conta/,
  },
  {
    name: "documents pasted into the system prompt without delimiters",
    family: "security",
    edits: [{ file: D, find: "    `Responda usando apenas:\\n${delimitado.text}`;", replace: '    `Responda usando apenas:\\n${documentos.join("\\n")}`;' }],
    caughtBy: /montarMensagens/,
  },
  {
    name: "no canary in the system prompt",
    family: "security",
    edits: [{ file: D, find: "    `${embutirCanary(instrucoes, canario)}\\n\\n", replace: "    `${instrucoes}\\n\\n" }],
    caughtBy: /montarMensagens|cada classe de ataque/,
  },
  {
    name: "canary checked only as an exact, whole string",
    family: "security",
    edits: [{ file: D, find: "  if (detectarCanary(resposta, canario).leaked) {", replace: "  if (resposta.includes(canario)) {" }],
    caughtBy: /validarSaida/,
  },
  {
    name: "output never checked for the secret value",
    family: "security",
    edits: [{ file: D, find: '        validarSaida(resposta, { canario, instrucoes, documentos: aceitos, proibidos: [segredo] });', replace: "        validarSaida(resposta, { canario, instrucoes, documentos: aceitos });" }],
    caughtBy: /o valor confidencial nunca sai/,
    says: /proibidos: \[segredo\]/,
  },
  {
    name: "answers without support in the documents accepted",
    family: "security",
    edits: [{ file: D, find: "  if (!ancoragem.grounded) {", replace: "  if (!ancoragem.grounded && resposta.length < 0) {" }],
    caughtBy: /validarSaida/,
  },
  {
    name: "provider errors turned into the injection refusal",
    family: "error-path",
    edits: [{ file: D, find: "        if (!(erro instanceof ErroInjecaoBloqueada)) throw erro;\n", replace: "" }],
    caughtBy: /um erro do provedor sobe/,
  },
  {
    name: "blocked layer not reported to aoBloquear",
    family: "measurement",
    edits: [{ file: D, find: "        aoBloquear?.({ camada: erro.camada, motivos: erro.motivos });\n", replace: "" }],
    caughtBy: /aoBloquear recebe a camada/,
  },
  {
    name: "instruction echo detected only when the whole system prompt is repeated",
    family: "security",
    edits: [{ file: D, find: "  if (repeteInstrucoes(resposta, instrucoes) ||", replace: "  if (resposta.includes(instrucoes) ||" }],
    caughtBy: /validarSaida/,
    says: /repeteInstrucoes/,
  },
  // red team 2026-12-06: v3
  {
    name: "simularAtaques fires every attack at once (Promise.all)",
    family: "concurrency",
    edits: [{ file: P, find: "  const resultados: ResultadoAtaque[] = [];\n  for (const ataque of ataques) {\n    let resposta: string;\n    if (ataque.canal === \"usuario\") {\n      resposta = await assistente.responder(ataque.texto);\n    } else {\n      const pergunta = ataque.pergunta ?? PERGUNTA_INOCENTE;\n      resposta = await assistente.responder(pergunta, [...buscarDocumentos(pergunta), ataque.texto]);\n    }\n    resultados.push({ ataque, resposta, sucesso: ataqueFuncionou(resposta, ataque, segredo) });\n  }\n  return resultados;\n", replace: "  return Promise.all(ataques.map(async (ataque): Promise<ResultadoAtaque> => {\n    let resposta: string;\n    if (ataque.canal === \"usuario\") {\n      resposta = await assistente.responder(ataque.texto);\n    } else {\n      const pergunta = ataque.pergunta ?? PERGUNTA_INOCENTE;\n      resposta = await assistente.responder(pergunta, [...buscarDocumentos(pergunta), ataque.texto]);\n    }\n    return { ataque, resposta, sucesso: ataqueFuncionou(resposta, ataque, segredo) };\n  }));\n" }],
    caughtBy: /simularAtaques roda cada ataque/,
    says: /ao mesmo tempo/,
  },
];
