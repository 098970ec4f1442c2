// size: exercise 10's Dockerfile model and one function per DOCKERFILE_RULES entry, sharing the stage and instruction helpers.
/**
 * Dockerfile rules of exercise 10 (and of the chapter §6 material), on top of the real tools:
 * `dockerfile-utils` validates (the linter's own messages and lines) and `dockerfile-ast` (the parser
 * dockerfile-utils itself uses) gives the stages and instructions the rules reason about.
 * No Docker engine is needed: everything here is static.
 */
import { DockerfileParser, type Instruction } from "dockerfile-ast";
import { validate } from "dockerfile-utils";
import { DiagnosticSeverity } from "vscode-languageserver-types";
import {
  cleanPath,
  commandWords,
  curlCalls,
  findLiteralKeys,
  globToRegExp,
  isNoOpScript,
  isSecretName,
  npmCalls,
  ruleResult,
  shellCommands,
  type Problem,
  type RuleResult,
  type RuleSpec,
} from "./common.ts";
import { EXAMPLE_MAJOR, imageTagMajor, lineProblem, supportedList } from "./node-lines.ts";

// ---------------------------------------------------------------------------------------------
// Model
// ---------------------------------------------------------------------------------------------

export interface LintDiagnostic {
  line: number;
  severity: "erro" | "aviso";
  message: string;
}

export interface DockerInstruction {
  /** Upper-case keyword (`from` is reported as FROM; the linter complains about the casing). */
  keyword: string;
  /** 1-based line where the instruction starts. */
  line: number;
  /** Arguments without flags, continuations joined. */
  args: string[];
  /** The arguments as text, without flags. */
  content: string;
  /** `--name=value` flags (COPY --from, RUN --mount, HEALTHCHECK --interval…). */
  flags: Array<{ name: string; value: string | null }>;
  node: Instruction;
}

export interface BaseImage {
  /** The image reference with build-arg defaults expanded. */
  ref: string;
  /** Repository without tag or digest, e.g. `node` or `docker.io/library/node`. */
  name: string;
  tag: string | null;
  digest: string | null;
  /** Variables used in the reference that have no default value. */
  unresolved: string[];
}

export interface DockerStage {
  index: number;
  /** `AS name`, lower-cased (Docker stage names are case-insensitive). */
  name: string | null;
  line: number;
  base: BaseImage;
  /** Earlier stage this one starts from (`FROM build AS runtime`), if any. */
  parent: DockerStage | null;
  instructions: DockerInstruction[];
}

export interface DockerfileModel {
  diagnostics: LintDiagnostic[];
  /** Instructions before the first FROM (global ARGs). */
  preamble: DockerInstruction[];
  stages: DockerStage[];
}

function toInstruction(node: Instruction): DockerInstruction {
  const withFlags = node as Instruction & { getFlags?: () => Array<{ getName(): string; getValue(): string | null }> };
  return {
    keyword: node.getKeyword().toUpperCase(),
    line: node.getRange().start.line + 1,
    args: node.getArguments().map((a) => a.getValue()),
    content: node.getArgumentsContent() ?? "",
    flags: typeof withFlags.getFlags === "function" ? withFlags.getFlags().map((f) => ({ name: f.getName(), value: f.getValue() })) : [],
    node,
  };
}

/** Expands `$VAR`, `${VAR}` and `${VAR:-default}` with the defaults of the global ARGs. */
function expandArgs(value: string, defaults: Map<string, string | null>): { value: string; unresolved: string[] } {
  const unresolved: string[] = [];
  const expanded = value.replace(
    /\$\{([A-Za-z_][A-Za-z0-9_]*)(?::?-([^}]*))?\}|\$([A-Za-z_][A-Za-z0-9_]*)/g,
    (_match, braced: string | undefined, fallback: string | undefined, bare: string | undefined) => {
      const name = (braced ?? bare)!;
      const known = defaults.get(name);
      if (known !== undefined && known !== null && known !== "") return known;
      if (fallback !== undefined) return fallback;
      unresolved.push(name);
      return "";
    },
  );
  return { value: expanded, unresolved };
}

function parseImageRef(ref: string): Pick<BaseImage, "name" | "tag" | "digest"> {
  let rest = ref;
  let digest: string | null = null;
  const at = rest.indexOf("@");
  if (at >= 0) {
    digest = rest.slice(at + 1);
    rest = rest.slice(0, at);
  }
  const colon = rest.lastIndexOf(":");
  const slash = rest.lastIndexOf("/");
  if (colon > slash) return { name: rest.slice(0, colon), tag: rest.slice(colon + 1), digest };
  return { name: rest, tag: null, digest };
}

