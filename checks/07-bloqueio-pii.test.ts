// size: um exercício, um arquivo de checks (20 checks): a correção roda o arquivo de cada exercício (checkFile em lib/exercises.ts); os auxiliares ficam em checks/_support/.
// Checks do Exercício 7 — bloqueio-pii. Rodam contra o laboratório local: conferem o que chegou ao "Gemini"
// (nenhum dado pessoal cru na política redact; nenhuma chamada na política block), o que chegou ao "LangSmith"
// (runs sem dados pessoais) e o que a sua função devolveu. CPFs, CNPJs, cartões e nomes são sorteados a cada
// execução: respostas fixas no código não passam.
import { BaseChatModel } from "@langchain/core/language_models/chat_models";
import { AIMessage, type BaseMessage } from "@langchain/core/messages";
import type { ChatResult } from "@langchain/core/outputs";
import { Runnable } from "@langchain/core/runnables";
import { ChatGoogleGenerativeAI } from "@langchain/google-genai";
import { traceable } from "langsmith/traceable";
import { beforeEach, describe, expect, it } from "vitest";
import { geminiOptions } from "#lib/config";
import { flushTraces } from "#lib/tracing";
import { lab } from "./_support/lab.ts";
import { loadTarget, pick } from "./_support/load.ts";
import { rejeitaImportDeSolucoes } from "./_support/sem-solucoes.ts";

rejeitaImportDeSolucoes("07-bloqueio-pii");

// Tracing só no check que olha os traces (é o que mais custa por chamada); os outros olham o que chega ao modelo.
process.env.LANGSMITH_TRACING = "false";

type Validadores = typeof import("@alvo/07-bloqueio-pii/validadores.ts");
type Guarda = typeof import("@alvo/07-bloqueio-pii/guarda.ts");
type PiiBlock = typeof import("@alvo/07-bloqueio-pii/pii_block.ts");
const validadores = await loadTarget<Validadores>("07-bloqueio-pii/validadores.ts");
const guarda = await loadTarget<Guarda>("07-bloqueio-pii/guarda.ts");
const piiBlock = await loadTarget<PiiBlock>("07-bloqueio-pii/pii_block.ts");

// ---------------------------------------------------------------------------
// Geradores de dados pessoais válidos (e de variantes inválidas)
// ---------------------------------------------------------------------------
const rnd = (n: number) => Math.floor(Math.random() * n);
const digitos = (n: number) => Array.from({ length: n }, () => rnd(10));

function cpf(): string {
  let d: number[];
  do d = digitos(9);
  while (new Set(d).size === 1);
  for (const len of [9, 10]) {
    let soma = 0;
    for (let i = 0; i < len; i++) soma += d[i]! * (len + 1 - i);
    const r = (soma * 10) % 11;
    d.push(r === 10 ? 0 : r);
  }
  const s = d.join("");
  return `${s.slice(0, 3)}.${s.slice(3, 6)}.${s.slice(6, 9)}-${s.slice(9)}`;
}

/** Whether the CPF's check digit at position `len` (9 or 10) comes from remainder 10 (the "resto 10 vira 0" rule). */
function restoDez(valor: string, len: 9 | 10): boolean {
  const d = soDigitos(valor);
  let soma = 0;
  for (let i = 0; i < len; i++) soma += Number(d[i]) * (len + 1 - i);
  return (soma * 10) % 11 === 10;
}

const ALFANUMERICOS = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ";

/** Um CNPJ válido; `alfanumerico`: as 12 primeiras posições com pelo menos uma letra (o formato de julho de 2026). */
function cnpj(alfanumerico = false): string {
  let c: string[];
  do c = Array.from({ length: 12 }, () => (alfanumerico ? ALFANUMERICOS[rnd(36)]! : String(rnd(10))));
  while (new Set(c).size === 1 || (alfanumerico && !c.some((x) => /[A-Z]/.test(x))));
  for (const len of [12, 13]) {
    let soma = 0;
    let peso = 2;
    for (let i = len - 1; i >= 0; i--) {
      soma += (c[i]!.charCodeAt(0) - 48) * peso;
      peso = peso === 9 ? 2 : peso + 1;
    }
    const r = soma % 11;
    c.push(String(r < 2 ? 0 : 11 - r));
  }
  const s = c.join("");
  return `${s.slice(0, 2)}.${s.slice(2, 5)}.${s.slice(5, 8)}/${s.slice(8, 12)}-${s.slice(12)}`;
}

function cartao(tamanho = 16): string {
  const prefixo = tamanho === 15 ? [3, pick([4, 7])] : pick([[4], [5, 1 + rnd(5)], [2, 2, 2 + rnd(7)]]);
  const d = [...prefixo, ...digitos(tamanho - 1 - prefixo.length)];
  let soma = 0;
  for (let i = 0; i < d.length; i++) {
    let n = d[d.length - 1 - i]!;
    if (i % 2 === 0) {
      n *= 2;
      if (n > 9) n -= 9;
    }
    soma += n;
  }
  d.push((10 - (soma % 10)) % 10);
  return d.join("").replace(/(\d{4})(?=\d)/g, "$1 ");
}

