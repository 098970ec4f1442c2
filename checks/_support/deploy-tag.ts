/**
 * Exercise 10 (red team 2, 2026-12-06): is the image tagged with the commit? With only `:latest`, the tag moves to
 * the new build: the "image in production" saved before the deploy (`docker inspect … {{.Config.Image}}`) reads
 * `…:latest`, and the rollback redeploys the very version that just failed; nobody can tell which commit runs.
 * Each step that builds, tags or pushes the image (`docker build|tag|push` in a `run:`, or docker/build-push-action)
 * is read with the push's contexts filled in; at least one of them (the build, or a later `docker tag`) must carry the commit (github.sha or $GITHUB_SHA, whole or abbreviated) or
 * at least the run (github.run_id / run_number, $GITHUB_RUN_ID / $GITHUB_RUN_NUMBER): a tag that no later build reuses.
 */
import { interpolate } from "./deploy/expressions.ts";
import { parseWorkflow, stepLabel } from "./deploy/workflow.ts";
import { COMMIT, RUN_ID, RUN_NUMBER, expandedRun, pushToMain, stepEnv } from "./deploy-espera.ts";

export { COMMIT };

export interface TagOutcome {
  /** Steps that build, tag or push the image (named as `stepLabel` does), each with whether its tags carry the commit. */
  builds: Array<{ step: string; line?: number; tags: string; carriesCommit: boolean }>;
}

const IMAGE_LINE = /\bdocker\s+(?:(?:buildx\s+|image\s+)?build|tag|push|image\s+tag|image\s+push)\b/;

export function imageTags(workflowText: string): TagOutcome {
  const model = parseWorkflow(workflowText);
  const ctx = pushToMain(COMMIT);
  const builds: TagOutcome["builds"] = [];
  for (const step of model.jobs.flatMap((j) => j.steps)) {
    const action = /^docker\/build-push-action@/.test(step.uses ?? "");
    if (!action && !(step.run && IMAGE_LINE.test(step.run))) continue;
    const env = stepEnv(model, step, ctx);
    let tags: string;
    if (action) tags = interpolate(String(step.with.tags ?? ""), { ...ctx, env });
    else {
      tags = expandedRun(step.run!, env, ctx).split(/\r?\n/).filter((l) => IMAGE_LINE.test(l)).join("\n");
    }
    builds.push({ step: stepLabel(step), line: step.line, tags, carriesCommit: [COMMIT.slice(0, 7), RUN_ID, RUN_NUMBER].some((v) => tags.includes(v)) });
  }
  return { builds };
}
