/**
 * `npm run doctor [-- --json]`: is this machine ready for the workbook? Node and npm versions against
 * package.json's `engines`, dependencies installed at the pinned versions, `.env` (which keys are set,
 * masked, never their values) and the mode of each provider, whether the lab can open a port, the real
 * servers the exercises' checks need (a problem when missing) apart from those only the project's own tests
 * need (information). Every problem comes with the command that fixes it, for this platform. Exit 1 when
 * something must be fixed, 0 otherwise (warnings do not fail).
 */
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import net from "node:net";
import path from "node:path";
import dotenv from "dotenv";
import { exercises } from "../curriculum.ts";
import { ConfigError, describeModes, PROVIDERS, readConfig, type WorkbookConfig } from "../lib/config.ts";
import { mask, SECRET_VARIABLES } from "../lib/secrets.ts";
import { currentPlatform, installAdvice, SERVERS, serverStatus, which } from "../lib/servers.ts";
import { parseScriptArgs } from "../lib/cli/args.ts";
import semver from "semver";
import { c } from "../lib/cli/colors.ts";
import { ROOT } from "../lib/cli/paths.mjs";

const json = !!parseScriptArgs(process.argv.slice(2), { json: { type: "boolean" } }, "Uso: npm run doctor [-- --json]", false).values.json;

type Level = "ok" | "aviso" | "problema" | "info";
interface Finding {
  area: string;
  level: Level;
  message: string;
  /** The command (or action) that fixes it. */
  fix?: string;
}
const findings: Finding[] = [];
const add = (area: string, level: Level, message: string, fix?: string) => findings.push({ area, level, message, ...(fix ? { fix } : {}) });

const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, "package.json"), "utf8")) as {
  engines?: { node?: string; npm?: string };
  dependencies?: Record<string, string>;
  devDependencies?: Record<string, string>;
};
const isWindows = process.platform === "win32";

// ── Node and npm
const nodeRange = pkg.engines?.node;
const nodeVersion = process.versions.node;
let nvmrc: string | undefined;
try {
  nvmrc = fs.readFileSync(path.join(ROOT, ".nvmrc"), "utf8").trim();
} catch {
  nvmrc = undefined;
}
// The Node to install: .nvmrc's; without it, the newest line package.json "engines" allows (no hard-coded major).
const engineMajors = [...(nodeRange ?? "").matchAll(/(?:^|[\s|^~>=])v?(\d+)(?=[.\s]|$)/g)]
  .map((m) => Number(m[1]))
  .filter((major) => semver.intersects(`^${major}.0.0`, nodeRange!));
const suggested = nvmrc || (engineMajors.length ? String(Math.max(...engineMajors)) : "lts/*");
const nodeFix = `nvm install ${suggested} && nvm use ${suggested}   (sem nvm: baixe o Node ${suggested === "lts/*" ? "LTS" : `${suggested} LTS`} em https://nodejs.org)`;
if (!nodeRange) add("Node", "info", `Node ${nodeVersion} (package.json não fixa a versão)`);
else if (semver.satisfies(nodeVersion, nodeRange)) add("Node", "ok", `Node ${nodeVersion} (o workbook pede ${nodeRange})`);
else add("Node", "problema", `Node ${nodeVersion}, mas o workbook pede ${nodeRange}: várias bibliotecas (vitest 4, p-queue 9, @langchain/openai 1.5.8) mudam de comportamento fora dessa faixa.`, nodeFix);

function npmVersion(): string | undefined {
  const agent = /npm\/(\d+\.\d+\.\d+)/.exec(process.env.npm_config_user_agent ?? "")?.[1];
  if (agent) return agent;
  const run = spawnSync(isWindows ? "npm.cmd" : "npm", ["--version"], { encoding: "utf8", timeout: 15_000, shell: isWindows });
  return run.status === 0 ? run.stdout.trim() : undefined;
}
const npm = npmVersion();
if (!npm) add("npm", "problema", "npm não foi encontrado no PATH.", "instale o Node.js (o npm vem junto): https://nodejs.org");
else if (pkg.engines?.npm && !semver.satisfies(npm, pkg.engines.npm)) add("npm", "problema", `npm ${npm}, mas o workbook pede ${pkg.engines.npm}.`, "npm install -g npm@latest");
else add("npm", "ok", `npm ${npm}`);

