/**
 * Exercise 6: key handling that looks safe and is not. The lab requires the exact keys of the config
 * (lab.requireKeys), so an SDK that reads process.env instead is refused; the provider echoes the key in its
 * error, so every path that lets it through shows.
 * Not a mistake here: logging the original error object, because criarLogger() scrubs every line anyway
 * (defence in depth; the checks read the log, not the code); an error message without the variable's name,
 * because the schema's own messages already name it.
 */
import type { Mistake } from "./catalogue.ts";

const A = "app.ts";
const C = "config.ts";
const L = "logger.ts";
const WHICH = /responde pela OpenAI configurada/;
const ECHO = /quando o provedor ecoa a chave/;
const e = (file: string, find: string, replace: string) => [{ file, find, replace }];

export const mistakes: Mistake[] = [
  {
    name: "ChatOpenAI without apiKey (the SDK reads OPENAI_API_KEY from process.env)",
    family: "config",
    edits: [{ file: A, find: "    apiKey: openaiKey.reveal(),\n", replace: "" }],
    caughtBy: WHICH,
    says: /OPENAI_API_KEY da config/,
  },
  {
    name: "LangSmith Client without apiKey (reads LANGSMITH_API_KEY from process.env)",
    family: "config",
    edits: [{ file: A, find: "    apiKey: config.keys.LANGSMITH_API_KEY?.reveal(),\n", replace: "" }],
    caughtBy: WHICH,
    says: /LANGSMITH_API_KEY da config/,
  },
  {
    name: "ChatOpenAI pointed at process.env.OPENAI_BASE_URL instead of the config's URL",
    family: "config",
    edits: [{ file: A, find: "    configuration: { baseURL: config.urls.openai },\n", replace: "    configuration: { baseURL: process.env.OPENAI_BASE_URL },\n" }],
    caughtBy: WHICH,
  },
  {
    name: "provider error swallowed into a friendly answer",
    family: "error-path",
    edits: [{ file: A, find: "        throw seguro;\n", replace: '        return "Desculpe, não consegui responder agora.";\n' }],
    caughtBy: ECHO,
    says: /deveria lançar um erro/,
  },
  {
    name: "the original provider error rethrown (key echoed in its message)",
    family: "error-path",
    edits: [{ file: A, find: "        throw seguro;\n", replace: "        throw error;\n" }],
    caughtBy: ECHO,
    says: /contém a chave/,
  },
  {
    name: "trace client without the anonymizer (the provider's echo reaches LangSmith)",
    family: "security",
    edits: [{ file: A, find: "    anonymizer: createSecretAnonymizer({", replace: "    anonymizer: undefined && createSecretAnonymizer({" }],
    caughtBy: ECHO,
    says: /LangSmith/,
  },
  {
    name: "limparSegredos replaces only the first occurrence of a known secret",
    family: "security",
    edits: [{ file: L, find: "out = out.split(secret).join(mascarar(secret));", replace: "out = out.replace(secret, mascarar(secret));" }],
    caughtBy: /limparSegredos: segredo conhecido/,
    says: /TODAS as ocorrências/,
  },
  {
    name: "mascarar shows the first characters of the key",
    family: "security",
    edits: [{ file: C, find: "  return `${prefix ?? \"\"}…${value.slice(-4)}`;", replace: "  return `${value.slice(0, 8)}…${value.slice(-4)}`;" }],
    caughtBy: /mascarar\(\)/,
  },
  {
    name: "Segredo.toJSON reveals the key (JSON.stringify of the config leaks it)",
    family: "security",
    edits: [{ file: C, find: "  toJSON(): string {\n    return mascarar(this.#value);", replace: "  toJSON(): string {\n    return this.#value;" }],
    caughtBy: /um Segredo não revela a chave/,
  },
  {
    name: "CI=true still prompts for the key (waits forever in a pipeline)",
    family: "config",
    edits: [{ file: C, find: '  if (ci && ci !== "false" && ci !== "0") return "em CI (CI está definida) ninguém pode digitar";\n', replace: "" }],
    caughtBy: /falta a chave e não dá para perguntar/,
  },
  {
    name: "prompts whenever stdin is a TTY, even with stdout piped",
    family: "config",
    edits: [{ file: C, find: "  if (!terminal.input.isTTY || !terminal.output.isTTY) return", replace: "  if (!terminal.input.isTTY) return" }],
    caughtBy: /stdout que não é TTY|CI="false"/,
  },
  {
    name: "mascarar reveals short values whole",
    family: "config",
    edits: e("config.ts", '  if (value.length < 12) return "****";\n', ""),
    caughtBy: /mascarar\(\) mostra só o prefixo/,
  },
  {
    name: "limparSegredos ignores key-shaped text it was not told about",
    family: "config",
    edits: e("logger.ts", "  for (const shape of FORMATOS_DE_CHAVE) out = out.replace(shape, (found) => mascarar(found));\n", ""),
    caughtBy: /limparSegredos|somem do log/,
  },
  {
    name: "short known secrets (8+ chars) not scrubbed",
    family: "config",
    edits: e("logger.ts", "if (secret.length >= 8)", "if (secret.length >= 20)"),
    caughtBy: /limparSegredos|criarLogger/,
  },
  {
    name: "erroSeguro keeps the original stack (key in the stack)",
    family: "error-path",
    edits: e("logger.ts", "  safe.stack = limparSegredos([`${safe.name}: ${safe.message}`, ...frames].join(\"\\n\"), secrets);", "  safe.stack = original.stack;"),
    caughtBy: /erroSeguro/,
  },
  {
    name: "close() never flushes the traces",
    family: "network",
    edits: e("app.ts", "      await client.flush();\n      await client.awaitPendingTraceBatches();\n", ""),
    caughtBy: /OpenAI configurada|provedor ecoa a chave/,
  },
  // red team 2026-12-06: v18
  {
    name: "base URLs validated as 'any URL' (ftp:, file:, javascript:, localhost:8080 accepted)",
    family: "config",
    edits: e(C, "(v) => URL.canParse(v) && /^https?:$/.test(new URL(v).protocol),", "(v) => URL.canParse(v),"),
    caughtBy: /valor inválido → ErroDeConfig/,
    says: /protocolo precisa ser http/,
  },
  // red team 2026-12-06: v17
  {
    name: "the typed key is also written into process.env (like the book's os.environ)",
    family: "security",
    edits: e(C, "    keys[variable] = new Segredo(checked.data, variable);", "    keys[variable] = new Segredo(checked.data, variable);\n    process.env[variable] = checked.data;"),
    caughtBy: /pergunta com a digitação mascarada/,
    says: /gravada em process\.env/,
  },
  // red team 2026-12-06: v23
  {
    name: "mascarar threshold off by one (an 11-character value shows its last 4)",
    family: "config",
    edits: e(C, "  if (value.length < 12) return \"****\";", "  if (value.length < 11) return \"****\";"),
    caughtBy: /mascarar\(\) mostra só o prefixo/,
    says: /de 11 já revelam/,
  },
  // red team 2 (2026-12-06)
  {
    name: "erroSeguro(error) called without the config's secrets (only key-shaped text is masked)",
    family: "security",
    edits: e(A, "        const seguro = erroSeguro(error, secrets);", "        const seguro = erroSeguro(error);"),
    caughtBy: ECHO,
    says: /valoresSecretos\(config\)/,
  },
  {
    name: "anonymizer with the langsmith default rules only (no extraRules for the config's keys)",
    family: "security",
    edits: e(A, "extraRules: secrets.map((s) =>", "extraRules: ([] as string[]).map((s) =>"),
    caughtBy: ECHO,
    says: /extraRules/,
  },
  {
    name: "APP_MODE=test still prompts in a terminal (only production is treated as non-interactive)",
    family: "config",
    edits: e(C, '  if (mode !== "development") return', '  if (mode === "production") return'),
    caughtBy: /não dá para perguntar/,
    says: /APP_MODE=test/,
  },
];
