// @ts-check
// Conversa com o laboratório: a API JSON (/viewer/api/...) e os eventos ao vivo (Server-Sent Events, /lab/events).

/**
 * @typedef {import("../view-types.ts").TraceList} TraceList
 * @typedef {import("../view-types.ts").TraceView} TraceView
 * @typedef {import("../view-types.ts").RunDetail} RunDetail
 * @typedef {import("../view-types.ts").ChangeEvent} ChangeEvent
 */

/** JSON de `url`; null quando o laboratório responde 404 (trace ou run que não existe mais). @param {string} url */
async function getJson(url) {
  const response = await fetch(url, { cache: "no-store", headers: { accept: "application/json" } });
  if (response.status === 404) return null;
  if (!response.ok) throw new Error(`o laboratório respondeu ${response.status} em ${url}`);
  return /** @type {Promise<unknown>} */ (response.json());
}

/** @returns {Promise<TraceList | null>} */
export const fetchTraces = async () => /** @type {TraceList | null} */ (await getJson("/viewer/api/traces"));

/** @param {string} id @returns {Promise<TraceView | null>} */
export const fetchTrace = async (id) => /** @type {TraceView | null} */ (await getJson(`/viewer/api/traces/${encodeURIComponent(id)}`));

/** @param {string} id @returns {Promise<RunDetail | null>} */
export const fetchRun = async (id) => /** @type {RunDetail | null} */ (await getJson(`/viewer/api/runs/${encodeURIComponent(id)}`));

/**
 * Executa `fn` sem sobreposição: pedidos durante uma execução viram uma única execução seguinte.
 * @param {() => Promise<void>} fn
 * @param {(error: unknown) => void} onError
 * @returns {() => Promise<void>}
 */
export function serial(fn, onError) {
  /** @type {Promise<void> | null} */
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
        onError(error);
      } finally {
        running = null;
      }
    })();
    return running;
  };
}

/**
 * @typedef {object} LiveHandlers
 * @property {(text: string, live: boolean) => void} status  o estado da conexão, para a faixa do topo
 * @property {() => void} open  (re)conectou: o que mudou enquanto estava fora precisa ser relido
 * @property {(data: ChangeEvent) => void} change  runs ou feedback novos
 * @property {() => void} reset  o laboratório apagou tudo (/lab/reset)
 */

/** Assina os eventos do laboratório; o EventSource reconecta sozinho quando ele reinicia. @param {LiveHandlers} on */
export function listen(on) {
  if (!("EventSource" in window)) {
    on.status("sem atualização ao vivo: recarregue a página para ver traces novos", false);
    return;
  }
  const source = new EventSource("/lab/events");
  source.addEventListener("open", () => {
    on.status("ao vivo", true);
    on.open();
  });
  source.addEventListener("error", () => on.status("laboratório fora do ar: tentando reconectar…", false));
  /** @param {MessageEvent<string>} event */
  const change = (event) => on.change(/** @type {ChangeEvent} */ (JSON.parse(event.data)));
  source.addEventListener("runs", change);
  source.addEventListener("feedback", change);
  source.addEventListener("reset", () => on.reset());
}
