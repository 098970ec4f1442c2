/**
 * Secret masking. Every place that shows text that may contain a key (logs, the trace printer,
 * error messages, doctor) goes through `maskSecrets`.
 */

/** Env variables whose values are secrets. */
export const SECRET_VARIABLES = ["GOOGLE_API_KEY", "OPENAI_API_KEY", "LANGSMITH_API_KEY", "LANGCHAIN_API_KEY"] as const;

/** Key shapes of the providers we use, masked even when they are not in the environment. */
const KEY_PATTERNS: RegExp[] = [
  /\bsk-[A-Za-z0-9_-]{8,}/g, // OpenAI
  /\bAIza[0-9A-Za-z_-]{20,}/g, // Google
  /\blsv2_[A-Za-z0-9_]{8,}/g, // LangSmith
  /\bls__[A-Za-z0-9]{8,}/g, // LangSmith (legacy)
];

/** "sk-proj-abc…9f2": enough to recognise which key it is, never enough to use it. */
export function mask(value: string | undefined | null): string {
  if (!value) return "(vazia)";
  if (value.length <= 8) return "***";
  const dash = value.indexOf("-");
  const prefixLength = dash > 0 && dash <= 4 ? dash + 1 : value.startsWith("AIza") ? 4 : value.startsWith("lsv2_") ? 5 : 2;
  return `${value.slice(0, prefixLength)}…${value.slice(-3)}`;
}

/** Secret values currently set in the environment (lab placeholders included: they are harmless). */
function secretValues(env: NodeJS.ProcessEnv = process.env): string[] {
  return SECRET_VARIABLES.map((name) => env[name]).filter((v): v is string => typeof v === "string" && v.length >= 6);
}

/** Replaces every known secret (from the environment or by shape) with its mask. */
export function maskSecrets(text: string, env: NodeJS.ProcessEnv = process.env): string {
  let out = text;
  for (const secret of secretValues(env)) out = out.split(secret).join(mask(secret));
  for (const pattern of KEY_PATTERNS) out = out.replace(pattern, (found) => mask(found));
  return out;
}
