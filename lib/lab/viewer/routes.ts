/** The trace viewer's routes: the page at `/`, its files and JSON API under `/viewer/`, live updates at `/lab/events`. */
import type { Route } from "../routes.ts";

// Loaded on first use: a lab that nobody looks at does not pay for the viewer.
const viewer: Route["handler"] = async (ctx, req, res) => (await import("./http.ts")).handleViewer(ctx.store, req, res, ctx.url);

export const viewerRoutes: Route[] = [
  { method: "GET", path: "/", handler: viewer },
  { method: "GET", path: "/lab/events", handler: viewer },
  { method: "GET", path: /^\/viewer\//, handler: viewer },
];