/** Troca o último dígito por outro: o dígito verificador fica errado. */
function estragar(valor: string): string {
  const ultimo = Number(valor.at(-1));
  return valor.slice(0, -1) + String((ultimo + 1 + rnd(8)) % 10);
}

const soDigitos = (s: string) => s.replace(/\D/g, "");
const NOMES = ["Ana Souza", "Bruno Lima", "Carla Mendes", "Diego Alves", "Elisa Rocha", "Fábio Nunes", "Gabriela Prado"];
const DDDS = ["11", "21", "31", "41", "51", "61", "71", "81", "85", "92"];
const telefone = () => `(${pick(DDDS)}) 9${digitos(4).join("")}-${digitos(4).join("")}`;
const email = () => `${pick(["cliente", "contato", "joana.silva", "rafa"])}${rnd(9999)}@${pick(["exemplo.com.br", "gmail.com", "empresa.net"])}`;
const ssn = () => `${100 + rnd(500)}-${10 + rnd(89)}-${1000 + rnd(8999)}`;

/** Uma mensagem com vários dados pessoais sorteados, e a lista dos valores crus. */
function mensagemComPii() {
  const dados = { nome: pick(NOMES), cpf: cpf(), email: email(), telefone: telefone(), cartao: cartao() };
  const texto = `Meu nome é ${dados.nome}, CPF ${dados.cpf}, e-mail ${dados.email}, telefone ${dados.telefone}. Quero pagar com o cartão ${dados.cartao}.`;
  return { texto, crus: Object.values(dados) };
}

/**
 * Um modelo de chat que responde sempre o mesmo texto, qualquer que seja a entrada: serve para simular um modelo
 * que devolve um dado pessoal que NÃO estava no que ele recebeu (tirado do treino, de uma ferramenta, de outro
 * cliente). Só a guarda de saída pode pegar isso. Conta as chamadas.
 */
class ModeloQueResponde extends BaseChatModel {
  chamadas = 0;
  constructor(private readonly resposta: string) {
    super({});
  }
  _llmType(): string {
    return "modelo-que-responde";
  }
  async _generate(_mensagens: BaseMessage[]): Promise<ChatResult> {
    this.chamadas++;
    return { generations: [{ text: this.resposta, message: new AIMessage(this.resposta) }] };
  }
}

const vazados = (texto: string, crus: string[]) => crus.filter((v) => texto.includes(v) || (/\d{6}/.test(soDigitos(v)) && soDigitos(texto).includes(soDigitos(v))));

// Traces pendentes de um check anterior não podem aparecer no seguinte.
beforeEach(async () => {
  await flushTraces();
  // O Client com anonymizer do exercício tem a própria fila de envio: esvazie-a também.
  await Promise.resolve()
    .then(() => guarda().enviarTraces())
    .catch(() => undefined);
  await lab.reset();
});

