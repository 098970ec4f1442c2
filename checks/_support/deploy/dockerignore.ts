/**
 * `.dockerignore` rules. The file is parsed the way Docker reads it (moby/patternmatcher): one pattern
 * a line, `#` comments, `!` exceptions, the last matching pattern wins, and a pattern that matches a
 * folder excludes everything inside it. The rules then ask "is this path sent to the build?", so a
 * commented-out line or a later `!.env` cannot fool them.
 */
import { cleanPath, globMatchesPathOrParent, ruleResult, splitLines, type Problem, type RuleResult, type RuleSpec } from "./common.ts";

export interface IgnorePattern {
  line: number;
  pattern: string;
  exception: boolean;
}

export function parseDockerignore(text: string): IgnorePattern[] {
  const patterns: IgnorePattern[] = [];
  splitLines(text.replace(/^\uFEFF/, "")).forEach((raw, index) => {
    const trimmed = raw.trim();
    if (trimmed === "" || trimmed.startsWith("#")) return;
    const exception = trimmed.startsWith("!");
    const pattern = cleanPath(exception ? trimmed.slice(1).trim() : trimmed);
    if (pattern === "" || pattern === ".") return;
    patterns.push({ line: index + 1, pattern, exception });
  });
  return patterns;
}

/** True when Docker leaves `path` (relative to the build context) out of the build. */
export function isIgnored(patterns: IgnorePattern[], path: string): boolean {
  let ignored = false;
  for (const p of patterns) if (globMatchesPathOrParent(p.pattern, path)) ignored = !p.exception;
  return ignored;
}

export const DOCKERIGNORE_RULES = {
  excludes: {
    id: "excludes",
    title: ".dockerignore: deixa de fora .env, node_modules e .git",
    why: "`COPY . .` envia para a imagem tudo o que o .dockerignore não exclui. Sem ele, o .env com as chaves vira uma camada da imagem, o node_modules da sua máquina (compilado para outro sistema) sobrescreve o do `npm ci`, e o .git leva todo o histórico do projeto junto.",
  },
  keepsManifests: {
    id: "keeps-manifests",
    title: ".dockerignore: mantém package.json e package-lock.json no contexto de build",
    why: "`npm ci` precisa do package.json e do package-lock.json dentro da imagem. Se o .dockerignore os exclui (por exemplo com `*` ou `*.json`), o `COPY package.json package-lock.json ./` falha ou o `npm ci` não encontra o lockfile.",
  },
} satisfies Record<string, RuleSpec>;

const MUST_EXCLUDE: Array<{ paths: string[]; hint: string }> = [
  { paths: [".env"], hint: "`.env` (o arquivo com as chaves de API)" },
  { paths: [".env.production", ".env.local"], hint: "`.env.*` (variações como .env.production; se quiser manter um modelo, acrescente `!.env.example`)" },
  { paths: ["node_modules", "node_modules/pacote/index.js"], hint: "`node_modules` (as dependências são instaladas dentro da imagem pelo `npm ci`)" },
  { paths: [".git", ".git/HEAD"], hint: "`.git` (o histórico do repositório)" },
];

export function checkDockerignore(text: string): RuleResult[] {
  const patterns = parseDockerignore(text);
  const missing: Problem[] = [];
  for (const { paths, hint } of MUST_EXCLUDE) {
    const first = paths[0]!;
    if (paths.some((p) => !isIgnored(patterns, p))) {
      const reincluded = patterns.filter((p) => p.exception && paths.some((path) => globMatchesPathOrParent(p.pattern, path)));
      const last = reincluded[reincluded.length - 1];
      missing.push(
        last
          ? { line: last.line, message: `\`!${last.pattern}\` traz ${first} de volta para o contexto de build. Remova essa exceção.` }
          : { message: `${hint} ainda vai para a imagem. Acrescente uma linha para excluí-lo.` },
      );
    }
  }
  const kept: Problem[] = [];
  for (const manifest of ["package.json", "package-lock.json"]) {
    if (isIgnored(patterns, manifest)) {
      const culprit = [...patterns].reverse().find((p) => !p.exception && globMatchesPathOrParent(p.pattern, manifest));
      kept.push({
        line: culprit?.line,
        message: `${manifest} fica fora do contexto de build${culprit ? ` por causa de \`${culprit.pattern}\`` : ""}. Acrescente \`!${manifest}\` depois dessa linha (ou remova o padrão).`,
      });
    }
  }
  return [ruleResult(DOCKERIGNORE_RULES.excludes, missing), ruleResult(DOCKERIGNORE_RULES.keepsManifests, kept)];
}
