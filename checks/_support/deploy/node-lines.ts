/**
 * Node release lines for exercise 10: which majors an image (or the CI) may run, read from a Docker tag
 * (`24-slim`, `24.11-bookworm-slim`, `krypton-alpine`) or a setup-node version (`24`, `24.x`, `v24.11.0`,
 * `lts/krypton`). Production runs only a line that still gets security fixes.
 *
 * The table is fixed, not read from the clock, so a verdict never changes with the date the check runs:
 * nodejs/Release schedule as of 2026-12-06 (26 Active LTS since 2026-10-28; 22 and 24 Maintenance LTS).
 * Update it when the next line reaches end of life (22 on 2027-04-30) or becomes LTS (28 in October 2027).
 */

interface NodeLine {
  codename?: string;
  /** Last day of security fixes, dd/mm/yyyy. */
  endOfLife: string;
  supported: boolean;
}

const LINES: Record<number, NodeLine> = {
  14: { codename: "fermium", endOfLife: "30/04/2023", supported: false },
  16: { codename: "gallium", endOfLife: "11/09/2023", supported: false },
  18: { codename: "hydrogen", endOfLife: "30/04/2025", supported: false },
  20: { codename: "iron", endOfLife: "30/04/2026", supported: false },
  22: { codename: "jod", endOfLife: "30/04/2027", supported: true },
  24: { codename: "krypton", endOfLife: "30/04/2028", supported: true },
  26: { codename: "lithium", endOfLife: "30/04/2029", supported: true },
};

/** The line the exercise's examples use (the workbook's .nvmrc). */
export const EXAMPLE_MAJOR = 24;

/** The majors with security support, e.g. [22, 24, 26]. */
export const SUPPORTED_MAJORS: number[] = Object.entries(LINES)
  .filter(([, line]) => line.supported)
  .map(([major]) => Number(major));

const BY_CODENAME = new Map(Object.entries(LINES).flatMap(([major, line]) => (line.codename ? [[line.codename, Number(major)] as const] : [])));

/** "24 (até 30/04/2028), 22 (até 30/04/2027) ou 26 (até 30/04/2029)", the example line first. */
export function supportedList(): string {
  const ordered = [EXAMPLE_MAJOR, ...SUPPORTED_MAJORS.filter((m) => m !== EXAMPLE_MAJOR)];
  const parts = ordered.map((m) => `${m} (até ${LINES[m]!.endOfLife})`);
  return `${parts.slice(0, -1).join(", ")} ou ${parts[parts.length - 1]}`;
}

/** Major of an official `node` image tag: `24`, `24-slim`, `24.11.1-bookworm-slim`, `krypton-alpine`; null when the tag names no version. */
export function imageTagMajor(tag: string): number | null {
  const numeric = /^v?(\d+)(?:[.-]|$)/i.exec(tag);
  if (numeric) return Number(numeric[1]);
  const codename = /^([a-z]+)(?:-|$)/i.exec(tag)?.[1]?.toLowerCase();
  return codename ? (BY_CODENAME.get(codename) ?? null) : null;
}

/**
 * Major of an actions/setup-node `node-version` (or a .nvmrc line): `24`, `24.x`, `v24.11.0`, `^24.11`, `lts/krypton`;
 * null for what follows the releases (`lts/*`, `latest`, `current`, `node`, ranges such as `>=22`).
 */
export function versionSpecMajor(spec: string): number | null {
  const text = spec.trim();
  const numeric = /^[\^~]?v?(\d+)(?:\.(?:x|\*|\d+(?:\.(?:x|\*|\d+))?))?$/i.exec(text);
  if (numeric) return Number(numeric[1]);
  const codename = /^(?:lts\/)?([a-z]+)$/i.exec(text)?.[1]?.toLowerCase();
  return codename ? (BY_CODENAME.get(codename) ?? null) : null;
}

/**
 * Why a major must not run in production, as a pt-BR predicate that follows "o Node N" or "…, que" (no trailing
 * period), or null when it is a supported LTS line.
 */
export function lineProblem(major: number): string | null {
  const line = LINES[major];
  if (line?.supported) return null;
  if (line) {
    return `chegou ao fim do suporte em ${line.endOfLife}: desde então não recebe correções de segurança, e uma falha descoberta depois disso fica aberta na sua imagem para sempre`;
  }
  if (major % 2 === 1) {
    return `é uma linha ímpar ("Current"): nunca vira LTS e perde as correções de segurança poucos meses depois de sair`;
  }
  if (major < Math.min(...SUPPORTED_MAJORS)) {
    return `está fora de suporte há anos: não recebe correções de segurança`;
  }
  return "ainda não é uma linha LTS";
}
