/**
 * The lab's route table. Each module contributes an array of routes; the first route whose method and path
 * match answers. To add endpoints: export a `Route[]` from a new file and add one line to `ROUTES`.
 */
import type http from "node:http";
import { controlRoutes } from "./control.ts";
import { embeddingRoutes } from "./embedding-routes.ts";
import { errorFor, GUARDS, type Guard } from "./guards.ts";
import { sendJson } from "./http.ts";
import { langsmithRoutes } from "./ingest.ts";
import { langsmithReadRoutes } from "./langsmith-read.ts";
import { modelRoutes } from "./model-handler.ts";
import type { LabState } from "./state.ts";
import type { RunStore } from "./store.ts";
import { viewerRoutes } from "./viewer/routes.ts";

/** What every handler gets: the lab's state and run store, and the parsed request URL. */
export interface RouteContext {
  readonly state: LabState;
  readonly store: RunStore;
  readonly url: URL;
  /** The port the lab listens on (for the same-origin check). */
  readonly port: number;
}

export interface Route {
  /** HTTP method, or "*" for any. */
  method: string;
  /** Exact pathname, or a RegExp tested against the pathname (its match is passed to the handler). */
  path: string | RegExp;
  handler(ctx: RouteContext, req: http.IncomingMessage, res: http.ServerResponse, match: RegExpExecArray | null): unknown;
}

export const ROUTES: readonly Route[] = [
  ...modelRoutes,
  ...embeddingRoutes,
  ...langsmithReadRoutes,
  ...langsmithRoutes,
  ...viewerRoutes,
  ...controlRoutes,
];

export function findRoute(routes: readonly Route[], method: string, pathname: string): { route: Route; match: RegExpExecArray | null } | undefined {
  for (const route of routes) {
    if (route.method !== "*" && route.method !== method) continue;
    if (typeof route.path === "string") {
      if (route.path === pathname) return { route, match: null };
      continue;
    }
    const match = route.path.exec(pathname);
    if (match) return { route, match };
  }
  return undefined;
}

/** Runs the guards (guards.ts), then the first matching route; unknown routes get a pt-BR 404. */
export async function dispatch(ctx: RouteContext, req: http.IncomingMessage, res: http.ServerResponse, routes: readonly Route[] = ROUTES, guards: readonly Guard[] = GUARDS): Promise<void> {
  for (const guard of guards) if (guard(ctx, req, res)) return;
  const method = req.method ?? "GET";
  const found = findRoute(routes, method, ctx.url.pathname);
  if (found) return void (await found.route.handler(ctx, req, res, found.match));
  const pathname = ctx.url.pathname;
  const service = pathname.startsWith("/v1beta/") ? "GOOGLE_API_KEY" : pathname.startsWith("/v1/") ? "OPENAI_API_KEY" : undefined;
  if (service) {
    // A provider feature the lab does not simulate: the provider's own 404 shape, so the SDK shows the message.
    const message = `Laboratório: ${method} ${pathname} não é simulado. Para usar esse recurso, configure ${service} com uma chave do serviço real.`;
    return sendJson(res, 404, errorFor(pathname, 404, message));
  }
  const where = pathname.startsWith("/lab/") ? "rota do laboratório desconhecida" : "rota desconhecida no laboratório";
  sendJson(res, 404, { error: `${where}: ${method} ${pathname}` });
}
