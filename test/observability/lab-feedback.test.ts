// The lab's LangSmith feedback endpoints as the real SDK uses them: the object form of createFeedback with the
// project (POST /feedback, session_id kept) and, with traceId, batched into /runs/multipart as a feedback part.
import { Client, RunTree } from "langsmith";
import { getCurrentRunTree, traceable } from "langsmith/traceable";
import { describe, expect, it } from "vitest";
import { flushTraces } from "../../lib/tracing.ts";
import { startTestLab } from "../_support/lab.ts";

const lab = await startTestLab();

const traced = traceable(async () => getCurrentRunTree().id, { name: "atendimento" });

describe("lab feedback", () => {
  it("object form with sessionId: POST /feedback, project id kept, attached to the run", async () => {
    const runId = await traced();
    const client = new Client({ apiUrl: lab.url, apiKey: "lab" });
    const project = await client.readProject({ projectName: "default" });
    const created = await client.createFeedback({ runId, sessionId: project.id, key: "user_feedback", score: 1, comment: "bom" });
    const [feedback] = await lab.feedback();
    expect(feedback).toMatchObject({ id: created.id, run_id: runId, key: "user_feedback", score: 1, comment: "bom", session_id: project.id, trace_id: null });
  });

  it("with traceId the SDK batches the feedback into /runs/multipart; the lab stores it too", async () => {
    const runId = await traced();
    await flushTraces();
    const client = RunTree.getSharedClient();
    const project = await client.readProject({ projectName: "default" });
    await client.createFeedback({ runId, traceId: runId, sessionId: project.id, key: "user_feedback", score: 0, comment: "ruim" });
    await flushTraces();
    const [feedback] = await lab.feedback();
    expect(feedback).toMatchObject({ run_id: runId, trace_id: runId, key: "user_feedback", score: 0, comment: "ruim", session_id: project.id });
    expect((await lab.runs()).map((r) => r.id)).toContain(runId);
  });
});
