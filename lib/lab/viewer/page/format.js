// @ts-check
// Números, datas, durações, notas e rótulos em pt-BR. Funções puras: nada aqui toca a página.

const numberFormat = new Intl.NumberFormat("pt-BR");
const dateFormat = new Intl.DateTimeFormat("pt-BR", { dateStyle: "short", timeStyle: "medium" });
const timeFormat = new Intl.DateTimeFormat("pt-BR", { timeStyle: "medium" });
const dayFormat = new Intl.DateTimeFormat("pt-BR", { day: "2-digit", month: "2-digit" });
// Formatos criados uma vez: toLocaleString com opções cria um formato novo a cada chamada (lento em 1.000 linhas).
const secondsFormat = new Intl.NumberFormat("pt-BR", { maximumFractionDigits: 2 });

/** @param {number} n */
export const fmtInt = (n) => numberFormat.format(n);

/** Texto sem acentos e em minúsculas, para o filtro por nome. @param {unknown} s */
export const normalize = (s) => String(s).normalize("NFD").replace(/\p{M}+/gu, "").toLowerCase();

/** @param {number | null | undefined} ms */
export function fmtDuration(ms) {
  if (ms === undefined || ms === null || !Number.isFinite(ms)) return "—";
  if (ms < 1000) return `${Math.round(ms)} ms`;
  if (ms < 60_000) return `${secondsFormat.format(ms / 1000)} s`;
  return `${Math.floor(ms / 60_000)} min ${Math.round((ms % 60_000) / 1000)} s`;
}

/** @param {string | undefined} iso */
export function fmtStart(iso) {
  if (!iso) return "—";
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? "—" : dateFormat.format(date);
}

/** Início curto para a lista: só a hora quando é de hoje, senão dia/mês e hora. @param {string | undefined} iso */
export function fmtShortStart(iso) {
  if (!iso) return "—";
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return "—";
  const today = new Date().toDateString() === date.toDateString();
  return today ? timeFormat.format(date) : `${dayFormat.format(date)} ${timeFormat.format(date)}`;
}

/** @param {number | boolean | null | undefined} score */
export function fmtScore(score) {
  if (score === null || score === undefined) return "sem nota";
  if (typeof score === "boolean") return score ? "sim" : "não";
  return secondsFormat.format(score);
}

/** @param {import("../view-types.ts").FeedbackSummary | undefined} f */
export function fmtFeedbackSummary(f) {
  if (!f || !f.count) return "—";
  const mean = f.mean === undefined ? "" : `nota média ${fmtScore(f.mean)} · `;
  return `${mean}${f.count} ${f.count === 1 ? "avaliação" : "avaliações"}`;
}

/** Versão curta para a coluna da lista: "média 0,75 (2)". @param {import("../view-types.ts").FeedbackSummary | undefined} f */
export function fmtFeedbackShort(f) {
  if (!f || !f.count) return "—";
  return f.mean === undefined ? `${f.count} sem nota` : `média ${fmtScore(f.mean)} (${f.count})`;
}

/** @type {Record<string, string>} */
export const STATUS_LABEL = { ok: "ok", erro: "erro", andamento: "em andamento" };
const KNOWN_TYPES = ["chain", "llm", "retriever", "tool", "prompt", "parser", "embedding"];
/** Classe CSS do tipo de run ("outro" para tipos que a página não conhece). @param {string} type */
export const typeClass = (type) => (KNOWN_TYPES.includes(type) ? type : "outro");
