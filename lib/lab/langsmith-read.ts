/**
 * Routes of the LangSmith read side (docs/protocols.md §8–§10) for the lab's route table. Handlers live in
 * langsmith-api.ts, loaded on the first read that needs one, so starting (and tracing to) a lab stays cheap.
 */
import { sendJson } from "./http.ts";
import type { Route } from "./routes.ts";

type HandlerName = keyof typeof import("./langsmith-api.ts").readHandlers;

const lazy =
  (name: HandlerName): Route["handler"] =>
  async (ctx, req, res, match) =>
    (await import("./langsmith-api.ts")).readHandlers[name](ctx, req, res, match);

/**
 * What /info answers: the lab's flags (multipart run and example uploads on). `version` stays "lab": that is
 * how `npm run ex:N` recognises a running lab (lib/session.ts). The client's v2 accessors (`client.runs`…)
 * then warn once that they cannot parse the backend version; harmless.
 */
const LAB_INFO = {
  version: "lab",
  instance_flags: { dataset_examples_multipart_enabled: true },
  batch_ingest_config: { use_multipart_endpoint: true },
} as const;

const UUID = "([0-9a-fA-F-]{36})";

export const langsmithReadRoutes: Route[] = [
  // Asked by every tracing client before its first upload: answered here, without loading the read side.
  { method: "GET", path: "/info", handler: (_ctx, _req, res) => sendJson(res, 200, LAB_INFO) },
  { method: "POST", path: "/runs/query", handler: lazy("queryRuns") },
  { method: "GET", path: new RegExp(`^/runs/${UUID}$`), handler: lazy("readRun") },
  { method: "POST", path: "/api/v2/runs/query", handler: lazy("queryRunsV2") },
  // client.runs.retrieve(runId, { project_id, selects })
  { method: "GET", path: new RegExp(`^/api/v2/runs/${UUID}$`), handler: lazy("retrieveV2") },
  // client.runs.getURL(runId, { project_id, trace_id }) → the viewer's address for the run.
  { method: "GET", path: new RegExp(`^/api/v2/runs/${UUID}/url$`), handler: lazy("runUrlV2") },
  // The web path in app_path and getRunUrl(): redirects to the lab's viewer.
  { method: "GET", path: /^\/o\/[^/]+\/projects\/p\/[^/]+\/r\/([^/]+)$/, handler: lazy("webRunRedirect") },
  // Other LangSmith web pages (getProjectUrl, getDatasetUrl, evaluate()'s "View results at"): the viewer's list.
  { method: "GET", path: /^\/o\//, handler: (_ctx, _req, res) => void res.writeHead(302, { location: "/", "content-length": 0 }).end() },
  { method: "GET", path: "/feedback", handler: lazy("listFeedback") },
  { method: "GET", path: new RegExp(`^/feedback/${UUID}$`), handler: lazy("readFeedback") },
  { method: "GET", path: "/sessions", handler: lazy("listProjects") },
  { method: "POST", path: "/sessions", handler: lazy("createProject") },
  { method: "GET", path: new RegExp(`^/sessions/${UUID}$`), handler: lazy("readProject") },
  { method: "PATCH", path: new RegExp(`^/sessions/${UUID}$`), handler: lazy("updateProject") },
  { method: "DELETE", path: new RegExp(`^/sessions/${UUID}$`), handler: lazy("deleteProject") },
  { method: "GET", path: "/datasets", handler: lazy("listDatasets") },
  { method: "POST", path: "/datasets", handler: lazy("createDataset") },
  { method: "GET", path: new RegExp(`^/datasets/${UUID}$`), handler: lazy("readDataset") },
  { method: "DELETE", path: new RegExp(`^/datasets/${UUID}$`), handler: lazy("deleteDataset") },
  { method: "POST", path: new RegExp(`^(?:/v1)?/platform/datasets/${UUID}/examples$`), handler: lazy("uploadExamples") },
  { method: "GET", path: "/examples", handler: lazy("listExamples") },
  // The JSON form (older clients, REST users): one example with dataset_id.
  { method: "POST", path: "/examples", handler: lazy("createExample") },
  { method: "POST", path: "/examples/bulk", handler: lazy("createExamplesBulk") },
  { method: "GET", path: new RegExp(`^/examples/${UUID}$`), handler: lazy("readExample") },
  { method: "DELETE", path: new RegExp(`^/examples/${UUID}$`), handler: lazy("deleteExample") },
];
