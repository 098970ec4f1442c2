// npm run doctor: versions, deps, .env keys (names + masks only), modes, lab port, servers; fixes for problems.
import net from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import semver from "semver";
import { makeWorkbook, plainEnv, type Workbook } from "./_workbook.ts";

// Key-shaped sentinels: the doctor may name them and show a mask, never the value.
const GOOGLE = "AIzaSENTINELA0123456789abcdefXYZ";
const OPENAI = "sk-SENTINELA-0123456789abcdefghijQRS";

let wb: Workbook;
beforeAll(() => {
  wb = makeWorkbook("doctor-");
});
afterAll(() => wb.cleanup());

interface Finding {
  area: string;
  level: "ok" | "aviso" | "problema" | "info";
  message: string;
  fix?: string;
}

describe("npm run doctor", { timeout: 180_000 }, () => {
  it("reports Node, deps, modes and the lab port; keys appear by name and mask only", async () => {
    wb.write(".env", `GOOGLE_API_KEY=${GOOGLE}\n`);
    const run = await wb.run("doctor.ts", [], { env: plainEnv({ OPENAI_API_KEY: OPENAI, WORKBOOK_MODE: "" }) });
    const out = run.stdout + run.stderr;
    expect(out).toMatch(/✓ Node \d+\.\d+\.\d+ \(o workbook pede/);
    expect(out).toMatch(/✓ \d+ pacotes instalados nas versões do package\.json/);
    expect(out).toContain("GOOGLE_API_KEY definida (AIza…XYZ, no .env)");
    expect(out).toContain("OPENAI_API_KEY definida (sk-…QRS, variável de ambiente)");
    expect(out).toContain("Gemini (Google): serviço real");
    expect(out).toContain("LangSmith: laboratório local");
    expect(out).toMatch(/o laboratório consegue abrir uma porta em 127\.0\.0\.1/);
    expect(out).not.toContain(GOOGLE);
    expect(out).not.toContain(OPENAI);
    expect(out).not.toContain("\x1b[");
  });

  it("a malformed key is a problem with the fix, exit 1; --json lists every finding", async () => {
    wb.write(".env", "GOOGLE_API_KEY=sua-chave-aqui\n");
    const run = await wb.run("doctor.ts", ["--json"]);
    expect(run.code).toBe(1);
    const report = JSON.parse(run.stdout) as { ok: boolean; findings: Finding[] };
    expect(report.ok).toBe(false);
    const problem = report.findings.find((f) => f.area === "modos" && f.level === "problema");
    expect(problem?.message).toContain("GOOGLE_API_KEY ainda tem o texto de exemplo");
    expect(problem?.fix).toContain("aistudio.google.com");
  });

  it("a busy LAB_PORT is a warning, not a failure", async () => {
    const server = net.createServer();
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    const port = (server.address() as net.AddressInfo).port;
    try {
      wb.write(".env", `LAB_PORT=${port}\n`);
      const run = await wb.run("doctor.ts", ["--json"]);
      const report = JSON.parse(run.stdout) as { findings: Finding[] };
      const warning = report.findings.find((f) => f.area === "laboratório" && f.level === "aviso");
      expect(warning?.message).toContain(`porta ${port} (LAB_PORT) está ocupada`);
      expect(warning?.fix).toContain("LAB_PORT");
    } finally {
      server.close();
    }
  });
});

describe("semver (the doctor's range check)", () => {
  it.each([
    ["20.20.2", ">=20.11 <23", true],
    ["22.3.0", ">=20.11 <23", true],
    ["23.0.0", ">=20.11 <23", false],
    ["20.10.9", ">=20.11 <23", false],
    ["1.4.0", "1.4.0", true],
    ["1.4.1", "1.4.0", false],
    ["1.5.8", "^1.4.0", true],
    ["2.0.0", "^1.4.0", false],
    ["0.12.3", "^0.12.0", true],
    ["0.13.0", "^0.12.0", false],
    ["1.4.9", "~1.4.0", true],
    ["1.5.0", "~1.4.0", false],
    ["18.0.0", "^18 || ^20", true],
    ["19.0.0", "^18 || ^20", false],
    ["5.9.3", "5.x", true],
  ])("%s satisfies %s → %s", (version, range, expected) => {
    expect(semver.satisfies(version, range)).toBe(expected);
  });
});