describe("Exercício 7 — validadores (TODOs 1 a 3)", () => {
  it("cpfValido aceita CPFs com dígitos verificadores certos e recusa os errados", () => {
    const { cpfValido } = validadores();
    for (let i = 0; i < 25; i++) {
      const valido = cpf();
      expect(cpfValido(valido), `${valido} é um CPF válido (os dois dígitos verificadores batem), mas cpfValido devolveu false. Confira os pesos (10…2 e 11…2) e a regra "resto 10 vira 0".`).toBe(true);
      expect(cpfValido(soDigitos(valido)), `cpfValido deve aceitar o CPF também sem pontuação (${soDigitos(valido)}).`).toBe(true);
      const invalido = estragar(valido);
      expect(cpfValido(invalido), `${invalido} tem o último dígito verificador errado, mas cpfValido devolveu true: compare os dois dígitos calculados com os informados.`).toBe(false);
    }
    // Every run, a CPF whose 1st and one whose 2nd check digit come from remainder 10 (→ 0): among 25 drawn CPFs none did
    // about once in 150 runs, and a cpfValido without the "resto 10 vira 0" rule then passed.
    for (const len of [9, 10] as const) {
      let valido: string;
      do valido = cpf();
      while (!restoDez(valido, len));
      expect(cpfValido(valido), `${valido} é um CPF válido: o ${len === 9 ? "1º" : "2º"} dígito verificador dá resto 10 na conta, e resto 10 vira 0. cpfValido devolveu false: aplique a regra "resto 10 vira 0".`).toBe(true);
    }
    const repetido = String(rnd(10)).repeat(11);
    expect(cpfValido(repetido), `${repetido} (todos os dígitos iguais) passa na conta do módulo 11, mas não é um CPF válido: recuse sequências repetidas.`).toBe(false);
    expect(cpfValido("123.456.789"), "Um CPF precisa de 11 dígitos; com 9, cpfValido deve devolver false (sem lançar erro).").toBe(false);
    const longo = `${soDigitos(cpf())}${rnd(10)}`;
    expect(cpfValido(longo), `${longo} tem 12 dígitos (um CPF válido e mais um): cpfValido deve exigir exatamente 11.`).toBe(false);
  });

  it("cnpjValido aceita CNPJs com dígitos verificadores certos e recusa os errados", () => {
    const { cnpjValido } = validadores();
    for (let i = 0; i < 25; i++) {
      const valido = cnpj();
      expect(cnpjValido(valido), `${valido} é um CNPJ válido, mas cnpjValido devolveu false. Os pesos vão de 2 a 9 da DIREITA para a esquerda e recomeçam em 2; resto < 2 → 0, senão 11 − resto.`).toBe(true);
      expect(cnpjValido(soDigitos(valido)), `cnpjValido deve aceitar o CNPJ também sem pontuação (${soDigitos(valido)}).`).toBe(true);
      const invalido = estragar(valido);
      expect(cnpjValido(invalido), `${invalido} tem o último dígito verificador errado, mas cnpjValido devolveu true.`).toBe(false);
    }
    // O CNPJ alfanumérico (em vigor desde julho de 2026): um sorteado a cada execução, válido e estragado.
    for (let i = 0; i < 25; i++) {
      const valido = cnpj(true);
      const semPontuacao = valido.replace(/[./-]/g, "");
      expect(cnpjValido(valido), `${valido} é um CNPJ alfanumérico válido (o formato novo da Receita, em vigor desde julho de 2026), mas cnpjValido devolveu false. Aceite letras maiúsculas nas 12 primeiras posições e some (charCodeAt(i) - 48) * peso: "A" vale 17. Sem isso, o detector deixa passar o CNPJ das empresas novas.`).toBe(true);
      expect(cnpjValido(semPontuacao), `cnpjValido deve aceitar o CNPJ alfanumérico também sem pontuação (${semPontuacao}).`).toBe(true);
      const invalido = estragar(valido);
      expect(cnpjValido(invalido), `${invalido} (alfanumérico) tem o último dígito verificador errado, mas cnpjValido devolveu true.`).toBe(false);
    }
    expect(cnpjValido("11.111.111/1111-11"), "Todos os dígitos iguais não formam um CNPJ válido: cnpjValido deve devolver false.").toBe(false);
    expect(cnpjValido("00.000.000/0000-00"), "00.000.000/0000-00 passa na conta do módulo 11, mas todos os dígitos iguais não formam um CNPJ: recuse.").toBe(false);
    const longo = `${soDigitos(cnpj())}${rnd(10)}`;
    expect(cnpjValido(longo), `${longo} tem 15 posições (um CNPJ válido e mais um dígito): cnpjValido deve exigir exatamente 14.`).toBe(false);
  });

  it("luhnValido aceita números de cartão válidos e recusa o mesmo número com um dígito trocado", () => {
    const { luhnValido } = validadores();
    // Odd lengths too (15 digits, like Amex): on 16 digits, doubling from the LEFT doubles the same digits as from the
    // right, so that mistake passed every 16-digit draw.
    for (let i = 0; i < 25; i++) {
      const valido = cartao(i % 2 === 0 ? 16 : 15);
      expect(luhnValido(valido), `${valido} passa no algoritmo de Luhn, mas luhnValido devolveu false. Da direita para a esquerda, dobre o 2º, o 4º… dígito (dobro > 9 → −9) e confira soma % 10 === 0.`).toBe(true);
      const invalido = estragar(valido);
      expect(luhnValido(invalido), `${invalido} não passa no Luhn (último dígito trocado), mas luhnValido devolveu true.`).toBe(false);
    }
    expect(luhnValido(""), "Sem dígitos, luhnValido deve devolver false.").toBe(false);
  });
});

