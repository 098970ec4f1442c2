/**
 * `node:util` parseArgs with strict errors in pt-BR, shared by the CLI scripts and the quiz
 * (a mistyped flag is an error, never silently ignored).
 */
import { parseArgs, type ParseArgsConfig } from "node:util";

/** parseArgs's English error as one pt-BR line. */
export function translateParseError(error: unknown): string {
  const code = (error as { code?: string }).code;
  const message = error instanceof Error ? error.message : String(error);
  const quoted = /'([^']+)'/.exec(message)?.[1];
  switch (code) {
    case "ERR_PARSE_ARGS_UNKNOWN_OPTION":
      return `opção desconhecida: ${quoted ?? message}`;
    case "ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL":
      return `argumento inesperado: ${quoted ?? message} (as opções começam com --)`;
    case "ERR_PARSE_ARGS_INVALID_OPTION_VALUE": {
      const flag = /(--?[\w-]+)/.exec(message)?.[1] ?? "uma opção";
      if (message.includes("does not take")) return `${flag} não recebe valor`;
      return `falta o valor de ${flag}`;
    }
    default:
      return message;
  }
}

/**
 * Strict parse of a script's arguments; on a mistake prints the pt-BR error and the usage, and exits 2.
 */
export function parseScriptArgs<T extends ParseArgsConfig["options"]>(argv: string[], options: T, usage: string, allowPositionals = true) {
  try {
    return parseArgs({ args: argv, options, strict: true, allowPositionals });
  } catch (error) {
    console.error(`❌ ${translateParseError(error)}\n\n${usage}`);
    process.exit(2);
  }
}
