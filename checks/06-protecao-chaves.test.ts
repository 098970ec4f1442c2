// size: um exercício, um arquivo de checks (22 checks): a correção roda o arquivo de cada exercício (checkFile em lib/exercises.ts); os auxiliares ficam em checks/_support/.
// Checks do Exercício 6 — proteção de chaves. Cada execução sorteia chaves-sentinela com o formato das
// reais (sk-proj-…, AIza…, lsv2_pt_…) e confere que elas nunca aparecem onde não devem: na saída do
// terminal, nas linhas de log, nas mensagens de erro e nos runs que o "LangSmith" do laboratório guardou.
import { execFile } from "node:child_process";
import { randomBytes } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { PassThrough, Writable } from "node:stream";
import { inspect } from "node:util";
import { afterAll, beforeEach, describe, expect, it } from "vitest";
import { lab } from "./_support/lab.ts";
import { loadTarget, pick } from "./_support/load.ts";
import { targetPath } from "./_support/target.ts";
import { rejeitaImportDeSolucoes } from "./_support/sem-solucoes.ts";

rejeitaImportDeSolucoes("06-protecao-chaves");

const PASTA = "06-protecao-chaves";
type Config = typeof import("@alvo/06-protecao-chaves/config.ts");
type Log = typeof import("@alvo/06-protecao-chaves/logger.ts");
type App = typeof import("@alvo/06-protecao-chaves/app.ts");
const alvoConfig = await loadTarget<Config>(`${PASTA}/config.ts`);
const alvoLog = await loadTarget<Log>(`${PASTA}/logger.ts`);
const alvoApp = await loadTarget<App>(`${PASTA}/app.ts`);
// O prompt do inquirer é carregado sob demanda pelo código do aluno; carregá-lo já aqui tira esse custo do cronômetro do check.
await import("@inquirer/prompts").catch(() => undefined);

// ---------------------------------------------------------------------------------------------
// Sentinelas: chaves falsas, novas a cada execução, com o formato das reais.
const ALNUM = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
const HEX = "0123456789abcdef";
function aleatorio(n: number, alfabeto = ALNUM): string {
  return [...randomBytes(n)].map((b) => alfabeto[b % alfabeto.length]).join("");
}
type Var = "OPENAI_API_KEY" | "GOOGLE_API_KEY" | "LANGSMITH_API_KEY";
const PREFIXO: Record<Var, string> = { OPENAI_API_KEY: "sk-", GOOGLE_API_KEY: "AIza", LANGSMITH_API_KEY: "lsv2_" };
const URL_DA_CHAVE: Record<Var, string> = {
  OPENAI_API_KEY: "https://platform.openai.com/api-keys",
  GOOGLE_API_KEY: "https://aistudio.google.com/apikey",
  LANGSMITH_API_KEY: "https://smith.langchain.com/settings",
};
const novaChave: Record<Var, () => string> = {
  OPENAI_API_KEY: () => `sk-proj-${aleatorio(48)}`,
  GOOGLE_API_KEY: () => `AIza${aleatorio(35)}`,
  LANGSMITH_API_KEY: () => `lsv2_pt_${aleatorio(32, HEX)}_${aleatorio(10, HEX)}`,
};
const VARS = Object.keys(novaChave) as Var[];
const chaves = (): Record<Var, string> => ({ OPENAI_API_KEY: novaChave.OPENAI_API_KEY(), GOOGLE_API_KEY: novaChave.GOOGLE_API_KEY(), LANGSMITH_API_KEY: novaChave.LANGSMITH_API_KEY() });

const nomeDe = (segredo: string) => (segredo.startsWith("sk-") ? "OPENAI_API_KEY" : segredo.startsWith("AIza") ? "GOOGLE_API_KEY" : "LANGSMITH_API_KEY");
/**
 * O NOME da variável cuja chave vazou em `texto` (a chave inteira ou um pedaço de 12+ caracteres do
 * miolo), ou undefined. Devolve o nome, não a chave, para a mensagem do check não repetir o vazamento.
 */
function vazou(texto: string, segredos: readonly string[]): string | undefined {
  for (const segredo of segredos) {
    if (texto.includes(segredo)) return nomeDe(segredo);
    const miolo = segredo.replace(/^(sk-proj-|sk-|AIza|lsv2_pt_|lsv2_)/, "");
    for (let i = 0; i + 12 <= miolo.length; i++) if (texto.includes(miolo.slice(i, i + 12))) return nomeDe(segredo);
  }
  return undefined;
}
const semAnsi = (s: string) => s.replace(/\x1b\[[0-9;?]*[A-Za-z]/g, "");

// ---------------------------------------------------------------------------------------------
// Terminal falso: streams que dizem (ou não) ser um TTY, como o process.stdin/stdout de verdade.
function terminal(tty: boolean) {
  const input = new PassThrough() as PassThrough & { isTTY?: boolean; setRawMode?: (on: boolean) => unknown };
  let escrito = "";
  const output = new Writable({
    write(chunk: Buffer, _enc, done) {
      escrito += chunk.toString();
      done();
    },
  }) as Writable & { isTTY?: boolean; columns?: number; rows?: number };
  if (tty) {
    input.isTTY = true;
    input.setRawMode = () => input;
    output.isTTY = true;
    output.columns = 100;
    output.rows = 30;
  }
  return { input, output, escrito: () => semAnsi(escrito) };
}

/** Coletor de linhas de log (o `destination` do pino). */
function coletor() {
  const linhas: string[] = [];
  const stream = new Writable({
    write(chunk: Buffer, _enc, done) {
      linhas.push(...chunk.toString().split("\n").filter(Boolean));
      done();
    },
  });
  // pino também aceita qualquer objeto com write(string).
  return { stream, linhas, texto: () => linhas.join("\n") };
}

async function comPrazo<T>(promessa: Promise<T>, ms: number, oQue: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const prazo = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`PRAZO: ${oQue} não terminou em ${ms} ms`)), ms);
  });
  try {
    return await Promise.race([promessa, prazo]);
  } finally {
    clearTimeout(timer);
  }
}

async function capturaErro(fn: () => Promise<unknown>): Promise<unknown> {
  try {
    await fn();
  } catch (error) {
    return error;
  }
  return undefined;
}

const tmpDirs: string[] = [];
function pastaTemporaria(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "ex06-"));
  tmpDirs.push(dir);
  return dir;
}
afterAll(() => {
  for (const dir of tmpDirs) fs.rmSync(dir, { recursive: true, force: true });
});

// =============================================================================================
/** Base URLs that must be refused: no scheme, or a scheme other than http(s) (the SDK would send the key there). */
const URLS_INVALIDAS = ["api.openai.com/v1", "nao-e-uma-url", "127.0.0.1:8787", "localhost:8080", "ftp://exemplo.com", "file:///etc/passwd", "javascript:alert(1)", "mailto:chaves@exemplo.com", "ws://127.0.0.1:8787"];

