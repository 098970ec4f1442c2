/** Plausible wrong solutions of exercise 06 (key protection), each caught by a named check (see catalogue.ts). */
import type { Mistake } from "./catalogue.ts";

const e = (file: string, find: string, replace: string) => [{ file, find, replace }];

export const mistakes: Mistake[] = [
  {
    name: "mask shows the first 8 characters (partial mask)",
    family: "config",
    edits: e("config.ts", '  return `${prefix ?? ""}…${value.slice(-4)}`;', "  return `${value.slice(0, 8)}…${value.slice(-4)}`;"),
    caughtBy: /mask\(\) mostra só o prefixo/,
  },
  {
    name: "mask reveals short values whole",
    family: "config",
    edits: e("config.ts", '  if (value.length < 12) return "****";\n', ""),
    caughtBy: /mask\(\) mostra só o prefixo/,
  },
  {
    name: "scrub replaces only the first occurrence of a known secret",
    family: "config",
    edits: e("logger.ts", "out = out.split(secret).join(mask(secret));", "out = out.replace(secret, mask(secret));"),
    caughtBy: /scrub: segredo conhecido/,
    says: /só a primeira ocorrência/,
  },
  {
    name: "scrub ignores key-shaped text it was not told about",
    family: "config",
    edits: e("logger.ts", "  for (const shape of KEY_SHAPES) out = out.replace(shape, (found) => mask(found));\n", ""),
    caughtBy: /scrub|somem do log/,
  },
  {
    name: "short known secrets (8+ chars) not scrubbed",
    family: "config",
    edits: e("logger.ts", "if (secret.length >= 8)", "if (secret.length >= 20)"),
    caughtBy: /scrub|createLogger/,
  },
  {
    name: "safeError keeps the original stack (key in the stack)",
    family: "error-path",
    edits: e("logger.ts", "  safe.stack = scrub([`${safe.name}: ${safe.message}`, ...frames].join(\"\\n\"), secrets);", "  safe.stack = original.stack;"),
    caughtBy: /safeError/,
  },
  {
    name: "provider error swallowed into a friendly answer",
    family: "error-path",
    edits: e("app.ts", "        throw seguro;", '        return "Desculpe, não consegui responder agora.";'),
    caughtBy: /provedor ecoa a chave/,
  },
  {
    name: "the raw provider error is rethrown (key inside)",
    family: "error-path",
    edits: e("app.ts", "        throw seguro;", "        throw error;"),
    caughtBy: /provedor ecoa a chave/,
  },
  {
    name: "the OpenAI base URL from the config is ignored",
    family: "config",
    edits: e("app.ts", "    configuration: { baseURL: config.urls.openai },\n", ""),
    caughtBy: /OpenAI configurada/,
  },
  {
    name: "LangSmith client without the secret anonymizer",
    family: "security",
    edits: e("app.ts", "    anonymizer: createSecretAnonymizer({", "    _anonymizer: createSecretAnonymizer({"),
    caughtBy: /provedor ecoa a chave/,
  },
  {
    name: "close() never flushes the traces",
    family: "network",
    edits: e("app.ts", "      await client.flush();\n      await client.awaitPendingTraceBatches();\n", ""),
    caughtBy: /OpenAI configurada|provedor ecoa a chave/,
  },
];
