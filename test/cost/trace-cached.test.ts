// The trace tree, the viewer and the lab's LangSmith read side price a run from its usage: input tokens served
// from the prompt cache (LangChain's input_token_details.cache_read) must be priced at the cached rate.
import { describe, expect, it } from "vitest";
import type { StoredRun } from "#lib/lab/store";
import { estimateCost } from "#lib/pricing";
import { runUsage } from "#lib/trace-tree";

const run = (usage: Record<string, unknown>): StoredRun =>
  ({ id: "r1", name: "ChatOpenAI", run_type: "llm", extra: { metadata: { ls_model_name: "gpt-4o-mini", usage_metadata: usage } } }) as unknown as StoredRun;

describe("cached input tokens in traces", () => {
  it("runUsage keeps cache_read, and the cost uses the cached rate for those tokens", () => {
    const usage = runUsage(run({ input_tokens: 2_048, output_tokens: 10, total_tokens: 2_058, input_token_details: { cache_read: 1_536 } }));
    expect(usage).toEqual({ input_tokens: 2_048, output_tokens: 10, total_tokens: 2_058, cached_input_tokens: 1_536 });
    const full = estimateCost("gpt-4o-mini", { input_tokens: 2_048, output_tokens: 10 })!;
    const withCache = estimateCost("gpt-4o-mini", usage!)!;
    expect(withCache).toBeLessThan(full);
  });

  it("no cache_read (or zero) leaves the usage as it was", () => {
    expect(runUsage(run({ input_tokens: 5, output_tokens: 2, total_tokens: 7 }))).toEqual({ input_tokens: 5, output_tokens: 2, total_tokens: 7 });
    expect(runUsage(run({ input_tokens: 5, output_tokens: 2, total_tokens: 7, input_token_details: { cache_read: 0 } }))).toEqual({ input_tokens: 5, output_tokens: 2, total_tokens: 7 });
  });
});
