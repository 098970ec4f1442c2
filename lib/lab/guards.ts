/**
 * Checks every request passes before routing (docs/lab.md, "Safety"):
 * - Host must name this machine (127.0.0.1, localhost, [::1]): a page elsewhere that re-points its own host name
 *   at 127.0.0.1 (DNS rebinding) is refused;
 * - Origin, when sent (browsers send it on every POST), must be the lab's own;
 * - a request with a body that changes something must say it is JSON (multipart only for /runs/multipart), which a
 *   cross-origin HTML form or a "simple" fetch cannot do without a CORS preflight the lab never grants;
 * - with LabOptions.controlToken, mutating /lab/* requests must carry it in `x-lab-token`.
 * Refusals are answered in the shape of the route's family, so each SDK can read them.
 */
import type http from "node:http";
import { sendJson } from "./http.ts";
import { errorBody } from "./providers.ts";
import type { RouteContext } from "./routes.ts";

export type Guard = (ctx: RouteContext, req: http.IncomingMessage, res: http.ServerResponse) => boolean;

const LOCAL_NAMES = new Set(["127.0.0.1", "localhost", "[::1]"]);
const LOCAL_HOST = /^(127\.0\.0\.1|localhost|\[::1\])(:\d{1,5})?$/i;
const READS = new Set(["GET", "HEAD", "OPTIONS"]);

const header = (req: http.IncomingMessage, name: string): string | undefined => {
  const value = req.headers[name];
  return Array.isArray(value) ? value[0] : value;
};

/** An error body in the shape the route's clients expect: Gemini, OpenAI, LangSmith ({ detail }) or the lab's own ({ error }). */
export function errorFor(pathname: string, status: number, message: string): unknown {
  if (pathname.startsWith("/v1beta/")) return errorBody("gemini", status, message);
  if (pathname.startsWith("/v1/")) return errorBody("openai", status, message);
  if (/^\/(runs|feedback|sessions|info|datasets|examples)(\/|$)/.test(pathname)) return { detail: message };
  return { error: message };
}

function refuse(ctx: RouteContext, res: http.ServerResponse, status: number, message: string): true {
  sendJson(res, status, errorFor(ctx.url.pathname, status, message));
  return true;
}

function sameOrigin(origin: string, port: number): boolean {
  try {
    const url = new URL(origin);
    return url.protocol === "http:" && LOCAL_NAMES.has(url.hostname) && Number(url.port || 80) === port;
  } catch {
    return false; // "null" (sandboxed frames, file://) and garbage
  }
}

function hasBody(req: http.IncomingMessage): boolean {
  const length = header(req, "content-length");
  return header(req, "transfer-encoding") !== undefined || (length !== undefined && length !== "0");
}

function acceptedType(req: http.IncomingMessage, pathname: string): boolean {
  const type = (header(req, "content-type") ?? "").split(";")[0]!.trim().toLowerCase();
  if (type === "application/json" || /^application\/[\w.+-]+\+json$/.test(type)) return true;
  return type === "multipart/form-data" && pathname === "/runs/multipart";
}

export const crossOriginGuard: Guard = (ctx, req, res) => {
  if (!LOCAL_HOST.test(header(req, "host") ?? ""))
    return refuse(ctx, res, 403, "Laboratório: só atendo pelo endereço local (http://127.0.0.1:PORTA ou http://localhost:PORTA).");
  const origin = header(req, "origin");
  if (origin !== undefined && !sameOrigin(origin, ctx.port))
    return refuse(ctx, res, 403, `Laboratório: pedidos vindos de outra origem (${origin.slice(0, 80)}) são recusados.`);
  if (!READS.has(req.method ?? "GET") && hasBody(req) && !acceptedType(req, ctx.url.pathname)) {
    req.resume();
    return refuse(ctx, res, 415, "Laboratório: envie o corpo como JSON (content-type: application/json); multipart só em /runs/multipart.");
  }
  return false;
};

export const controlTokenGuard: Guard = (ctx, req, res) => {
  const { state } = ctx;
  if (!state.tokenRequired || !ctx.url.pathname.startsWith("/lab/") || READS.has(req.method ?? "GET")) return false;
  if (state.tokenMatches(header(req, "x-lab-token"))) return false;
  state.controlRefusals++;
  req.resume();
  return refuse(ctx, res, 403, "Laboratório: esta ação de controle exige o cabeçalho x-lab-token com o token deste laboratório.");
};

export const GUARDS: readonly Guard[] = [crossOriginGuard, controlTokenGuard];
