/** Static checks of deploy files (Dockerfile, .dockerignore, GitHub Actions workflow) with real linters. */
export { describeFailure, type Problem, type RuleResult, type RuleSpec } from "./common.ts";
export { checkDockerfile, checkDockerfileRunning, DOCKERFILE_RULES, parseDockerfile, probeHealthcheck } from "./dockerfile.ts";
export { checkDockerignore, DOCKERIGNORE_RULES, isIgnored, parseDockerignore } from "./dockerignore.ts";
export { DEPLOY_FILES, missingFileMessage, type DeployFile } from "./files.ts";
export { actionlintProblems, checkWorkflow, isOutdatedLinterDiagnostic, parseWorkflow, WORKFLOW_RULES } from "./workflow.ts";
