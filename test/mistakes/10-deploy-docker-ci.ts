/**
 * Exercise 10: deploy files that look right and do the wrong thing. Judged by what the files DO: the
 * HEALTHCHECK command is run against a server that answers 500 and one that is down, the workflow's `run:`
 * steps are run in a shell with a failing `npm test`, the job graph is followed for the rollback.
 */
import type { Mistake } from "./catalogue.ts";

const HEALTH = `CMD ["node", "-e", "fetch('http://127.0.0.1:' + (process.env.PORT || 3000) + '/health').then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"]`;
const D = "Dockerfile";
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
];