describe("Exercício 6 — mascarar() e Segredo", () => {
  it("mascarar() mostra só o prefixo conhecido e os 4 últimos caracteres", () => {
    const { mascarar } = alvoConfig();
    for (const variavel of VARS) {
      const chave = novaChave[variavel]();
      const m = mascarar(chave);
      expect(typeof m, "mascarar() deve devolver uma string.").toBe("string");
      expect(vazou(m, [chave]), `mascarar() deixou passar um pedaço da chave: "${m}". Mostre só o prefixo (${PREFIXO[variavel]}) e os 4 últimos caracteres.`).toBeUndefined();
      const esperado = new RegExp(`^${PREFIXO[variavel]}(…|\\.\\.\\.)${chave.slice(-4)}$`);
      expect(esperado.test(m), `mascarar() de uma ${variavel} deveria ser "${PREFIXO[variavel]}…${chave.slice(-4)}" (prefixo + "…" + 4 últimos), mas deu "${m}".`).toBe(true);
    }
    // Both sides of the boundary every run: 7 and 11 characters are short, 12 is not (red team 2026-12-06: v23).
    for (const tamanho of [7, 11]) {
      const curta = aleatorio(tamanho);
      expect(mascarar(curta), `Valores curtos (menos de 12 caracteres) viram "****": 4 caracteres de ${tamanho} já revelam demais. mascarar("${curta}") deu "${mascarar(curta)}".`).toBe("****");
    }
    const doze = aleatorio(12);
    expect(mascarar(doze), `Com 12 caracteres a chave já não é "curta" (curta = menos de 12): mascarar("${doze}") deveria ser "…${doze.slice(-4)}", mas deu "${mascarar(doze)}".`).toBe(`…${doze.slice(-4)}`);
    expect(mascarar(""), 'mascarar("") deve devolver "(vazia)".').toBe("(vazia)");
    expect(mascarar(undefined), 'mascarar(undefined) deve devolver "(vazia)".').toBe("(vazia)");
  });

  it("um Segredo não revela a chave em console.log, JSON, template string nem spread; só reveal() entrega", () => {
    const { Segredo, mascarar } = alvoConfig();
    const chave = novaChave.OPENAI_API_KEY();
    const secret = new Segredo(chave, "OPENAI_API_KEY");
    expect(secret.reveal(), "reveal() deve devolver a chave original (é assim que ela chega ao SDK).").toBe(chave);
    const formas: Array<[string, string]> = [
      ["String(secret)", String(secret)],
      ["`${secret}`", `${secret}`],
      ["JSON.stringify({ secret })", JSON.stringify({ secret })],
      ["console.log(secret) (util.inspect)", inspect(secret)],
      ["console.log({ config: { secret } })", inspect({ config: { secret } }, { depth: 10 })],
      ["JSON.stringify({ ...secret })", JSON.stringify({ ...secret })],
    ];
    for (const [como, texto] of formas) {
      expect(vazou(texto, [chave]), `${como} mostrou a chave: guarde o valor num campo privado (#valor) e faça toString/toJSON/[inspect.custom] devolverem a máscara.`).toBeUndefined();
    }
    expect(String(secret), `String(secret) deveria mostrar a máscara (${mascarar(chave)}) para você saber qual chave é.`).toContain(mascarar(chave));
    expect(JSON.stringify({ secret }), `JSON.stringify({ secret }) deveria trazer a máscara (toJSON() devolve mascarar(valor)), não sumir com o campo.`).toBe(JSON.stringify({ secret: mascarar(chave) }));
    expect(inspect(secret), `console.log(secret) deveria mostrar Segredo(${mascarar(chave)}): faça [inspect.custom]() devolver \`Segredo(\${mascarar(valor)})\`.`).toBe(`Segredo(${mascarar(chave)})`);
  });
});

