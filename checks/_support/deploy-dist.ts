/**
 * Exercise 10 (red team 3, 2026-12-06): does the dist/ the final image runs come from a stage that COMPILED it?
 * A runtime stage that does `COPY --from=build /app/dist ./dist` while the build stage never runs `npm run build`
 * (the RUN dropped, or moved to the runtime stage after `npm ci --omit=dev`, where tsc is not installed) passes
 * every text rule, and the real `docker build` stops with `"/app/dist": not found`. No Docker here: the stages
 * are followed as Docker runs them (what each stage's lineage copies and runs, in order), from the parsed model.
 */
import { cleanPath, commandWords, shellCommands } from "./deploy/common.ts";
import { execForm, lineage, parseDockerfile, type DockerInstruction, type DockerStage, type DockerfileModel } from "./deploy/dockerfile.ts";

export interface DistOutcome {
  ok: boolean;
  line?: number;
  message?: string;
}

/** A command that compiles the TypeScript into dist/ (npm/yarn/pnpm run build, tsc). */
function compiles(instruction: DockerInstruction): boolean {
  if (instruction.keyword !== "RUN") return false;
  const exec = execForm(instruction.content);
  const script = exec ? exec.join(" ") : instruction.content;
  return shellCommands(script)
    .map(commandWords)
    .some((w) => {
      const tool = w[0] ?? "";
      const rest = w.slice(1).filter((a) => !a.startsWith("-"));
      if (tool === "npm" || tool === "pnpm" || tool === "yarn") return (rest[0] === "run" || rest[0] === "run-script" ? rest[1] : tool === "npm" ? undefined : rest[0])?.startsWith("build") ?? false;
      if (tool === "npx" || tool === "pnpx") return rest[0] === "tsc";
      return /(^|\/)tsc$/.test(tool);
    });
}

/** A COPY/ADD from the build context (not --from) that brings more than the manifests: the code tsc compiles. */
function copiesCode(instruction: DockerInstruction): boolean {
  if ((instruction.keyword !== "COPY" && instruction.keyword !== "ADD") || instruction.flags.some((f) => f.name === "from")) return false;
  const parts = execForm(instruction.content) ?? instruction.args;
  return parts.slice(0, -1).some((src) => !/^(\.\/)?(package(-lock)?\.json|npm-shrinkwrap\.json|\.npmrc|\.nvmrc)$/.test(src));
}

function workdirAt(stage: DockerStage, until: DockerInstruction | null): string {
  let dir = "/";
  for (const s of lineage(stage))
    for (const i of s.instructions) {
      if (i === until) return cleanPath(dir);
      if (i.keyword === "WORKDIR" && i.args[0]) dir = i.args[0].startsWith("/") ? i.args[0] : `${dir.replace(/\/$/, "")}/${i.args[0]}`;
    }
  return cleanPath(dir);
}

function label(stage: DockerStage): string {
  return stage.name ? `"${stage.name}"` : `nº ${stage.index}`;
}

function sourceStage(model: DockerfileModel, instruction: DockerInstruction, before: DockerStage): DockerStage | null {
  const from = instruction.flags.find((f) => f.name === "from")?.value ?? null;
  if (from === null) return null;
  const earlier = model.stages.filter((s) => s.index < before.index);
  if (/^\d+$/.test(from)) return earlier[Number(from)] ?? null;
  return earlier.find((s) => s.name === from.toLowerCase()) ?? null;
}

/**
 * The final image gets dist/ by a `COPY --from=<stage>` of a path that holds it (…/dist, or the whole work folder),
 * and that stage, in its lineage, copies the code and then compiles it.
 */
export function distFromBuild(text: string): DistOutcome {
  const model = parseDockerfile(text);
  const last = model.stages.at(-1);
  if (!last) return { ok: false, message: "não há nenhum FROM no Dockerfile." };
  if (model.stages.length < 2)
    return {
      ok: false,
      line: last.line,
      message:
        "a imagem final é o próprio estágio que compila (um só FROM): ela leva o TypeScript, o tsc e as devDependencies. Compile num estágio de build (`RUN npm run build` depois do `COPY . .`) e traga só o resultado com `COPY --from=build /app/dist ./dist`.",
    };
  let copied = false;
  for (const stage of lineage(last))
    for (const instruction of stage.instructions) {
      const source = instruction.keyword === "COPY" ? sourceStage(model, instruction, stage) : null;
      if (!source) continue;
      const parts = execForm(instruction.content) ?? instruction.args;
      const home = workdirAt(source, null);
      const sources = parts.slice(0, -1).map((src) => cleanPath(src.startsWith("/") ? src : `${home.replace(/\/$/, "")}/${src}`));
      const carriesDist = sources.some((src) => /(^|\/)dist(\/|$)/.test(src) || src === home || src === "/");
      if (!carriesDist) continue;
      copied = true;
      const steps = lineage(source).flatMap((s) => s.instructions);
      const build = steps.findIndex(compiles);
      const code = steps.findIndex(copiesCode);
      const where = `\`COPY ${instruction.flags.map((f) => `--${f.name}${f.value !== null ? `=${f.value}` : ""} `).join("")}${instruction.content}\` (linha ${instruction.line})`;
      if (build < 0) {
        const elsewhere = model.stages.flatMap((s) => s.instructions.filter(compiles).map((i) => ({ s, i }))).find(({ s }) => !lineage(source).includes(s));
        return {
          ok: false,
          line: instruction.line,
          message:
            `${where} traz o dist/ do estágio ${label(source)}, mas nenhum RUN desse estágio compila o TypeScript: lá o dist/ não existe e o \`docker build\` para com "${parts[0]}: not found". ` +
            (elsewhere
              ? `O \`${elsewhere.i.content}\` está no estágio ${label(elsewhere.s)} (linha ${elsewhere.i.line}), que não é de onde o dist/ vem (e, depois de um \`npm ci --omit=dev\`, nem tem o tsc). `
              : "") +
            `Rode \`RUN npm run build\` no estágio ${label(source)}, depois do \`COPY . .\`.`,
        };
      }
      if (code < 0 || code > build)
        return {
          ok: false,
          line: steps[build]!.line,
          message: `${where} traz o dist/ do estágio ${label(source)}, mas o \`${steps[build]!.content}\` (linha ${steps[build]!.line}) roda antes de o código entrar no estágio (nenhum \`COPY . .\` antes dele): o tsc não tem o que compilar. Copie o código (\`COPY . .\`) e só depois rode \`RUN npm run build\`.`,
        };
    }
  // `FROM build AS runtime`: the final stage compiled dist/ itself (the devDependencies rule judges what it ships).
  const own = lineage(last).flatMap((s) => s.instructions);
  if (!copied && last.parent && own.findIndex(compiles) > own.findIndex(copiesCode) && own.findIndex(copiesCode) >= 0) return { ok: true };
  if (!copied)
    return {
      ok: false,
      line: last.line,
      message: "a imagem final não recebe o dist/ de nenhum estágio de build: traga o JavaScript compilado com `COPY --from=build /app/dist ./dist` (o CMD roda `node dist/server.js`).",
    };
  return { ok: true };
}