describe("Exercício 7 — guardas de PII em volta do modelo (TODOs 4, 5, 8 e 9)", () => {
  it("a frase do livro é bloqueada na política block, e o modelo nem é chamado", async () => {
    const { criarResponder, FRASE_DO_LIVRO } = piiBlock();
    const { RECUSA_PII } = guarda();
    const responder = criarResponder({ politica: "block" });
    const variacao = `Meu nome é ${pick(NOMES)}. Meu ${pick([`SSN é ${ssn()}`, `CPF é ${cpf()}`])}.`;
    for (const frase of [FRASE_DO_LIVRO, variacao]) {
      const resposta = await responder(frase).catch((erro: unknown) => {
        if (erro instanceof guarda().ErroPiiBloqueado) {
          throw new Error(`criarResponder deixou escapar o ErroPiiBloqueado ("${erro.message}"). Capture-o dentro da função rastreada e devolva RECUSA_PII.`);
        }
        throw erro;
      });
      expect(resposta, `Na política block, "${frase}" deveria voltar como a recusa RECUSA_PII (a guarda lança ErroPiiBloqueado e criarResponder troca pela recusa).`).toBe(RECUSA_PII);
    }
    const chamadas = await lab.calls();
    expect(chamadas.length, `Na política block o modelo não pode ser chamado quando há dado pessoal, mas o laboratório recebeu ${chamadas.length} chamada(s). A guarda de entrada vem ANTES do modelo na chain.`).toBe(0);
  });

  it("a guarda respeita os tipos pedidos, e o ErroPiiBloqueado lista cada tipo encontrado uma vez", async () => {
    const { guardaDePii, ErroPiiBloqueado } = guarda();
    const [a, b, e] = [cpf(), cpf(), email()];
    const texto = `CPFs ${a} e ${b}, e-mail ${e}.`;
    const soEmail = await guardaDePii<string>({ politica: "redact", lado: "entrada", tipos: ["EMAIL"] }).invoke(texto);
    expect(
      typeof soEmail === "string" && !soEmail.includes(e) && soEmail.includes(a) && soEmail.includes(b),
      `Com tipos: ["EMAIL"], a guarda deveria mascarar só o e-mail e deixar os CPFs (passe { types: opcoes.tipos } a detectarPii e a mascararPii); recebi: ${String(soEmail)}`,
    ).toBe(true);
    const semCpf = `Sem dados pessoais aqui ${rnd(1000)}, só ${a}.`;
    const liberado = await guardaDePii<string>({ politica: "block", lado: "entrada", tipos: ["EMAIL"] })
      .invoke(semCpf)
      .catch((erro: unknown) => `lançou ${erro instanceof Error ? erro.name : String(erro)}`);
    expect(liberado, "Com tipos: [\"EMAIL\"] e política block, um texto só com CPF deveria passar igual: o CPF não está entre os tipos vigiados.").toBe(semCpf);
    const erro = await guardaDePii<string>({ politica: "block", lado: pick(["entrada", "saida"] as const) })
      .invoke(texto)
      .then(() => undefined, (e2: unknown) => e2);
    expect(erro instanceof ErroPiiBloqueado, "Na política block, um texto com CPF e e-mail deveria lançar ErroPiiBloqueado.").toBe(true);
    const tipos = [...((erro as { tipos?: string[] }).tipos ?? [])].sort();
    expect(tipos, `ErroPiiBloqueado.tipos deveria listar cada tipo encontrado UMA vez (2 CPFs e 1 e-mail → CPF e EMAIL): use [...new Set(achados.map((a) => a.type))]; recebi ${JSON.stringify(tipos)}.`).toEqual(["CPF", "EMAIL"]);
  });

  it("criarResponder: pergunta que não é texto é recusada; outro erro (do provedor) não vira a recusa de PII", async () => {
    const { criarResponder } = piiBlock();
    const { RECUSA_PII } = guarda();
    const responder = criarResponder({ politica: "block" });
    const vazia = await responder(pick(["", "   "])).then((r) => `devolveu "${r}"`, (e2: unknown) => e2);
    expect(vazia instanceof Error && /pergunta/i.test(vazia.message), `Uma pergunta vazia deveria ser recusada com um erro que cite "A pergunta" (exigirTexto(pergunta, "A pergunta")); recebi ${vazia instanceof Error ? `"${vazia.message}"` : String(vazia)}.`).toBe(true);
    // 403 e não 500: o SDK não retenta um 4xx, então o check não espera o backoff real das retentativas.
    await lab.setFaults([{ status: 403, times: 3 }]);
    const falha = await responder(`Qual o prazo de entrega para ${pick(["Recife", "Manaus", "Curitiba"])}?`).then((r) => r, (e2: unknown) => e2);
    expect(falha !== RECUSA_PII && falha instanceof Error, "Quando o provedor devolve um erro (aqui um 403), criarResponder deveria deixar o erro subir: só ErroPiiBloqueado vira RECUSA_PII.").toBe(true);
  });

  it("na política redact, o modelo só recebe rótulos ([CPF], [EMAIL]…), nunca o dado cru", async () => {
    const { criarResponder } = piiBlock();
    const { texto: base, crus } = mensagemComPii();
    // Um contexto longo antes dos dados: a guarda olha o texto inteiro, não só o começo.
    const texto = `${"Tenho uma dúvida sobre o meu pedido e vou explicar com calma o que aconteceu. ".repeat(6)}${base}`;
    const resposta = await criarResponder({ politica: "redact" })(texto);
    const chamadas = await lab.calls();
    expect(chamadas.length, "Na política redact a pergunta mascarada deveria chegar ao modelo (1 chamada), mas o laboratório não recebeu nenhuma.").toBe(1);
    const recebido = JSON.stringify(chamadas[0]!.messages);
    expect(vazados(recebido, crus), `O modelo recebeu dados pessoais crus (a pergunta tinha ${texto.length} caracteres e os dados vinham depois de um texto longo: a guarda precisa olhar o texto inteiro). Esperava só rótulos; chegou: …${recebido.slice(-300)}`).toEqual([]);
    for (const rotulo of ["[NOME]", "[CPF]", "[EMAIL]", "[TELEFONE]", "[CARTAO]"]) {
      expect(recebido.includes(rotulo), `O modelo deveria receber o rótulo ${rotulo} no lugar do dado (mascararPii). Chegou: ${recebido.slice(0, 300)}`).toBe(true);
    }
    expect(vazados(resposta, crus), `A resposta devolvida ainda tem dados pessoais: ${resposta}`).toEqual([]);
    expect(resposta, "criarResponder deve devolver o texto da resposta do modelo (depois da guarda de saída).").toBe(chamadas[0]!.text);
  });

  /** Duas chamadas rastreadas (redact e block) com dados sorteados; devolve os runs que chegaram ao LangSmith. */
  async function chamarComTrace() {
    const { criarResponder } = piiBlock();
    const { enviarTraces } = guarda();
    const a = mensagemComPii();
    const b = mensagemComPii();
    process.env.LANGSMITH_TRACING = "true";
    try {
      await criarResponder({ politica: "redact" })(a.texto);
      await criarResponder({ politica: "block" })(b.texto).catch(() => ""); // o check da frase do livro cobra a recusa
      await enviarTraces();
      await flushTraces();
    } finally {
      process.env.LANGSMITH_TRACING = "false";
    }
    return { runs: await lab.runs(), crus: [...a.crus, ...b.crus] };
  }

  it("o trace mostra pii_block e as duas guardas como passos da chain (TODOs 5, 8 e 9)", async () => {
    const { runs } = await chamarComTrace();
    const raizes = runs.filter((r) => r.name === "pii_block" && !r.parent_run_id);
    expect(raizes.length >= 2, `Esperava 2 runs raiz "pii_block" no LangSmith (um por chamada), recebi ${raizes.length} (runs: ${runs.map((r) => r.name).join(", ") || "nenhum"}). Use traceable(fn, { name: "pii_block", client: clienteSemPii() }) (TODO 9).`).toBe(true);
    expect(raizes.every((r) => r.run_type === "chain"), `Os runs "pii_block" deveriam ter run_type "chain" (traceable(fn, { name: "pii_block", run_type: "chain", client })); recebi ${JSON.stringify(raizes.map((r) => r.run_type))}.`).toBe(true);
    const nomes = [...new Set(runs.map((r) => r.name))].join(", ") || "nenhum";
    expect(runs.some((r) => r.name === "guarda_pii_entrada"), `A guarda de entrada deveria aparecer no trace como um passo da chain chamado "guarda_pii_entrada": quem audita precisa ver que ela rodou. Dê o nome com .withConfig({ runName: \`guarda_pii_\${opcoes.lado}\` }) no RunnableLambda (TODO 5) e ponha a guarda na chain (TODO 8). Runs recebidos: ${nomes}.`).toBe(true);
    expect(runs.some((r) => r.name === "guarda_pii_saida"), `A guarda de saída deveria aparecer no trace ("guarda_pii_saida"), depois do modelo: prompt → guarda de entrada → modelo → guarda de saída (TODOs 5 e 8). Runs recebidos: ${nomes}.`).toBe(true);
  });

  it("o trace no LangSmith não guarda nenhum dado pessoal (anonymizer no Client, TODO 6)", async () => {
    const { runs, crus } = await chamarComTrace();
    const tudo = JSON.stringify(runs);
    // Anonimizar é trocar só o dado pessoal pelo rótulo: o resto do texto continua útil no trace.
    expect(tudo.includes("[CPF]") && tudo.includes("Meu nome"), 'O trace deveria guardar a pergunta com os rótulos no lugar dos dados ("Meu nome é [NOME], CPF [CPF]…"): o anonymizer troca só o dado pessoal (createAnonymizer((texto) => mascararPii(texto))), não apaga o texto.').toBe(true);
    const achados = vazados(tudo, crus);
    expect(achados, `O LangSmith recebeu dados pessoais crus (${achados.join(", ")}). O run raiz e o run da própria guarda registram a entrada como ela chegou: crie o Client com anonymizer: createAnonymizer((texto) => mascararPii(texto)) (TODO 6).`).toEqual([]);
  });

  // red team 2 (2026-12-06): createAnonymizer stops at 10 levels by default; a record from a CRM, a tool's result or
  // a document's metadata nests deeper, and whatever lies below that level goes to LangSmith as it came.
  it("o anonymizer limpa dado pessoal em qualquer profundidade do trace, não só nos 10 primeiros níveis (TODO 6)", async () => {
    const { clienteSemPii, enviarTraces } = guarda();
    const [doc, mail] = [cpf(), email()];
    // Exactly the depth that { maxDepth: 24 } still cleans, every run (it was drawn from 12–19): a smaller maxDepth M
    // cleans only up to M levels, so maxDepth 15 passed half the draws and 19 or more passed them all.
    const niveis = 24;
    let registro: Record<string, unknown> = { titular: { cpf: doc, email: mail } };
    for (let i = 2; i < niveis; i++) registro = { [pick(["cliente", "cadastro", "dados", "historico", "pedido", "contato"])]: registro };
    const nome = `cadastro_${rnd(1e6)}`;
    process.env.LANGSMITH_TRACING = "true";
    try {
      await traceable(async (_registro: Record<string, unknown>) => "ok", { name: nome, client: clienteSemPii() })(registro);
      await enviarTraces();
    } finally {
      process.env.LANGSMITH_TRACING = "false";
    }
    const run = (await lab.runs()).find((r) => r.name === nome);
    expect(run, `O run "${nome}" (um traceable com client: clienteSemPii()) não chegou ao LangSmith do laboratório.`).toBeDefined();
    expect(
      vazados(JSON.stringify(run), [doc, mail]),
      `Um cadastro com o CPF e o e-mail a ${niveis} níveis de profundidade chegou cru ao LangSmith: o createAnonymizer só desce 10 níveis por padrão e deixa o que está abaixo como veio. Passe { maxDepth: 24 } (TODO 6): dados de um CRM, o resultado de uma ferramenta ou os metadados de um documento do RAG ficam fundo assim.`,
    ).toEqual([]);
  });

  it("a guarda de saída pega dado pessoal que o modelo devolve (redact mascara, block lança ErroPiiBloqueado)", async () => {
    const { guardaDePii, ErroPiiBloqueado } = guarda();
    const modelo = new ChatGoogleGenerativeAI({ model: "gemini-2.5-flash", maxRetries: 0, ...geminiOptions() });
    const guardaRedact = guardaDePii<BaseMessage>({ politica: "redact", lado: "saida" });
    expect(Runnable.isRunnable(guardaRedact), "guardaDePii deve devolver um Runnable do LangChain (RunnableLambda.from(...)), para entrar na chain com .pipe().").toBe(true);
    // O modelo ingênuo do laboratório repete o que recebe: sem guarda de entrada, o CPF volta na resposta.
    const doc = cpf();
    const mail = email();
    const pedido = `Anote no cadastro: CPF ${doc}, e-mail ${mail}.`;
    const saida = await modelo.pipe(guardaRedact).invoke(pedido);
    const texto = typeof saida.content === "string" ? saida.content : JSON.stringify(saida.content);
    const cru = (await lab.calls()).at(-1)?.text ?? "";
    expect(cru.includes(doc), "(o laboratório deveria ecoar o CPF; se este falhar, avise o instrutor)").toBe(true);
    expect(vazados(texto, [doc, mail]), `A guarda de saída (redact) deixou passar dado pessoal que o modelo devolveu: ${texto}`).toEqual([]);
    expect(texto.includes("[CPF]") && texto.includes("[EMAIL]"), `A guarda de saída deveria trocar os dados por [CPF] e [EMAIL] e devolver uma mensagem do mesmo tipo. Recebi: ${texto}`).toBe(true);

    let erro: unknown;
    try {
      await modelo.pipe(guardaDePii<BaseMessage>({ politica: "block", lado: "saida" })).invoke(pedido);
    } catch (e) {
      erro = e;
    }
    expect(erro instanceof ErroPiiBloqueado, `Na política block, a guarda de saída deveria lançar ErroPiiBloqueado quando a resposta tem dado pessoal; recebi ${erro === undefined ? "nenhum erro" : String(erro)}.`).toBe(true);
    expect(String((erro as Error).message).includes(doc), "A mensagem do ErroPiiBloqueado não pode conter o dado pessoal (ela vai para traces e logs): cite só os tipos.").toBe(false);
  });
});

