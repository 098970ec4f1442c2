/**
 * Exercise 10 (red team 3, 2026-12-06): does the dist/ the final image runs come from a stage that COMPILED it?
 * A runtime stage that does `COPY --from=build /app/dist ./dist` while the build stage never runs `npm run build`
 * (the RUN dropped, or moved to the runtime stage after `npm ci --omit=dev`, where tsc is not installed) passes
 * every text rule, and the real `docker build` stops with `"/app/dist": not found`. No Docker here: the stages
 * are followed as Docker runs them (what each stage's lineage copies and runs, in order), from the parsed model.
 */
import { cleanPath, commandWords, shellCommands } from "./deploy/common.ts";
import { commandText, copySources, copySourceStage, lineage, parseDockerfile, stageLabel, workdirOf, type DockerInstruction } from "./deploy/dockerfile.ts";

export interface DistOutcome {
  ok: boolean;
  line?: number;
  message?: string;
}

/** A command that compiles the TypeScript into dist/ (npm/yarn/pnpm run build, tsc). */
function compiles(instruction: DockerInstruction): boolean {
  if (instruction.keyword !== "RUN") return false;
  return shellCommands(commandText(instruction))
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
  return copySources(instruction).some((src) => !/^(\.\/)?(package(-lock)?\.json|npm-shrinkwrap\.json|\.npmrc|\.nvmrc)$/.test(src));
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
      const source = instruction.keyword === "COPY" ? copySourceStage(model, instruction, stage) : null;
      if (!source) continue;
      const from = copySources(instruction);
      const home = workdirOf(source);
      const sources = from.map((src) => cleanPath(src.startsWith("/") ? src : `${home.replace(/\/$/, "")}/${src}`));
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
            `${where} traz o dist/ do estágio ${stageLabel(source)}, mas nenhum RUN desse estágio compila o TypeScript: lá o dist/ não existe e o \`docker build\` para com "${from[0]}: not found". ` +
            (elsewhere
              ? `O \`${elsewhere.i.content}\` está no estágio ${stageLabel(elsewhere.s)} (linha ${elsewhere.i.line}), que não é de onde o dist/ vem (e, depois de um \`npm ci --omit=dev\`, nem tem o tsc). `
              : "") +
            `Rode \`RUN npm run build\` no estágio ${stageLabel(source)}, depois do \`COPY . .\`.`,
        };
      }
      if (code < 0 || code > build)
        return {
          ok: false,
          line: steps[build]!.line,
          message: `${where} traz o dist/ do estágio ${stageLabel(source)}, mas o \`${steps[build]!.content}\` (linha ${steps[build]!.line}) roda antes de o código entrar no estágio (nenhum \`COPY . .\` antes dele): o tsc não tem o que compilar. Copie o código (\`COPY . .\`) e só depois rode \`RUN npm run build\`.`,
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
