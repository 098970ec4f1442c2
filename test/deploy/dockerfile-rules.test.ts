// Deliberately wrong Dockerfiles fed to the rule functions of exercise 10: each must be rejected by the
// right rule, with a message that names the fix; the good one (and its CRLF copy) must pass everything.
import { describe, expect, it } from "vitest";
import { checkDockerfile, describeFailure } from "../../checks/_support/deploy/index.ts";
import { failing, messages, rule } from "./helpers.ts";

const HEALTHCHECK =
  'HEALTHCHECK --interval=30s --timeout=3s CMD ["node", "-e", "fetch(\'http://127.0.0.1:3000/health\').then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"]';

const GOOD = `# syntax=docker/dockerfile:1
FROM node:24-slim AS build
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci
COPY . .
RUN npm run build

FROM node:24-slim AS runtime
ENV NODE_ENV=production
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --omit=dev
COPY --from=build /app/dist ./dist
USER node
EXPOSE 3000
${HEALTHCHECK}
CMD ["node", "dist/server.js"]
`;

/** GOOD with one line replaced (must exist) — keeps each variant to the one mistake it is about. */
function variant(find: string, replace: string): string {
  expect(GOOD.includes(find), `test setup: "${find}" not in GOOD`).toBe(true);
  return GOOD.replace(find, replace);
}

describe("Dockerfile rules: the reference passes", () => {
  it("a correct multi-stage Dockerfile passes every rule", () => {
    const results = checkDockerfile(GOOD);
    for (const r of results) expect(r.ok, describeFailure(r, "Dockerfile")).toBe(true);
    expect(results.map((r) => r.id)).toEqual([
      "lint",
      "base-image",
      "multi-stage",
      "npm-ci-cache",
      "prod-deps",
      "non-root",
      "node-env",
      "no-secrets",
      "healthcheck",
      "cmd-exec-form",
    ]);
  });

  it("CRLF line endings (a file saved on Windows) change nothing", () => {
    expect(failing(checkDockerfile(GOOD.replace(/\n/g, "\r\n")))).toEqual([]);
  });

  it("accepts the other correct shapes: deps stage, ENTRYPOINT+CMD, bind-mounted lockfile, node:krypton, digest, ARG default", () => {
    const threeStages = `FROM node:24-slim AS deps
WORKDIR /app
COPY package*.json ./
RUN npm ci --omit=dev
FROM node:24-slim AS build
WORKDIR /app
RUN --mount=type=bind,source=package.json,target=package.json --mount=type=bind,source=package-lock.json,target=package-lock.json --mount=type=cache,target=/root/.npm npm ci
COPY . .
RUN npm run build
FROM node:24-slim
ENV NODE_ENV=production
WORKDIR /app
COPY --from=deps /app/node_modules ./node_modules
COPY --from=build /app/dist ./dist
USER 1000:1000
${HEALTHCHECK}
ENTRYPOINT ["node"]
CMD ["dist/server.js"]
`;
    expect(failing(checkDockerfile(threeStages))).toEqual([]);
    expect(failing(checkDockerfile(variant("FROM node:24-slim AS build", "FROM node:krypton-slim AS build")))).toEqual([]);
    expect(
      failing(checkDockerfile(variant("FROM node:24-slim AS runtime", `FROM node:24-slim@sha256:${"a".repeat(64)} AS runtime`))),
    ).toEqual([]);
    expect(failing(checkDockerfile(`ARG NODE_IMAGE=node:24-bookworm-slim\n${GOOD.replace("FROM node:24-slim AS build", "FROM ${NODE_IMAGE} AS build")}`))).toEqual([]);
  });

  it("accepts every LTS line with security support (22, 24, 26), pinned by major, minor, variant or digest", () => {
    const both = (from: string) => GOOD.replace("FROM node:24-slim AS build", `FROM ${from} AS build`).replace("FROM node:24-slim AS runtime", `FROM ${from} AS runtime`);
    for (const from of [
      "node:22-slim",
      "node:24",
      "node:24.11-bookworm-slim",
      "node:24.11.1-trixie-slim",
      `node:24-slim@sha256:${"b".repeat(64)}`,
      "docker.io/library/node:26-slim",
      "node:26-alpine",
      "node:lithium-slim",
      "node:jod",
    ]) {
      expect(failing(checkDockerfile(both(from))), from).toEqual([]);
    }
  });
});