describe("Exercício 7 — a guarda de saída na chain (TODO 8)", () => {
  it("criarResponder: dado pessoal que o modelo devolve sem ter recebido é mascarado (redact) ou vira a recusa (block)", async () => {
    const { criarResponder } = piiBlock();
    const { RECUSA_PII } = guarda();
    const [doc, mail] = [cpf(), email()];
    // A pergunta não tem dado pessoal: a guarda de entrada não tem o que fazer. Quem traz o dado é o modelo.
    const pergunta = `Qual é o cadastro do cliente do pedido ${rnd(9000) + 1000}?`;
    const redact = new ModeloQueResponde(`Encontrei o cadastro: CPF ${doc}, e-mail ${mail}.`);
    const resposta = await criarResponder({ politica: "redact", modelo: redact })(pergunta);
    expect(redact.chamadas, "criarResponder não chamou o modelo passado em opcoes.modelo: a chain precisa usar o modelo recebido (criarChainProtegida({ politica, modelo })).").toBe(1);
    expect(
      vazados(resposta, [doc, mail]),
      `O modelo respondeu com um CPF e um e-mail que não estavam na pergunta (como um modelo faz quando repete um cadastro que viu numa ferramenta ou no treino), e eles chegaram ao usuário: "${resposta}". A guarda de saída, depois do modelo, precisa aplicar a política à resposta (guardaDePii({ politica, lado: "saida" })): um passo que só tem o nome certo não protege ninguém.`,
    ).toEqual([]);
    expect(resposta.includes("[CPF]") && resposta.includes("[EMAIL]"), `Na política redact, a guarda de saída deveria trocar os dados da resposta por [CPF] e [EMAIL]; recebi: "${resposta}".`).toBe(true);
    const block = new ModeloQueResponde(`O CPF do titular é ${cpf()}.`);
    const recusa = await criarResponder({ politica: "block", modelo: block })(pergunta).catch((erro: unknown) => `lançou ${erro instanceof Error ? `${erro.name}: ${erro.message}` : String(erro)}`);
    expect(recusa, `Na política block, uma RESPOSTA com dado pessoal também deveria virar RECUSA_PII (a guarda de saída lança ErroPiiBloqueado e criarResponder troca pela recusa); recebi: "${recusa}".`).toBe(RECUSA_PII);
  });
});