// ── dependencies at the pinned versions
const wanted = { ...pkg.dependencies, ...pkg.devDependencies };
const missing: string[] = [];
const mismatched: string[] = [];
for (const [name, range] of Object.entries(wanted)) {
  try {
    const installed = (JSON.parse(fs.readFileSync(path.join(ROOT, "node_modules", name, "package.json"), "utf8")) as { version: string }).version;
    if (!semver.satisfies(installed, range)) mismatched.push(`${name} ${installed} (pede ${range})`);
  } catch {
    missing.push(name);
  }
}
const total = Object.keys(wanted).length;
if (!fs.existsSync(path.join(ROOT, "node_modules"))) add("dependências", "problema", "node_modules não existe: as dependências não foram instaladas.", "npm ci");
else if (missing.length) add("dependências", "problema", `faltam ${missing.length} de ${total} pacotes: ${missing.slice(0, 6).join(", ")}${missing.length > 6 ? "…" : ""}`, "npm ci");
else if (mismatched.length) add("dependências", "problema", `versões diferentes das do package.json: ${mismatched.slice(0, 4).join("; ")}${mismatched.length > 4 ? "…" : ""}`, "npm ci");
else add("dependências", "ok", `${total} pacotes instalados nas versões do package.json`);

// ── .env, keys (names and masks only) and modes
const envFile = path.join(ROOT, ".env");
let fileVars: Record<string, string> = {};
if (fs.existsSync(envFile)) {
  try {
    fileVars = dotenv.parse(fs.readFileSync(envFile));
    add(".env", "ok", ".env encontrado");
  } catch (error) {
    add(".env", "problema", `não consegui ler o .env: ${error instanceof Error ? error.message : String(error)}`, "confira o arquivo .env (formato NOME=valor, uma variável por linha)");
  }
} else {
  add(".env", "info", "sem .env: tudo roda no laboratório local, sem chave e sem rede (perfeito para os exercícios).", `para usar chaves reais: ${isWindows ? "copy" : "cp"} .env.example .env`);
}
const gitignore = (() => {
  try {
    return fs.readFileSync(path.join(ROOT, ".gitignore"), "utf8");
  } catch {
    return "";
  }
})();
if (!/^\s*\.env\s*$/m.test(gitignore)) add(".env", "problema", "o .gitignore não lista .env: suas chaves podem acabar num commit.", 'adicione a linha ".env" ao .gitignore');

// Real environment variables win over the file, as in lib/config.ts.
const merged: NodeJS.ProcessEnv = { ...fileVars, ...process.env };
for (const name of SECRET_VARIABLES) {
  const value = merged[name];
  if (!value) continue;
  const where = process.env[name] ? "variável de ambiente" : "no .env";
  add("chaves", "info", `${name} definida (${mask(value)}, ${where})`);
}
if (!SECRET_VARIABLES.some((n) => merged[n])) add("chaves", "info", "nenhuma chave de API definida: Gemini, OpenAI e LangSmith rodam no laboratório.");

let config: WorkbookConfig | undefined;
try {
  config = readConfig(merged);
  for (const line of describeModes(config)) add("modos", "info", line);
  const tracingVar = merged.LANGSMITH_TRACING ?? "";
  const legacy = merged.LANGCHAIN_TRACING_V2 !== undefined ? " (LANGCHAIN_TRACING_V2 também está definida; o workbook usa LANGSMITH_TRACING)" : "";
  add(
    "tracing",
    config.tracing ? "info" : "aviso",
    config.tracing
      ? `tracing ligado (LANGSMITH_TRACING=${tracingVar || "vazio → ligado"}) → ${config.modes.langsmith === "lab" ? "LangSmith do laboratório (traces no terminal e em .lab/traces.jsonl)" : `LangSmith real${config.langsmithProject ? `, projeto ${config.langsmithProject}` : ""}`}${legacy}`
      : `tracing desligado (LANGSMITH_TRACING=${tracingVar}): nenhum trace vai aparecer.${legacy}`,
    config.tracing ? undefined : "apague LANGSMITH_TRACING do .env ou use LANGSMITH_TRACING=true",
  );
  if (config.modes.langsmith === "real") add("tracing", "aviso", "a chave do LangSmith não foi testada aqui (o doctor não usa a rede); se os traces não aparecerem, rode npm run ex:1 e veja o aviso do flush.");
} catch (error) {
  if (error instanceof ConfigError) {
    const provider = Object.values(PROVIDERS).find((p) => p.keyVariable === error.variable);
    add("modos", "problema", error.message, provider ? `corrija ${error.variable} no .env (chave em ${provider.keyUrl}) ou apague a linha para usar o laboratório` : `corrija ${error.variable} no .env`);
  } else add("modos", "problema", error instanceof Error ? error.message : String(error));
}