export function parseDockerfile(text: string): DockerfileModel {
  const diagnostics: LintDiagnostic[] = validate(text).map((d) => ({
    line: d.range.start.line + 1,
    severity: d.severity === DiagnosticSeverity.Error ? "erro" : "aviso",
    message: typeof d.message === "string" ? d.message : d.message.value,
  }));
  const ast = DockerfileParser.parse(text);
  const preamble: DockerInstruction[] = [];
  const stages: DockerStage[] = [];
  const argDefaults = new Map<string, string | null>();
  for (const node of ast.getInstructions()) {
    const instruction = toInstruction(node);
    if (instruction.keyword === "FROM") {
      const imageArg = instruction.args[0] ?? "";
      const { value, unresolved } = expandArgs(imageArg, argDefaults);
      const asIndex = instruction.args.findIndex((a) => a.toUpperCase() === "AS");
      const name = asIndex >= 0 ? (instruction.args[asIndex + 1]?.toLowerCase() ?? null) : null;
      const parsed = parseImageRef(value);
      const parent = stages.find((s) => s.name !== null && s.name === value.toLowerCase()) ?? null;
      stages.push({
        index: stages.length,
        name,
        line: instruction.line,
        base: { ref: value, ...parsed, unresolved },
        parent,
        instructions: [],
      });
      continue;
    }
    const current = stages[stages.length - 1];
    if (current) {
      current.instructions.push(instruction);
    } else {
      preamble.push(instruction);
      if (instruction.keyword === "ARG") {
        for (const arg of instruction.args) {
          const eq = arg.indexOf("=");
          if (eq < 0) argDefaults.set(arg, null);
          else argDefaults.set(arg.slice(0, eq), arg.slice(eq + 1).replace(/^(["'])(.*)\1$/, "$2"));
        }
      }
    }
  }
  return { diagnostics, preamble, stages };
}

// ---------------------------------------------------------------------------------------------
// Helpers over the model
// ---------------------------------------------------------------------------------------------

/** The stage and the stages it is built on (`FROM build AS runtime` → [build, runtime]), oldest first. */
export function lineage(stage: DockerStage): DockerStage[] {
  const chain: DockerStage[] = [];
  for (let s: DockerStage | null = stage; s; s = s.parent) chain.unshift(s);
  return chain;
}

function lineageInstructions(stage: DockerStage): Array<{ stage: DockerStage; instruction: DockerInstruction }> {
  return lineage(stage).flatMap((s) => s.instructions.map((instruction) => ({ stage: s, instruction })));
}

function finalStage(model: DockerfileModel): DockerStage | undefined {
  return model.stages[model.stages.length - 1];
}

export function stageLabel(stage: DockerStage): string {
  return stage.name ? `"${stage.name}"` : `nº ${stage.index}`;
}

/** JSON (exec) form arguments, or null when the instruction is in shell form. */
export function execForm(content: string): string[] | null {
  const trimmed = content.trim();
  if (!trimmed.startsWith("[")) return null;
  try {
    const parsed: unknown = JSON.parse(trimmed);
    if (Array.isArray(parsed) && parsed.length > 0 && parsed.every((x) => typeof x === "string")) return parsed as string[];
  } catch {
    // Not valid JSON (e.g. single quotes): Docker runs it through the shell.
  }
  return null;
}

/** The command a RUN/CMD executes, as shell text (exec form joined with spaces). */
export function commandText(instruction: DockerInstruction): string {
  const exec = execForm(instruction.content);
  return exec ? exec.join(" ") : instruction.content;
}

function flagValue(instruction: DockerInstruction, name: string): string | null {
  return instruction.flags.find((f) => f.name === name)?.value ?? null;
}

/** The stage a `COPY --from=…` refers to, if it names an earlier stage (by name or index). */
export function copySourceStage(model: DockerfileModel, instruction: DockerInstruction, before: DockerStage): DockerStage | null {
  const from = flagValue(instruction, "from");
  if (from === null) return null;
  const earlier = model.stages.filter((s) => s.index < before.index);
  if (/^\d+$/.test(from)) return earlier[Number(from)] ?? null;
  return earlier.find((s) => s.name === from.toLowerCase()) ?? null;
}

/** Sources of a COPY/ADD (everything but the destination), JSON form included. */
export function copySources(instruction: DockerInstruction): string[] {
  const parts = execForm(instruction.content) ?? instruction.args;
  return parts.slice(0, -1);
}

function installsOf(instruction: DockerInstruction) {
  return instruction.keyword === "RUN" ? npmCalls(commandText(instruction)) : [];
}

/** True when the stage (alone) ends with devDependencies installed: a full install not followed by a prune. */
function leavesDevDependencies(stage: DockerStage): DockerInstruction | null {
  let fullInstall: DockerInstruction | null = null;
  for (const instruction of stage.instructions) {
    for (const call of installsOf(instruction)) {
      if ((call.command === "ci" || call.command === "install") && !call.omitsDev) fullInstall = instruction;
      if (call.command === "prune" && call.omitsDev) fullInstall = null;
      if (call.command === "ci" && call.omitsDev) fullInstall = null;
    }
  }
  return fullInstall;
}

/** The stage's working folder after its last WORKDIR (a relative WORKDIR continues the previous one, as in Docker). */
export function workdirOf(stage: DockerStage): string {
  let dir = "/";
  for (const { instruction } of lineageInstructions(stage))
    if (instruction.keyword === "WORKDIR" && instruction.args[0]) dir = instruction.args[0].startsWith("/") ? instruction.args[0] : `${dir.replace(/\/$/, "")}/${instruction.args[0]}`;
  return cleanPath(dir);
}

// ---------------------------------------------------------------------------------------------
// Rules
// ---------------------------------------------------------------------------------------------

export const DOCKERFILE_RULES = {
  lint: {
    id: "lint",
    title: "Dockerfile: sem erros nem avisos do dockerfile-utils",
    why: "um Dockerfile com erro nem chega a construir a imagem, e os avisos do linter (WORKDIR relativo, JSON com aspas simples, instrução repetida) quase sempre escondem um comportamento diferente do que você imaginou.",
  },
  baseImage: {
    id: "base-image",
    title: "Dockerfile: imagem base node com tag fixa de uma linha LTS com suporte (nada de latest)",
    why: "`node` sem tag é `node:latest`, que muda de versão maior sem aviso: o build de amanhã pode trazer outro Node e quebrar o app que passou no CI. Uma tag com a versão (`24`, `24-slim`, `24.11-bookworm-slim`) deixa o build reproduzível, e a versão precisa ser de uma linha LTS que ainda recebe correções de segurança (22, 24 ou 26; o Node 20 chegou ao fim do suporte em 30/04/2026), a mesma nos dois estágios e no CI.",
  },
  multiStage: {
    id: "multi-stage",
    title: "Dockerfile: multi-stage (estágio de build com npm ci separado do runtime)",
    why: "o estágio de build precisa do TypeScript, dos testes e das devDependencies; a imagem que vai para produção não. Separar os estágios deixa a imagem final menor, mais rápida de baixar no deploy e com menos código para um atacante explorar.",
  },
  npmCiCache: {
    id: "npm-ci-cache",
    title: "Dockerfile: package.json e package-lock.json copiados antes do npm ci",
    why: "`npm ci` instala exatamente o que está no package-lock.json (e falha sem ele). Copiar só os manifestos antes e o código depois faz o Docker reaproveitar a camada de dependências: mudar uma linha de código não reinstala centenas de pacotes a cada build do CI.",
  },
  prodDeps: {
    id: "prod-deps",
    title: "Dockerfile: imagem final sem devDependencies",
    why: "devDependencies (typescript, vitest, tsx…) não rodam em produção, mas ocupam espaço e trazem vulnerabilidades para dentro do contêiner. A imagem final deve ter só `npm ci --omit=dev` e o JavaScript compilado no estágio de build.",
  },
  nonRoot: {
    id: "non-root",
    title: "Dockerfile: a imagem final roda como usuário sem privilégios (USER)",
    why: "sem USER, o processo roda como root dentro do contêiner: se alguém explorar o app (por exemplo, por injeção de prompt que leva a uma ferramenta executar comandos), ganha root. As imagens oficiais do node já trazem o usuário `node` (uid 1000) para isso.",
  },
  nodeEnv: {
    id: "node-env",
    title: "Dockerfile: NODE_ENV=production na imagem final",
    why: "bibliotecas (fastify, express, pino…) e o próprio npm mudam de comportamento com NODE_ENV=production: menos logs de depuração, caches ligados e nenhuma dependência de desenvolvimento por engano.",
  },
  noSecrets: {
    id: "no-secrets",
    title: "Dockerfile: nenhum segredo gravado na imagem",
    why: "tudo o que entra na imagem (COPY .env, ENV, ARG) fica gravado nas camadas e no histórico: qualquer pessoa que baixar a imagem lê as chaves com `docker history` ou `docker inspect`. As chaves entram só na execução: `docker run --env-file .env …` ou os segredos da plataforma de deploy.",
  },
  healthcheck: {
    id: "healthcheck",
    title: "Dockerfile: HEALTHCHECK que consegue detectar falha",
    why: "o HEALTHCHECK diz ao Docker (e ao orquestrador) se o app está respondendo, não só se o processo existe. É ele que permite reiniciar um contêiner travado e que o pipeline use para decidir entre manter o deploy ou fazer rollback.",
  },
  cmdExecForm: {
    id: "cmd-exec-form",
    title: "Dockerfile: CMD em forma exec, iniciando o node diretamente",
    why: "na forma exec (`CMD [\"node\", \"dist/server.js\"]`) o node é o PID 1 e recebe o SIGTERM do `docker stop`: o app termina as requisições em andamento e envia os traces pendentes. Na forma shell (ou via npm) o sinal para no sh/npm, o Docker espera 10 s e mata o processo no meio do trabalho.",
  },
} satisfies Record<string, RuleSpec>;

const OFFICIAL_NODE = /^(?:(?:docker\.io|index\.docker\.io|registry-1\.docker\.io)\/)?(?:library\/)?node$/i;
const EXAMPLE_FROM = `FROM node:${EXAMPLE_MAJOR}-slim`;

/**
 * The Node major the final image runs (the base of the runtime stage's lineage), or null when it cannot be read
 * (no FROM, not the official node image, no version in the tag). The workflow's setup-node must use the same.
 */
export function imageNodeMajor(model: DockerfileModel): number | null {
  const last = finalStage(model);
  if (!last) return null;
  const root = lineage(last)[0]!;
  if (root.base.unresolved.length || !OFFICIAL_NODE.test(root.base.name) || !root.base.tag) return null;
  return imageTagMajor(root.base.tag);
}

function ruleLint(model: DockerfileModel): RuleResult {
  const problems = model.diagnostics.map((d) => ({
    line: d.line,
    message: `o dockerfile-utils acusou ${d.severity}: "${d.message}". Corrija esta linha (a mensagem é do linter, em inglês).`,
  }));
  return ruleResult(DOCKERFILE_RULES.lint, problems);
}

function ruleBaseImage(model: DockerfileModel): RuleResult {
  const problems: Problem[] = [];
  if (model.stages.length === 0) {
    problems.push({ message: `não há nenhum FROM: comece com \`${EXAMPLE_FROM} AS build\`.` });
  }
  const majors: Array<{ stage: DockerStage; major: number }> = [];
  for (const stage of model.stages) {
    if (stage.parent) continue;
    const { ref, name, tag, digest, unresolved } = stage.base;
    const line = stage.line;
    if (unresolved.length) {
      problems.push({
        line,
        message: `a imagem depende de ${unresolved.map((v) => `$${v}`).join(", ")}, que não tem valor padrão: declare antes do FROM, por exemplo \`ARG NODE_VERSION=${EXAMPLE_MAJOR}-slim\`.`,
      });
      continue;
    }
    if (!OFFICIAL_NODE.test(name)) {
      problems.push({
        line,
        message: `a imagem base é "${ref}". Neste exercício use a imagem oficial do Node numa linha LTS com suporte (node:${EXAMPLE_MAJOR}, node:${EXAMPLE_MAJOR}-slim, node:${EXAMPLE_MAJOR}-alpine…), a mesma versão do CI.`,
      });
      continue;
    }
    if (!tag) {
      problems.push({
        line,
        message: digest
          ? `"${ref}" fixa um digest mas não diz a versão: escreva a tag junto, por exemplo \`node:${EXAMPLE_MAJOR}-slim@${digest}\`, para que se leia qual Node roda na imagem.`
          : `"${ref}" sem tag é o mesmo que node:latest. Fixe a versão: \`${EXAMPLE_FROM}\`.`,
      });
      continue;
    }
    const major = imageTagMajor(tag);
    if (major === null) {
      problems.push({
        line,
        message: /^(latest|current|lts)(-|$)/i.test(tag)
          ? `a tag "${tag}" muda de versão sozinha. Fixe a linha do Node: \`${EXAMPLE_FROM}\`.`
          : `a tag "${tag}" não diz a versão do Node e muda de versão sozinha (é a mais recente daquela variante). Fixe a linha do Node: \`${EXAMPLE_FROM}\`.`,
      });
      continue;
    }
    const why = lineProblem(major);
    if (why) {
      problems.push({ line, message: `a tag "${tag}" é do Node ${major}, que ${why}. Use uma linha LTS com suporte: ${supportedList()}, por exemplo \`${EXAMPLE_FROM}\`.` });
      continue;
    }
    majors.push({ stage, major });
  }
  const first = majors[0];
  for (const { stage, major } of majors.slice(1)) {
    if (major !== first!.major) {
      problems.push({
        line: stage.line,
        message: `o estágio ${stageLabel(stage)} usa o Node ${major}, mas o estágio ${stageLabel(first!.stage)} usa o Node ${first!.major}: o que foi compilado (e testado) num Node roda em outro. Use a mesma linha nos dois FROM, por exemplo \`node:${first!.major}-slim\`.`,
      });
    }
  }
  return ruleResult(DOCKERFILE_RULES.baseImage, problems);
}

function ruleMultiStage(model: DockerfileModel): RuleResult {
  const problems: Problem[] = [];
  const last = finalStage(model);
  if (!last) return ruleResult(DOCKERFILE_RULES.multiStage, [{ message: "não há nenhum FROM no arquivo." }]);
  if (model.stages.length < 2) {
    problems.push({
      line: last.line,
      message:
        `há um único estágio (um só FROM). Separe em dois: \`${EXAMPLE_FROM} AS build\` (npm ci, compila o TypeScript) e \`${EXAMPLE_FROM} AS runtime\` (só o necessário para rodar).`,
    });
    return ruleResult(DOCKERFILE_RULES.multiStage, problems);
  }
  const builders = model.stages.slice(0, -1);
  const builderCalls = builders.flatMap((s) => s.instructions.flatMap((i) => installsOf(i).map((call) => ({ call, line: i.line }))));
  if (!builderCalls.some(({ call }) => call.command === "ci" && !call.omitsDev)) {
    const install = builderCalls.find(({ call }) => call.command === "install");
    problems.push(
      install
        ? {
            line: install.line,
            message: "o estágio de build usa `npm install`. Use `npm ci`: instala exatamente as versões do package-lock.json e falha se ele estiver desatualizado.",
          }
        : {
            line: builders[0]!.line,
            message: "nenhum estágio de build roda `npm ci` (com as devDependencies, para compilar e testar). Adicione `RUN npm ci` no estágio de build.",
          },
    );
  }
  const copiesFromBuild = lineageInstructions(last).some(
    ({ stage, instruction }) => instruction.keyword === "COPY" && copySourceStage(model, instruction, stage) !== null,
  );
  if (!copiesFromBuild && !last.parent) {
    problems.push({
      line: last.line,
      message:
        "a imagem final não copia nada do estágio de build. Traga o resultado compilado com `COPY --from=build /app/dist ./dist` (ajuste os caminhos).",
    });
  }
  return ruleResult(DOCKERFILE_RULES.multiStage, problems);
}

function providesLockfile(model: DockerfileModel, stage: DockerStage, instruction: DockerInstruction): "manifests" | "whole-context" | null {
  if (instruction.keyword !== "COPY" && instruction.keyword !== "ADD") return null;
  const fromStage = copySourceStage(model, instruction, stage);
  const external = flagValue(instruction, "from") !== null && fromStage === null;
  for (const source of copySources(instruction)) {
    const clean = cleanPath(source);
    if (globToRegExp(source).test("package-lock.json")) return "manifests";
    if (fromStage || external) {
      if (!/\.[A-Za-z0-9]+$/.test(clean)) return "manifests"; // a folder of another stage, e.g. /app
    } else if (clean === ".") {
      return "whole-context";
    }
  }
  return null;
}

function ruleNpmCiCache(model: DockerfileModel): RuleResult {
  const problems: Problem[] = [];
  const installs = model.stages.some((s) => s.instructions.some((i) => installsOf(i).some((c) => c.command === "ci" || c.command === "install")));
  if (!installs) {
    problems.push({ line: model.stages[0]?.line, message: "nenhum estágio instala as dependências. No estágio de build: `COPY package.json package-lock.json ./` e depois `RUN npm ci`." });
  }
  for (const stage of model.stages) {
    const own = stage.instructions;
    const installIndex = own.findIndex((i) => installsOf(i).some((c) => c.command === "ci" || c.command === "install"));
    if (installIndex < 0) continue;
    const install = own[installIndex]!;
    const mounted = install.flags.some(
      (f) => f.name === "mount" && /type=bind/.test(f.value ?? "") && /source=(\.|\.\/|package-lock\.json)(,|$)/.test(f.value ?? ""),
    );
    if (mounted) continue;
    const before = [...lineage(stage).slice(0, -1).flatMap((s) => s.instructions.map((i) => ({ s, i }))), ...own.slice(0, installIndex).map((i) => ({ s: stage, i }))];
    const kinds = before.map(({ s, i }) => ({ i, kind: providesLockfile(model, s, i) }));
    const manifests = kinds.find((k) => k.kind === "manifests");
    const whole = kinds.find((k) => k.kind === "whole-context");
    if (!manifests && !whole) {
      problems.push({
        line: install.line,
        message: `o estágio ${stageLabel(stage)} roda a instalação sem ter copiado o package-lock.json: \`npm ci\` falha sem ele. Antes, adicione \`COPY package.json package-lock.json ./\`.`,
      });
    } else if (whole) {
      problems.push({
        line: whole.i.line,
        message: `\`${whole.i.keyword} ${whole.i.content}\` vem antes da instalação (linha ${install.line}): qualquer mudança no código invalida o cache e reinstala tudo. Copie primeiro só \`package.json package-lock.json\`, rode \`npm ci\` e só depois \`COPY . .\`.`,
      });
    }
  }
  return ruleResult(DOCKERFILE_RULES.npmCiCache, problems);
}

function ruleProdDeps(model: DockerfileModel): RuleResult {
  const problems: Problem[] = [];
  const last = finalStage(model);
  if (!last) return ruleResult(DOCKERFILE_RULES.prodDeps, [{ message: "não há nenhum FROM no arquivo." }]);
  for (const stage of lineage(last)) {
    const inherited = stage !== last;
    for (const instruction of stage.instructions) {
      for (const call of installsOf(instruction)) {
        if (call.command === "install") {
          problems.push({
            line: instruction.line,
            message: inherited
              ? `a imagem final começa do estágio ${stageLabel(stage)} (FROM ${stage.name ?? stage.index}), que roda \`npm install\`: herda as devDependencies. Comece o runtime de uma imagem limpa (\`${EXAMPLE_FROM} AS runtime\`).`
              : "`npm install` na imagem final instala as devDependencies e pode mudar versões. Use `npm ci --omit=dev`.",
          });
        } else if (call.command === "ci" && !call.omitsDev && leavesDevDependencies(stage) === instruction) {
          problems.push({
            line: instruction.line,
            message: inherited
              ? `a imagem final começa do estágio ${stageLabel(stage)}, que roda \`npm ci\` completo: herda as devDependencies. Comece o runtime de uma imagem limpa (\`${EXAMPLE_FROM} AS runtime\`) e instale lá com \`npm ci --omit=dev\`.`
              : "`npm ci` sem `--omit=dev` na imagem final instala também as devDependencies. Use `npm ci --omit=dev`.",
          });
        }
      }
    }
  }
  for (const { stage, instruction } of lineageInstructions(last)) {
    if (instruction.keyword !== "COPY") continue;
    const source = copySourceStage(model, instruction, stage);
    if (!source) continue;
    const dirty = lineage(source).map(leavesDevDependencies).find((i) => i !== null);
    if (!dirty) continue;
    const workdir = workdirOf(source);
    for (const src of copySources(instruction)) {
      const clean = cleanPath(src);
      if (clean.split("/").includes("node_modules") || clean === workdir || clean === ".") {
        problems.push({
          line: instruction.line,
          message: `\`COPY --from=${flagValue(instruction, "from")} ${src}\` traz o node_modules do estágio ${stageLabel(source)}, que instalou as devDependencies (linha ${dirty.line}). Copie só o resultado compilado (ex.: /app/dist) e instale as dependências de produção com \`npm ci --omit=dev\` (no runtime ou num estágio próprio).`,
        });
        break;
      }
    }
  }
  return ruleResult(DOCKERFILE_RULES.prodDeps, problems);
}

function ruleNonRoot(model: DockerfileModel): RuleResult {
  const last = finalStage(model);
  if (!last) return ruleResult(DOCKERFILE_RULES.nonRoot, [{ message: "não há nenhum FROM no arquivo." }]);
  const all = lineageInstructions(last).map((x) => x.instruction);
  const users = all.filter((i) => i.keyword === "USER");
  const user = users[users.length - 1];
  if (!user) {
    return ruleResult(DOCKERFILE_RULES.nonRoot, [
      {
        line: last.line,
        message: "a imagem final não tem USER, então o app roda como root. Antes do CMD, adicione `USER node` (o usuário já existe na imagem oficial do node).",
      },
    ]);
  }
  const name = (user.args[0] ?? "").split(":")[0] ?? "";
  if (name === "root" || /^0+$/.test(name)) {
    return ruleResult(DOCKERFILE_RULES.nonRoot, [{ line: user.line, message: `\`USER ${user.args[0]}\` é o root. Use \`USER node\`.` }]);
  }
  const created = all.some(
    (i) => i.keyword === "RUN" && shellCommands(commandText(i)).some((w) => /^(useradd|adduser)$/.test(commandWords(w)[0] ?? "") && w.includes(name)),
  );
  if (name !== "node" && !/^\d+$/.test(name) && !name.includes("$") && !created) {
    return ruleResult(DOCKERFILE_RULES.nonRoot, [
      {
        line: user.line,
        message: `o usuário "${name}" não existe na imagem oficial do node e não é criado em nenhum RUN: o contêiner não inicia ("unable to find user"). Use \`USER node\`, ou crie o usuário antes com useradd/adduser.`,
      },
    ]);
  }
  // USER before an install in the same stage: the WORKDIR belongs to root, so `npm ci` gets EACCES and the
  // build breaks (unless the student handed the folder over with chown first).
  for (const stage of lineage(last)) {
    let nonRoot: DockerInstruction | null = null;
    let chowned = false;
    for (const instruction of stage.instructions) {
      if (instruction.keyword === "USER") {
        const who = (instruction.args[0] ?? "").split(":")[0] ?? "";
        nonRoot = who === "root" || /^0+$/.test(who) ? null : instruction;
      }
      if (/\bchown\b/.test(instruction.content) || flagValue(instruction, "chown") !== null) chowned = true;
      if (nonRoot && !chowned && installsOf(instruction).some((c) => c.command === "ci" || c.command === "install")) {
        return ruleResult(DOCKERFILE_RULES.nonRoot, [
          {
            line: instruction.line,
            message: `\`${instruction.keyword} ${instruction.content}\` roda depois do \`USER ${nonRoot.args[0]}\` (linha ${nonRoot.line}), numa pasta criada pelo root: o npm não consegue escrever ali (EACCES) e o build quebra. Instale as dependências antes e ponha o \`USER node\` logo antes do CMD.`,
          },
        ]);
      }
    }
  }
  return ruleResult(DOCKERFILE_RULES.nonRoot, []);
}

function ruleNodeEnv(model: DockerfileModel): RuleResult {
  const last = finalStage(model);
  if (!last) return ruleResult(DOCKERFILE_RULES.nodeEnv, [{ message: "não há nenhum FROM no arquivo." }]);
  let value: { value: string | null; line: number } | null = null;
  for (const { instruction } of lineageInstructions(last)) {
    if (instruction.keyword !== "ENV") continue;
    const env = instruction.node as Instruction & { getProperties?: () => Array<{ getName(): string; getValue(): string | null }> };
    for (const p of env.getProperties?.() ?? []) if (p.getName() === "NODE_ENV") value = { value: p.getValue(), line: instruction.line };
  }
  if (!value) {
    return ruleResult(DOCKERFILE_RULES.nodeEnv, [{ line: last.line, message: "a imagem final não define NODE_ENV. Adicione `ENV NODE_ENV=production` no estágio de runtime." }]);
  }
  if (value.value !== "production") {
    return ruleResult(DOCKERFILE_RULES.nodeEnv, [{ line: value.line, message: `NODE_ENV vale "${value.value ?? ""}" na imagem final. Use \`ENV NODE_ENV=production\`.` }]);
  }
  return ruleResult(DOCKERFILE_RULES.nodeEnv, []);
}

const ENV_FILE_CANDIDATES = [".env", ".env.local", ".env.production"];
const SAFE_ENV_FILE = /\.env\.(example|sample|template|dist|exemplo)$/i;

function ruleNoSecrets(model: DockerfileModel, text: string): RuleResult {
  const problems: Problem[] = [];
  const all = [...model.preamble, ...model.stages.flatMap((s) => s.instructions)];
  for (const instruction of all) {
    if (instruction.keyword === "COPY" || instruction.keyword === "ADD") {
      for (const source of copySources(instruction)) {
        const clean = cleanPath(source);
        const base = clean.split("/").pop() ?? clean;
        if (SAFE_ENV_FILE.test(base)) continue;
        const re = globToRegExp(base);
        if (ENV_FILE_CANDIDATES.some((c) => re.test(c)) || /^\.env(\..+)?$/.test(base)) {
          problems.push({
            line: instruction.line,
            message: `\`${instruction.keyword} ${instruction.content}\` copia o arquivo de chaves para dentro da imagem. Apague esta linha: as variáveis entram na execução com \`docker run --env-file .env …\`.`,
          });
        }
      }
    }
    if (instruction.keyword === "ENV") {
      const env = instruction.node as Instruction & { getProperties?: () => Array<{ getName(): string; getValue(): string | null }> };
      for (const p of env.getProperties?.() ?? []) {
        if (isSecretName(p.getName()) && (p.getValue() ?? "") !== "") {
          problems.push({
            line: instruction.line,
            message: `\`ENV ${p.getName()}=…\` grava a chave na imagem (\`docker inspect\` mostra o valor). Remova o ENV e passe a chave na execução: \`docker run --env-file .env …\`.`,
          });
        }
      }
    }
    if (instruction.keyword === "ARG") {
      for (const arg of instruction.args) {
        const name = arg.split("=")[0] ?? arg;
        if (isSecretName(name)) {
          problems.push({
            line: instruction.line,
            message: `\`ARG ${name}\`: valores de --build-arg ficam no histórico da imagem (\`docker history\`). Chaves do app entram só na execução (--env-file); se o build precisar de um segredo, use \`RUN --mount=type=secret,id=…\`.`,
          });
        }
      }
    }
  }
  // A build secret (RUN --mount=type=secret) copied to a file of the final image stays in a layer.
  const last = finalStage(model);
  for (const { instruction } of last ? lineageInstructions(last) : []) {
    const secretMount = instruction.flags.some((f) => f.name === "mount" && /type=secret/.test(f.value ?? ""));
    if (instruction.keyword === "RUN" && secretMount && /\/run\/secrets\/\S*\s*(>|\S+\s)|\b(cp|mv|install|tee)\b[^;&|]*\/run\/secrets\//.test(commandText(instruction))) {
      problems.push({
        line: instruction.line,
        message: "o segredo montado com `--mount=type=secret` é copiado para um arquivo da imagem final: ele fica gravado numa camada. Use o segredo só durante o RUN (leia de /run/secrets/… no próprio comando) e não o grave em disco.",
      });
    }
  }
  for (const { line, provider } of findLiteralKeys(text)) {
    problems.push({ line, message: `há algo com formato de chave real de ${provider} escrito no arquivo. Remova, e revogue essa chave no painel do provedor: ela já vazou.` });
  }
  return ruleResult(DOCKERFILE_RULES.noSecrets, problems);
}

/** Whether a program is available in the final image: slim has neither curl nor wget, alpine has busybox wget. */
function hasTool(stage: DockerStage, tool: "curl" | "wget"): boolean {
  const root = lineage(stage)[0]!;
  const tag = (root.base.tag ?? "").toLowerCase();
  const installed = lineageInstructions(stage).some(
    ({ instruction }) =>
      instruction.keyword === "RUN" &&
      shellCommands(commandText(instruction)).some((w) => {
        const words = commandWords(w);
        return ((words[0] === "apt-get" || words[0] === "apt") && words.includes("install") && words.includes(tool)) || (words[0] === "apk" && words.includes("add") && words.includes(tool));
      }),
  );
  if (installed) return true;
  if (tag.includes("slim")) return false;
  if (tag.includes("alpine")) return tool === "wget";
  return true;
}

function ruleHealthcheck(model: DockerfileModel): RuleResult {
  const last = finalStage(model);
  if (!last) return ruleResult(DOCKERFILE_RULES.healthcheck, [{ message: "não há nenhum FROM no arquivo." }]);
  const checks = lineageInstructions(last).filter(({ instruction }) => instruction.keyword === "HEALTHCHECK");
  const check = checks[checks.length - 1]?.instruction;
  const example = "`HEALTHCHECK --interval=30s --timeout=3s CMD [\"node\", \"-e\", \"fetch('http://127.0.0.1:3000/health').then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))\"]`";
  if (!check) {
    return ruleResult(DOCKERFILE_RULES.healthcheck, [{ line: last.line, message: `a imagem final não tem HEALTHCHECK. Adicione um que chame a rota /health do app, por exemplo ${example}.` }]);
  }
  const [sub, ...rest] = check.args;
  if ((sub ?? "").toUpperCase() !== "CMD") {
    return ruleResult(DOCKERFILE_RULES.healthcheck, [{ line: check.line, message: `\`HEALTHCHECK ${check.content}\` não verifica nada. Use \`HEALTHCHECK CMD …\`, por exemplo ${example}.` }]);
  }
  const commandContent = check.content.replace(/^\s*CMD\s*/i, "");
  const command = execForm(commandContent)?.join(" ") ?? rest.join(" ");
  const problems: Problem[] = [];
  if (isNoOpScript(command)) {
    problems.push({ line: check.line, message: `o HEALTHCHECK roda \`${command}\`, que sempre dá certo: ele nunca detectaria o app travado. Faça uma requisição de verdade à rota /health.` });
  }
  for (const curl of curlCalls(command)) {
    if (!curl.failsOnHttpError) {
      problems.push({ line: check.line, message: "`curl` sem `-f`/`--fail` termina com sucesso mesmo quando /health responde 500: o HEALTHCHECK nunca falharia. Use `curl -f …`." });
    }
  }
  for (const tool of ["curl", "wget"] as const) {
    if (shellCommands(command).some((w) => commandWords(w)[0] === tool) && !hasTool(last, tool)) {
      problems.push({
        line: check.line,
        message: `a imagem ${lineage(last)[0]!.base.ref} não tem \`${tool}\`: o HEALTHCHECK falharia sempre ("not found") e o contêiner ficaria "unhealthy". Use o próprio node, por exemplo ${example}.`,
      });
    }
  }
  return ruleResult(DOCKERFILE_RULES.healthcheck, problems);
}

function ruleCmdExecForm(model: DockerfileModel): RuleResult {
  const last = finalStage(model);
  if (!last) return ruleResult(DOCKERFILE_RULES.cmdExecForm, [{ message: "não há nenhum FROM no arquivo." }]);
  const all = lineageInstructions(last).map((x) => x.instruction);
  const cmd = all.filter((i) => i.keyword === "CMD").pop();
  const entrypoint = all.filter((i) => i.keyword === "ENTRYPOINT").pop();
  if (!cmd && !entrypoint) {
    return ruleResult(DOCKERFILE_RULES.cmdExecForm, [{ line: last.line, message: 'a imagem final não diz como iniciar o app. Adicione `CMD ["node", "dist/server.js"]` (ajuste o caminho).' }]);
  }
  const problems: Problem[] = [];
  for (const instruction of [entrypoint, cmd]) {
    if (instruction && !execForm(instruction.content)) {
      problems.push({
        line: instruction.line,
        message: `\`${instruction.keyword} ${instruction.content}\` está na forma shell: quem roda é /bin/sh -c, que não repassa o SIGTERM ao node. Use a forma exec (JSON com aspas duplas): \`${instruction.keyword} ["node", "dist/server.js"]\`.`,
      });
    }
  }
  const argv = [...(entrypoint ? (execForm(entrypoint.content) ?? []) : []), ...(cmd ? (execForm(cmd.content) ?? []) : [])];
  const program = (argv[0] ?? "").split("/").pop() ?? "";
  const where = (entrypoint ?? cmd)!.line;
  if (["npm", "npx", "yarn", "pnpm"].includes(program)) {
    problems.push({
      line: where,
      message: `o contêiner inicia com \`${program}\`: ele vira o PID 1 e não repassa o SIGTERM ao node, e ainda exige o npm na imagem. Chame o node direto: \`CMD ["node", "dist/server.js"]\`.`,
    });
  } else if (["sh", "bash", "ash", "dash"].includes(program) && argv.includes("-c")) {
    problems.push({ line: where, message: `\`${argv.join(" ")}\` põe um shell como PID 1, que não repassa o SIGTERM. Chame o node direto: \`CMD ["node", "dist/server.js"]\`.` });
  } else if (["tsx", "ts-node"].includes(program) || argv.some((a, i) => (a === "--import" || a === "--loader") && /^(tsx|ts-node)/.test(argv[i + 1] ?? "")) || argv.some((a) => /^--(import|loader)=(tsx|ts-node)/.test(a))) {
    problems.push({ line: where, message: "o contêiner depende do tsx/ts-node, que são devDependencies (e compilam a cada início). Compile o TypeScript no estágio de build e rode o JavaScript: `CMD [\"node\", \"dist/server.js\"]`." });
  } else if (program === "node" && argv.some((a) => /\.(m|c)?ts$/.test(a))) {
    problems.push({
      line: where,
      message:
        "o contêiner roda o TypeScript direto: o node só apaga os tipos (desde o Node 22.18; o 20 nem isso), sem verificá-los, e recusa enums, `namespace` e os `paths` do tsconfig. Compile no estágio de build e rode o JavaScript: `CMD [\"node\", \"dist/server.js\"]`.",
    });
  }
  return ruleResult(DOCKERFILE_RULES.cmdExecForm, problems);
}

/** All Dockerfile rules, in the order a student should fix them. */
export function checkDockerfile(text: string): RuleResult[] {
  const model = parseDockerfile(text);
  return [
    ruleLint(model),
    ruleBaseImage(model),
    ruleMultiStage(model),
    ruleNpmCiCache(model),
    ruleProdDeps(model),
    ruleNonRoot(model),
    ruleNodeEnv(model),
    ruleNoSecrets(model, text),
    ruleHealthcheck(model),
    ruleCmdExecForm(model),
  ];
}
