/** Static checks of deploy files (Dockerfile, .dockerignore, GitHub Actions workflow) with real linters. */
export { describeFailure, type Problem, type RuleResult, type RuleSpec } from "./common.ts";
export { checkDockerfile, DOCKERFILE_RULES, imageNodeMajor, parseDockerfile } from "./dockerfile.ts";
export { checkDockerignore, DOCKERIGNORE_RULES, isIgnored, parseDockerignore } from "./dockerignore.ts";
export { DEPLOY_FILES, missingFileMessage, type DeployFile } from "./files.ts";
export { EXAMPLE_MAJOR, imageTagMajor, lineProblem, SUPPORTED_MAJORS, versionSpecMajor } from "./node-lines.ts";
export { actionlintProblems, checkWorkflow, isOutdatedLinterDiagnostic, parseWorkflow, WORKFLOW_RULES, type WorkflowContext } from "./workflow.ts";
