/**
 * Provider endpoints the lab does not simulate, answered in the provider's own error shape with a pt-BR
 * message that says so and how to use the real service (docs/protocols.md §7.1, §9): the OpenAI Responses API
 * (400, so no SDK retries it) and, as the last routes of the table, any other `/v1/…` (OpenAI) or `/v1beta/…`
 * (Gemini) path (404). Keep these routes LAST in `ROUTES`: they match every path under those prefixes.
 */
import { sendJson } from "./http.ts";
import { errorBody } from "./providers.ts";
import type { Route } from "./routes.ts";
import { notSimulatedMessage } from "./tools.ts";

export const unsimulatedRoutes: Route[] = [
  {
    method: "POST",
    path: "/v1/responses",
    handler: (_ctx, req, res) => {
      req.resume();
      sendJson(res, 400, errorBody("openai", 400, notSimulatedMessage("openai", "a Responses API (/v1/responses, usada por useResponsesApi, ferramentas nativas e alguns modelos); use ChatOpenAI com /v1/chat/completions")));
    },
  },
  {
    method: "*",
    path: /^\/v1\/./,
    handler: (ctx, req, res) => {
      req.resume();
      sendJson(res, 404, errorBody("openai", 404, notSimulatedMessage("openai", `${req.method} ${ctx.url.pathname}`)));
    },
  },
  {
    method: "*",
    path: /^\/v1beta\/./,
    handler: (ctx, req, res) => {
      req.resume();
      sendJson(res, 404, errorBody("gemini", 404, notSimulatedMessage("gemini", `${req.method} ${ctx.url.pathname.replace(/^\/v1beta\//, "")}`)));
    },
  },
];
