// @ts-check
// O estado da página (um objeto, lido e escrito pelos outros módulos) e o endereço #trace=…&run=….

/**
 * @typedef {import("../view-types.ts").TraceSummary} TraceSummary
 * @typedef {import("../view-types.ts").TraceListMeta} TraceListMeta
 * @typedef {import("../view-types.ts").TraceView} TraceView
 * @typedef {import("../view-types.ts").RunDetail} RunDetail
 */

export const state = {
  /** A lista, do mais recente para o mais antigo. @type {TraceSummary[]} */
  traces: [],
  /** @type {TraceListMeta | null} */
  meta: null,
  /** Ids já vistos: o que não estiver aqui é anunciado como novo. @type {Set<string>} */
  known: new Set(),
  firstLoad: true,
  /** O trace aberto (do endereço). @type {string | null} */
  openId: null,
  /** @type {TraceView | null} */
  view: null,
  /** @type {string | null} */
  viewError: null,
  /** O run em detalhe (do endereço, ou o primeiro do trace). @type {string | null} */
  runId: null,
  /** @type {RunDetail | null} */
  detail: null,
  renders: 0,
};

/** @param {string | null | undefined} trace @param {string | null} [run] */
export function hashFor(trace, run) {
  return `#trace=${encodeURIComponent(trace || "")}${run ? `&run=${encodeURIComponent(run)}` : ""}`;
}

export function readHash() {
  const params = new URLSearchParams(location.hash.slice(1));
  return { trace: params.get("trace"), run: params.get("run") };
}