describe("Dockerfile rules: secrets", () => {
  it("rejects COPY .env", () => {
    const results = checkDockerfile(variant("COPY --from=build /app/dist ./dist", "COPY --from=build /app/dist ./dist\nCOPY .env ./"));
    expect(failing(results)).toEqual(["no-secrets"]);
    expect(messages(results, "no-secrets")).toMatch(/15: `COPY \.env \.\/` copia o arquivo de chaves.*--env-file/);
  });

  it("rejects ADD .env.production and COPY .env* (globs), but allows .env.example", () => {
    expect(failing(checkDockerfile(variant("USER node", "ADD .env.production /app/\nUSER node")))).toEqual(["no-secrets"]);
    expect(failing(checkDockerfile(variant("USER node", "COPY .env* ./\nUSER node")))).toEqual(["no-secrets"]);
    expect(failing(checkDockerfile(variant("USER node", "COPY .env.example ./\nUSER node")))).toEqual([]);
  });

  it("rejects ENV OPENAI_API_KEY=… and says where the key belongs", () => {
    const results = checkDockerfile(variant("ENV NODE_ENV=production", "ENV NODE_ENV=production OPENAI_API_KEY=minha-chave"));
    expect(failing(results)).toEqual(["no-secrets"]);
    expect(messages(results, "no-secrets")).toMatch(/ENV OPENAI_API_KEY=….*docker inspect.*--env-file/);
  });

  it("rejects a key passed through a build arg (ARG + ENV from it) and token/secret names", () => {
    const results = checkDockerfile(variant("ENV NODE_ENV=production", "ARG GOOGLE_API_KEY\nENV NODE_ENV=production GOOGLE_API_KEY=$GOOGLE_API_KEY"));
    expect(messages(results, "no-secrets")).toMatch(/ARG GOOGLE_API_KEY.*docker history/);
    expect(messages(results, "no-secrets")).toMatch(/ENV GOOGLE_API_KEY=…/);
    expect(failing(checkDockerfile(variant("WORKDIR /app\nCOPY package.json", "ARG NPM_TOKEN=abc\nWORKDIR /app\nCOPY package.json")))).toEqual(["no-secrets"]);
    expect(failing(checkDockerfile(variant("ENV NODE_ENV=production", "ENV NODE_ENV=production LANGSMITH_SECRET=x")))).toEqual(["no-secrets"]);
  });

  it("does not flag names that merely contain TOKEN, nor empty values", () => {
    expect(failing(checkDockerfile(variant("ENV NODE_ENV=production", "ENV NODE_ENV=production MAX_TOKENS=512 OPENAI_API_KEY=")))).toEqual([]);
  });

  it("rejects a literal key anywhere (a RUN that writes it, a comment)", () => {
    const results = checkDockerfile(variant("RUN npm run build", `RUN npm run build\n# chave: AIza${"x".repeat(35)}`));
    expect(failing(results)).toEqual(["no-secrets"]);
    expect(messages(results, "no-secrets")).toMatch(/Google\/Gemini.*revogue/);
  });
});

