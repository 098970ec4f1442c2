// @ts-check
// Um run em detalhe: fatos, erro, feedback, entradas e saídas (resumo legível e JSON completo) e metadados.
import { fetchRun } from "./api.js";
import { el, fill } from "./dom.js";
import { fmtDuration, fmtInt, fmtScore, fmtStart, STATUS_LABEL, typeClass } from "./format.js";
import { state } from "./state.js";

export async function loadRun() {
  const id = state.runId;
  if (!id) return;
  const detail = await fetchRun(id);
  if (id !== state.runId) return;
  state.detail = detail;
  renderRun();
}

/** @param {string} title @param {string} summary @param {string} json */
function jsonBlock(title, summary, json) {
  return [
    el("h4", { text: title }),
    summary ? el("p", { class: "essencia", text: summary }) : null,
    json ? el("pre", { class: "json", tabindex: "0", "aria-label": `${title} em JSON` }, el("code", { text: json })) : el("p", { class: "dica", text: "(vazio)" }),
  ];
}

export function renderRun() {
  const box = document.querySelector("#run");
  if (!box) return;
  const d = state.detail;
  if (!d) {
    fill(box, el("h3", { id: "run-titulo", text: "Run não encontrado" }));
    return;
  }
  const usage = d.usage ? `${fmtInt(d.usage.input_tokens)} de entrada, ${fmtInt(d.usage.output_tokens)} de saída, ${fmtInt(d.usage.total_tokens)} no total` : "—";
  const facts = [
    ["Tipo", d.run_type],
    ["Status", STATUS_LABEL[d.status] || d.status],
    ["Início", fmtStart(d.start_time)],
    ["Duração", d.status === "andamento" ? "em andamento" : fmtDuration(d.duration_ms)],
    ["Modelo", d.model || "—"],
    ["Tokens", usage],
    ["Custo estimado", d.cost || "—"],
    ["Tags", d.tags.length ? d.tags.join(", ") : "—"],
    ["Projeto", d.session_name || "—"],
    ["ID do run", d.id],
  ];
  const feedback = d.feedback.length
    ? [
        el("h4", { text: "Feedback" }),
        el(
          "ul",
          { class: "feedback" },
          ...d.feedback.map((f) => el("li", {}, el("strong", { text: f.key }), `: ${fmtScore(f.score)}`, f.comment ? ` · “${f.comment}”` : "")),
        ),
      ]
    : [];
  fill(
    box,
    el("h3", { id: "run-titulo" }, el("span", { class: "rotulo", text: "Run " }), el("span", { class: "nome-run-detalhe", text: d.name }), " ", el("span", { class: `tipo tipo-${typeClass(d.run_type)}`, text: d.run_type })),
    el("dl", { class: "resumo" }, ...facts.flatMap(([term, value]) => [el("dt", { text: term }), el("dd", { text: value, class: term === "ID do run" ? "id" : undefined })])),
    d.error ? el("h4", { text: "Erro" }) : null,
    d.error ? el("pre", { class: "erro", tabindex: "0" }, el("code", { text: d.error })) : null,
    ...feedback,
    ...jsonBlock("Entradas", d.input_summary, d.inputs),
    ...jsonBlock("Saídas", d.output_summary, d.outputs),
    d.metadata ? el("details", { class: "metadados" }, el("summary", { text: "Metadados" }), el("pre", { class: "json", tabindex: "0" }, el("code", { text: d.metadata }))) : null,
  );
}
