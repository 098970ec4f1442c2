// The §3 chapter examples as modules: the book's RAG with tracing and the hand-instrumented metrics service.
import { describe, expect, it } from "vitest";
import { rag, retriever } from "../../chapters/09/03-observabilidade/rag_tracing.ts";
import { iniciarServico } from "../../chapters/09/03-observabilidade/metricas_prometheus.ts";
import { flushTraces } from "../../lib/tracing.ts";
import { startTestLab } from "../_support/lab.ts";

const lab = await startTestLab();

describe("rag_tracing.ts (the book's rag_tracing.py)", () => {
  it("answers the book's question from the retrieved document, in one trace rag → retriever + ChatOpenAI", async () => {
    expect(await retriever("Onde Harrison trabalhou?")).toEqual(["Harrison trabalhou na Kensho."]);
    const completion = await rag("Onde Harrison trabalhou?");
    expect(completion.choices[0]?.message.content).toBe("Harrison trabalhou na Kensho.");
    const [call] = await lab.calls();
    expect(call).toMatchObject({ provider: "openai", model: "gpt-4o-mini" });
    expect(call!.messages[0]).toEqual({ role: "system", content: "Responda usando apenas: Harrison trabalhou na Kensho." });
    await flushTraces();
    const runs = await lab.runs();
    const root = runs.find((r) => r.name === "rag" && !r.parent_run_id)!;
    expect(runs.filter((r) => r.parent_run_id === root.id).map((r) => `${r.name}:${r.run_type}`).sort()).toEqual(["ChatOpenAI:llm", "retriever:retriever"]);
  });

  it("a question outside the documents gets an empty context and the lab's 'não sei'", async () => {
    expect(await retriever("Qual a capital da Mongólia?")).toEqual([]);
    expect((await rag("Qual a capital da Mongólia?")).choices[0]?.message.content).toMatch(/^Não sei/);
  });
});

describe("metricas_prometheus.ts (hand-instrumented service)", () => {
  it("measures each call, rejects bad input with 400 and unknown routes with 404, never labels user text", async () => {
    const servico = await iniciarServico({ port: 0, recursos: false });
    try {
      expect(servico.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
      expect((await fetch(`${servico.url}/perguntar`)).status).toBe(400);
      expect((await fetch(`${servico.url}/perguntar?topico=${"x".repeat(10)}`)).status).toBe(200);
      await lab.setFaults([{ status: 400 }]); // 400 is never retried (5xx would be, with backoff)
      expect((await fetch(`${servico.url}/perguntar?topico=zq-marca-unica`)).status).toBe(502);
      expect((await fetch(`${servico.url}/admin`)).status).toBe(404);
      const text = await (await fetch(`${servico.url}/metrics`)).text();
      expect(text).not.toContain("zq-marca-unica");
      expect(text).not.toContain("nodejs_"); // recursos: false → no default metrics
      expect(text).toMatch(/gen_ai_client_operation_duration_seconds_count\{[^}]*gen_ai_request_model="gemini-2.5-flash"[^}]*\} 1\n/);
      expect(text).toMatch(/llm_errors_total\{[^}]*error_type="400"[^}]*\} 1\n/);
      const calls = await lab.calls();
      const ok = calls.find((c) => c.status === 200)!;
      expect(text).toContain(`gen_ai_token_type="output"} ${ok.usage!.output}\n`);
    } finally {
      await servico.close();
    }
  });
});
