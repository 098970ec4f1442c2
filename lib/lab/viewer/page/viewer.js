// @ts-check
// Visualizador de traces do laboratório: JavaScript puro em módulos ES, sem framework e sem etapa de build.
// Este é o módulo de entrada (index.html): navegação pelo endereço (#trace=…&run=…), eventos ao vivo e o início.
// Lê a API JSON do laboratório (api.js) e se atualiza sozinho com Server-Sent Events (/lab/events).
// Lista: list.js · árvore: tree.js · detalhe do run: details.js · estado: state.js · DOM: dom.js · formatos: format.js.
// Tipos dos dados do servidor: ../view-types.ts. Verificação de tipos: npx tsc -p lib/lab/viewer/page
import { listen, serial } from "./api.js";
import { loadRun } from "./details.js";
import { $, showProblem } from "./dom.js";
import { loadList, renderList } from "./list.js";
import { hashFor, readHash, state } from "./state.js";
import { loadTrace, markSelection, revealRun } from "./tree.js";

const refreshList = serial(loadList, showProblem);
const refreshTrace = serial(loadTrace, showProblem);
const refreshRun = serial(loadRun, showProblem);

/** Segue o endereço: abre o trace e o run que ele nomeia. @param {boolean} fromUser */
async function route(fromUser) {
  const { trace, run } = readHash();
  if (trace !== state.openId) {
    state.openId = trace;
    state.view = null;
    state.runId = null;
    state.detail = null;
    const oldDetail = document.querySelector("#run");
    if (oldDetail) oldDetail.replaceChildren();
    if (trace) {
      await refreshTrace();
      if (fromUser) $("#trace").focus({ preventScroll: false });
    }
  }
  const runId = run || (state.view && state.view.rows[0] ? state.view.rows[0].id : null);
  if (runId !== state.runId) {
    state.runId = runId;
    state.detail = null;
    await refreshRun();
  }
  markSelection();
  if (!fromUser && run) revealRun(run);
}

function refreshAll() {
  refreshList();
  if (state.openId) refreshTrace();
  if (state.runId) refreshRun();
}

/** @param {string} text @param {boolean} live */
function setConnection(text, live) {
  const box = $("#conexao");
  box.classList.toggle("ao-vivo", live);
  $(".texto", HTMLElement, box).textContent = text;
}

/** @param {EventTarget | null} target */
const asElement = (target) => (target instanceof Element ? target : null);

// ── início ──────────────────────────────────────────────────────────────────────────────────────
for (const node of document.querySelectorAll(".origem")) node.textContent = location.origin;
$("#filtro-nome").addEventListener("input", () => renderList());
$("#filtro-status").addEventListener("change", () => renderList());
$("#filtros").addEventListener("submit", (event) => event.preventDefault());
$("#traces").addEventListener("click", (event) => {
  // A linha inteira abre o trace (o link continua sendo o alvo do teclado).
  const target = asElement(event.target);
  const row = target?.closest("tbody tr");
  if (row instanceof HTMLElement && !target?.closest("a")) location.hash = hashFor(row.dataset.id);
});
$("#trace").addEventListener("click", (event) => {
  const target = asElement(event.target);
  const row = target?.closest(".arvore .corpo .linha");
  if (row instanceof HTMLElement && !target?.closest("a")) location.hash = hashFor(state.openId, row.dataset.id);
});
window.addEventListener("hashchange", () => route(true));
refreshList().then(() => route(false));
listen({
  status: setConnection,
  open: refreshAll,
  // Um evento do laboratório: redesenha só o que mudou.
  change(data) {
    refreshList();
    const traces = data.traces || [];
    if (state.openId && traces.includes(state.openId)) refreshTrace();
    if (state.runId && (data.truncated || (data.runs || []).includes(state.runId))) refreshRun();
  },
  reset() {
    state.known.clear();
    state.firstLoad = true;
    refreshAll();
  },
});
