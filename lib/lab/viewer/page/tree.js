// @ts-check
// Um trace aberto: resumo, e a árvore de runs com a linha do tempo de cada um.
import { fetchTrace } from "./api.js";
import { $, el, fill, focusedKey, restoreFocus, statusBadge } from "./dom.js";
import { fmtDuration, fmtFeedbackSummary, fmtInt, fmtScore, fmtStart, typeClass } from "./format.js";
import { hashFor, state } from "./state.js";

/**
 * @typedef {import("../view-types.ts").TraceSummary} TraceSummary
 * @typedef {import("../view-types.ts").TraceView} TraceView
 * @typedef {import("../view-types.ts").RunRow} RunRow
 */

export async function loadTrace() {
  const id = state.openId;
  if (!id) return;
  const started = performance.now();
  const view = await fetchTrace(id);
  if (id !== state.openId) return;
  const fetched = performance.now();
  state.view = view;
  state.viewError = view ? null : "Este trace não existe mais no laboratório (talvez ele tenha sido reiniciado com /lab/reset).";
  renderTrace();
  const section = $("#trace");
  void section.offsetHeight; // inclui o cálculo do layout na medida
  const done = performance.now();
  // Medidas para os testes e o benchmark (bench/viewer.ts): pedido + desenho, e só o desenho.
  section.dataset.fetchMs = String(Math.round(fetched - started));
  section.dataset.drawMs = String(Math.round(done - fetched));
  section.dataset.renderMs = String(Math.round(done - started));
  section.dataset.rows = String(view ? view.rows.length : 0);
  state.renders++;
}

/** @param {TraceSummary} s */
function summaryList(s) {
  const items = [
    ["Início", fmtStart(s.start_time)],
    ["Duração", s.status === "andamento" ? "em andamento" : fmtDuration(s.duration_ms)],
    ["Runs", `${fmtInt(s.runs)}${s.errors ? ` (${s.errors} com erro)` : ""}`],
    ["Tokens", s.total_tokens ? `${fmtInt(s.total_tokens)} (entrada ${fmtInt(s.input_tokens)}, saída ${fmtInt(s.output_tokens)})` : "—"],
    ["Custo estimado", s.cost || "—"],
    ["Feedback", fmtFeedbackSummary(s.feedback)],
    ["ID do trace", s.id],
  ];
  return el("dl", { class: "resumo" }, ...items.flatMap(([term, value]) => [el("dt", { text: term }), el("dd", { text: value, class: term === "ID do trace" ? "id" : undefined })]));
}

/** @param {RunRow} r @param {number} index @param {TraceView} view */
function runRow(r, index, view) {
  const span = view.span_ms;
  const left = span > 0 && r.offset_ms !== undefined ? Math.min(100, (r.offset_ms / span) * 100) : 0;
  const width = r.duration_ms !== undefined ? (span > 0 ? (r.duration_ms / span) * 100 : 100) : r.status === "andamento" ? 100 - left : 0;
  const bar = el("span", { class: `barra tipo-${typeClass(r.run_type)}${r.status === "andamento" ? " pendente" : ""}${r.status === "erro" ? " falhou" : ""}` });
  bar.style.left = `${left}%`;
  bar.style.width = `max(3px, ${Math.max(0, Math.min(100 - left, width))}%)`;
  const timing = `começou ${fmtDuration(r.offset_ms)} após o início do trace; durou ${fmtDuration(r.duration_ms)}`;

  const name = el("span", { role: "rowheader", class: "celula nome-run" });
  name.style.paddingInlineStart = `${0.5 + r.depth * 1.25}rem`;
  name.append(
    el(
      "span",
      { class: "galho-nome" },
      r.depth > 0 ? el("span", { class: "galho", "aria-hidden": "true", text: "└ " }) : null,
      el("a", { href: hashFor(view.summary.id, r.id), text: r.name }),
    ),
    el("span", { class: "oculto", text: ` (nível ${r.depth + 1})` }),
  );
  if (r.orphan) name.append(el("span", { class: "nota", text: " (o run pai ainda não chegou)", title: `run pai: ${r.parent_id}` }));
  if (r.feedback.length) {
    name.append(el("span", { class: "selo-feedback", text: `feedback: ${r.feedback.map((f) => `${f.key} ${fmtScore(f.score)}`).join(", ")}` }));
  }
  if (r.error) name.append(el("span", { class: "erro-linha", text: `erro: ${r.error}` }));
  else if (r.status === "andamento") name.append(el("span", { class: "nota bloco", text: "em andamento" }));

  const tokens = r.usage ? `${fmtInt(r.usage.input_tokens)} → ${fmtInt(r.usage.output_tokens)}` : "—";
  const selected = r.id === state.runId;
  return el(
    "div",
    { role: "row", class: selected ? "linha selecionado" : "linha", "aria-rowindex": index + 2, "data-id": r.id, "data-type": r.run_type, "data-depth": r.depth, "aria-current": selected ? "true" : undefined },
    name,
    el("span", { role: "cell", class: "celula" }, el("span", { class: `tipo tipo-${typeClass(r.run_type)}`, text: r.run_type }), r.model ? el("span", { class: "nota bloco modelo", text: r.model }) : null),
    el("span", { role: "cell", class: "celula num", text: r.status === "andamento" ? "…" : fmtDuration(r.duration_ms) }),
    el("span", { role: "cell", class: "celula num col-tokens", text: tokens, title: r.usage ? `total ${fmtInt(r.usage.total_tokens)}${r.cost ? ` · ${r.cost}` : ""}` : undefined }),
    el("span", { role: "cell", class: "celula tempo" }, el("span", { class: "trilho", title: timing, role: "img", "aria-label": timing }, bar)),
  );
}

