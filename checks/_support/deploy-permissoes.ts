/**
 * Exercise 10 (red team 3, 2026-12-06): a job that pushes the image to ghcr.io with the run's GITHUB_TOKEN needs
 * `permissions: packages: write`. Without it (a workflow-level `permissions: contents: read`, or no block at all on a
 * repository created after Feb 2023, whose default token is read-only) `docker push` is refused ("denied: installation
 * not allowed to Write organization package" / "permission_denied: write_package"), the image never reaches the
 * registry and the server pulls nothing. Read as GitHub reads it: the job's `permissions:` replaces the workflow's;
 * `write-all` grants everything; a job without either gets the repository default (read-only, assumed here).
 */
import { parse } from "yaml";
import { interpolate } from "./deploy/expressions.ts";
import { asRecord, parseWorkflow, stepLabel, type WorkflowJob } from "./deploy/workflow.ts";
import { COMMIT, expandedRun, pushToMain, stepEnv } from "./deploy-espera.ts";

export interface PermissionOutcome {
  /** Steps that build the image (as deploy-tag finds them): none means the image job is missing. */
  builds: number;
  /** Jobs that push to ghcr.io with the GITHUB_TOKEN, each with whether its token may write packages. */
  pushes: Array<{ job: string; step: string; line?: number; canWrite: boolean; declared: string }>;
}

const BUILD = /\bdocker\s+(?:(?:buildx\s+|image\s+)?build)\b/;
const PUSH = /\bdocker\s+(?:image\s+)?push\b|\bdocker\s+(?:buildx\s+)?build\b[^\n]*--push\b/;

/** What the job's token may do, as GitHub resolves it, and how it was declared (for the message). */
function packagesWrite(workflow: unknown, job: unknown): { canWrite: boolean; declared: string } {
  const own = asRecord(job).permissions;
  const top = asRecord(workflow).permissions;
  const [value, where] = own !== undefined ? [own, "do job"] : top !== undefined ? [top, "do workflow (o job não declara as suas)"] : [undefined, ""];
  if (value === undefined) return { canWrite: false, declared: "nenhum bloco `permissions:` (vale o padrão do repositório, só leitura nos repositórios novos)" };
  if (value === "write-all") return { canWrite: true, declared: `write-all ${where}` };
  if (typeof value === "string") return { canWrite: false, declared: `\`permissions: ${value}\` ${where}` };
  const map = asRecord(value);
  const shown = Object.entries(map).map(([k, v]) => `${k}: ${String(v)}`).join(", ") || "{}";
  return { canWrite: map.packages === "write", declared: `\`permissions: { ${shown} }\` ${where}` };
}

function usesGithubToken(job: WorkflowJob, text: string): boolean {
  return /\bsecrets\.GITHUB_TOKEN\b|\bgithub\.token\b/.test(text) || job.steps.some((s) => /\bGITHUB_TOKEN\b/.test(JSON.stringify(s.with)));
}

export function registryPermissions(workflowText: string): PermissionOutcome {
  const model = parseWorkflow(workflowText);
  const raw = asRecord(parse(workflowText));
  const rawJobs = asRecord(raw.jobs);
  const ctx = pushToMain(COMMIT);
  let builds = 0;
  const pushes: PermissionOutcome["pushes"] = [];
  for (const job of model.jobs) {
    const jobText = JSON.stringify(rawJobs[job.id] ?? {});
    for (const step of job.steps) {
      const env = stepEnv(model, step, ctx);
      let pushesHere = false;
      let target = "";
      if (/^docker\/build-push-action@/.test(step.uses ?? "")) {
        builds++;
        target = interpolate(String(step.with.tags ?? ""), { ...ctx, env });
        pushesHere = String(step.with.push ?? "false") !== "false";
      } else if (step.run) {
        const expanded = expandedRun(step.run, env, ctx);
        if (BUILD.test(expanded)) builds++;
        pushesHere = PUSH.test(expanded);
        target = expanded;
      }
      if (!pushesHere || !/\bghcr\.io\b/i.test(`${target}\n${jobText}`) || !usesGithubToken(job, jobText)) continue;
      pushes.push({ job: job.id, step: stepLabel(step), line: step.line, ...packagesWrite(raw, rawJobs[job.id]) });
    }
  }
  return { builds, pushes };
}