describe("Dockerfile rules: user, environment, base image", () => {
  it("rejects a final image without USER (runs as root)", () => {
    const results = checkDockerfile(variant("USER node\n", ""));
    expect(failing(results)).toEqual(["non-root"]);
    expect(messages(results, "non-root")).toMatch(/roda como root.*USER node/);
  });

  it("rejects USER root and USER 0, and a user that does not exist", () => {
    expect(messages(checkDockerfile(variant("USER node", "USER root")), "non-root")).toMatch(/é o root/);
    expect(failing(checkDockerfile(variant("USER node", "USER 0:0")))).toEqual(["non-root"]);
    expect(messages(checkDockerfile(variant("USER node", "USER app")), "non-root")).toMatch(/"app" não existe/);
    expect(failing(checkDockerfile(variant("USER node", "RUN useradd --create-home app\nUSER app")))).toEqual([]);
  });

  it("USER in the build stage does not count for the runtime", () => {
    const results = checkDockerfile(variant("USER node\n", "").replace("RUN npm run build", "RUN npm run build\nUSER node"));
    expect(failing(results)).toEqual(["non-root"]);
  });

  it("requires NODE_ENV=production in the final image", () => {
    expect(messages(checkDockerfile(variant("ENV NODE_ENV=production\n", "")), "node-env")).toMatch(/não define NODE_ENV/);
    expect(messages(checkDockerfile(variant("ENV NODE_ENV=production", "ENV NODE_ENV=development")), "node-env")).toMatch(/"development"/);
  });

  it("rejects the latest tag, no tag, a floating variant tag and another image", () => {
    expect(messages(checkDockerfile(variant("FROM node:24-slim AS build", "FROM node:latest AS build")), "base-image")).toMatch(/"latest" muda/);
    expect(messages(checkDockerfile(variant("FROM node:24-slim AS runtime", "FROM node AS runtime")), "base-image")).toMatch(/node:latest/);
    expect(messages(checkDockerfile(variant("FROM node:24-slim AS build", "FROM python:3.12-slim AS build")), "base-image")).toMatch(/python:3\.12-slim/);
    expect(messages(checkDockerfile(variant("FROM node:24-slim AS build", "FROM node:lts-slim AS build")), "base-image")).toMatch(/muda de versão/);
    for (const tag of ["current", "lts", "slim", "alpine", "bookworm-slim"]) {
      expect(messages(checkDockerfile(variant("FROM node:24-slim AS build", `FROM node:${tag} AS build`)), "base-image"), tag).toMatch(/muda de versão sozinha/);
    }
    expect(messages(checkDockerfile(variant("FROM node:24-slim AS build", `FROM node@sha256:${"c".repeat(64)} AS build`)), "base-image")).toMatch(/digest mas não diz a versão/);
  });

  it("rejects Node 20 (and older) with the end-of-life reason, and an odd (Current) line", () => {
    const both = (from: string) => GOOD.replace("FROM node:24-slim AS build", `FROM ${from} AS build`).replace("FROM node:24-slim AS runtime", `FROM ${from} AS runtime`);
    const eol20 = messages(checkDockerfile(both("node:20-slim")), "base-image");
    expect(eol20).toMatch(/"20-slim" é do Node 20.*fim do suporte em 30\/04\/2026.*correções de segurança/);
    expect(eol20).toMatch(/node:24-slim/);
    expect(failing(checkDockerfile(both("node:20-slim")))).toEqual(["base-image"]);
    expect(messages(checkDockerfile(both("node:20.19-bookworm-slim")), "base-image")).toMatch(/Node 20.*fim do suporte/);
    expect(messages(checkDockerfile(both("node:iron-slim")), "base-image")).toMatch(/Node 20.*fim do suporte/);
    expect(messages(checkDockerfile(both("node:18-alpine")), "base-image")).toMatch(/Node 18.*fim do suporte em 30\/04\/2025/);
    expect(messages(checkDockerfile(both("node:12")), "base-image")).toMatch(/Node 12.*fora de suporte/);
    expect(messages(checkDockerfile(both("node:25-slim")), "base-image")).toMatch(/Node 25.*linha ímpar/);
    // Only the stage on 20 is named: the runtime on 24 is fine.
    const build20 = checkDockerfile(variant("FROM node:24-slim AS build", "FROM node:20-slim AS build"));
    expect(rule(build20, "base-image").problems.map((p) => p.line)).toEqual([2]);
  });

  it("rejects build and runtime on different Node lines (what was compiled is not what runs)", () => {
    const mixed = checkDockerfile(variant("FROM node:24-slim AS build", "FROM node:22-slim AS build"));
    expect(failing(mixed)).toEqual(["base-image"]);
    expect(messages(mixed, "base-image")).toMatch(/"runtime" usa o Node 24, mas o estágio "build" usa o Node 22/);
    expect(rule(mixed, "base-image").problems.map((p) => p.line)).toEqual([9]);
    expect(failing(checkDockerfile(variant("FROM node:24-slim AS runtime", "FROM node:24.11-alpine AS runtime")))).toEqual([]);
  });

  it("rejects a base image that depends on an ARG without default", () => {
    const results = checkDockerfile(`ARG NODE_VERSION\n${GOOD.replace("FROM node:24-slim AS build", "FROM node:${NODE_VERSION} AS build")}`);
    expect(messages(results, "base-image")).toMatch(/\$NODE_VERSION.*valor padrão/);
  });
});

