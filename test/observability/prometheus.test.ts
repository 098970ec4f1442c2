// Integration test with a real Prometheus (no mocks): the chapter example's /metrics and the Exercise 9 solution's
// /metrics are scraped by a real server, the scraped series are queried with PromQL and must match what the lab
// served; promtool lints the exposition text, the alert rules, their unit tests and the sample config; every
// Grafana dashboard query is evaluated by the real engine. Binaries come from lib/servers.ts (never skipped:
// missing ones fail with the install command). Everything listens on 127.0.0.1, on free ports, and stops in afterAll.
import { type ChildProcess, spawn, spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { ChatOpenAI } from "@langchain/openai";
import { Registry } from "prom-client";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { applyEnvironment, openAIOptions, readConfig } from "../../lib/config.ts";
import { startLab, type Lab } from "../../lib/lab/server.ts";
import { freePort, serverBinary } from "../../lib/servers.ts";

const ROOT = path.resolve(import.meta.dirname, "../..");
const CHAPTER = path.join(ROOT, "chapters/09/03-observabilidade");
const SCRAPE_DEADLINE_MS = 15_000;

// Throws (with the apt-get command) when Prometheus is not installed: this test is never skipped.
const prometheusBin = serverBinary("prometheus");
const promtoolBin = serverBinary("promtool");

function promtool(args: string[], input?: string, cwd = CHAPTER) {
  const run = spawnSync(promtoolBin, args, { cwd, input, encoding: "utf8", timeout: 20_000 });
  return { code: run.status, output: `${run.stdout ?? ""}${run.stderr ?? ""}` };
}

/** prom-client's default metrics include three gauges named *_total, which promtool's linter rejects (exit 3). */
const DEFAULT_GAUGES_WITH_TOTAL = /^(# (HELP|TYPE) )?nodejs_active_(handles|requests|resources)_total\b/;
const withoutDefaultGaugesWithTotal = (text: string) =>
  text
    .split("\n")
    .filter((line) => !DEFAULT_GAUGES_WITH_TOTAL.test(line))
    .join("\n");


const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

interface Sample {
  metric: Record<string, string>;
  value: [number, string];
}

describe("promtool on the chapter files (alert rules, their unit tests, sample config)", () => {
  it("alerts.yml passes promtool check rules (error rate, p95 latency, cost per hour, scrape down)", () => {
    const { code, output } = promtool(["check", "rules", "alerts.yml"]);
    expect(output).toContain("SUCCESS: 4 rules found");
    expect(code, output).toBe(0);
  });

  it("alerts.test.yml: every alert fires when it should and stays quiet when it should not", () => {
    const { code, output } = promtool(["test", "rules", "alerts.test.yml"]);
    expect(code, output).toBe(0);
  });

  it("prometheus.yml (the students' config) is valid and loads the rules", () => {
    const { code, output } = promtool(["check", "config", "prometheus.yml"]);
    expect(code, output).toBe(0);
  });
});

describe("a real Prometheus scrapes the example's and the solution's /metrics", () => {
  let lab: Lab;
  let prometheus: ChildProcess | undefined;
  let prometheusLog = "";
  let promUrl = "";
  let tmp = "";
  const closers: Array<() => Promise<void>> = [];
  const texts: { example: string; solution: string } = { example: "", solution: "" };
  const served = { example: { input: 0, output: 0, calls: 0 }, solution: { input: 0, output: 0, calls: 0, errors: 0 } };

  beforeAll(async () => {
    lab = await startLab();
    applyEnvironment(readConfig({ WORKBOOK_MODE: "lab" }), lab.url);
    process.env.LANGSMITH_TRACING = "false"; // traces are not what this test is about

    // 1. The chapter example: its own /perguntar route drives three Gemini calls, measured by hand.
    const { iniciarServico } = await import("../../chapters/09/03-observabilidade/metricas_prometheus.ts");
    const example = await iniciarServico({ port: 0 });
    closers.push(example.close);
    for (const topico of ["filas", "cache", "alertas"]) expect((await fetch(`${example.url}/perguntar?topico=${topico}`)).status).toBe(200);
    for (const call of await lab.calls()) {
      served.example.input += call.usage?.input ?? 0;
      served.example.output += call.usage?.output ?? 0;
      served.example.calls++;
    }
    await lab.reset();

    // 2. The Exercise 9 solution: the callback handler on ChatOpenAI (two answers, one 429), served by servirMetricas.
    const { MetricasLLM, servirMetricas } = await import("../../solutions/09-metricas-feedback/metricas.ts");
    const registry = new Registry();
    const handler = new MetricasLLM({ registry });
    const llm = new ChatOpenAI({ model: "gpt-4o-mini", maxRetries: 0, callbacks: [handler], ...openAIOptions() });
    await llm.invoke("Escreva uma frase sobre métricas");
    await lab.setFaults([{ status: 429 }]);
    await expect(llm.invoke("Escreva uma frase sobre limites")).rejects.toThrow();
    for await (const chunk of await llm.stream("Escreva uma frase sobre streaming")) void chunk;
    for (const call of await lab.calls()) {
      served.solution.input += call.usage?.input ?? 0;
      served.solution.output += call.usage?.output ?? 0;
      served.solution.calls++;
      if (call.status !== 200) served.solution.errors++;
    }
    const solution = await servirMetricas(registry, { port: 0 });
    closers.push(solution.close);

    texts.example = await (await fetch(`${example.url}/metrics`)).text();
    texts.solution = await (await fetch(`${solution.url}/metrics`)).text();

    // 3. A real Prometheus: temp config and storage, free port, 1 s scrape interval, the chapter's alert rules.
    tmp = fs.mkdtempSync(path.join(os.tmpdir(), "prometheus-cap09-"));
    const port = await freePort();
    const config = {
      global: { scrape_interval: "1s", evaluation_interval: "1s" },
      rule_files: [path.join(CHAPTER, "alerts.yml")],
      scrape_configs: [
        { job_name: "langchain-exemplo", static_configs: [{ targets: [new URL(example.url).host] }] },
        { job_name: "langchain-solucao", static_configs: [{ targets: [new URL(solution.url).host] }] },
      ],
    };
    fs.writeFileSync(path.join(tmp, "prometheus.yml"), JSON.stringify(config, null, 2)); // YAML accepts JSON
    prometheus = spawn(
      prometheusBin,
      [
        `--config.file=${path.join(tmp, "prometheus.yml")}`,
        `--storage.tsdb.path=${path.join(tmp, "data")}`,
        `--web.listen-address=127.0.0.1:${port}`,
        "--log.level=warn",
      ],
      { cwd: tmp, stdio: ["ignore", "pipe", "pipe"] },
    );
    prometheus.stdout?.setEncoding("utf8");
    prometheus.stdout?.on("data", (d: string) => (prometheusLog += d));
    prometheus.stderr?.setEncoding("utf8");
    prometheus.stderr?.on("data", (d: string) => (prometheusLog += d));
    promUrl = `http://127.0.0.1:${port}`;
    const started = Date.now();
    while (Date.now() - started < 10_000) {
      if (prometheus.exitCode !== null) throw new Error(`prometheus exited with ${prometheus.exitCode}:\n${prometheusLog}`);
      const ready = await fetch(`${promUrl}/-/ready`).then((r) => r.ok, () => false);
      if (ready) return;
      await sleep(100);
    }
    throw new Error(`prometheus did not become ready in 10 s:\n${prometheusLog}`);
  }, 30_000);

  afterAll(async () => {
    if (prometheus && prometheus.exitCode === null) {
      const exited = new Promise<void>((resolve) => prometheus!.once("exit", () => resolve()));
      prometheus.kill("SIGTERM");
      const timer = setTimeout(() => prometheus!.kill("SIGKILL"), 5_000);
      await exited;
      clearTimeout(timer);
    }
    for (const close of closers) await close();
    await lab?.close();
    if (tmp) fs.rmSync(tmp, { recursive: true, force: true });
  }, 20_000);

  async function query(promql: string): Promise<{ status: string; result: Sample[]; error?: string }> {
    const response = await fetch(`${promUrl}/api/v1/query?query=${encodeURIComponent(promql)}`);
    const body = (await response.json()) as { status: string; data?: { result: Sample[] }; error?: string };
    return { status: body.status, result: body.data?.result ?? [], error: body.error };
  }

  /** Polls until `ready(result)` (a new target's first series takes ~5–6 s to be queryable). */
  async function poll(promql: string, ready: (result: Sample[]) => boolean): Promise<Sample[]> {
    const started = Date.now();
    let last: Sample[] = [];
    while (Date.now() - started < SCRAPE_DEADLINE_MS) {
      const { status, result, error } = await query(promql);
      expect(status, error).toBe("success");
      last = result;
      if (ready(result)) return result;
      await sleep(250);
    }
    throw new Error(`no answer for ${promql} within ${SCRAPE_DEADLINE_MS / 1000} s; last: ${JSON.stringify(last)}\n${prometheusLog}`);
  }

  const byJob = (result: Sample[], extra?: string) =>
    Object.fromEntries(result.map((s) => [`${s.metric.job}${extra ? `/${s.metric[extra]}` : ""}`, Number(s.value[1])]));

  it("PromQL over the scraped series matches the tokens, calls and errors the lab served", async () => {
    const tokens = byJob(
      await poll('sum by (job, gen_ai_token_type) (gen_ai_client_token_usage_sum{job=~"langchain-.*"})', (r) => r.length === 4),
      "gen_ai_token_type",
    );
    expect(tokens).toEqual({
      "langchain-exemplo/input": served.example.input,
      "langchain-exemplo/output": served.example.output,
      "langchain-solucao/input": served.solution.input,
      "langchain-solucao/output": served.solution.output,
    });
    const calls = byJob((await query("sum by (job) (gen_ai_client_operation_duration_seconds_count)")).result);
    expect(calls).toEqual({ "langchain-exemplo": served.example.calls, "langchain-solucao": served.solution.calls });
    const errors = byJob((await query('sum by (job, error_type) (llm_errors_total{error_type="429"})')).result);
    expect(errors).toEqual({ "langchain-solucao": served.solution.errors });
    const up = byJob((await query('up{job=~"langchain-.*"}')).result);
    expect(up).toEqual({ "langchain-exemplo": 1, "langchain-solucao": 1 });
    const cost = (await query('sum(llm_cost_usd_total{gen_ai_request_model="gpt-4o-mini"})')).result;
    expect(Number(cost[0]?.value[1])).toBeGreaterThan(0);
  }, 30_000);

  it("the alert rules are loaded and evaluated by the server", async () => {
    const started = Date.now();
    let rules: Array<{ name: string; health: string; lastError?: string }> = [];
    while (Date.now() - started < SCRAPE_DEADLINE_MS) {
      const body = (await (await fetch(`${promUrl}/api/v1/rules`)).json()) as { data: { groups: Array<{ rules: typeof rules }> } };
      rules = body.data.groups.flatMap((g) => g.rules);
      if (rules.length === 4 && rules.every((r) => r.health === "ok")) break;
      await sleep(250);
    }
    expect(rules.map((r) => `${r.name}:${r.health}${r.lastError ? ` ${r.lastError}` : ""}`).sort()).toEqual(
      ["LLMCustoPorHoraAlto:ok", "LLMLatenciaP95Alta:ok", "LLMTaxaDeErroAlta:ok", "MetricasIndisponiveis:ok"],
    );
  }, 30_000);

  it("every query of the Grafana dashboard is valid PromQL for the real engine", async () => {
    const dashboard = JSON.parse(fs.readFileSync(path.join(CHAPTER, "grafana-dashboard.json"), "utf8")) as {
      panels: Array<{ title: string; targets: Array<{ expr: string }> }>;
      templating: { list: Array<{ definition: string }> };
    };
    const exprs = dashboard.panels.flatMap((p) => p.targets.map((t) => ({ panel: p.title, expr: t.expr })));
    expect(exprs.length).toBeGreaterThanOrEqual(8);
    for (const { panel, expr } of exprs) {
      // Grafana's variables, as Grafana would substitute them.
      const promql = expr.replaceAll("$__rate_interval", "1m").replaceAll("$modelo", ".*");
      const { status, error } = await query(promql);
      expect(`${panel}: ${status}${error ? ` ${error}` : ""}`).toBe(`${panel}: success`);
    }
    // The model picker's label_values() query reads a series that really exists.
    expect(dashboard.templating.list[0]?.definition).toContain("gen_ai_client_operation_duration_seconds_count");
    const models = (await query("count by (gen_ai_request_model) (gen_ai_client_operation_duration_seconds_count)")).result.map((s) => s.metric.gen_ai_request_model).sort();
    expect(models).toEqual(["gemini-2.5-flash", "gpt-4o-mini"]);
  }, 30_000);

  it("promtool check metrics: the solution's /metrics is clean; the example's only trips on prom-client's default *_total gauges", () => {
    const solution = promtool(["check", "metrics"], texts.solution);
    expect(solution.code, solution.output).toBe(0);
    const full = promtool(["check", "metrics"], texts.example);
    expect(full.code).toBe(3);
    const complaints = full.output.split("\n").filter((l) => l.trim());
    expect(complaints.length).toBeGreaterThan(0);
    for (const line of complaints) expect(line).toMatch(/^nodejs_active_(handles|requests|resources)_total non-counter metrics should not have "_total" suffix$/);
    const filtered = promtool(["check", "metrics"], withoutDefaultGaugesWithTotal(texts.example));
    expect(filtered.code, filtered.output).toBe(0);
  });
});
