/**
 * Exercise 10: deploy files that look right and do the wrong thing. Judged by what the files DO: the
 * HEALTHCHECK command is run against a server that answers 500 and one that is down, the workflow's `run:`
 * steps are run in a shell with a failing `npm test`, the job graph is followed for the rollback.
 */
import type { Mistake } from "./catalogue.ts";

const HEALTH = `CMD ["node", "-e", "fetch('http://127.0.0.1:' + (process.env.PORT || 3000) + '/health').then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"]`;
const D = "Dockerfile";
const DF = D;
const CI = ".github/workflows/ci.yml";
const HC_NODE = `  ${HEALTH}`;
const W = ".github/workflows/ci.yml";

export const mistakes: Mistake[] = [
  {
    name: "HEALTHCHECK that ignores the HTTP status (a 500 is healthy)",
    family: "deploy",
    edits: [{ file: D, find: HEALTH, replace: `CMD ["node", "-e", "fetch('http://127.0.0.1:3000/health').then(() => process.exit(0), () => process.exit(1))"]` }],
    caughtBy: /HEALTHCHECK/,
    says: /500|status/i,
  },
  {
    name: "HEALTHCHECK with `|| exit 0` (can never fail)",
    family: "deploy",
    edits: [{ file: D, find: HEALTH, replace: `CMD node -e "fetch('http://127.0.0.1:3000/health').then((r) => process.exit(r.ok ? 0 : 1))" || exit 0` }],
    caughtBy: /HEALTHCHECK/,
    says: /nunca falha|sempre|exit 0|500|fora do ar/i,
  },
  {
    name: "HEALTHCHECK with curl on a slim image (no curl: always unhealthy)",
    family: "deploy",
    edits: [{ file: D, find: HEALTH, replace: `CMD curl --fail http://127.0.0.1:3000/health || exit 1` }],
    caughtBy: /HEALTHCHECK/,
    says: /curl/,
  },
  {
    name: "tests that cannot fail the pipeline (continue-on-error)",
    family: "deploy",
    edits: [{ file: W, find: "      - run: npm test\n", replace: "      - run: npm test\n        continue-on-error: true\n" }],
    caughtBy: /testes automatizados/,
    says: /continue-on-error|não pode|falh/i,
  },
  {
    name: "tests that cannot fail the pipeline (npm test || true)",
    family: "deploy",
    edits: [{ file: W, find: "      - run: npm test\n", replace: "      - run: npm test || true\n" }],
    caughtBy: /testes automatizados/,
    says: /\|\| true|falh/i,
  },
  {
    name: "USER node before npm ci in the runtime stage (the build breaks: /app belongs to root)",
    family: "deploy",
    edits: [
      {
        file: D,
        find: "COPY package.json ./\nCOPY --from=deps /app/node_modules ./node_modules\nCOPY --from=build /app/dist ./dist\nUSER node\n",
        replace: "USER node\nCOPY package.json package-lock.json ./\nRUN npm ci --omit=dev\nCOPY --from=build /app/dist ./dist\n",
      },
    ],
    caughtBy: /usuário sem privilégios/,
    says: /USER|root|permiss/i,
  },
  {
    name: "API key chosen by a build ARG and kept in the image's ENV",
    family: "security",
    edits: [{ file: D, find: "ENV PORT=3000\n", replace: "ENV PORT=3000\nARG OPENAI_API_KEY\nENV OPENAI_API_KEY=${OPENAI_API_KEY}\n" }],
    // Secrets are a precondition of every Dockerfile rule: the first one shows it.
    caughtBy: /Dockerfile: multi-stage/,
    says: /ARG OPENAI_API_KEY/,
  },
  {
    name: "secret mount copied into the final image",
    family: "security",
    edits: [{ file: D, find: "USER node\n", replace: "RUN --mount=type=secret,id=env cp /run/secrets/env /app/.env\nUSER node\n" }],
    caughtBy: /Dockerfile: multi-stage/,
    says: /mount=type=secret/,
  },
  {
    name: "rollback placed before the health check (never triggered by it)",
    family: "deploy",
    edits: [
      {
        file: W,
        find: "      - name: Health check\n        id: health\n        run: curl --fail --silent --show-error --retry 10 --retry-delay 3 --retry-all-errors \"$APP_URL/health\"\n",
        replace: "",
      },
      {
        file: W,
        find: "          ssh \"$DEPLOY_HOST\" \"(docker rm -f chatbot || true) && docker run -d --name chatbot --restart unless-stopped --env-file /etc/chatbot/.env -p 3000:3000 '$ANTERIOR'\"\n",
        replace:
          "          ssh \"$DEPLOY_HOST\" \"(docker rm -f chatbot || true) && docker run -d --name chatbot --restart unless-stopped --env-file /etc/chatbot/.env -p 3000:3000 '$ANTERIOR'\"\n      - name: Health check\n        id: health\n        run: curl --fail --silent --show-error --retry 10 --retry-delay 3 --retry-all-errors \"$APP_URL/health\"\n",
      },
    ],
    caughtBy: /rollback automático/,
    says: /depois|health/i,
  },
  {
    name: "health check after deploy without --fail (a 500 passes)",
    family: "deploy",
    edits: [{ file: W, find: 'run: curl --fail --silent --show-error --retry 10', replace: 'run: curl --silent --show-error --retry 10' }],
    caughtBy: /health check da versão nova/,
    says: /--fail|500|status/i,
  },
  {
    name: "deploy job without the main-push condition (pull requests deploy)",
    family: "deploy",
    edits: [{ file: W, find: "    needs: imagem\n    if: github.event_name == 'push' && github.ref == 'refs/heads/main'\n", replace: "    needs: imagem\n" }],
    caughtBy: /deploy da imagem, só em push na main/,
  },
  {
    name: "image built in parallel with the tests (no needs)",
    family: "deploy",
    edits: [{ file: W, find: "  imagem:\n    needs: testes\n", replace: "  imagem:\n" }],
    caughtBy: /imagem Docker construída só depois dos testes/,
  },
  {
    name: ".dockerignore leaves .env.production in the build context",
    family: "security",
    edits: [{ file: ".dockerignore", find: ".env\n.env.*\n", replace: ".env\n" }],
    caughtBy: /\.dockerignore: deixa de fora/,
    says: /\.env\.\*/,
  },
  {
    name: "CMD in shell form through npm (SIGTERM never reaches node)",
    family: "network",
    edits: [{ file: D, find: 'CMD ["node", "dist/server.js"]', replace: "CMD npm start" }],
    caughtBy: /CMD em forma exec/,
  },
  {
    name: "npm install instead of npm ci in the pipeline",
    family: "deploy",
    edits: [{ file: W, find: "      - run: npm ci\n", replace: "      - run: npm install\n" }],
    caughtBy: /npm ci/,
  },
  {
    name: "no USER: the app runs as root",
    family: "deploy",
    edits: [{ file: DF, find: "USER node\n", replace: "" }],
    caughtBy: /USER/,
    says: /root/,
  },
  {
    name: "HEALTHCHECK that can never fail (CMD true)",
    family: "deploy",
    edits: [{ file: DF, find: HC_NODE, replace: "  CMD true" }],
    caughtBy: /HEALTHCHECK/,
    says: /sempre dá certo/,
  },
  {
    name: "node HEALTHCHECK on the wrong route (/healthz): always unhealthy",
    family: "deploy",
    edits: [{ file: DF, find: "+ '/health')", replace: "+ '/healthz')" }],
    caughtBy: /HEALTHCHECK/,
    says: /respondendo 200 e ele falhou/,
  },
  {
    name: ".env copied into the runtime image",
    family: "config",
    edits: [{ file: DF, find: "COPY package.json ./\n", replace: "COPY package.json ./\nCOPY .env ./\n" }],
    caughtBy: /Dockerfile: a imagem final roda/,
    says: /arquivo de chaves/,
  },
  {
    name: "NODE_ENV never set in the runtime stage",
    family: "deploy",
    edits: [{ file: DF, find: "ENV NODE_ENV=production\n", replace: "" }],
    caughtBy: /NODE_ENV/,
    says: /não define NODE_ENV/,
  },
  {
    name: "runtime takes node_modules from the build stage (devDependencies shipped)",
    family: "deploy",
    edits: [{ file: DF, find: "COPY --from=deps /app/node_modules ./node_modules", replace: "COPY --from=build /app/node_modules ./node_modules" }],
    caughtBy: /devDependencies/,
    says: /devDependencies/,
  },
  {
    name: "COPY . . before npm ci (every code change reinstalls)",
    family: "deploy",
    edits: [{ file: DF, find: "COPY package.json package-lock.json ./\nRUN npm ci\n", replace: "COPY . .\nRUN npm ci\n" }],
    caughtBy: /copiados antes do npm ci/,
    says: /invalida o cache/,
  },
  {
    name: "node:latest base image",
    family: "deploy",
    edits: [{ file: DF, find: "FROM node:24-slim AS runtime", replace: "FROM node:latest AS runtime" }],
    caughtBy: /Dockerfile: NODE_ENV/,
    says: /tag fixa[\s\S]*latest/,
  },
  {
    name: "rollback that never triggers (health check continue-on-error)",
    family: "deploy",
    edits: [{ file: CI, find: "        id: health\n", replace: "        id: health\n        continue-on-error: true\n" }],
    caughtBy: /rollback/,
    says: /continue-on-error/,
  },
  {
    name: "rollback without if: failure()",
    family: "deploy",
    edits: [{ file: CI, find: "        if: failure() && steps.anterior.outputs.imagem != ''\n", replace: "" }],
    caughtBy: /rollback/,
    says: /failure\(\)/,
  },
  {
    name: ".dockerignore lets .env into the build context",
    family: "config",
    edits: [{ file: ".dockerignore", find: "\n.env\n.env.*\n", replace: "\n" }],
    caughtBy: /deixa de fora \.env/,
    says: /\.env/,
  },
  // red team 2026-12-06: v25 — GitHub adds `success() &&` to a condition without a status function.
  {
    name: "rollback guarded by the health step's outcome only (implicit success(): never runs)",
    family: "deploy",
    edits: [{ file: CI, find: "        if: failure() && steps.anterior.outputs.imagem != ''\n", replace: "        if: steps.health.outcome == 'failure' && steps.anterior.outputs.imagem != ''\n" }],
    caughtBy: /rollback automático/,
    says: /success\(\) &&/,
  },
  // red team 2026-12-06: v27
  {
    name: "rollback redeploys the new image (the one that just failed)",
    family: "deploy",
    edits: [{ file: CI, find: "-p 3000:3000 '$ANTERIOR'\"", replace: "-p 3000:3000 '${IMAGEM,,}'\"" }],
    caughtBy: /rollback automático/,
    says: /versão NOVA/,
  },
  // red team 2026-12-06: v3b
  {
    name: "every branch deploys (no branch filter on push, deploy job checks only the event)",
    family: "deploy",
    edits: [
      { file: CI, find: "on:\n  push:\n    branches: [main]\n", replace: "on:\n  push:\n" },
      { file: CI, find: "    needs: imagem\n    if: github.event_name == 'push' && github.ref == 'refs/heads/main'\n", replace: "    needs: imagem\n    if: github.event_name == 'push'\n" },
    ],
    caughtBy: /deploy da imagem, só em push na main/,
    says: /push na branch "feature/,
  },
  // red team 2026-12-06: v28
  {
    name: "post-deploy health check on the CI runner's localhost, not the deployed app",
    family: "deploy",
    edits: [{ file: CI, find: '--retry-all-errors "$APP_URL/health"', replace: "--retry-all-errors http://localhost:3000/health" }],
    caughtBy: /health check da versão nova/,
    says: /própria máquina do CI/,
  },
  // red team 2026-12-06: v4 (already caught; kept by behaviour now)
  {
    name: "rollback with always(): every good deploy is undone",
    family: "deploy",
    edits: [{ file: CI, find: "        if: failure() && steps.anterior.outputs.imagem != ''\n", replace: "        if: always() && steps.anterior.outputs.imagem != ''\n" }],
    caughtBy: /rollback automático/,
    says: /deploy bom/,
  },
  // red team 2 (2026-12-06): the new container refuses connections for a few seconds (simulated clock).
  {
    name: "post-deploy health check without retries (the container is still starting: every deploy rolls back)",
    family: "time",
    edits: [{ file: CI, find: 'run: curl --fail --silent --show-error --retry 10 --retry-delay 3 --retry-all-errors "$APP_URL/health"', replace: 'run: curl --fail --silent --show-error "$APP_URL/health"' }],
    caughtBy: /tenta de novo enquanto a versão nova ainda está subindo/,
    says: /connection refused/,
  },
  {
    name: "curl --retry without --retry-all-errors (curl does not retry a refused connection)",
    family: "time",
    edits: [{ file: CI, find: "--retry 10 --retry-delay 3 --retry-all-errors", replace: "--retry 10 --retry-delay 3" }],
    caughtBy: /tenta de novo enquanto a versão nova ainda está subindo/,
    says: /--retry-all-errors/,
  },
  {
    name: "CMD runs the TypeScript source with node (no build output)",
    family: "deploy",
    edits: [{ file: D, find: 'CMD ["node", "dist/server.js"]', replace: 'CMD ["node", "server.ts"]' }],
    caughtBy: /CMD em forma exec/,
  },
  {
    name: "image tagged :latest only (the saved 'previous image' is the new one: the rollback restores the failure)",
    family: "deploy",
    edits: [
      { file: CI, find: "      IMAGEM: ghcr.io/${{ github.repository_owner }}/chatbot:${{ github.sha }}\n    steps:\n      - uses: actions/checkout@v4", replace: "      IMAGEM: ghcr.io/${{ github.repository_owner }}/chatbot:latest\n    steps:\n      - uses: actions/checkout@v4" },
      { file: CI, find: "      IMAGEM: ghcr.io/${{ github.repository_owner }}/chatbot:${{ github.sha }}\n      DEPLOY_HOST", replace: "      IMAGEM: ghcr.io/${{ github.repository_owner }}/chatbot:latest\n      DEPLOY_HOST" },
    ],
    caughtBy: /leva o commit \(github\.sha\) na tag/,
    says: /rollback sobe de novo a versão que acabou de falhar/,
  },
  // nodelts (2026-12-06): Node 20 is end-of-life since 2026-04-30; CI and image on the same line must still be a supported one.
  {
    name: "image and CI on node 20 (end-of-life: no security fixes since 2026-04-30)",
    family: "deploy",
    edits: [
      { file: DF, find: "FROM node:24-slim AS deps", replace: "FROM node:20-slim AS deps" },
      { file: DF, find: "FROM node:24-slim AS build", replace: "FROM node:20-slim AS build" },
      { file: DF, find: "FROM node:24-slim AS runtime", replace: "FROM node:20-slim AS runtime" },
      { file: CI, find: "          node-version: 24\n", replace: "          node-version: 20\n" },
    ],
    caughtBy: /Dockerfile: NODE_ENV/,
    says: /Node 20, que chegou ao fim do suporte em 30\/04\/2026[\s\S]*correções de segurança/,
  },
  {
    name: "image on node 24, CI tests on node 22 (what passed CI is not what runs)",
    family: "deploy",
    edits: [{ file: CI, find: "          node-version: 24\n", replace: "          node-version: 22\n" }],
    caughtBy: /setup-node com o mesmo Node da imagem/,
    says: /Node 22, mas a imagem[\s\S]*roda o Node 24/,
  },
  // red team 3 (2026-12-06): the runtime copies dist/ from a stage that never compiles (docker build: "/app/dist": not found).
  {
    name: "build stage never runs npm run build (runtime copies a dist/ that does not exist)",
    family: "deploy",
    edits: [{ file: DF, find: "COPY . .\nRUN npm run build\n", replace: "COPY . .\n" }],
    caughtBy: /dist\/ que a imagem final roda/,
    says: /nenhum RUN desse estágio compila/,
  },
  {
    name: "npm run build moved to the runtime stage after npm ci --omit=dev (no tsc there; build stage has no dist)",
    family: "deploy",
    edits: [
      { file: DF, find: "COPY . .\nRUN npm run build\n", replace: "COPY . .\n" },
      { file: DF, find: "COPY --from=build /app/dist ./dist\nUSER node\n", replace: "COPY --from=build /app/dist ./dist\nRUN npm run build\nUSER node\n" },
    ],
    caughtBy: /dist\/ que a imagem final roda/,
    says: /não é de onde o dist\/ vem/,
  },
  // red team 3 (2026-12-06): GITHUB_TOKEN without packages: write cannot push to ghcr.io.
  {
    name: "image job pushes to ghcr.io without permissions: packages: write (workflow grants contents: read only)",
    family: "config",
    edits: [{ file: CI, find: "    needs: testes\n    runs-on: ubuntu-latest\n    permissions:\n      contents: read\n      packages: write\n", replace: "    needs: testes\n    runs-on: ubuntu-latest\n" }],
    caughtBy: /pode escrever pacotes|packages: write/,
    says: /packages: write/,
  },
  // red team 3 (2026-12-06): the deploy job run three times against one simulated server (stateful fake docker).
  {
    name: "deploy runs docker run --name chatbot without removing the previous container (second deploy: name in use)",
    family: "deploy",
    edits: [{ file: CI, find: "docker pull '${IMAGEM,,}' && (docker rm -f chatbot || true) && ", replace: "docker pull '${IMAGEM,,}' && " }],
    caughtBy: /funciona também na segunda vez|segundo deploy/,
    says: /already in use[\s\S]*docker rm -f chatbot/,
  },
  {
    name: "deploy only stops the previous container (docker stop keeps the name taken)",
    family: "deploy",
    edits: [{ file: CI, find: "docker pull '${IMAGEM,,}' && (docker rm -f chatbot || true) && ", replace: "docker pull '${IMAGEM,,}' && (docker stop chatbot || true) && " }],
    caughtBy: /segundo deploy/,
    says: /docker stop. sozinho não libera o nome/,
  },
  {
    name: "rollback runs the previous image under the name of the failed container, still there",
    family: "deploy",
    edits: [{ file: CI, find: "ssh \"$DEPLOY_HOST\" \"(docker rm -f chatbot || true) && docker run -d --name chatbot --restart unless-stopped --env-file /etc/chatbot/.env -p 3000:3000 '$ANTERIOR'\"", replace: "ssh \"$DEPLOY_HOST\" \"docker run -d --name chatbot --restart unless-stopped --env-file /etc/chatbot/.env -p 3000:3000 '$ANTERIOR'\"" }],
    caughtBy: /o rollback troca o que falhou/,
    says: /Remova-o primeiro/,
  },
];