describe("Dockerfile rules: stages and dependencies", () => {
  it("rejects the book's single-stage Dockerfile translated to Node", () => {
    const naive = `FROM node:24-slim\nWORKDIR /app\nCOPY . .\nRUN npm install\nCMD ["npm", "start"]\n`;
    const results = checkDockerfile(naive);
    expect(failing(results)).toEqual(["multi-stage", "npm-ci-cache", "prod-deps", "non-root", "node-env", "healthcheck", "cmd-exec-form"]);
    expect(messages(results, "multi-stage")).toMatch(/único estágio.*AS build.*AS runtime/);
  });

  it("rejects npm install in the build stage", () => {
    expect(messages(checkDockerfile(variant("RUN npm ci\nCOPY . .", "RUN npm install\nCOPY . .")), "multi-stage")).toMatch(/usa `npm install`.*npm ci/);
  });

  it("rejects a runtime that copies nothing from the build stage", () => {
    expect(messages(checkDockerfile(variant("COPY --from=build /app/dist ./dist\n", "COPY . .\n")), "multi-stage")).toMatch(/não copia nada/);
  });

  it("rejects COPY . . before npm ci (cache) and npm ci without the lockfile", () => {
    const cache = checkDockerfile(variant("COPY package.json package-lock.json ./\nRUN npm ci\nCOPY . .", "COPY . .\nRUN npm ci"));
    expect(failing(cache)).toEqual(["npm-ci-cache"]);
    expect(messages(cache, "npm-ci-cache")).toMatch(/^4: `COPY \. \.` vem antes da instalação \(linha 5\)/);
    const noLock = checkDockerfile(variant("COPY package.json package-lock.json ./\nRUN npm ci\n", "COPY package.json ./\nRUN npm ci\n"));
    expect(messages(noLock, "npm-ci-cache")).toMatch(/sem ter copiado o package-lock\.json/);
  });

  it("rejects devDependencies in the final image: runtime FROM build, full npm ci, node_modules copied from build", () => {
    const fromBuild = checkDockerfile(
      `FROM node:24-slim AS build\nWORKDIR /app\nCOPY package.json package-lock.json ./\nRUN npm ci\nCOPY . .\nRUN npm run build\nFROM build AS runtime\nENV NODE_ENV=production\nUSER node\n${HEALTHCHECK}\nCMD ["node", "dist/server.js"]\n`,
    );
    expect(messages(fromBuild, "prod-deps")).toMatch(/começa do estágio "build".*herda as devDependencies/);
    expect(messages(checkDockerfile(variant("RUN npm ci --omit=dev", "RUN npm ci")), "prod-deps")).toMatch(/sem `--omit=dev`/);
    const copied = checkDockerfile(variant("RUN npm ci --omit=dev\n", "").replace("COPY --from=build /app/dist ./dist", "COPY --from=build /app/node_modules ./node_modules\nCOPY --from=build /app/dist ./dist"));
    expect(failing(copied)).toEqual(["prod-deps"]);
    expect(messages(copied, "prod-deps")).toMatch(/traz o node_modules do estágio "build"/);
  });

  it("accepts a build stage pruned with npm prune --omit=dev as the source of node_modules", () => {
    const pruned = variant("RUN npm ci --omit=dev\n", "")
      .replace("RUN npm run build", "RUN npm run build && npm prune --omit=dev")
      .replace("COPY --from=build /app/dist ./dist", "COPY --from=build /app/node_modules ./node_modules\nCOPY --from=build /app/dist ./dist");
    expect(failing(checkDockerfile(pruned))).toEqual([]);
  });
});

