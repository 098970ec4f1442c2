/**
 * `npm run bench:watch [-- --vezes 5]`: how fast the watch mode answers a save, measured on a throw-away
 * copy of the workbook (exercise 1), and compared with the cold path `npm run ex:N` uses.
 *
 *  A. cold check run: a fresh vitest in a child (runChecks), as in `npm run ex:N` and `npm test`
 *  B. warm check run: the watch's vitest (WarmChecks), re-running after a save, with the spare thread
 *     already preloaded (what a student's pause between saves gives) and without (saving again at once)
 *  C. type check: first check (cold LanguageService) and after an edit (warm)
 *  D. end to end: a real `npm run watch` process; from writing the file to the verdict on screen
 *     (includes the 200 ms debounce)
 * Prints min / median / p90 per row, the machine's load average and core count: compare ratios from one run.
 */
import { spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { runChecks } from "../scripts/lib/run-checks.ts";
import { WarmChecks } from "../scripts/lib/warm-checks.ts";
import { WarmTypecheck } from "../scripts/lib/warm-typecheck.ts";

const REPO = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const args = process.argv.slice(2);
const timesAt = args.indexOf("--vezes");
const TIMES = timesAt >= 0 ? Math.max(1, Number(args[timesAt + 1]) || 5) : 5;
const CHECK = "checks/01-hello-world-prod.test.ts";
const FILE = "exercises/01-hello-world-prod/hello_world_prod.ts";

function copyWorkbook(): string {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), "bench-watch-"));
  for (const item of ["package.json", "tsconfig.json", "vitest.config.ts", "curriculum.ts", "lib", "scripts", "checks", "exercises", "solutions", "test"]) {
    fs.cpSync(path.join(REPO, item), path.join(root, item), { recursive: true, filter: (s) => !/[\\/](node_modules|\.workbook|\.lab)([\\/]|$)/.test(s) });
  }
  fs.symlinkSync(path.join(REPO, "node_modules"), path.join(root, "node_modules"), process.platform === "win32" ? "junction" : "dir");
  return root;
}

const root = copyWorkbook();
const stub = fs.readFileSync(path.join(root, FILE), "utf8");
const solution = fs.readFileSync(path.join(root, "solutions/01-hello-world-prod/hello_world_prod.ts"), "utf8");
const file = path.join(root, FILE);
// Each save must change the file: alternate a comment so mtime and content move.
let saves = 0;
const save = (content: string) => fs.writeFileSync(file, `${content}\n// salvamento ${++saves}\n`);

interface Row {
  label: string;
  samples: number[];
}
const rows: Row[] = [];
const record = (label: string, samples: number[]) => {
  rows.push({ label, samples });
  process.stderr.write(`  ${label}: ${samples.map((s) => Math.round(s)).join(", ")} ms\n`);
};
const stat = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const q = (p: number) => s[Math.min(s.length - 1, Math.ceil(p * s.length) - 1)]!;
  return { min: s[0]!, median: q(0.5), p90: q(0.9) };
};
const states = (r: Awaited<ReturnType<WarmChecks["run"]>>) => r.results.flatMap((x) => x.tests.map((t) => t.state[0])).join("");

const load = () => os.loadavg().map((l) => l.toFixed(1)).join(" / ");
const loadBefore = load();
process.stderr.write(`bench:watch — ${TIMES} vezes por linha, cópia em ${root}\n`);

/** Wall time of `node --import tsx` on an empty file: ~0.3 s when idle (docs/facts.md §4). */
function calibrate(): Promise<number> {
  const empty = path.join(root, "vazio.ts");
  fs.writeFileSync(empty, "export {};\n");
  const t = performance.now();
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ["--import", "tsx", empty], { cwd: root, stdio: "ignore" });
    child.on("close", () => resolve(performance.now() - t));
  });
}

