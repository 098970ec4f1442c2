// Child output is decoded as UTF-8 across chunk boundaries: an accent split between two writes stays whole.
import { describe, expect, it } from "vitest";
import { exec } from "../../scripts/lib/exec.ts";

describe("exec", () => {
  it("keeps a multi-byte character that arrives split across two chunks", async () => {
    // "ção" with the two bytes of "ç" (0xC3 0xA7) written 50 ms apart.
    const script = "process.stdout.write(Buffer.from([0xc3])); setTimeout(() => process.stdout.write(Buffer.from([0xa7, 0xc3, 0xa3, 0x6f])), 50);";
    const run = await exec(process.execPath, ["-e", script], { cwd: process.cwd(), timeoutMs: 10_000 });
    expect(run.stdout).toBe("ção");
    expect(run.stdout).not.toContain("\uFFFD");
  });
});
