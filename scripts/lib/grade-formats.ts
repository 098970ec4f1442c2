/**
 * The machine-readable reports of `npm run grade`: results.json v3 (one student, or a class under `students`),
 * CSV (one row per student × exercise) and JUnit XML (one testsuite per student × exercise, for CI viewers).
 */
import type { Status, StudentResult } from "./grade-result.ts";

export function toJson(results: StudentResult[], single: boolean): string {
  if (single && results.length === 1) return `${JSON.stringify(results[0], null, 2)}\n`;
  const status: Status = results.every((r) => r.status === "pass") ? "pass" : results.every((r) => r.status === "error") ? "error" : "fail";
  return `${JSON.stringify({ version: 3, status, students: results }, null, 2)}\n`;
}

function csvCell(value: string | number): string {
  const text = String(value);
  return /[",\n\r;]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function toCsv(results: StudentResult[]): string {
  const header = ["aluno", "exercicio", "slug", "status", "checks_ok", "checks_total", "pontos", "pontos_max", "tempo_s", "falhas", "mensagem"];
  const rows = results.flatMap((r) =>
    r.exercises.map((e) =>
      [r.student, e.id, e.slug, e.status, e.passed, e.total, e.score, e.max_score, (e.duration_ms / 1000).toFixed(2), e.failing.join(" | "), (e.message ?? "").split("\n")[0]!.slice(0, 300)]
        .map(csvCell)
        .join(","),
    ),
  );
  return `${[header.join(","), ...rows].join("\n")}\n`;
}

const xml = (text: string) =>
  text
    // characters XML 1.0 cannot carry at all
    // eslint-disable-next-line no-control-regex
    .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F]/g, "")
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;");

/** One testsuite: a student's exercise, with a testcase per check. */
function junitSuite(r: StudentResult, e: StudentResult["exercises"][number]): string[] {
  const tests = r.tests.filter((t) => t.task_id === e.id);
  const suite = `${r.student}/${String(e.id).padStart(2, "0")}-${e.slug}`;
  const lines = [
    `  <testsuite name="${xml(suite)}" tests="${tests.length}" failures="${tests.filter((t) => t.status === "fail").length}" errors="${tests.filter((t) => t.status === "error").length}" time="${(e.duration_ms / 1000).toFixed(3)}">`,
  ];
  for (const t of tests) {
    const open = `    <testcase classname="${xml(`${r.student}.${String(e.id).padStart(2, "0")}-${e.slug}`)}" name="${xml(t.name)}" time="${(t.duration_ms / 1000).toFixed(3)}"`;
    if (t.status === "pass") {
      lines.push(`${open}/>`);
      continue;
    }
    const tag = t.status === "fail" ? "failure" : "error";
    const body = [t.message, t.output].filter(Boolean).join("\n");
    lines.push(`${open}>`, `      <${tag} message="${xml((t.message ?? "").split("\n")[0]!.slice(0, 300))}">${xml(body)}</${tag}>`, "    </testcase>");
  }
  lines.push("  </testsuite>");
  return lines;
}

export function toJunit(results: StudentResult[]): string {
  const lines = ['<?xml version="1.0" encoding="UTF-8"?>'];
  const all = results.flatMap((r) => r.tests);
  const count = (s: Status) => all.filter((t) => t.status === s).length;
  const total = results.reduce((s, r) => s + r.duration_ms, 0) / 1000;
  lines.push(`<testsuites name="npm run grade" tests="${all.length}" failures="${count("fail")}" errors="${count("error")}" time="${total.toFixed(3)}">`);
  for (const r of results) for (const e of r.exercises) lines.push(...junitSuite(r, e));
  lines.push("</testsuites>");
  return `${lines.join("\n")}\n`;
}
