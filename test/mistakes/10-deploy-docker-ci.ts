/** Plausible wrong deploy files for exercise 10, judged by what they do (see catalogue.ts). */
import type { Mistake } from "./catalogue.ts";

const DF = "Dockerfile";
const CI = ".github/workflows/ci.yml";
const HC_NODE =
  `  CMD ["node", "-e", "fetch('http://127.0.0.1:' + (process.env.PORT || 3000) + '/health').then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"]`;

export const mistakes: Mistake[] = [
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
    name: "HEALTHCHECK with curl on a slim image (and no --fail)",
    family: "deploy",
    edits: [{ file: DF, find: HC_NODE, replace: "  CMD curl http://localhost:3000/health" }],
    caughtBy: /HEALTHCHECK/,
    says: /não tem `curl`|sem `-f`/,
  },
  {
    name: "node HEALTHCHECK that exits 0 whatever /health answers",
    family: "deploy",
    edits: [{ file: DF, find: "process.exit(r.ok ? 0 : 1)", replace: "process.exit(0)" }],
    caughtBy: /HEALTHCHECK/,
    says: /responde 500 e ele saiu com código 0/,
  },
  {
    name: "node HEALTHCHECK on the wrong route (/healthz): always unhealthy",
    family: "deploy",
    edits: [{ file: DF, find: "+ '/health')", replace: "+ '/healthz')" }],
    caughtBy: /HEALTHCHECK/,
    says: /responde 200 e ele saiu com código 1/,
  },
  {
    name: "API key chosen by a build ARG and kept in ENV",
    family: "config",
    edits: [{ file: DF, find: "ENV NODE_ENV=production\n", replace: "ENV NODE_ENV=production\nARG OPENAI_API_KEY\nENV OPENAI_API_KEY=$OPENAI_API_KEY\n" }],
    caughtBy: /Dockerfile: CMD em forma exec/,
    says: /nenhum segredo gravado[\s\S]*(ARG OPENAI_API_KEY|grava a chave)/,
  },
  {
    name: ".env copied into the runtime image",
    family: "config",
    edits: [{ file: DF, find: "COPY package.json ./\n", replace: "COPY package.json ./\nCOPY .env ./\n" }],
    caughtBy: /Dockerfile: a imagem final roda/,
    says: /arquivo de chaves/,
  },
  {
    name: "CMD through npm start (SIGTERM never reaches node)",
    family: "network",
    edits: [{ file: DF, find: 'CMD ["node", "dist/server.js"]', replace: 'CMD ["npm", "start"]' }],
    caughtBy: /CMD em forma exec/,
    says: /PID 1/,
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
    edits: [{ file: DF, find: "FROM node:20-slim AS runtime", replace: "FROM node:latest AS runtime" }],
    caughtBy: /Dockerfile: NODE_ENV/,
    says: /tag fixa[\s\S]*latest/,
  },
  {
    name: "tests cannot fail the pipeline (npm test || true)",
    family: "deploy",
    edits: [{ file: CI, find: "      - run: npm test\n", replace: "      - run: npm test || true\n" }],
    caughtBy: /testes automatizados/,
    says: /saiu com código 0/,
  },
  {
    name: "tests cannot fail the pipeline (continue-on-error)",
    family: "deploy",
    edits: [{ file: CI, find: "      - run: npm test\n", replace: "      - run: npm test\n        continue-on-error: true\n" }],
    caughtBy: /testes automatizados/,
    says: /continue-on-error/,
  },
  {
    name: "npm install in CI",
    family: "deploy",
    edits: [{ file: CI, find: "      - run: npm ci\n", replace: "      - run: npm install\n" }],
    caughtBy: /npm ci/,
    says: /npm install/,
  },
  {
    name: "image built without waiting for the tests",
    family: "deploy",
    edits: [{ file: CI, find: "  imagem:\n    needs: testes\n", replace: "  imagem:\n" }],
    caughtBy: /imagem Docker construída só depois/,
    says: /não espera os testes/,
  },
  {
    name: "deploy also runs on pull requests",
    family: "deploy",
    edits: [{ file: CI, find: "    needs: imagem\n    if: github.event_name == 'push' && github.ref == 'refs/heads/main'\n", replace: "    needs: imagem\n" }],
    caughtBy: /deploy da imagem/,
    says: /pull_request/,
  },
  {
    name: "health check curl without --fail (500 passes)",
    family: "deploy",
    edits: [{ file: CI, find: "run: curl --fail --silent", replace: "run: curl --silent" }],
    caughtBy: /health check da versão nova/,
    says: /sem `--fail`/,
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
];