describe("Dockerfile rules: healthcheck and CMD", () => {
  it("rejects a missing HEALTHCHECK, HEALTHCHECK NONE and one that cannot fail", () => {
    expect(messages(checkDockerfile(variant(`${HEALTHCHECK}\n`, "")), "healthcheck")).toMatch(/não tem HEALTHCHECK.*\/health/);
    expect(messages(checkDockerfile(variant(HEALTHCHECK, "HEALTHCHECK NONE")), "healthcheck")).toMatch(/não verifica nada/);
    expect(messages(checkDockerfile(variant(HEALTHCHECK, "HEALTHCHECK CMD true")), "healthcheck")).toMatch(/sempre dá certo/);
  });

  it("rejects curl on node:24-slim (not installed) and curl without --fail", () => {
    const slim = checkDockerfile(variant(HEALTHCHECK, "HEALTHCHECK CMD curl -f http://localhost:3000/health || exit 1"));
    expect(messages(slim, "healthcheck")).toMatch(/não tem `curl`/);
    const full = variant(HEALTHCHECK, "HEALTHCHECK CMD curl http://localhost:3000/health").replace("FROM node:24-slim AS runtime", "FROM node:24 AS runtime");
    expect(messages(checkDockerfile(full), "healthcheck")).toMatch(/sem `-f`\/`--fail`/);
    const installed = variant(HEALTHCHECK, "RUN apt-get update && apt-get install -y --no-install-recommends curl && rm -rf /var/lib/apt/lists/*\nHEALTHCHECK CMD curl -fsS http://localhost:3000/health");
    expect(failing(checkDockerfile(installed))).toEqual([]);
    const alpine = variant(HEALTHCHECK, "HEALTHCHECK CMD wget -qO- http://127.0.0.1:3000/health || exit 1").replace("FROM node:24-slim AS runtime", "FROM node:24-alpine AS runtime");
    expect(failing(checkDockerfile(alpine))).toEqual([]);
  });

  it("rejects CMD in shell form, through npm, through a shell, with tsx, or running a .ts file", () => {
    expect(messages(checkDockerfile(variant('CMD ["node", "dist/server.js"]', "CMD node dist/server.js")), "cmd-exec-form")).toMatch(/forma shell.*SIGTERM/);
    expect(messages(checkDockerfile(variant('CMD ["node", "dist/server.js"]', 'CMD ["npm", "start"]')), "cmd-exec-form")).toMatch(/inicia com `npm`/);
    expect(messages(checkDockerfile(variant('CMD ["node", "dist/server.js"]', 'CMD ["sh", "-c", "node dist/server.js"]')), "cmd-exec-form")).toMatch(/shell como PID 1/);
    expect(messages(checkDockerfile(variant('CMD ["node", "dist/server.js"]', 'CMD ["node", "--import", "tsx", "src/server.ts"]')), "cmd-exec-form")).toMatch(/tsx/);
    expect(messages(checkDockerfile(variant('CMD ["node", "dist/server.js"]', 'CMD ["node", "src/server.ts"]')), "cmd-exec-form")).toMatch(/TypeScript direto.*só apaga os tipos/);
    expect(messages(checkDockerfile(variant('CMD ["node", "dist/server.js"]\n', "")), "cmd-exec-form")).toMatch(/não diz como iniciar/);
  });
});

describe("Dockerfile rules: syntax errors come with the linter's own message and line", () => {
  it("reports an unknown instruction and a missing argument where they are", () => {
    const broken = variant("WORKDIR /app\nCOPY package.json package-lock.json ./\nRUN npm ci", "WORKDIR /app\nCOPY package.json\nRUN npm ci\nFRM node:24");
    const results = checkDockerfile(broken);
    expect(rule(results, "lint").ok).toBe(false);
    const text = messages(results, "lint");
    expect(text).toMatch(/^4: o dockerfile-utils acusou erro: "COPY requires at least two arguments"/m);
    expect(text).toMatch(/^6: o dockerfile-utils acusou erro: "Unknown instruction: FRM"/m);
    expect(describeFailure(rule(results, "lint"), "Dockerfile")).toMatch(/Dockerfile, linha 6: .*Unknown instruction: FRM[\s\S]*Por que importa:/);
  });

  it("reports the linter's warnings too (relative WORKDIR, lowercase, JSON with single quotes, bad duration)", () => {
    expect(messages(checkDockerfile(variant("WORKDIR /app\nCOPY package.json", "WORKDIR app\nCOPY package.json")), "lint")).toMatch(/aviso: "WORKDIR paths should be absolute"/);
    expect(messages(checkDockerfile(variant("USER node", "user node")), "lint")).toMatch(/uppercase/);
    expect(messages(checkDockerfile(variant('CMD ["node", "dist/server.js"]', "CMD ['node', 'dist/server.js']")), "lint")).toMatch(/single quotes/);
    expect(messages(checkDockerfile(variant("--interval=30s", "--interval=30")), "lint")).toMatch(/missing unit/);
  });

  it("an empty file fails with the linter's message and does not crash the other rules", () => {
    const results = checkDockerfile("");
    expect(messages(results, "lint")).toMatch(/No source image provided/);
    expect(results.every((r) => !r.ok || r.id === "no-secrets")).toBe(true);
  });
});
