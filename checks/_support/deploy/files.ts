/**
 * The three files exercise 10 grades, with the pt-BR message shown when one is missing:
 * where to create it and a minimal skeleton to start from.
 */
import path from "node:path";

export interface DeployFile {
  /** Path inside the exercise folder, with forward slashes. */
  relativePath: string;
  skeleton: string;
}

export const DEPLOY_FILES = {
  dockerfile: {
    relativePath: "Dockerfile",
    skeleton: ["FROM node:24-slim AS build", "WORKDIR /app", "# …", "", "FROM node:24-slim AS runtime", "WORKDIR /app", "# …", 'CMD ["node", "dist/server.js"]'].join("\n"),
  },
  dockerignore: {
    relativePath: ".dockerignore",
    skeleton: [".env", ".env.*", "node_modules", ".git"].join("\n"),
  },
  workflow: {
    relativePath: ".github/workflows/ci.yml",
    skeleton: ["name: CI", "on:", "  push:", "    branches: [main]", "  pull_request:", "jobs:", "  testes:", "    runs-on: ubuntu-latest", "    steps:", "      - uses: actions/checkout@v4", "      # …"].join("\n"),
  },
} satisfies Record<string, DeployFile>;

/** "crie o arquivo X" with the folder it belongs to (relative to the current directory) and a skeleton. */
export function missingFileMessage(file: DeployFile, exerciseDir: string): string {
  const full = path.join(exerciseDir, ...file.relativePath.split("/"));
  const relative = path.relative(process.cwd(), full);
  const shown = relative && !relative.startsWith("..") && !path.isAbsolute(relative) ? relative : full;
  const indented = file.skeleton
    .split("\n")
    .map((l) => `      ${l}`)
    .join("\n");
  return [
    `crie o arquivo ${shown.split(path.sep).join("/")} (ele não existe).`,
    "  Um esqueleto mínimo para começar (complete seguindo o README do exercício):",
    indented,
    "  (Apagou o arquivo sem querer? `npm run reset 10` traz os arquivos iniciais de volta.)",
  ].join("\n");
}