try {
  const calibration: number[] = [];
  for (let i = 0; i < 3; i++) calibration.push(await calibrate());
  record("0. referência: node --import tsx num arquivo vazio (~300 ms com a máquina ociosa)", calibration);

  // A. cold
  for (const [name, content] of [["esqueleto (falha)", stub], ["solução (passa)", solution]] as const) {
    save(content);
    const samples: number[] = [];
    for (let i = 0; i < TIMES; i++) {
      const t = performance.now();
      await runChecks({ root, files: [CHECK], target: "exercises", env: { WORKBOOK_MODE: "lab" } });
      samples.push(performance.now() - t);
    }
    record(`A. checks a frio (novo vitest, como npm run ex:N) — ${name}`, samples);
  }

  // B. warm
  const warm = new WarmChecks({ root });
  let t = performance.now();
  await warm.start();
  record("B0. watch: criar o vitest (uma vez por sessão)", [performance.now() - t]);
  save(stub);
  t = performance.now();
  const first = await warm.run(CHECK, [file]);
  record(`B1. watch: primeira execução (${states(first)})`, [performance.now() - t]);
  for (const [name, content, expected] of [["esqueleto (falha)", stub, /^f+$/], ["solução (passa)", solution, /^p+$/]] as const) {
    const paused: number[] = [];
    const immediate: number[] = [];
    for (let i = 0; i < TIMES; i++) {
      await warm.idle(); // the student paused: the spare thread finished preloading
      save(content);
      t = performance.now();
      const r = await warm.run(CHECK, [file]);
      paused.push(performance.now() - t);
      if (!expected.test(states(r))) throw new Error(`resultado inesperado ${states(r)} (esperava ${expected})`);
      save(content); // saved again at once: the spare is still preloading
      t = performance.now();
      await warm.run(CHECK, [file]);
      immediate.push(performance.now() - t);
    }
    record(`B2. watch: reexecução após salvar, com pausa — ${name}`, paused);
    record(`B3. watch: reexecução logo em seguida (thread reserva ainda carregando) — ${name}`, immediate);
  }
  await warm.close();

  // C. types
  const types = new WarmTypecheck(root);
  save(solution);
  t = performance.now();
  await types.check([file]);
  record("C1. tipos: primeira checagem (LanguageService frio)", [performance.now() - t]);
  const warmTypes: number[] = [];
  for (let i = 0; i < TIMES; i++) {
    save(i % 2 ? solution : `${solution}\nexport const numero: number = "texto";\n`);
    t = performance.now();
    const d = await types.check([file]);
    warmTypes.push(performance.now() - t);
    if ((i % 2 === 0) !== d.length > 0) throw new Error("checagem de tipos inesperada");
  }
  record("C2. tipos: depois de editar (LanguageService quente)", warmTypes);
  await types.close();

  // D. end to end through a real watch process
  save(stub);
  const child = spawn(process.execPath, ["--import", "tsx", path.join(root, "scripts/watch.ts"), "1"], {
    cwd: root,
    env: { ...process.env, NO_COLOR: "1", WORKBOOK_MODE: "lab" },
    stdio: ["pipe", "pipe", "pipe"],
  });
  let out = "";
  child.stdout.setEncoding("utf8").on("data", (d: string) => (out += d));
  const waitFor = async (pattern: RegExp, from: number) => {
    const deadline = Date.now() + 120_000;
    while (Date.now() < deadline) {
      const m = pattern.exec(out.slice(from));
      if (m) return from + m.index + m[0].length;
      await new Promise((r) => setTimeout(r, 5));
    }
    throw new Error(`o watch não mostrou ${pattern}:\n${out.slice(-2000)}`);
  };
  t = performance.now();
  let at = await waitFor(/── execução 1 /, 0);
  record("D0. watch: do comando ao primeiro veredito", [performance.now() - t]);
  const e2e: number[] = [];
  const e2ePass: number[] = [];
  for (let i = 0; i < TIMES; i++) {
    await new Promise((r) => setTimeout(r, 2_500)); // a pause, as between two saves
    save(i % 2 ? stub : solution);
    t = performance.now();
    at = await waitFor(i % 2 ? /⏳ Ainda não resolvido[\s\S]*?── execução \d+ / : /✅ Exercício 1 resolvido![\s\S]*?── execução \d+ /, at);
    (i % 2 ? e2e : e2ePass).push(performance.now() - t);
  }
  child.stdin.end("q\n");
  await new Promise((r) => child.on("close", r));
  if (e2e.length) record("D1. watch: salvar → veredito na tela (com debounce de 200 ms) — esqueleto (falha)", e2e);
  record("D2. watch: salvar → veredito na tela (com debounce de 200 ms) — solução (passa)", e2ePass);
} finally {
  fs.rmSync(root, { recursive: true, force: true });
}

const width = Math.max(...rows.map((r) => r.label.length));
console.log(`\nbench:watch — Node ${process.versions.node}, ${os.cpus().length} núcleos, carga (1/5/15 min) antes ${loadBefore}, depois ${load()}`);
console.log(`${"".padEnd(width)}   mín   mediana     p90  (ms)`);
for (const r of rows) {
  const s = stat(r.samples);
  console.log(`${r.label.padEnd(width)} ${String(Math.round(s.min)).padStart(6)} ${String(Math.round(s.median)).padStart(9)} ${String(Math.round(s.p90)).padStart(7)}`);
}
