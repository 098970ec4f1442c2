/**
 * Start-up benchmark of `npm run quiz` (not a test: prints figures, always exits 0 unless it cannot run).
 *
 *   npm run bench:quiz              5 rounds (one run of every scenario per round)
 *   npm run bench:quiz -- --runs 10 --npm
 *
 * Scenarios (each child is `node --import tsx quiz/run.ts …`, like the npm script):
 *   floor        node --import tsx on an empty .ts file (what any tsx command costs on this machine)
 *   graded       --answers b,a,a,a,a → time until the process exits with the score printed (no terminal needed)
 *   first prompt a real terminal (tmux): time until the first question is on screen, next to the same
 *                floor measured in tmux (skipped without tmux)
 *   npm graded   (--npm) the same as graded through `npm run quiz --`, to show npm's own overhead
 * Target (docs/architecture.md, Targets): first question ≤ 0.5 s. The machine is noisy: compare against the floor of the same run.
 */
import { spawn, spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";

const root = fileURLToPath(new URL("..", import.meta.url));
const { values } = parseArgs({
  options: { runs: { type: "string", default: "5" }, npm: { type: "boolean", default: false } },
});
const runs = Math.max(1, Number(values.runs) || 5);
const stateDir = fs.mkdtempSync(path.join(os.tmpdir(), "quiz-bench-"));
const emptyFile = path.join(stateDir, "empty.ts");
fs.writeFileSync(emptyFile, "export {};\n");
const env = { ...process.env, WORKBOOK_STATE_DIR: stateDir, NO_COLOR: "1" };
const quizArgs = ["--import", "tsx", path.join(root, "quiz", "run.ts")];

function timeChild(command: string, args: string[], options: { shell?: boolean } = {}): Promise<number> {
  return new Promise((resolve, reject) => {
    const start = performance.now();
    const child = spawn(command, args, { cwd: root, env, stdio: ["ignore", "pipe", "pipe"], ...options });
    let out = "";
    child.stdout.setEncoding("utf8").on("data", (chunk: string) => (out += chunk));
    child.stderr.setEncoding("utf8").on("data", (chunk: string) => (out += chunk));
    child.on("error", reject);
    child.on("close", (code) => {
      const ms = performance.now() - start;
      if (code !== 0) reject(new Error(`${command} ${args.join(" ")} exited ${code}:\n${out}`));
      else resolve(ms);
    });
  });
}

function hasTmux(): boolean {
  return process.platform !== "win32" && spawnSync("tmux", ["-V"], { stdio: "ignore" }).status === 0;
}

/**
 * Time until `needle` is on a real terminal's screen. The tmux server and pane start first (not timed); the
 * clock starts when the pane is respawned with the command. Private server per run, socket in our temp folder.
 */
let tmuxServers = 0;

async function timeInTmux(args: string[], needle: string): Promise<number> {
  // A fresh socket each time: reusing one right after kill-server can hit the server while it is still exiting.
  const socket = path.join(stateDir, `tmux-${++tmuxServers}.sock`);
  const tmux = (...a: string[]) => spawnSync("tmux", ["-S", socket, ...a], { encoding: "utf8" });
  const quote = (part: string) => `'${part.replace(/'/g, "'\\''")}'`;
  const command = ["env", `WORKBOOK_STATE_DIR=${stateDir}`, process.execPath, ...args].map(quote).join(" ") + "; echo FIM-DO-COMANDO; sleep 60";
  try {
    const created = tmux("new-session", "-d", "-s", "quiz", "-x", "120", "-y", "40", "-c", root, "sleep 60");
    if (created.status !== 0) throw new Error(`tmux new-session failed: ${created.stderr}`);
    const start = performance.now();
    tmux("respawn-pane", "-k", "-t", "quiz", "-c", root, command);
    const deadline = start + 20_000;
    while (performance.now() < deadline) {
      const screen = tmux("capture-pane", "-p", "-t", "quiz").stdout ?? "";
      if (screen.includes(needle)) return performance.now() - start;
      await new Promise((r) => setTimeout(r, 5));
    }
    throw new Error(`"${needle}" did not appear within 20 s`);
  } finally {
    tmux("kill-server");
  }
}

interface Row {
  name: string;
  once: () => Promise<number>;
  samples: number[];
}

/** Round-robin: one run of every scenario per round, so load changes on a busy machine hit all of them alike. */
async function measureAll(rows: Row[]): Promise<void> {
  for (const row of rows) await row.once(); // warm-up (tsx transform cache, disk cache)
  for (let i = 0; i < runs; i++) for (const row of rows) row.samples.push(await row.once());
}

function stats(samples: number[]) {
  const sorted = [...samples].sort((a, b) => a - b);
  const median = sorted[Math.floor(sorted.length / 2)] ?? 0;
  return { min: sorted[0] ?? 0, median, max: sorted.at(-1) ?? 0 };
}

const rows: Row[] = [];
const scenario = (name: string, once: () => Promise<number>) => rows.push({ name, once, samples: [] });
scenario("floor: node --import tsx (arquivo vazio)", () => timeChild(process.execPath, ["--import", "tsx", emptyFile]));
scenario("quiz --answers b,a,a,a,a (até a nota)", () => timeChild(process.execPath, [...quizArgs, "--answers", "b,a,a,a,a"]));
if (hasTmux()) {
  scenario("floor no terminal (tmux, arquivo vazio)", () => timeInTmux(["--import", "tsx", emptyFile], "FIM-DO-COMANDO"));
  scenario("quiz no terminal (até a 1ª questão, tmux)", () =>
    timeInTmux([...quizArgs, "--livro", "--seed", "1"], "Como ativar tracing com LangSmith?"),
  );
} else {
  console.log("(tmux não encontrado: medição da 1ª questão no terminal pulada)");
}
if (values.npm) {
  const npm = process.platform === "win32" ? "npm.cmd" : "npm";
  scenario("npm run quiz -- --answers … (até a nota)", () =>
    timeChild(npm, ["run", "--silent", "quiz", "--", "--answers", "b,a,a,a,a"], { shell: process.platform === "win32" }),
  );
}
try {
  await measureAll(rows);
} finally {
  fs.rmSync(stateDir, { recursive: true, force: true });
}

const floorOf = (row: Row) => {
  const base = row.name.includes("tmux") ? rows.find((r) => r.name.startsWith("floor no terminal")) : rows[0];
  return base && base !== row ? stats(base.samples).median : undefined;
};
console.log(
  `\nquiz start-up — ${runs} rodadas alternando os cenários (após 1 de aquecimento), ${os.cpus().length} CPUs, ` +
    `Node ${process.version}, carga média ${os.loadavg()[0]?.toFixed(1)}`,
);
console.log(`${"cenário".padEnd(44)} ${"mín".padStart(7)} ${"mediana".padStart(8)} ${"máx".padStart(7)}  acima do floor`);
for (const row of rows) {
  const s = stats(row.samples);
  const floor = floorOf(row);
  const over = floor === undefined ? "" : `${(s.median - floor).toFixed(0).padStart(6)} ms`;
  console.log(
    `${row.name.padEnd(44)} ${s.min.toFixed(0).padStart(5)} ms ${s.median.toFixed(0).padStart(6)} ms ${s.max.toFixed(0).padStart(5)} ms  ${over}`,
  );
}
console.log(
  "\nMeta: 1ª questão na tela ≤ 500 ms. “Acima do floor” = custo do quiz além do que qualquer comando tsx custa" +
    "\nnesta máquina agora (as linhas do tmux comparam com o floor medido no tmux; sondagem a cada 5 ms).",
);