// =============================================================================================
describe("Exercício 6 — carregarConfig(): ambiente, .env e validação com zod", () => {
  it("lê chaves, URLs e modo do ambiente e devolve as chaves como Segredo", async () => {
    const { carregarConfig } = alvoConfig();
    const k = chaves();
    const openaiUrl = `https://proxy-${aleatorio(6).toLowerCase()}.exemplo.com.br/v1`;
    const lsUrl = `http://127.0.0.1:${20000 + Math.floor(Math.random() * 20000)}`;
    const modo = pick(["production", "test", "development"] as const);
    const config = await comPrazo(
      carregarConfig({ env: { ...k, OPENAI_BASE_URL: openaiUrl, LANGSMITH_ENDPOINT: lsUrl, APP_MODE: modo }, envFile: null, terminal: terminal(false) }),
      2000,
      "carregarConfig",
    );
    for (const variavel of VARS) {
      expect(config.keys[variavel]?.reveal(), `config.keys.${variavel} deveria ser um Segredo com a chave do ambiente (reveal() devolve o valor).`).toBe(k[variavel]);
    }
    expect(config.urls.openai, "config.urls.openai deveria vir de OPENAI_BASE_URL.").toBe(openaiUrl);
    expect(config.urls.langsmith, "config.urls.langsmith deveria vir de LANGSMITH_ENDPOINT.").toBe(lsUrl);
    expect(config.mode, "config.mode deveria vir de APP_MODE.").toBe(modo);
    const segredos = Object.values(k);
    const impresso = inspect(config, { depth: 10 }) + JSON.stringify(config);
    const qual = vazou(impresso, segredos);
    expect(qual, `console.log(config) ou JSON.stringify(config) mostra a ${qual ?? ""}: guarde as chaves como Segredo.`).toBeUndefined();
  });

  it("sem URLs nem APP_MODE, usa os padrões", async () => {
    const { carregarConfig } = alvoConfig();
    const config = await carregarConfig({ env: { OPENAI_API_KEY: novaChave.OPENAI_API_KEY() }, envFile: null, terminal: terminal(false) });
    expect(config.urls.openai, "Sem OPENAI_BASE_URL, use https://api.openai.com/v1.").toBe("https://api.openai.com/v1");
    expect(config.urls.langsmith, "Sem LANGSMITH_ENDPOINT, use https://api.smith.langchain.com.").toBe("https://api.smith.langchain.com");
    expect(config.mode, 'Sem APP_MODE, o modo é "development".').toBe("development");
    expect(config.keys.GOOGLE_API_KEY, "Uma chave opcional ausente (GOOGLE_API_KEY) fica fora de config.keys.").toBeUndefined();
  });

  it("sem `required`, OPENAI_API_KEY é obrigatória; variável de ambiente undefined não apaga o .env", async () => {
    const { carregarConfig, ErroDeConfig } = alvoConfig();
    const erro = await capturaErro(() => comPrazo(carregarConfig({ env: { GOOGLE_API_KEY: novaChave.GOOGLE_API_KEY() }, envFile: null, terminal: terminal(false) }), 2000, "carregarConfig"));
    expect(erro instanceof ErroDeConfig && erro.variable === "OPENAI_API_KEY", `Sem a opção required, o padrão é ["OPENAI_API_KEY"]: faltando ela (e sem terminal), carregarConfig deveria lançar ErroDeConfig com variable "OPENAI_API_KEY"; recebi ${erro instanceof Error ? erro.message.slice(0, 120) : "nenhum erro"}.`).toBe(true);
    const doArquivo = novaChave.OPENAI_API_KEY();
    const dir = pastaTemporaria();
    const arquivo = path.join(dir, ".env");
    fs.writeFileSync(arquivo, `OPENAI_API_KEY=${doArquivo}\n`);
    const config = await comPrazo(carregarConfig({ env: { OPENAI_API_KEY: undefined }, envFile: arquivo, terminal: terminal(false) }), 2000, "carregarConfig");
    expect(config.keys.OPENAI_API_KEY?.reveal(), "Uma variável de ambiente com valor undefined (definida mas vazia no objeto) não deveria apagar a chave que veio do .env.").toBe(doArquivo);
  });

  it("lê o .env (dotenv) e o ambiente vence o .env", async () => {
    const { carregarConfig } = alvoConfig();
    const doArquivo = chaves();
    const doAmbiente = novaChave.OPENAI_API_KEY();
    const dir = pastaTemporaria();
    const arquivo = path.join(dir, ".env");
    fs.writeFileSync(
      arquivo,
      [
        "# .env de teste",
        `OPENAI_API_KEY=${doArquivo.OPENAI_API_KEY}`,
        `GOOGLE_API_KEY="${doArquivo.GOOGLE_API_KEY}"`,
        `LANGSMITH_API_KEY=${doArquivo.LANGSMITH_API_KEY}`,
        "APP_MODE=test",
        "",
      ].join("\n"),
    );
    const config = await carregarConfig({ env: { OPENAI_API_KEY: doAmbiente }, envFile: arquivo, terminal: terminal(false) });
    expect(config.keys.LANGSMITH_API_KEY?.reveal(), "LANGSMITH_API_KEY só está no .env: leia o arquivo de envFile com dotenv (dotenv.parse).").toBe(doArquivo.LANGSMITH_API_KEY);
    expect(config.keys.GOOGLE_API_KEY?.reveal(), 'No .env, GOOGLE_API_KEY="..." vem entre aspas: o dotenv tira as aspas; não as guarde na chave.').toBe(doArquivo.GOOGLE_API_KEY);
    expect(config.mode, "APP_MODE=test veio do .env.").toBe("test");
    expect(config.keys.OPENAI_API_KEY?.reveal(), "OPENAI_API_KEY está no ambiente E no .env: o ambiente vence (em produção, quem manda é o ambiente do servidor).").toBe(doAmbiente);
    const semArquivo = await capturaErro(() => carregarConfig({ env: { OPENAI_API_KEY: doAmbiente }, envFile: path.join(dir, "nao-existe.env"), terminal: terminal(false) }));
    expect(semArquivo, "Um .env que não existe não é erro (em produção as variáveis vêm do ambiente): ignore o arquivo ausente.").toBeUndefined();
  });

  it("valor inválido → ErroDeConfig que nomeia a variável e NÃO mostra a chave", async () => {
    const { carregarConfig, ErroDeConfig } = alvoConfig();
    const k = chaves();
    const meio = Math.floor(k.LANGSMITH_API_KEY.length / 2);
    const casos: Array<{ variavel: string; valor: string; porque: string; dica?: string }> = [
      { variavel: "OPENAI_API_KEY", valor: k.GOOGLE_API_KEY, porque: "uma chave do Google em OPENAI_API_KEY (deveria começar com sk-)" },
      { variavel: "GOOGLE_API_KEY", valor: k.OPENAI_API_KEY, porque: "uma chave da OpenAI em GOOGLE_API_KEY (deveria começar com AIza)" },
      { variavel: "LANGSMITH_API_KEY", valor: `${k.LANGSMITH_API_KEY.slice(0, meio)} ${k.LANGSMITH_API_KEY.slice(meio)}`, porque: "uma chave com espaço no meio" },
      // Every value every run: each one is a URL that new URL() or z.string().url() accepts but is not http(s)
      // (red team 2026-12-06: v18), or no URL at all.
      ...URLS_INVALIDAS.flatMap((valor) =>
        (["OPENAI_BASE_URL", "LANGSMITH_ENDPOINT"] as const).map((variavel) => ({
          variavel,
          valor,
          porque: `${variavel}="${valor}" (não é uma URL http:// ou https://)`,
          dica: " O SDK mandaria a chave para esse endereço (ou só falharia lá na frente, longe da causa): aceitar \"qualquer URL\" não basta, o protocolo precisa ser http: ou https:.",
        })),
      ),
      { variavel: "APP_MODE", valor: pick(["turbo", "prod", "staging"]), porque: "um modo que não existe (aceite development, production ou test)" },
    ];
    for (const caso of casos) {
      const env: Record<string, string> = { OPENAI_API_KEY: novaChave.OPENAI_API_KEY(), [caso.variavel]: caso.valor };
      const segredos = [...Object.values(k), env.OPENAI_API_KEY!];
      const erro = await capturaErro(() => comPrazo(carregarConfig({ env, envFile: null, terminal: terminal(false) }), 2000, "carregarConfig"));
      expect(erro, `Com ${caso.porque}, carregarConfig deveria lançar ErroDeConfig, mas não lançou nada.${caso.dica ?? ""}`).toBeDefined();
      expect(erro instanceof ErroDeConfig, `Com ${caso.porque}, o erro deveria ser um ErroDeConfig (recebi ${erro instanceof Error ? `${erro.name}: ${erro.message.slice(0, 160)}` : String(erro)}). Valide com zod e converta o primeiro problema em ErroDeConfig.`).toBe(true);
      const e = erro as InstanceType<typeof ErroDeConfig>;
      expect(e.variable, `Com ${caso.porque}, ErroDeConfig.variable deveria ser "${caso.variavel}".`).toBe(caso.variavel);
      expect(e.message, `Com ${caso.porque}, a mensagem deveria nomear a variável ${caso.variavel} para o aluno saber o que corrigir.`).toContain(caso.variavel);
      const qual = vazou(`${e.message}\n${e.stack ?? ""}`, segredos);
      expect(qual, `A mensagem de erro (${caso.porque}) mostra a chave: use mascarar(valor) nas mensagens, nunca o valor.`).toBeUndefined();
    }
  });

  it("chave vazia é o mesmo que ausente; espaço no meio da chave é recusado", async () => {
    const { carregarConfig, ErroDeConfig } = alvoConfig();
    const k = chaves();
    const vazia = pick(["GOOGLE_API_KEY", "LANGSMITH_API_KEY"] as const);
    let config: Awaited<ReturnType<typeof carregarConfig>> | undefined;
    try {
      config = await comPrazo(carregarConfig({ env: { OPENAI_API_KEY: k.OPENAI_API_KEY, [vazia]: "" }, envFile: null, terminal: terminal(false) }), 2000, "carregarConfig");
    } catch (erro) {
      return expect.fail(`Com ${vazia}="" (vazia), carregarConfig lançou "${erro instanceof Error ? erro.message : String(erro)}": vazio = ausente, não é erro.`);
    }
    expect(config.keys[vazia], `Com ${vazia}="" a chave deveria ficar ausente em config.keys (vazio = ausente).`).toBeUndefined();
    const meio = 8 + Math.floor(Math.random() * 10);
    const comEspaco = `${k.OPENAI_API_KEY.slice(0, meio)} ${k.OPENAI_API_KEY.slice(meio)}`;
    const erro = await capturaErro(() => comPrazo(carregarConfig({ env: { OPENAI_API_KEY: comEspaco }, envFile: null, terminal: terminal(false) }), 2000, "carregarConfig"));
    expect(erro instanceof ErroDeConfig && erro.variable === "OPENAI_API_KEY", `Uma OPENAI_API_KEY com espaço no meio deveria virar ErroDeConfig com variable "OPENAI_API_KEY" (recebi ${erro instanceof Error ? erro.message.slice(0, 120) : String(erro)}).`).toBe(true);
    expect(/espa/i.test((erro as Error).message), `A mensagem para a chave com espaço no meio deveria dizer que o problema são os espaços; recebi "${(erro as Error).message.slice(0, 160)}".`).toBe(true);
  });

  it("falta a chave e não dá para perguntar (sem TTY, APP_MODE=production ou CI) → erro claro, sem prompt", async () => {
    const { carregarConfig, ErroDeConfig } = alvoConfig();
    // Every key every run: a draw let a solution that only handles OPENAI_API_KEY pass some runs.
    for (const faltando of VARS) {
      const k = chaves();
      const env: Record<string, string> = { ...k };
      delete env[faltando];
      const cenarios: Array<{ nome: string; tty: boolean; extra: Record<string, string> }> = [
        { nome: "um stdin que não é terminal (CI, pipe, Docker)", tty: false, extra: {} },
        { nome: "APP_MODE=production num terminal", tty: true, extra: { APP_MODE: "production" } },
        { nome: "CI=true num terminal", tty: true, extra: { CI: "true" } },
        // red team 2 (2026-12-06): "test" never prompts either (a suite would hang waiting for someone to type).
        { nome: "APP_MODE=test num terminal (só development pergunta)", tty: true, extra: { APP_MODE: "test" } },
      ];
      for (const cenario of cenarios) {
        const t = terminal(cenario.tty);
        t.input.write(`${novaChave[faltando]()}\r`); // alguém "digitou" algo: não pode ser lido
        const erro = await capturaErro(() =>
          comPrazo(carregarConfig({ env: { ...env, ...cenario.extra }, envFile: null, required: [faltando], terminal: t }), 1500, "carregarConfig"),
        );
        expect(String(erro), `Com ${cenario.nome}, carregarConfig ficou esperando alguém digitar: sem terminal interativo ninguém digita. Lance ErroDeConfig na hora.`).not.toContain("PRAZO:");
        expect(erro instanceof ErroDeConfig, `Com ${cenario.nome} e ${faltando} faltando (required: ["${faltando}"]), carregarConfig deveria lançar ErroDeConfig (recebi ${erro === undefined ? "nenhum erro" : String(erro).slice(0, 160)}).`).toBe(true);
        const msg = (erro as Error).message;
        expect(msg, `A mensagem deveria nomear a variável que falta (${faltando}).`).toContain(faltando);
        expect(msg, `A mensagem deveria dizer onde criar a chave: ${URL_DA_CHAVE[faltando]} (está em CHAVES).`).toContain(URL_DA_CHAVE[faltando]);
        expect(msg, "A mensagem deveria dizer onde colocar a chave: no .env (ou no ambiente).").toContain(".env");
        expect(t.escrito().trim(), `Com ${cenario.nome}, nada deveria ser escrito no terminal (nenhum prompt), mas apareceu: "${t.escrito().trim().slice(0, 120)}".`).toBe("");
        expect(vazou(msg, Object.values(k)), "A mensagem de erro mostra uma das outras chaves.").toBeUndefined();
      }
    }
  });

  it("falta a chave num terminal interativo (development) → pergunta com a digitação mascarada", async () => {
    const { carregarConfig } = alvoConfig();
    // Every key every run (prompt and process.env alike).
    for (const faltando of VARS) {
      const digitada = novaChave[faltando]();
      const t = terminal(true);
      const antes = process.env[faltando];
      const carregando = carregarConfig({ env: { APP_MODE: "development" }, envFile: null, required: [faltando], terminal: t });
      const falhou = carregando.then(
        () => undefined,
        (e: unknown) => e,
      );
      // Espera o prompt aparecer e "digita" a chave + Enter.
      const inicio = Date.now();
      while (t.escrito() === "" && Date.now() - inicio < 1500) {
        const erro = await Promise.race([falhou, new Promise<"esperando">((r) => setTimeout(() => r("esperando"), 10))]);
        if (erro !== "esperando" && erro !== undefined) throw new Error(`carregarConfig lançou erro em vez de perguntar a ${faltando} num terminal interativo: ${String(erro).slice(0, 200)}. Em development, com stdin e stdout TTY, use pedirSegredo().`);
      }
      expect(t.escrito(), `Num terminal interativo, faltando ${faltando}, carregarConfig deveria perguntar a chave (nada foi escrito no terminal). Use password() do @inquirer/prompts com { input, output } do terminal.`).not.toBe("");
      t.input.write(`${digitada}\r`);
      const config = await comPrazo(carregando, 1500, "carregarConfig depois de digitar a chave e Enter").catch((e: unknown) => {
        throw new Error(`Depois de digitar a chave e Enter, carregarConfig falhou: ${String(e).slice(0, 200)}`);
      });
      expect(config.keys[faltando]?.reveal(), `A chave digitada deveria voltar em config.keys.${faltando}.`).toBe(digitada);
      // red team 2026-12-06: v17 (the book's os.environ[...] = getpass(...)).
      const depois = process.env[faltando];
      if (depois !== antes) {
        if (antes === undefined) delete process.env[faltando];
        else process.env[faltando] = antes;
      }
      expect(depois === digitada, `A chave digitada foi gravada em process.env.${faltando}: todo processo filho (npm, git, um plugin, um shell) herda o ambiente e, com ele, a chave; um dump de ambiente num log de erro também a mostra. Ela deve ficar só em config.keys, dentro do Segredo.`).toBe(false);
      expect(depois, `carregarConfig mudou process.env.${faltando}: a configuração é lida do ambiente, não escrita nele.`).toBe(antes);
      const tela = t.escrito();
      expect(tela, `O prompt deveria dizer qual chave está pedindo (${faltando}).`).toContain(faltando);
      expect(vazou(tela, [digitada]), `A chave digitada apareceu no terminal: a digitação precisa ser mascarada (password com mask: "*"), como o getpass do livro. Tela: "${tela.slice(0, 160)}"`).toBeUndefined();
    }
  });
});

