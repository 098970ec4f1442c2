/**
 * The book sections a question can point to (Capítulo 9). `hands-on` covers "Hands-on: Exercício 1",
 * the "Projeto Hands-on" and its "Dicas avançadas". Titles are shown to students (pt-BR).
 */

export const SECTION_IDS = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, "hands-on"] as const;

export type SectionId = (typeof SECTION_IDS)[number];

interface SectionInfo {
  /** Short label for summaries, e.g. "§2 Escalabilidade". */
  short: string;
  /** Title as in the book's heading. */
  title: string;
}

const SECTIONS: Record<string, SectionInfo> = {
  "1": { short: "§1 Introdução", title: "Introdução: desafios de produção com LangChain" },
  "2": { short: "§2 Escalabilidade", title: "Escalabilidade: rate limiting, cache, paralelismo e filas" },
  "3": { short: "§3 Observabilidade", title: "Observabilidade: logs, tracing e métricas" },
  "4": { short: "§4 Segurança", title: "Segurança: proteção de chaves, validação e injeção de prompt" },
  "5": { short: "§5 Custo e desempenho", title: "Otimização de custo e desempenho" },
  "6": { short: "§6 Deploy e CI/CD", title: "Deploy, CI/CD e manutenção" },
  "7": { short: "§7 Estudo de caso", title: "Estudo de caso: chatbot em produção" },
  "8": { short: "§8 Exercícios práticos", title: "Exercícios práticos" },
  "9": { short: "§9 Tabelas e fluxogramas", title: "Tabelas, fluxogramas e recursos visuais" },
  "10": { short: "§10 Teste seu conhecimento", title: "Teste seu conhecimento" },
  "hands-on": { short: "Hands-on", title: "Hands-on: Exercício 1, Projeto e Dicas avançadas" },
};

export function sectionInfo(id: SectionId): SectionInfo {
  const info = SECTIONS[String(id)];
  if (!info) throw new Error(`Unknown book section: ${String(id)}`);
  return info;
}

/** Parses what a student types after `--secao` ("4", "04", "§4", "hands-on", "handson"). */
export function parseSectionId(raw: string): SectionId | undefined {
  const text = raw.trim().toLowerCase().replace(/^§/, "");
  if (text === "hands-on" || text === "handson" || text === "hands_on") return "hands-on";
  if (!/^\d{1,2}$/.test(text)) return undefined;
  const n = Number(text);
  return SECTION_IDS.find((id) => id === n);
}

/** Stable sort key: 1..10 then hands-on. */
export function sectionOrder(id: SectionId): number {
  return id === "hands-on" ? 11 : id;
}
