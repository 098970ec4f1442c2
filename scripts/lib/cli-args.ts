// Kept only for scripts/grade.ts (another owner); everything else imports lib/cli/args.ts. Delete with that import.
export { parseScriptArgs, translateParseError } from "../../lib/cli/args.ts";
