// @ts-check
// A lista de traces: pedido, linhas, filtros por nome/projeto e status, e o aviso dos traces novos.
import { fetchTraces } from "./api.js";
import { $, announce, el, focusedKey, restoreFocus, statusBadge } from "./dom.js";
import { fmtDuration, fmtFeedbackShort, fmtFeedbackSummary, fmtInt, fmtShortStart, fmtStart, normalize } from "./format.js";
import { hashFor, state } from "./state.js";

/** @typedef {import("../view-types.ts").TraceSummary} TraceSummary */

/** Linhas da lista de traces desenhadas de uma vez (o filtro alcança o resto). */
const MAX_LIST_ROWS = 500;

export async function loadList() {
  const data = await fetchTraces();
  if (!data) return;
  const fresh = state.firstLoad ? [] : data.traces.filter((t) => !state.known.has(t.id));
  state.traces = data.traces;
  state.meta = data.meta;
  for (const t of data.traces) state.known.add(t.id);
  renderList(new Set(fresh.map((t) => t.id)));
  if (fresh.length === 1) announce(`Novo trace: ${fresh[0]?.name}.`);
  else if (fresh.length > 1) announce(`${fresh.length} traces novos.`);
  state.firstLoad = false;
  document.body.dataset.pronto = "1";
}

/** @param {TraceSummary} t @param {boolean} isNew */
function traceRow(t, isNew) {
  const classes = [t.id === state.openId ? "aberto" : "", isNew ? "novo" : ""].filter(Boolean).join(" ");
  const tokens = t.total_tokens ? `entrada ${fmtInt(t.input_tokens)}, saída ${fmtInt(t.output_tokens)}` : undefined;
  return el(
    "tr",
    { "data-id": t.id, "data-status": t.status, class: classes || undefined, "aria-current": t.id === state.openId ? "true" : undefined },
    el(
      "th",
      { scope: "row" },
      el("a", { href: hashFor(t.id), text: t.name }),
      t.root_missing ? el("span", { class: "nota", text: " (raiz ainda não chegou)" }) : null,
      el(
        "span",
        { class: "nota bloco" },
        el("time", { datetime: t.start_time, title: `início: ${fmtStart(t.start_time)}`, text: fmtShortStart(t.start_time) }),
        ` · ${t.runs} ${t.runs === 1 ? "run" : "runs"}`,
        t.project ? ` · projeto ${t.project}` : null,
      ),
    ),
    el("td", { class: "num", text: t.status === "andamento" ? "…" : fmtDuration(t.duration_ms) }),
    el("td", {}, statusBadge(t.status, t.errors)),
    el("td", { class: "num col-tokens", text: t.total_tokens ? fmtInt(t.total_tokens) : "—", title: tokens }),
    el("td", { class: "num", text: t.cost || "—" }),
    el("td", { class: "col-feedback", text: fmtFeedbackShort(t.feedback), title: t.feedback.count ? fmtFeedbackSummary(t.feedback) : undefined }),
  );
}

/** Redesenha a lista com os filtros atuais; `fresh` são os ids a destacar como novos. @param {Set<string>} [fresh] */
export function renderList(fresh = new Set()) {
  const query = normalize($("#filtro-nome", HTMLInputElement).value.trim());
  const status = $("#filtro-status", HTMLSelectElement).value;
  const shown = state.traces.filter((t) => (!query || normalize(t.name).includes(query) || (t.project && normalize(t.project).includes(query))) && (!status || t.status === status));
  const table = $("#traces", HTMLTableElement);
  const key = focusedKey(table);
  const fragment = document.createDocumentFragment();
  for (const t of shown.slice(0, MAX_LIST_ROWS)) fragment.append(traceRow(t, fresh.has(t.id)));
  table.tBodies[0]?.replaceChildren(fragment);
  restoreFocus(table, key);

  const total = state.traces.length;
  const filtered = query || status;
  $("#contagem").textContent = total ? (filtered ? `(${shown.length} de ${total})` : `(${total})`) : "";
  $("#vazio").hidden = total > 0;
  table.hidden = total === 0;
  $("#filtro-vazio").hidden = total === 0 || shown.length > 0;
  const limit = $("#limite");
  limit.hidden = shown.length <= MAX_LIST_ROWS;
  limit.textContent = `Mostrando os ${MAX_LIST_ROWS} mais recentes de ${shown.length}; use o filtro por nome para achar os outros.`;
  if (state.meta) {
    const { runs, feedback } = state.meta;
    $("#rodape").textContent =
      `${fmtInt(runs)} ${runs === 1 ? "run" : "runs"} e ${fmtInt(feedback)} ${feedback === 1 ? "feedback" : "feedbacks"} no laboratório. ` +
      `Custo estimado com a tabela de preços de ${state.meta.prices_checked_on} (lib/pricing.ts).`;
  }
}
