// Visualizador de traces do laboratório: JavaScript puro, sem framework e sem etapa de build.
// Lê a API JSON do laboratório (/viewer/api/...) e se atualiza sozinho com Server-Sent Events (/lab/events).
// Todo texto vindo dos traces entra na página como texto (textContent), nunca como HTML.
"use strict";

(() => {
  /** Linhas da lista de traces desenhadas de uma vez (o filtro alcança o resto). */
  const MAX_LIST_ROWS = 500;

  const state = {
    traces: [],
    meta: null,
    known: new Set(),
    firstLoad: true,
    openId: null,
    view: null,
    viewError: null,
    runId: null,
    detail: null,
    renders: 0,
  };

  // ── utilidades ────────────────────────────────────────────────────────────────────────────────
  const $ = (selector, root = document) => root.querySelector(selector);

  /** Cria um elemento: atributos (class, text, on*, aria-*, …) e filhos (nós ou textos). */
  function el(tag, attrs, ...children) {
    const node = document.createElement(tag);
    for (const [key, value] of Object.entries(attrs || {})) {
      if (value === undefined || value === null || value === false) continue;
      if (key === "class") node.className = value;
      else if (key === "text") node.textContent = value;
      else if (key.startsWith("on")) node.addEventListener(key.slice(2), value);
      else node.setAttribute(key, value === true ? "" : String(value));
    }
    for (const child of children) if (child !== null && child !== undefined && child !== false) node.append(child);
    return node;
  }

  /** replaceChildren sem os filhos ausentes (null viraria o texto "null"). */
  function fill(node, ...children) {
    node.replaceChildren(...children.filter((child) => child !== null && child !== undefined && child !== false));
  }

  const numberFormat = new Intl.NumberFormat("pt-BR");
  const dateFormat = new Intl.DateTimeFormat("pt-BR", { dateStyle: "short", timeStyle: "medium" });
  const timeFormat = new Intl.DateTimeFormat("pt-BR", { timeStyle: "medium" });
  const dayFormat = new Intl.DateTimeFormat("pt-BR", { day: "2-digit", month: "2-digit" });
  // Formatos criados uma vez: toLocaleString com opções cria um formato novo a cada chamada (lento em 1.000 linhas).
  const secondsFormat = new Intl.NumberFormat("pt-BR", { maximumFractionDigits: 2 });
  const fmtInt = (n) => numberFormat.format(n);
  const normalize = (s) => String(s).normalize("NFD").replace(/\p{M}+/gu, "").toLowerCase();

  function fmtDuration(ms) {
    if (ms === undefined || ms === null || !Number.isFinite(ms)) return "—";
    if (ms < 1000) return `${Math.round(ms)} ms`;
    if (ms < 60_000) return `${secondsFormat.format(ms / 1000)} s`;
    return `${Math.floor(ms / 60_000)} min ${Math.round((ms % 60_000) / 1000)} s`;
  }

  function fmtStart(iso) {
    if (!iso) return "—";
    const date = new Date(iso);
    return Number.isNaN(date.getTime()) ? "—" : dateFormat.format(date);
  }

  /** Início curto para a lista: só a hora quando é de hoje, senão dia/mês e hora. */
  function fmtShortStart(iso) {
    if (!iso) return "—";
    const date = new Date(iso);
    if (Number.isNaN(date.getTime())) return "—";
    const today = new Date().toDateString() === date.toDateString();
    return today ? timeFormat.format(date) : `${dayFormat.format(date)} ${timeFormat.format(date)}`;
  }

  function fmtScore(score) {
    if (score === null || score === undefined) return "sem nota";
    if (typeof score === "boolean") return score ? "sim" : "não";
    return secondsFormat.format(score);
  }

  function fmtFeedbackSummary(f) {
    if (!f || !f.count) return "—";
    const mean = f.mean === undefined ? "" : `nota média ${fmtScore(f.mean)} · `;
    return `${mean}${f.count} ${f.count === 1 ? "avaliação" : "avaliações"}`;
  }

  /** Versão curta para a coluna da lista: "média 0,75 (2)". */
  function fmtFeedbackShort(f) {
    if (!f || !f.count) return "—";
    return f.mean === undefined ? `${f.count} sem nota` : `média ${fmtScore(f.mean)} (${f.count})`;
  }

  const STATUS_LABEL = { ok: "ok", erro: "erro", andamento: "em andamento" };
  const KNOWN_TYPES = ["chain", "llm", "retriever", "tool", "prompt", "parser", "embedding"];
  const typeClass = (type) => (KNOWN_TYPES.includes(type) ? type : "outro");

  function statusBadge(status, errors) {
    const badge = el("span", { class: `status status-${status}`, text: STATUS_LABEL[status] || status });
    if (status !== "erro" && errors > 0) {
      return el("span", {}, badge, el("span", { class: "nota", text: ` · ${errors} ${errors === 1 ? "run com erro" : "runs com erro"}` }));
    }
    return badge;
  }

  function hashFor(trace, run) {
    return `#trace=${encodeURIComponent(trace || "")}${run ? `&run=${encodeURIComponent(run)}` : ""}`;
  }

  function readHash() {
    const params = new URLSearchParams(location.hash.slice(1));
    return { trace: params.get("trace"), run: params.get("run") };
  }

  async function getJson(url) {
    const response = await fetch(url, { cache: "no-store", headers: { accept: "application/json" } });
    if (response.status === 404) return null;
    if (!response.ok) throw new Error(`o laboratório respondeu ${response.status} em ${url}`);
    return response.json();
  }

  /** Executa `fn` sem sobreposição: pedidos durante uma execução viram uma única execução seguinte. */
  function serial(fn) {
    let running = null;
    let again = false;
    return function run() {
      if (running) {
        again = true;
        return running;
      }
      running = (async () => {
        try {
          do {
            again = false;
            await fn();
          } while (again);
        } catch (error) {
          showProblem(error);
        } finally {
          running = null;
        }
      })();
      return running;
    };
  }

  function announce(message) {
    $("#aviso").textContent = message;
  }

  function showProblem(error) {
    announce(`Não consegui ler os traces: ${error && error.message ? error.message : error}. Confira se o laboratório (npm run lab) continua aberto.`);
  }

  /** Guarda qual link tinha o foco para devolvê-lo depois de redesenhar. */
  function focusedKey(container) {
    const active = document.activeElement;
    if (!active || !container.contains(active)) return null;
    const row = active.closest("[data-id]");
    return row ? row.dataset.id : null;
  }

  function restoreFocus(container, key) {
    if (!key) return;
    const link = container.querySelector(`[data-id="${CSS.escape(key)}"] a`);
    if (link) link.focus({ preventScroll: true });
  }

  // ── lista de traces ───────────────────────────────────────────────────────────────────────────
  async function loadList() {
    const data = await getJson("/viewer/api/traces");
    if (!data) return;
    const fresh = state.firstLoad ? [] : data.traces.filter((t) => !state.known.has(t.id));
    state.traces = data.traces;
    state.meta = data.meta;
    for (const t of data.traces) state.known.add(t.id);
    renderList(new Set(fresh.map((t) => t.id)));
    if (fresh.length === 1) announce(`Novo trace: ${fresh[0].name}.`);
    else if (fresh.length > 1) announce(`${fresh.length} traces novos.`);
    state.firstLoad = false;
    document.body.dataset.pronto = "1";
  }

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

  function renderList(fresh = new Set()) {
    const query = normalize($("#filtro-nome").value.trim());
    const status = $("#filtro-status").value;
    const shown = state.traces.filter((t) => (!query || normalize(t.name).includes(query) || (t.project && normalize(t.project).includes(query))) && (!status || t.status === status));
    const table = $("#traces");
    const key = focusedKey(table);
    const fragment = document.createDocumentFragment();
    for (const t of shown.slice(0, MAX_LIST_ROWS)) fragment.append(traceRow(t, fresh.has(t.id)));
    table.tBodies[0].replaceChildren(fragment);
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

  // ── um trace: resumo, árvore com linha do tempo ───────────────────────────────────────────────
  async function loadTrace() {
    const id = state.openId;
    if (!id) return;
    const started = performance.now();
    const view = await getJson(`/viewer/api/traces/${encodeURIComponent(id)}`);
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

  function renderTrace() {
    const section = $("#trace");
    if (!state.openId) return;
    const view = state.view;
    if (!view) {
      fill(section, el("h2", { id: "trace-titulo", text: "Trace não encontrado" }), el("p", { class: "dica", text: state.viewError || "" }));
      return;
    }
    const s = view.summary;
    const treeKey = section.querySelector(".arvore") ? focusedKey(section.querySelector(".arvore")) : null;
    const body = el("div", { role: "rowgroup", class: "corpo" });
    const fragment = document.createDocumentFragment();
    view.rows.forEach((row, index) => fragment.append(runRow(row, index, view)));
    body.append(fragment);
    const oldScroll = section.querySelector(".rolagem-arvore");
    const scrollTop = oldScroll ? oldScroll.scrollTop : 0;
    const detail = section.querySelector("#run") || el("section", { id: "run", class: "run", "aria-labelledby": "run-titulo" });
    const header = (text, attrs, ...children) => el("span", { role: "columnheader", class: `celula ${attrs.class || ""}`, title: attrs.title }, text, ...children);

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
    if (scrollTop) section.querySelector(".rolagem-arvore").scrollTop = scrollTop;
    restoreFocus(section.querySelector(".arvore"), treeKey);
  }

  function markSelection() {
    for (const row of document.querySelectorAll("#traces tbody tr")) {
      const open = row.dataset.id === state.openId;
      row.classList.toggle("aberto", open);
      if (open) row.setAttribute("aria-current", "true");
      else row.removeAttribute("aria-current");
    }
    for (const row of document.querySelectorAll(".arvore .corpo .linha")) {
      const selected = row.dataset.id === state.runId;
      row.classList.toggle("selecionado", selected);
      if (selected) row.setAttribute("aria-current", "true");
      else row.removeAttribute("aria-current");
    }
  }

  // ── um run em detalhe ─────────────────────────────────────────────────────────────────────────
  async function loadRun() {
    const id = state.runId;
    if (!id) return;
    const detail = await getJson(`/viewer/api/runs/${encodeURIComponent(id)}`);
    if (id !== state.runId) return;
    state.detail = detail;
    renderRun();
  }

  function jsonBlock(title, summary, json) {
    return [
      el("h4", { text: title }),
      summary ? el("p", { class: "essencia", text: summary }) : null,
      json ? el("pre", { class: "json", tabindex: "0", "aria-label": `${title} em JSON` }, el("code", { text: json })) : el("p", { class: "dica", text: "(vazio)" }),
    ];
  }

  function renderRun() {
    const box = $("#run");
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

  // ── navegação (#trace=…&run=…) ───────────────────────────────────────────────────────────────
  const refreshList = serial(loadList);
  const refreshTrace = serial(loadTrace);
  const refreshRun = serial(loadRun);

  async function route(fromUser) {
    const { trace, run } = readHash();
    if (trace !== state.openId) {
      state.openId = trace;
      state.view = null;
      state.runId = null;
      state.detail = null;
      const oldDetail = $("#run");
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

  /** Num endereço com #run=…, rola a árvore até o run escolhido. */
  function revealRun(runId) {
    const box = $(".rolagem-arvore");
    const row = box && box.querySelector(`[data-id="${CSS.escape(runId)}"]`);
    if (row) box.scrollTop = Math.max(0, row.offsetTop - box.clientHeight / 3);
  }

  function refreshAll() {
    refreshList();
    if (state.openId) refreshTrace();
    if (state.runId) refreshRun();
  }

  /** Um evento do laboratório: redesenha só o que mudou. */
  function onChange(data) {
    refreshList();
    const traces = data.traces || [];
    if (state.openId && traces.includes(state.openId)) refreshTrace();
    if (state.runId && (data.truncated || (data.runs || []).includes(state.runId))) refreshRun();
  }

  function setConnection(text, live) {
    const box = $("#conexao");
    box.classList.toggle("ao-vivo", live);
    $(".texto", box).textContent = text;
  }

  function connect() {
    if (!("EventSource" in window)) {
      setConnection("sem atualização ao vivo: recarregue a página para ver traces novos", false);
      return;
    }
    const source = new EventSource("/lab/events");
    source.addEventListener("open", () => {
      setConnection("ao vivo", true);
      refreshAll();
    });
    source.addEventListener("error", () => setConnection("laboratório fora do ar: tentando reconectar…", false));
    source.addEventListener("runs", (event) => onChange(JSON.parse(event.data)));
    source.addEventListener("feedback", (event) => onChange(JSON.parse(event.data)));
    source.addEventListener("reset", () => {
      state.known.clear();
      state.firstLoad = true;
      refreshAll();
    });
  }

  // ── início ────────────────────────────────────────────────────────────────────────────────────
  for (const node of document.querySelectorAll(".origem")) node.textContent = location.origin;
  $("#filtro-nome").addEventListener("input", () => renderList());
  $("#filtro-status").addEventListener("change", () => renderList());
  $("#filtros").addEventListener("submit", (event) => event.preventDefault());
  $("#traces").addEventListener("click", (event) => {
    // A linha inteira abre o trace (o link continua sendo o alvo do teclado).
    const row = event.target.closest("tbody tr");
    if (row && !event.target.closest("a")) location.hash = hashFor(row.dataset.id);
  });
  $("#trace").addEventListener("click", (event) => {
    const row = event.target.closest(".arvore .corpo .linha");
    if (row && !event.target.closest("a")) location.hash = hashFor(state.openId, row.dataset.id);
  });
  window.addEventListener("hashchange", () => route(true));
  refreshList().then(() => route(false));
  connect();
})();