// =============================================================================================
describe("Exercício 6 — carregarConfig(): mensagens com a máscara, CI, TTY e o prompt", () => {
  it("as mensagens de erro de chave citam mascarar(valor); a de URL diz que precisa de http(s)://", async () => {
    const { carregarConfig, mascarar } = alvoConfig();
    const k = chaves();
    const meio = 8 + Math.floor(Math.random() * 10);
    const comEspaco = `${k.OPENAI_API_KEY.slice(0, meio)} ${k.OPENAI_API_KEY.slice(meio)}`;
    const casos: Array<{ env: Record<string, string>; porque: string; esperado: () => string }> = [
      { env: { OPENAI_API_KEY: k.GOOGLE_API_KEY }, porque: "uma chave do Google em OPENAI_API_KEY", esperado: () => mascarar(k.GOOGLE_API_KEY) },
      { env: { OPENAI_API_KEY: comEspaco }, porque: "uma OPENAI_API_KEY com espaço no meio", esperado: () => mascarar(comEspaco) },
    ];
    for (const caso of casos) {
      const erro = await capturaErro(() => comPrazo(carregarConfig({ env: caso.env, envFile: null, terminal: terminal(false) }), 2000, "carregarConfig"));
      const msg = erro instanceof Error ? erro.message : String(erro);
      let mascara = "";
      try {
        mascara = caso.esperado();
      } catch (e) {
        return expect.fail(`mascarar() lançou ${e instanceof Error ? e.message.split("\n")[0] : String(e)}: termine o TODO 1 primeiro.`);
      }
      expect(msg.includes(mascara), `Com ${caso.porque}, a mensagem deveria citar mascarar(valor) ("${mascara}") para o aluno reconhecer qual chave está errada sem vê-la (TODO 3); recebi "${msg.slice(0, 200)}".`).toBe(true);
    }
    const url = pick(["api.openai.com/v1", "nao-e-uma-url", "ftp://exemplo.com"]);
    const erro = await capturaErro(() => comPrazo(carregarConfig({ env: { OPENAI_API_KEY: k.OPENAI_API_KEY, OPENAI_BASE_URL: url }, envFile: null, terminal: terminal(false) }), 2000, "carregarConfig"));
    const msg = erro instanceof Error ? erro.message : String(erro);
    expect(/https?:\/\//.test(msg), `Com OPENAI_BASE_URL="${url}", a mensagem deveria dizer que é preciso uma URL completa com http:// ou https:// (TODO 3); recebi "${msg.slice(0, 200)}".`).toBe(true);
  });

  it('CI="false" ou "0" não é CI: num terminal interativo, pergunta; stdin TTY com stdout que não é TTY não pergunta', async () => {
    const { carregarConfig, ErroDeConfig } = alvoConfig();
    const faltando = pick(VARS);
    for (const ci of ["false", "0"].sort(() => Math.random() - 0.5)) {
      const digitada = novaChave[faltando]();
      const t = terminal(true);
      const carregando = carregarConfig({ env: { CI: ci }, envFile: null, required: [faltando], terminal: t });
      const resultado = carregando.then(
        (config) => ({ config }),
        (erro: unknown) => ({ erro }),
      );
      const inicio = Date.now();
      while (t.escrito() === "" && Date.now() - inicio < 1500) {
        const r = await Promise.race([resultado, new Promise<"esperando">((ok) => setTimeout(() => ok("esperando"), 10))]);
        if (r !== "esperando") break;
      }
      expect(t.escrito(), `Com CI="${ci}" num terminal interativo, carregarConfig deveria perguntar a ${faltando}: o README diz "se definida (e diferente de false/0)". Nada foi escrito no terminal.`).not.toBe("");
      t.input.write(`${digitada}\r`);
      const r = await comPrazo(resultado, 1500, "carregarConfig depois de digitar a chave");
      expect("config" in r ? r.config.keys[faltando]?.reveal() : String(r.erro).slice(0, 160), `Com CI="${ci}", a chave digitada deveria voltar em config.keys.${faltando}.`).toBe(digitada);
      expect(/\*{8,}/.test(t.escrito()), `Enquanto a chave é digitada, a tela deveria mostrar asteriscos (password com mask: "*", TODO 5); tela: "${t.escrito().slice(0, 160)}".`).toBe(true);
    }

    // stdin é terminal, stdout não (ex.: saída redirecionada para arquivo): ninguém veria o prompt.
    const meio = terminal(true);
    meio.output.isTTY = false;
    const erro = await capturaErro(() => comPrazo(carregarConfig({ env: {}, envFile: null, required: [faltando], terminal: meio }), 1500, "carregarConfig"));
    expect(String(erro), "Com stdout que não é terminal, carregarConfig ficou esperando alguém digitar. O README pede terminal.input.isTTY E terminal.output.isTTY.").not.toContain("PRAZO:");
    expect(erro instanceof ErroDeConfig, `Com stdin TTY mas stdout que não é TTY, carregarConfig deveria lançar ErroDeConfig na hora (TODO 4: stdin E stdout TTY); recebi ${erro === undefined ? "nenhum erro" : String(erro).slice(0, 160)}.`).toBe(true);
    expect(meio.escrito().trim(), "Com stdout que não é terminal, nada deveria ser escrito nele (nenhum prompt).").toBe("");
  });

  it("Ctrl+C no prompt vira ErroDeConfig (não um erro cru do inquirer)", async () => {
    const { carregarConfig, ErroDeConfig } = alvoConfig();
    const faltando = pick(VARS);
    const t = terminal(true);
    const resultado = carregarConfig({ env: {}, envFile: null, required: [faltando], terminal: t }).then(
      () => undefined,
      (erro: unknown) => erro,
    );
    let cedo: unknown = "esperando";
    const inicio = Date.now();
    while (t.escrito() === "" && cedo === "esperando" && Date.now() - inicio < 1500) cedo = await Promise.race([resultado, new Promise<"esperando">((ok) => setTimeout(() => ok("esperando"), 10))]);
    expect(
      t.escrito(),
      `Num terminal interativo, faltando ${faltando}, carregarConfig deveria perguntar a chave, mas ${cedo === "esperando" ? "nada foi escrito no terminal" : `terminou antes de perguntar (${cedo instanceof Error ? cedo.message.split("\n")[0] : String(cedo)})`}.`,
    ).not.toBe("");
    t.input.write("\x03"); // Ctrl+C
    const erro = await comPrazo(resultado, 1500, "carregarConfig depois do Ctrl+C");
    expect(
      erro instanceof ErroDeConfig && erro.variable === faltando && erro.message.includes(faltando),
      `Ctrl+C no prompt (o inquirer lança ExitPromptError) deveria virar ErroDeConfig com variable "${faltando}" e uma mensagem que cite ${faltando} (TODO 5); recebi ${erro === undefined ? "nenhum erro" : `${(erro as Error).name}: ${String((erro as Error).message).slice(0, 140)}`}.`,
    ).toBe(true);
  });
});

describe("Exercício 6 — logger (pino) sem chaves", () => {
  it("o redact esconde cabeçalhos authorization / x-api-key / x-goog-api-key e campos apiKey, em até 3 níveis", () => {
    const { criarLogger } = alvoLog();
    const c = coletor();
    const log = criarLogger({ secrets: [], destination: c.stream });
    // Tokens que o logger NÃO conhece e que não têm formato de chave: só o redact por nome os pega.
    const token = () => `tok_${aleatorio(24)}`;
    const tokens: string[] = [];
    const cabecalhos = () => {
      const h = { authorization: `Bearer ${token()}`, "x-api-key": token(), "x-goog-api-key": token(), "content-type": "application/json" };
      tokens.push(h.authorization.slice(7), h["x-api-key"], h["x-goog-api-key"]);
      return h;
    };
    const pedido = `pedido-${aleatorio(8)}`;
    log.info({ headers: cabecalhos(), pedido }, "nível 0");
    log.info({ req: { method: "POST", headers: cabecalhos() } }, "nível 1");
    log.info({ http: { req: { headers: cabecalhos() } } }, "nível 2");
    const campoApiKey = token();
    const campoApiKey2 = token();
    const campoApiKey3 = token();
    tokens.push(campoApiKey, campoApiKey2, campoApiKey3);
    log.info({ apiKey: campoApiKey, provider: { api_key: campoApiKey2 }, cliente: { openai: { apiKey: campoApiKey3 } } }, "campos com nome de chave");
    const texto = c.texto();
    expect(c.linhas.length, "criarLogger({ destination }) deveria escrever uma linha JSON por log no destination recebido (pino(options, destination)).").toBeGreaterThanOrEqual(4);
    for (const linha of c.linhas) expect(() => JSON.parse(linha), `Cada linha de log deveria ser JSON (pino): ${linha.slice(0, 120)}`).not.toThrow();
    const escapou = tokens.filter((t) => texto.includes(t)).length;
    expect(escapou, `${escapou} token(s) de cabeçalho/campo secreto apareceram no log. Liste em CAMINHOS_MASCARADOS: headers.authorization, headers["x-api-key"], headers["x-goog-api-key"] com *. e *.*. na frente, e apiKey/api_key (também com *. e *.*.: o terceiro nível é conferido).`).toBe(0);
    expect(texto, "Redija só o que é segredo: o content-type e os outros campos precisam continuar no log.").toContain("application/json");
    const primeira = JSON.parse(c.linhas[0]!) as { headers?: Record<string, unknown> };
    expect(primeira.headers?.authorization, 'O valor escondido pelo redact deveria ser "[oculto]" (redact: { paths: CAMINHOS_MASCARADOS, censor: "[oculto]" }).').toBe("[oculto]");
    expect(texto, "Redija só o que é segredo: o campo pedido sumiu do log.").toContain(pedido);
  });

  it("chaves conhecidas somem do log em qualquer lugar: mensagem, campo inocente, profundidade qualquer, erro com causa", () => {
    const { criarLogger } = alvoLog();
    const k = chaves();
    const segredos = Object.values(k);
    const c = coletor();
    const log = criarLogger({ secrets: segredos, destination: c.stream });
    const pergunta = `Qual o prazo do pedido ${aleatorio(6)}?`;
    log.info(`conectando com a chave ${k.OPENAI_API_KEY}`);
    let fundo: Record<string, unknown> = { nota: k.GOOGLE_API_KEY, pergunta };
    for (let i = 0, n = 3 + Math.floor(Math.random() * 4); i < n; i++) fundo = { [pick(["dados", "contexto", "meta", "extra"])]: fundo };
    log.info(fundo, "objeto aninhado");
    log.error({ err: new Error("falha ao chamar o LangSmith", { cause: new Error(`401 chave recusada: ${k.LANGSMITH_API_KEY}`) }) }, "erro com causa");
    log.warn({ lista: [{ valor: k.OPENAI_API_KEY }] }, "lista");
    const texto = c.texto();
    const qual = vazou(texto, segredos);
    expect(qual, `A ${qual ?? ""} apareceu no log (numa mensagem, num campo com nome inocente, fundo no objeto ou na causa de um erro). O redact por caminho não alcança isso: use hooks.streamWrite do pino para passar cada linha por limparSegredos(linha, secrets).`).toBeUndefined();
    expect(texto, "O log perdeu o conteúdo que não é segredo (a pergunta): troque só as chaves.").toContain(pergunta);
  });

  it("criarLogger({ secrets }) esconde um segredo conhecido mesmo sem formato de chave", () => {
    const { criarLogger } = alvoLog();
    const segredo = `tok${aleatorio(21)}`;
    const c = coletor();
    const log = criarLogger({ secrets: [segredo], destination: c.stream });
    log.info({ nota: `valor ${segredo}` }, "campo inocente");
    expect(c.texto().includes(segredo), "O segredo passado em secrets apareceu no log: o streamWrite deveria passar cada linha por limparSegredos(linha, secrets) com a lista recebida.").toBe(false);
    expect(c.texto(), "O log deveria continuar registrando o evento (só o segredo é trocado).").toContain("campo inocente");
  });

  it("limparSegredos: segredo conhecido sem formato de chave (8+ caracteres) some; texto com formato de chave vira a máscara", () => {
    const { limparSegredos } = alvoLog();
    const { mascarar } = alvoConfig();
    // Segredos que nenhum KEY_SHAPE reconhece: só a lista `secrets` os pega.
    const longo = `tok${aleatorio(17)}`;
    const oito = aleatorio(8);
    const curto = aleatorio(5);
    // `longo` aparece duas vezes: replace() com uma string troca só a primeira ocorrência.
    const saida = limparSegredos(`a=${longo} b=${oito} c=${curto} de novo: ${longo}`, [longo, oito, curto]);
    expect(saida.includes(longo), "limparSegredos(texto, secrets) deveria trocar TODAS as ocorrências de cada segredo conhecido por mascarar(segredo), mesmo sem formato de chave (replace() com texto troca só a primeira: use split/join ou replaceAll).").toBe(false);
    expect(saida.includes(oito), "Um segredo de exatamente 8 caracteres também deveria ser trocado (o mínimo é 8, inclusive).").toBe(false);
    expect(saida.includes(`c=${curto}`), `Segredos com menos de 8 caracteres não são trocados (trocar "${curto}" em todo lugar estragaria o log).`).toBe(true);
    const desconhecida = novaChave.OPENAI_API_KEY();
    const comFormato = limparSegredos(`chave ${desconhecida} no texto`, []);
    expect(comFormato, `Um texto com formato de chave (FORMATOS_DE_CHAVE) deveria virar mascarar(trecho) = "${mascarar(desconhecida)}"; recebi "${comFormato.slice(0, 80)}".`).toBe(`chave ${mascarar(desconhecida)} no texto`);
  });
});

// =============================================================================================
describe("Exercício 6 — erros sem chaves", () => {
  it("erroSeguro() tira a chave da mensagem, da stack, das causas e dos campos do erro original", () => {
    const { erroSeguro } = alvoLog();
    const k = chaves();
    const segredos = Object.values(k);
    const status = pick([401, 403]);
    const frase = pick(["Incorrect API key provided", "API key not valid. Please pass a valid API key", "Invalid API key"]);
    // Como um erro de SDK de verdade: mensagem, status, cabeçalhos da requisição, corpo e causa.
    const original = Object.assign(new Error(`${status} ${frase}: ${k.OPENAI_API_KEY}`, { cause: new Error(`GET https://generativelanguage.googleapis.com/v1beta/models?key=${k.GOOGLE_API_KEY}`) }), {
      status,
      headers: { authorization: `Bearer ${k.OPENAI_API_KEY}`, "x-api-key": k.LANGSMITH_API_KEY },
      error: { message: `${frase}: ${k.OPENAI_API_KEY}` },
    });
    const seguro = erroSeguro(original, segredos);
    expect(seguro instanceof Error, "erroSeguro() deve devolver um Error (para poder ser lançado com throw).").toBe(true);
    const formas: Array<[string, string]> = [
      ["na mensagem", seguro.message],
      ["na stack", seguro.stack ?? ""],
      ["no console.error(erro) (util.inspect mostra causa e campos)", inspect(seguro, { depth: 10 })],
      ["em String(erro)", String(seguro)],
    ];
    for (const [onde, texto] of formas) {
      const qual = vazou(texto, segredos);
      expect(qual, `A ${qual ?? ""} aparece ${onde} (erro devolvido por erroSeguro). Crie um erro NOVO com a mensagem passada por limparSegredos(); não copie campos (headers, error) nem guarde o original como cause.`).toBeUndefined();
    }
    expect((seguro as Error & { status?: number }).status, `O erro seguro deveria manter o status HTTP (${status}): sem ele ninguém sabe se é chave errada (401) ou falta de permissão (403).`).toBe(status);
    expect(seguro.message, `O erro seguro deveria manter a parte útil da mensagem ("${frase}"), trocando só a chave pela máscara.`).toContain(frase);
    const linhasAt = (seguro.stack ?? "").split("\n").filter((l) => /^\s+at /.test(l));
    expect(linhasAt.length, 'A stack do erro seguro deveria manter as linhas "    at ..." do original (passadas por limparSegredos): sem elas ninguém acha onde o erro aconteceu.').toBeGreaterThan(0);
    expect((seguro.stack ?? "").includes(frase), "A stack do erro seguro deveria começar com a mensagem (já mascarada), como toda stack.").toBe(true);
  });
});

// =============================================================================================
describe("Exercício 6 — o app (criarAssistente) com a configuração segura", () => {
  // Só estes checks usam o laboratório: cada um começa com ele limpo (sem runs, chamadas nem falhas).
  // Nada de flushTraces() aqui: entregar os traces é papel do close() do seu assistente.
  beforeEach(async () => {
    await lab.reset();
  });

  /**
   * `chaveCurta`: an OPENAI_API_KEY without the usual shape (a gateway's virtual key such as LiteLLM's `sk-…`
   * with a dozen characters): neither FORMATOS_DE_CHAVE nor langsmith's default rules know it, so only the
   * config's own values (valoresSecretos → erroSeguro and the anonymizer's extraRules) hide it.
   */
  async function montar({ chaveCurta = false } = {}) {
    const { carregarConfig } = alvoConfig();
    const { criarLogger } = alvoLog();
    const { criarAssistente } = alvoApp();
    const k = chaves();
    if (chaveCurta) k.OPENAI_API_KEY = `sk-${aleatorio(13)}`;
    const config = await carregarConfig({
      env: { ...k, OPENAI_BASE_URL: `${lab.url}/v1`, LANGSMITH_ENDPOINT: lab.url, APP_MODE: "test" },
      envFile: null,
      terminal: terminal(false),
    });
    const c = coletor();
    const log = criarLogger({ secrets: Object.values(k), destination: c.stream });
    // O laboratório só aceita as chaves desta config: um SDK que lê o process.env (outra chave) é recusado.
    await lab.requireKeys({ openai: k.OPENAI_API_KEY, langsmith: k.LANGSMITH_API_KEY });
    return { assistente: criarAssistente(config, log), k, segredos: Object.values(k), c };
  }

  /** Which configured key the lab refused, in pt-BR, or undefined. */
  async function chaveErrada(): Promise<string | undefined> {
    const recusas = await lab.authFailures();
    const openai = recusas.find((f) => f.provider === "openai");
    if (openai) return `A OpenAI do laboratório recebeu outra chave (${openai.keyId ?? "nenhuma"}), não a OPENAI_API_KEY da config: passe apiKey: config.keys.OPENAI_API_KEY.reveal() ao ChatOpenAI (sem apiKey, o SDK lê o process.env).`;
    const langsmith = recusas.find((f) => f.provider === "langsmith");
    if (langsmith) return `O LangSmith do laboratório recebeu outra chave (${langsmith.keyId ?? "nenhuma"}), não a LANGSMITH_API_KEY da config: crie o Client com apiKey: config.keys.LANGSMITH_API_KEY?.reveal() e apiUrl: config.urls.langsmith.`;
    return undefined;
  }

  it('responde pela OpenAI configurada (OPENAI_BASE_URL) e registra o trace "perguntar"', async () => {
    // A URL do ambiente do processo aponta para lugar nenhum: só a da config (config.urls.openai) serve.
    const urlDoAmbiente = process.env.OPENAI_BASE_URL;
    process.env.OPENAI_BASE_URL = "http://127.0.0.1:9/v1";
    let montado: Awaited<ReturnType<typeof montar>>;
    let resposta: string;
    const pergunta = `Qual o status do pedido ${aleatorio(6)}?`;
    try {
      montado = await montar();
      resposta = await comPrazo(montado.assistente.ask(pergunta), 5000, "ask").catch(async (erro: unknown) =>
        expect.fail((await chaveErrada()) ?? `ask() falhou ("${erro instanceof Error ? erro.message.slice(0, 120) : String(erro)}"): o ChatOpenAI deveria usar configuration: { baseURL: config.urls.openai } e apiKey: config.keys.OPENAI_API_KEY.reveal(), não o ambiente do processo.`),
      );
    } finally {
      if (urlDoAmbiente === undefined) delete process.env.OPENAI_BASE_URL;
      else process.env.OPENAI_BASE_URL = urlDoAmbiente;
    }
    const { assistente, segredos, c } = montado;
    await assistente.close();
    const errada = await chaveErrada();
    expect(errada, errada).toBeUndefined();
    const chamada = (await lab.calls()).filter((x) => x.provider === "openai").at(-1);
    expect(chamada, "Nenhuma chamada chegou à OpenAI do laboratório: crie o ChatOpenAI com apiKey: config.keys.OPENAI_API_KEY.reveal() e configuration: { baseURL: config.urls.openai }.").toBeDefined();
    expect(chamada!.messages.at(-1)?.content, "A pergunta que chegou ao modelo deveria ser exatamente a recebida por ask().").toBe(pergunta);
    expect(chamada!.model, 'Use o modelo do enunciado: model "gpt-4o-mini".').toBe("gpt-4o-mini");
    expect(resposta, "ask() deveria devolver o texto da resposta do modelo.").toBe(chamada!.text);
    const runs = await lab.runs();
    // Só o fim do run prova a entrega no close(): o início pode ter saído sozinho durante uma chamada lenta.
    const raiz = runs.find((r) => r.name === "perguntar" && JSON.stringify(r.inputs ?? {}).includes(pergunta.slice(0, 20)) && r.end_time);
    expect(raiz, `Nenhum run "perguntar" com a pergunta chegou completo (início e fim) ao LangSmith (recebi: ${runs.map((r) => r.name).join(", ") || "nada"}). Use traceable(fn, { name: "perguntar", client }) e espere a entrega em close().`).toBeDefined();
    const qual = vazou(JSON.stringify(runs) + c.texto(), segredos);
    expect(qual, `A ${qual ?? ""} apareceu no trace ou no log de uma chamada normal: nunca passe a config (ou a chave) como entrada de uma função rastreada nem a registre no log.`).toBeUndefined();
  });

  it("quando o provedor ecoa a chave no erro, ela não aparece no erro lançado, no log nem no trace", async () => {
    // red team 2 (2026-12-06): a short key, so that masking by shape alone does not pass for masking the config's keys.
    const { assistente, k, segredos, c } = await montar({ chaveCurta: true });
    const status = pick([401, 403]);
    const frase = pick(["Incorrect API key provided", "Invalid API key", "Chave de API inválida"]);
    // A chave aparece duas vezes: uma regra sem a flag "g" só trocaria a primeira.
    await lab.setFaults([{ provider: "openai", status, message: `${frase}: ${k.OPENAI_API_KEY} (chave ${k.OPENAI_API_KEY})`, times: 3 }]);
    const erro = await capturaErro(() => assistente.ask(`Oi ${aleatorio(5)}`));
    await assistente.close();
    expect(erro, `O provedor respondeu ${status}: ask() deveria lançar um erro.`).toBeDefined();
    const textoErro = erro instanceof Error ? `${erro.message}\n${erro.stack ?? ""}\n${inspect(erro, { depth: 10 })}` : String(erro);
    const noErro = vazou(textoErro, segredos);
    expect(noErro, `O erro que ask() lançou contém a chave (o provedor a ecoou na mensagem). Capture o erro e lance erroSeguro(erro, valoresSecretos(config)): a OPENAI_API_KEY deste check é curta (${k.OPENAI_API_KEY.length} caracteres, como a chave virtual de um gateway), e só a lista de segredos da config a reconhece; o formato sk-… não basta.`).toBeUndefined();
    expect((erro as { status?: number }).status, `O erro lançado por ask() deveria manter status = ${status}.`).toBe(status);
    const linhasDeErro = c.linhas.filter((l) => {
      try {
        return (JSON.parse(l) as { level?: number }).level! >= 50;
      } catch {
        return false;
      }
    });
    expect(linhasDeErro.length, "A falha deveria ser registrada no log (logger.error) — sem a chave.").toBeGreaterThan(0);
    const registrada = linhasDeErro.map((l) => JSON.parse(l) as { err?: { message?: string }; msg?: string }).find((l) => l.err?.message?.includes(frase));
    expect(registrada, 'A linha de erro do log deveria trazer o erro seguro no campo err (logger.error({ err: seguro }, "...")), com a mensagem do provedor já mascarada.').toBeDefined();
    expect((registrada?.msg ?? "").length, "A linha de erro do log deveria ter uma mensagem dizendo o que aconteceu (o 2º argumento de logger.error).").toBeGreaterThan(0);
    const noLog = vazou(c.texto(), segredos);
    expect(noLog, `A ${noLog ?? ""} apareceu no log da falha: registre o erro seguro (erroSeguro), não o original.`).toBeUndefined();
    const runs = await lab.runs();
    expect(runs.some((r) => r.error), 'O run com erro deveria chegar ao LangSmith (a falha também é observabilidade): use traceable(..., { name: "perguntar", client }) e close() para entregar.').toBe(true);
    const noTrace = vazou(JSON.stringify(runs), segredos);
    expect(noTrace, `A ${noTrace ?? ""} foi parar no LangSmith: o LangChain grava a mensagem de erro do provedor no run. Crie o Client do LangSmith com anonymizer: createSecretAnonymizer({ extraRules: ... }), com uma regra para cada valor de valoresSecretos(config) (as regras padrão do langsmith só conhecem os formatos comuns, e esta chave é curta), e passe-o ao traceable.`).toBeUndefined();
  });
});

// =============================================================================================
// .gitignore (interpretado pelo próprio git) e .dockerignore (com as regras do Docker).
const DEVEM_FICAR_DE_FORA = [".env", ".env.local", ".env.production", "config/.env"];
const DEVEM_ENTRAR = [".env.example", "package.json", "config.ts"];

function lerArquivoDoAlvo(nome: string): string | undefined {
  const arquivo = targetPath(PASTA, nome);
  return fs.existsSync(arquivo) ? fs.readFileSync(arquivo, "utf8") : undefined;
}

function git(args: string[], cwd: string): Promise<{ code: number; stdout: string; stderr: string }> {
  const env: NodeJS.ProcessEnv = { ...process.env, GIT_CONFIG_NOSYSTEM: "1", GIT_CONFIG_GLOBAL: path.join(cwd, "sem-config-global") };
  return new Promise((resolve) => {
    execFile("git", args, { cwd, env, timeout: 5000 }, (error, stdout, stderr) => {
      const code = error ? (typeof (error as { code?: unknown }).code === "number" ? ((error as { code: number }).code) : -1) : 0;
      resolve({ code, stdout: String(stdout), stderr: String(stderr) || (error && code === -1 ? error.message : "") });
    });
  });
}

/** Caminhos que um .dockerignore deixa fora do contexto de build (regras do Docker: último padrão vence, `**`, `!`). */
function dockerIgnora(texto: string, caminho: string): boolean {
  const padroes = texto
    .replace(/^\uFEFF/, "")
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter((l) => l !== "" && !l.startsWith("#"))
    .map((l) => {
      const excecao = l.startsWith("!");
      const p = (excecao ? l.slice(1).trim() : l).replace(/\\/g, "/").replace(/^(\.\/|\/)+/, "").replace(/\/+$/, "");
      return { excecao, regex: paraRegex(p) };
    })
    .filter((p) => p.regex);
  const partes = caminho.split("/");
  const candidatos = partes.map((_, i) => partes.slice(0, i + 1).join("/"));
  let ignorado = false;
  for (const p of padroes) if (candidatos.some((c) => p.regex!.test(c))) ignorado = !p.excecao;
  return ignorado;
}
function paraRegex(padrao: string): RegExp | undefined {
  if (padrao === "" || padrao === ".") return undefined;
  let re = "^";
  for (let i = 0; i < padrao.length; i++) {
    const ch = padrao[i]!;
    if (ch === "*" && padrao[i + 1] === "*") {
      i++;
      if (padrao[i + 1] === "/") i++;
      re += i + 1 >= padrao.length ? ".*" : "(.*/)?";
    } else if (ch === "*") re += "[^/]*";
    else if (ch === "?") re += "[^/]";
    else if (ch === "[") {
      const fim = padrao.indexOf("]", i + 1);
      if (fim < 0) re += "\\[";
      else {
        re += `[${padrao.slice(i + 1, fim).replace(/^!/, "^").replace(/\\/g, "\\\\")}]`;
        i = fim;
      }
    } else re += /[.+^${}()|\\\]]/.test(ch) ? `\\${ch}` : ch;
  }
  try {
    return new RegExp(`${re}$`);
  } catch {
    return undefined;
  }
}

