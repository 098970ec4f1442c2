// @ts-check
// Ajudantes de DOM. Todo texto vindo dos traces entra na página como texto (textContent), nunca como HTML.
import { STATUS_LABEL } from "./format.js";

/** Um filho aceito por `el` e `fill`: nós e textos; null, undefined e false são ignorados. */
/** @typedef {Node | string | null | undefined | false} Child */
/** Atributos de `el`: class, text, on* (ouvintes de evento) e os demais (aria-*, data-*, …); ausente/false = não põe. */
/** @typedef {Record<string, string | number | boolean | null | undefined | ((event: Event) => void)>} Attrs */

/**
 * O elemento de `selector`, que existe em index.html (faltar é um defeito da página, não um caso a tratar).
 * @template {Element} [T=HTMLElement]
 * @param {string} selector
 * @param {{ new (): T, prototype: T }} [type] a classe esperada (HTMLInputElement, …); HTMLElement se omitida
 * @param {ParentNode} [root]
 * @returns {T}
 */
export function $(selector, type, root = document) {
  const node = root.querySelector(selector);
  if (!(node instanceof (type ?? HTMLElement))) throw new Error(`a página não tem ${selector}`);
  return /** @type {T} */ (node);
}

/**
 * Cria um elemento: atributos (class, text, on*, aria-*, …) e filhos (nós ou textos).
 * @template {keyof HTMLElementTagNameMap} K
 * @param {K} tag
 * @param {Attrs | null} [attrs]
 * @param {Child[]} children
 * @returns {HTMLElementTagNameMap[K]}
 */
export function el(tag, attrs, ...children) {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(attrs || {})) {
    if (value === undefined || value === null || value === false) continue;
    if (key === "class") node.className = String(value);
    else if (key === "text") node.textContent = String(value);
    else if (typeof value === "function") node.addEventListener(key.slice(2), value);
    else node.setAttribute(key, value === true ? "" : String(value));
  }
  for (const child of children) if (child !== null && child !== undefined && child !== false) node.append(child);
  return node;
}

/** replaceChildren sem os filhos ausentes (null viraria o texto "null"). @param {Element} node @param {Child[]} children */
export function fill(node, ...children) {
  node.replaceChildren(...children.filter(/** @returns {child is Node | string} */ (child) => child !== null && child !== undefined && child !== false));
}

/** @param {string} status @param {number} errors */
export function statusBadge(status, errors) {
  const badge = el("span", { class: `status status-${status}`, text: STATUS_LABEL[status] || status });
  if (status !== "erro" && errors > 0) {
    return el("span", {}, badge, el("span", { class: "nota", text: ` · ${errors} ${errors === 1 ? "run com erro" : "runs com erro"}` }));
  }
  return badge;
}

/** Escreve na região aria-live (lida pelos leitores de tela). @param {string} message */
export function announce(message) {
  $("#aviso").textContent = message;
}

/** @param {unknown} error */
export function showProblem(error) {
  const message = error instanceof Error ? error.message : String(error);
  announce(`Não consegui ler os traces: ${message}. Confira se o laboratório (npm run lab) continua aberto.`);
}

/** Guarda qual link tinha o foco para devolvê-lo depois de redesenhar. @param {Element} container */
export function focusedKey(container) {
  const active = document.activeElement;
  if (!active || !container.contains(active)) return null;
  const row = active.closest("[data-id]");
  return row instanceof HTMLElement ? (row.dataset.id ?? null) : null;
}

/** @param {Element | null} container @param {string | null} key */
export function restoreFocus(container, key) {
  if (!key || !container) return;
  const link = container.querySelector(`[data-id="${CSS.escape(key)}"] a`);
  if (link instanceof HTMLElement) link.focus({ preventScroll: true });
}