describe("Exercício 7 — guarda de alucinação num RAG (TODOs 7 e 10)", () => {
  const MARCAS = ["Aurora", "Boreal", "Cobalto", "Duna", "Estrela", "Farol"];
  function cenario() {
    const marca = pick(MARCAS);
    const meses = pick([6, 18, 24, 36]);
    const documentos = [
      `A garantia dos produtos da marca ${marca} é de ${meses} meses.`,
      "As entregas para capitais levam de 3 a 5 dias úteis.",
      "O atendimento funciona de segunda a sexta, das 9h às 18h.",
    ].sort(() => Math.random() - 0.5);
    return { pergunta: `Qual é a garantia dos produtos da marca ${marca}?`, documentos, meses };
  }

  it("criarResponderComDocumentos recusa documentos que não são uma lista de textos, antes de chamar o modelo", async () => {
    const { criarResponderComDocumentos } = piiBlock();
    const { pergunta } = cenario();
    // Um texto e um número: "algum não é texto" (some) recusa; "nenhum é texto" (every) deixaria passar.
    const ruins = pick([["ok", 3], ["Garantia de 12 meses.", null]]);
    const erro = await criarResponderComDocumentos()(pergunta, ruins as never).then(() => undefined, (e2: unknown) => e2);
    expect(erro instanceof Error && /documento/i.test(erro.message) && !/TODO/.test(erro.message), `documentos = ${JSON.stringify(ruins)} deveria ser recusado com um erro que cite "documentos" (precisa ser uma lista de textos); recebi ${erro instanceof Error ? `"${erro.message}"` : "nenhum erro"}.`).toBe(true);
    expect((await lab.calls()).length, "Com documentos inválidos o modelo não pode ser chamado.").toBe(0);
    const vazia = await criarResponderComDocumentos()(pick(["", "  "]), ["Garantia de 12 meses."]).then(() => undefined, (e2: unknown) => e2);
    expect(vazia instanceof Error && /pergunta/i.test(vazia.message) && !/TODO/.test(vazia.message), `Uma pergunta vazia deveria ser recusada com um erro que cite "A pergunta" (exigirTexto(pergunta, "A pergunta")); recebi ${vazia instanceof Error ? `"${vazia.message}"` : "nenhum erro"}.`).toBe(true);
  });

  it("no RAG com a política block, dado pessoal na pergunta vira a recusa RECUSA_PII, sem chamar o modelo", async () => {
    const { criarResponderComDocumentos } = piiBlock();
    const { RECUSA_PII } = guarda();
    const { documentos } = cenario();
    const pergunta = `Meu CPF é ${cpf()}. ${cenario().pergunta}`;
    const resposta = await criarResponderComDocumentos({ politica: "block" })(pergunta, documentos).catch((erro: unknown) => `lançou ${erro instanceof Error ? `${erro.name}: ${erro.message}` : String(erro)}`);
    expect(resposta, "Na política block, o RAG deveria trocar o ErroPiiBloqueado pela recusa RECUSA_PII (capture-o dentro da função rastreada).").toBe(RECUSA_PII);
    expect((await lab.calls()).length, "Com dado pessoal na pergunta e política block, o modelo não pode ser chamado.").toBe(0);
  });

  // red team 2 (2026-12-06): the RAG's catch turned every error into the PII refusal.
  it("no RAG, outro erro (do provedor) não vira a recusa de PII", async () => {
    const { criarResponderComDocumentos } = piiBlock();
    const { RECUSA_PII } = guarda();
    const { pergunta, documentos } = cenario();
    const rag = criarResponderComDocumentos({ politica: pick(["block", "redact"] as const) });
    // Primeiro uma chamada normal: prova que o RAG responde com o provedor no ar.
    const normal = await rag(pergunta, documentos).then((r) => r, (e2: unknown) => e2);
    expect(typeof normal === "string" && normal !== RECUSA_PII, `Com o provedor no ar e uma pergunta sem dado pessoal, o RAG deveria responder; recebi ${normal instanceof Error ? `o erro "${normal.message.slice(0, 120)}"` : `"${String(normal).slice(0, 120)}"`}.`).toBe(true);
    // 403 e não 500: o SDK não retenta um 4xx, então o check não espera o backoff real das retentativas.
    await lab.setFaults([{ status: 403, times: 3 }]);
    const falha = await rag(pergunta, documentos).then((r) => r, (e2: unknown) => e2);
    expect(
      falha !== RECUSA_PII && falha instanceof Error,
      `O provedor devolveu um erro (403) e o RAG respondeu ${falha instanceof Error ? "com um erro, mas" : `"${String(falha).slice(0, 80)}"`}${falha === RECUSA_PII ? ": a recusa de dados pessoais para uma pergunta sem nenhum dado pessoal. O usuário reescreve a pergunta à toa e ninguém fica sabendo que o provedor caiu" : ""}. Só ErroPiiBloqueado vira RECUSA_PII; qualquer outro erro sobe (throw erro).`,
    ).toBe(true);
  });

  it("uma resposta sustentada pelos documentos passa sem mudança", async () => {
    const { criarResponderComDocumentos } = piiBlock();
    const { pergunta, documentos, meses } = cenario();
    const resposta = await criarResponderComDocumentos()(pergunta, documentos);
    const chamadas = await lab.calls();
    expect(chamadas.length, "criarResponderComDocumentos deveria chamar o modelo uma vez.").toBe(1);
    const sistema = chamadas[0]!.messages.map((m) => m.content).join("\n");
    expect(sistema.includes(`${meses} meses`), "Os documentos deveriam chegar ao modelo no prompt (promptRag com {contexto} = documentos.join(\"\\n\")).").toBe(true);
    expect(resposta, `A resposta do modelo estava nos documentos e deveria passar igual pela guarda de alucinação; recebi: ${resposta}`).toBe(chamadas[0]!.text);
  });

  it("uma resposta com um fato inventado vira \"Não encontrei isso nos documentos.\"", async () => {
    const { criarResponderComDocumentos } = piiBlock();
    const { SEM_SUPORTE } = guarda();
    const { pergunta, documentos } = cenario();
    await lab.setHallucinate(true);
    const resposta = await criarResponderComDocumentos()(pergunta, documentos);
    const inventada = (await lab.calls()).at(-1)?.text ?? "";
    expect(resposta, `O modelo respondeu "${inventada}", que traz um fato fora dos documentos. A guarda de alucinação (avaliarAncoragem) deveria trocar por "${SEM_SUPORTE}".`).toBe(SEM_SUPORTE);
  });

  it("no RAG com redact, o CPF que está num documento não chega cru ao modelo nem à resposta", async () => {
    const { criarResponderComDocumentos } = piiBlock();
    const nome = pick(NOMES);
    const doc = cpf();
    const documentos = [`O cliente ${nome} tem o CPF ${doc} cadastrado.`, "As entregas para capitais levam de 3 a 5 dias úteis."];
    const resposta = await criarResponderComDocumentos({ politica: "redact" })(`Qual CPF o cliente ${nome} tem cadastrado?`, documentos);
    const recebido = JSON.stringify((await lab.calls()).map((c) => c.messages));
    expect(vazados(recebido, [doc]), "O CPF do documento chegou cru ao modelo: a guarda de entrada do RAG vem antes do prompt e mascara pergunta e documentos.").toEqual([]);
    expect(vazados(resposta, [doc]), `A resposta trouxe o CPF cru: ${resposta}`).toEqual([]);
  });
  it("no RAG, um CPF que a guarda de entrada não reconheceu e o modelo repete como CPF é pego pela guarda de saída", async () => {
    const { criarResponderComDocumentos } = piiBlock();
    const { RECUSA_PII } = guarda();
    const nome = pick(NOMES);
    const doc = soDigitos(cpf());
    // Logo depois de "pedido", 11 dígitos parecem número de pedido: o detector não mascara o documento. Na
    // resposta, o modelo chama o número de CPF, e aí ele é reconhecido. A resposta se apoia no documento
    // (passa pela guarda de alucinação): só a guarda de saída separa esse CPF do usuário.
    const documentos = [`Ficha de ${nome}: o CPF foi digitado por engano no campo do pedido ${doc}.`, "As entregas para capitais levam de 3 a 5 dias úteis."];
    const pergunta = `Qual é o CPF de ${nome}?`;
    for (const politica of ["redact", "block"] as const) {
      const modelo = new ModeloQueResponde(`O CPF de ${nome} é ${doc}.`);
      const resposta = await criarResponderComDocumentos({ politica, modelo })(pergunta, documentos).catch((erro: unknown) => `lançou ${erro instanceof Error ? `${erro.name}: ${erro.message}` : String(erro)}`);
      expect(modelo.chamadas, "criarResponderComDocumentos não chamou o modelo passado em opcoes.modelo (o gerar do RAG usa o modelo recebido).").toBe(1);
      expect(vazados(resposta, [doc]), `Política ${politica}: o modelo respondeu "O CPF de ${nome} é ${doc}." e o CPF chegou ao usuário: "${resposta}". O RAG precisa da guarda de saída depois da guarda de alucinação (guardaDePii({ politica, lado: "saida" })): o detector da entrada erra (aqui achou que era um número de pedido), e a resposta é a última chance de pegar o dado.`).toEqual([]);
      if (politica === "block") expect(resposta, `Na política block, a resposta com CPF deveria virar RECUSA_PII; recebi: "${resposta}".`).toBe(RECUSA_PII);
      else expect(resposta.includes("[CPF]"), `Na política redact, a guarda de saída deveria trocar o CPF da resposta por [CPF]; recebi: "${resposta}".`).toBe(true);
    }
  });

  it("no RAG com redact, uma resposta que cita um dado mascarado do documento ([EMAIL]) não vira \"Não encontrei\"", async () => {
    const { criarResponderComDocumentos } = piiBlock();
    const { SEM_SUPORTE } = guarda();
    const mail = email();
    const documentos = [`O contato do suporte é ${mail}.`, "As entregas para capitais levam de 3 a 5 dias úteis."].sort(() => Math.random() - 0.5);
    const resposta = await criarResponderComDocumentos({ politica: "redact" })("Qual é o contato do suporte?", documentos);
    const respondido = (await lab.calls()).at(-1)?.text ?? "";
    expect(respondido.includes("[EMAIL]"), `(o modelo do laboratório deveria responder com a frase do documento já mascarada; respondeu "${respondido}")`).toBe(true);
    expect(
      resposta,
      `O modelo respondeu "${respondido}", tirado do documento que ele recebeu (mascarado), mas a sua função devolveu "${resposta}". A guarda de alucinação precisa comparar a resposta com o contexto COMO O MODELO O VIU: a guarda de entrada do RAG vem antes do prompt, e o { contexto } mascarado segue até a guarda de alucinação. Comparando com os documentos crus, o "[EMAIL]" parece inventado e o usuário recebe "${SEM_SUPORTE}" para uma pergunta que os documentos respondem.`,
    ).toBe(respondido);
    expect(vazados(resposta, [mail]), `A resposta trouxe o e-mail cru: ${resposta}`).toEqual([]);
  });
});