describe("Exercício 6 — .gitignore e .dockerignore do seu projeto", () => {
  it(".gitignore deixa .env e .env.* fora do git (em qualquer pasta), mas mantém o .env.example", async () => {
    const texto = lerArquivoDoAlvo(".gitignore");
    expect(texto, `Crie o arquivo .gitignore na pasta do exercício (${PASTA}).`).toBeDefined();
    const dir = pastaTemporaria();
    fs.writeFileSync(path.join(dir, ".gitignore"), texto!);
    const init = await git(["init", "-q"], dir);
    expect(init.code, `Este check usa o git para ler o seu .gitignore exatamente como ele será lido, mas o git não rodou: ${init.stderr.trim()}. Instale o git (https://git-scm.com) e rode de novo.`).toBe(0);
    const caminhos = [...DEVEM_FICAR_DE_FORA, ...DEVEM_ENTRAR];
    const r = await git(["check-ignore", "--no-index", "-v", "-n", ...caminhos], dir);
    const ignorados = new Set(
      r.stdout
        .split(/\r?\n/)
        .filter(Boolean)
        .map((l) => {
          const [fonte, caminho] = l.split("\t");
          const padrao = fonte!.split(":").slice(2).join(":");
          return padrao && !padrao.startsWith("!") ? caminho : undefined;
        })
        .filter((c): c is string => !!c),
    );
    for (const c of DEVEM_FICAR_DE_FORA) {
      expect(ignorados.has(c), `O git ainda versionaria "${c}": acrescente ao .gitignore uma linha .env e outra .env.* (e !.env.example para manter o modelo).`).toBe(true);
    }
    for (const c of DEVEM_ENTRAR) {
      expect(ignorados.has(c), `O .gitignore está escondendo "${c}" do git${c === ".env.example" ? ": o .env.example é o modelo sem chaves que o time precisa; acrescente !.env.example depois de .env.*" : ": esse arquivo precisa ser versionado"}.`).toBe(false);
    }
  });

  it(".dockerignore deixa .env e .env.* fora da imagem (em qualquer pasta), mas mantém o .env.example", () => {
    const texto = lerArquivoDoAlvo(".dockerignore");
    expect(texto, `Crie o arquivo .dockerignore na pasta do exercício (${PASTA}).`).toBeDefined();
    for (const c of DEVEM_FICAR_DE_FORA) {
      const dica = c.includes("/")
        ? "No .dockerignore, .env só pega o arquivo da raiz (o Docker não procura em subpastas como o git): use **/.env e **/.env.*."
        : "Acrescente **/.env e **/.env.* ao .dockerignore.";
      expect(dockerIgnora(texto!, c), `"${c}" iria para dentro da imagem Docker com COPY . . — ${dica}`).toBe(true);
    }
    for (const c of DEVEM_ENTRAR) {
      expect(dockerIgnora(texto!, c), `O .dockerignore deixa "${c}" fora do build${c === ".env.example" ? ": acrescente !**/.env.example depois de **/.env.*" : ""}.`).toBe(false);
    }
  });
});