// ── can the lab open a port on 127.0.0.1?
function canListen(port: number): Promise<{ ok: true; port: number } | { ok: false; code: string }> {
  return new Promise((resolve) => {
    const server = net.createServer();
    server.once("error", (error: NodeJS.ErrnoException) => resolve({ ok: false, code: error.code ?? String(error) }));
    server.listen(port, "127.0.0.1", () => {
      const address = server.address();
      server.close(() => resolve({ ok: true, port: typeof address === "object" && address ? address.port : port }));
    });
  });
}
const anyPort = await canListen(0);
if (anyPort.ok) add("laboratório", "ok", `o laboratório consegue abrir uma porta em 127.0.0.1 (testei a ${anyPort.port})`);
else add("laboratório", "problema", `não consegui abrir nenhuma porta em 127.0.0.1 (${anyPort.code}): o laboratório não vai subir.`, "libere conexões locais (127.0.0.1) no firewall/antivírus ou rode fora do sandbox");
if (config?.labPort) {
  const fixed = await canListen(config.labPort);
  if (!fixed.ok)
    add("laboratório", "aviso", `a porta ${config.labPort} (LAB_PORT) está ${fixed.code === "EADDRINUSE" ? "ocupada" : `indisponível (${fixed.code})`}: o laboratório usará outra.`, "apague LAB_PORT do .env ou escolha outra porta");
}

// ── real servers: what the student's checks need (curriculum `needs`) apart from what only the project's
// own tests start (the viewer's browser test, the integration suites): only the first can fail a student.
const platform = currentPlatform();
for (const server of serverStatus(exercises)) {
  const info = SERVERS[server.name];
  const binary = info.binaries[0];
  const fix = installAdvice([server.name], { platform });
  if (server.exercises.length) {
    if (server.path) add("servidores para os checks", "ok", `${binary}: ${server.path}`);
    else add("servidores para os checks", "problema", `${binary} não está instalado e os checks do(s) exercício(s) ${server.exercises.join(", ")} precisam dele (${info.purpose}).`, fix);
  } else if (server.path) add("servidores só dos testes do projeto", "ok", `${binary}: ${server.path}`);
  else
    add(
      "servidores só dos testes do projeto",
      "info",
      `${binary} não está instalado: nenhum check de exercício precisa dele, só os testes do próprio workbook (${server.suites.join(", ") || info.purpose}). Pode ignorar.`,
      fix,
    );
}

// ── git (optional: reset works without it)
const git = which("git");
add("git", "info", git ? `git: ${git}` : "git não encontrado (opcional: npm run reset funciona sem ele).");

// ── report
const problems = findings.filter((f) => f.level === "problema");
if (json) {
  console.log(JSON.stringify({ ok: problems.length === 0, problems: problems.length, findings }, null, 2));
  process.exit(problems.length ? 1 : 0);
}
const mark: Record<Level, string> = { ok: c.green("✓"), aviso: c.yellow("!"), problema: c.red("✗"), info: c.cyan("·") };
console.log(c.bold("🩺 Diagnóstico do workbook (npm run doctor)\n"));
let area = "";
for (const f of findings) {
  if (f.area !== area) {
    area = f.area;
    console.log(c.dim(`${area}`));
  }
  console.log(`  ${mark[f.level]} ${f.message}`);
  if (f.fix && f.level !== "ok") console.log(`    ${c.dim("→")} ${f.level === "info" ? c.dim(f.fix) : c.bold(f.fix)}`);
}
const warnings = findings.filter((f) => f.level === "aviso").length;
console.log(
  problems.length
    ? c.red(`\n${problems.length} problema${problems.length === 1 ? "" : "s"} para corrigir${warnings ? ` e ${warnings} aviso${warnings === 1 ? "" : "s"}` : ""}: rode os comandos indicados com → e depois npm run doctor de novo.`)
    : c.green(`\nTudo pronto${warnings ? ` (${warnings} aviso${warnings === 1 ? "" : "s"} acima)` : ""}. Comece com: npm run ex:1`),
);
process.exit(problems.length ? 1 : 0);
