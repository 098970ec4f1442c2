/**
 * The viewer's HTTP side, mounted by the lab's route table (lib/lab/viewer/routes.ts) for GET `/`, `/viewer/*` and
 * `/lab/events`: the page, its stylesheet and ES modules, a small JSON API built from the RunStore
 * (traces.ts), and Server-Sent Events so that the open page updates when runs arrive.
 * Loaded lazily by the server: a lab that nobody looks at does not pay for it.
 */
import fs from "node:fs/promises";
import type http from "node:http";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { sendJson as writeJson } from "../http.ts";
import type { RunStore } from "../store.ts";
import { eventsFor } from "./events.ts";
import { listMeta, runDetail, summarizeTraces, traceView } from "./traces.ts";

const PAGE_DIR = path.join(path.dirname(fileURLToPath(import.meta.url)), "page");

/** The page's ES modules (`page/*.js`, entry viewer.js): served as JavaScript, loaded by `import` in the browser. */
const MODULES = (await fs.readdir(PAGE_DIR)).filter((file) => /^[a-z][a-z-]*\.js$/.test(file));

/** The only files served; nothing else on disk (page/tsconfig.json, ../*.ts) is reachable from the browser. */
const ASSETS: Record<string, { file: string; type: string }> = {
  "/": { file: "index.html", type: "text/html; charset=utf-8" },
  "/viewer/viewer.css": { file: "viewer.css", type: "text/css; charset=utf-8" },
  ...Object.fromEntries(MODULES.map((file) => [`/viewer/${file}`, { file, type: "text/javascript; charset=utf-8" }])),
};

const SECURITY_HEADERS = {
  "content-security-policy": "default-src 'none'; script-src 'self'; style-src 'self'; connect-src 'self'; img-src 'self' data:; base-uri 'none'; form-action 'none'; frame-ancestors 'none'",
  "x-content-type-options": "nosniff",
  "referrer-policy": "no-referrer",
  "cache-control": "no-store",
};

function send(res: http.ServerResponse, status: number, type: string, body: string | Buffer): void {
  res.writeHead(status, { "content-type": type, "content-length": Buffer.byteLength(body), ...SECURITY_HEADERS });
  res.end(body);
}

const sendJson = (res: http.ServerResponse, status: number, body: unknown) =>
  writeJson(res, status, body, { "content-type": "application/json; charset=utf-8", ...SECURITY_HEADERS });

/**
 * The page shows traces (prompts, answers, personal data as stored): only a browser that asked for this machine
 * by name gets them. A web page elsewhere that re-points its own host name at 127.0.0.1 (DNS rebinding) does not.
 */
function localHost(req: http.IncomingMessage): boolean {
  const host = (req.headers.host ?? "").toLowerCase();
  return /^(127\.0\.0\.1|localhost|\[::1\])(:\d+)?$/.test(host);
}

function decodeId(raw: string): string | undefined {
  try {
    const id = decodeURIComponent(raw);
    return id.length > 0 && id.length <= 200 ? id : undefined;
  } catch {
    return undefined;
  }
}

/** Answers a viewer request (GET, path accepted by isViewerPath). */
export async function handleViewer(store: RunStore, req: http.IncomingMessage, res: http.ServerResponse, url: URL): Promise<void> {
  if (!localHost(req)) {
    return send(res, 403, "text/plain; charset=utf-8", "O visualizador de traces só atende pelo endereço local (http://127.0.0.1:PORTA).\n");
  }
  const pathname = url.pathname;
  if (pathname === "/lab/events") return eventsFor(store).connect(req, res);

  const asset = ASSETS[pathname];
  if (asset) return send(res, 200, asset.type, await fs.readFile(path.join(PAGE_DIR, asset.file)));

  if (pathname === "/viewer/api/traces") {
    const runs = store.list();
    const feedback = store.listFeedback();
    const traces = summarizeTraces(runs, feedback);
    return sendJson(res, 200, { meta: listMeta(runs, traces.length, feedback), traces });
  }
  const trace = /^\/viewer\/api\/traces\/([^/]+)$/.exec(pathname);
  if (trace) {
    const id = decodeId(trace[1]!);
    const view = id === undefined ? undefined : traceView(id, store.list(), store.listFeedback());
    return view ? sendJson(res, 200, view) : sendJson(res, 404, { erro: "Trace não encontrado no laboratório (ele pode ter sido apagado com /lab/reset)." });
  }
  const run = /^\/viewer\/api\/runs\/([^/]+)$/.exec(pathname);
  if (run) {
    const id = decodeId(run[1]!);
    const detail = id === undefined ? undefined : runDetail(id, store.list(), store.listFeedback());
    return detail ? sendJson(res, 200, detail) : sendJson(res, 404, { erro: "Run não encontrado no laboratório." });
  }
  sendJson(res, 404, { erro: `rota desconhecida do visualizador: ${pathname}` });
}
