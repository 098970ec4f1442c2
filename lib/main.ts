/**
 * `runMain(import.meta.url, main)`: at the bottom of an example or exercise file, runs `main()` only
 * when the file is executed directly (`npx tsx arquivo.ts`), inside a session (lab when there is no key,
 * traces flushed and shown at the end). Importing the file (checks, `npm run ex:N`) runs nothing.
 */
import path from "node:path";
import { fileURLToPath } from "node:url";
import { maskSecrets } from "./secrets.ts";
import { ROOT } from "./cli/paths.mjs";
import { describeConfigError, startSession, type Session } from "./session.ts";

export function isMain(moduleUrl: string): boolean {
  const entry = process.argv[1];
  if (!entry) return false;
  const file = fileURLToPath(moduleUrl);
  const resolved = path.resolve(entry);
  return file === resolved || file.replace(/\.ts$/, "") === resolved.replace(/\.ts$/, "");
}

const SCRIPTS = `${path.join(ROOT, "scripts")}${path.sep}`;

/**
 * Prints an error for a student: message with secrets masked, stack trimmed to the student's and the
 * workbook's own files (no node_modules, no Node internals, no frames of the scripts that ran the code),
 * paths relative to the workbook.
 */
export function formatError(error: unknown): string {
  if (!(error instanceof Error)) return maskSecrets(String(error));
  const stack = (error.stack ?? "")
    .split("\n")
    .slice(1)
    .filter((line) => /^\s+at /.test(line) && !line.includes("node_modules") && !/[( ]node:/.test(line) && !line.includes(SCRIPTS) && !/\bscripts[\\/][^\\/]+\.m?[jt]s:/.test(line))
    .map((line) => line.split(`${ROOT}${path.sep}`).join(""))
    .slice(0, 5)
    .join("\n");
  return maskSecrets(`${error.name}: ${error.message}${stack ? `\n${stack}` : ""}`);
}

/** Starts a session, or exits 1 naming what is wrong (a malformed `.env`, in pt-BR). */
export async function startSessionOrExit(): Promise<Session> {
  try {
    return await startSession();
  } catch (error) {
    console.error(describeConfigError(error) ?? formatError(error));
    process.exit(1);
  }
}

export async function runMain(moduleUrl: string, main: () => unknown): Promise<void> {
  if (!isMain(moduleUrl)) return;
  let code = 0;
  const session = await startSessionOrExit();
  try {
    await main();
  } catch (error) {
    console.error(`\n❌ ${formatError(error)}`);
    code = 1;
  }
  await session.finish();
  // Exit explicitly: pending retries of an unreachable LangSmith endpoint must not hold the process.
  process.exit(code);
}