/** @param {string} text @param {{ class?: string, title?: string }} attrs @param {...(Node | string)} children */
const header = (text, attrs, ...children) => el("span", { role: "columnheader", class: `celula ${attrs.class || ""}`, title: attrs.title }, text, ...children);

export function renderTrace() {
  const section = $("#trace");
  if (!state.openId) return;
  const view = state.view;
  if (!view) {
    fill(section, el("h2", { id: "trace-titulo", text: "Trace não encontrado" }), el("p", { class: "dica", text: state.viewError || "" }));
    return;
  }
  const s = view.summary;
  const oldTree = section.querySelector(".arvore");
  const treeKey = oldTree ? focusedKey(oldTree) : null;
  const body = el("div", { role: "rowgroup", class: "corpo" });
  const fragment = document.createDocumentFragment();
  view.rows.forEach((row, index) => fragment.append(runRow(row, index, view)));
  body.append(fragment);
  const oldScroll = section.querySelector(".rolagem-arvore");
  const scrollTop = oldScroll ? oldScroll.scrollTop : 0;
  const detail = section.querySelector("#run") || el("section", { id: "run", class: "run", "aria-labelledby": "run-titulo" });

  fill(
    section,
    el("h2", { id: "trace-titulo" }, el("span", { class: "rotulo", text: "Trace " }), el("span", { class: "nome-trace", text: s.name }), " ", statusBadge(s.status, s.errors)),
    summaryList(s),
    s.root_missing ? el("p", { class: "aviso-raiz", text: "O run raiz deste trace ainda não chegou ao laboratório: os runs abaixo aparecem soltos até ele chegar." }) : null,
    el("h3", { id: "arvore-titulo", text: "Árvore de execução" }),
    // Uma tabela ARIA feita de linhas em grid: o navegador só calcula o layout das linhas visíveis
    // (content-visibility), e um trace de 1.000 runs abre em bem menos de 1 s.
    el(
      "div",
      { class: "rolagem-arvore" },
      el(
        "div",
        { role: "table", class: "arvore", "aria-labelledby": "arvore-titulo", "aria-describedby": "arvore-descricao", "aria-rowcount": view.rows.length + 1 },
        el("span", { id: "arvore-descricao", class: "oculto", text: `Runs do trace ${s.name}, em árvore, na ordem em que começaram.` }),
        el(
          "div",
          { role: "rowgroup", class: "cabecalho" },
          el(
            "div",
            { role: "row", class: "linha", "aria-rowindex": 1 },
            header("Run", {}),
            header("Tipo", {}),
            header("Duração", { class: "num" }),
            header("Tokens", { class: "num", title: "tokens de entrada → tokens de saída" }, el("span", { class: "nota bloco", text: "ent. → saída" })),
            header("Linha do tempo", {}, el("span", { class: "nota bloco", text: `0 a ${fmtDuration(view.span_ms)}` })),
          ),
        ),
        body,
      ),
    ),
    detail,
  );
  if (scrollTop) $(".rolagem-arvore", HTMLElement, section).scrollTop = scrollTop;
  restoreFocus(section.querySelector(".arvore"), treeKey);
}

/** Marca o trace aberto na lista e o run escolhido na árvore, sem redesenhar. */
export function markSelection() {
  for (const row of document.querySelectorAll("#traces tbody tr")) {
    if (!(row instanceof HTMLElement)) continue;
    const open = row.dataset.id === state.openId;
    row.classList.toggle("aberto", open);
    if (open) row.setAttribute("aria-current", "true");
    else row.removeAttribute("aria-current");
  }
  for (const row of document.querySelectorAll(".arvore .corpo .linha")) {
    if (!(row instanceof HTMLElement)) continue;
    const selected = row.dataset.id === state.runId;
    row.classList.toggle("selecionado", selected);
    if (selected) row.setAttribute("aria-current", "true");
    else row.removeAttribute("aria-current");
  }
}

/** Num endereço com #run=…, rola a árvore até o run escolhido. @param {string} runId */
export function revealRun(runId) {
  const box = document.querySelector(".rolagem-arvore");
  const row = box && box.querySelector(`[data-id="${CSS.escape(runId)}"]`);
  if (box && row instanceof HTMLElement) box.scrollTop = Math.max(0, row.offsetTop - box.clientHeight / 3);
}
