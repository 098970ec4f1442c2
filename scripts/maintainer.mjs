// Maintainer-only tools (Stryker, puppeteer-core, autocannon, hai-guardrails) live in maintainer/, with their
// own lockfile, so a student's `npm ci` skips them (≈ 280 packages, ≈ 140 MB). This installs them on demand
// (`npm ci` in maintainer/, once per lockfile change) and links each one into node_modules/, where the
// tests, benches and scripts/mutation.ts import them from; their peers (vitest, typescript, @langchain/core)
// resolve to the workbook's own copies.
//
//   node scripts/maintainer.mjs                      install/link if needed
//   node scripts/maintainer.mjs <node args…>         then run `node <node args…>` (package.json scripts)
import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { ROOT } from "../lib/cli/paths.mjs";

const DIR = path.join(ROOT, "maintainer");

function lockHash() {
  return createHash("sha256").update(fs.readFileSync(path.join(DIR, "package-lock.json"))).digest("hex").slice(0, 16);
}

/** The npm that runs us (npm_execpath) or the one on PATH; Windows needs a shell for npm.cmd. */
function npm(args) {
  const cli = process.env.npm_execpath;
  if (cli && /npm-cli\.js$/.test(cli)) return spawnSync(process.execPath, [cli, ...args], { cwd: DIR, stdio: "inherit" });
  return spawnSync(process.platform === "win32" ? "npm.cmd" : "npm", args, { cwd: DIR, stdio: "inherit", shell: process.platform === "win32" });
}

/** Installs (if the lockfile changed since the last install) and links the tools. Returns false on failure. */
export function ensureMaintainerTools({ log = (line) => console.error(line) } = {}) {
  const names = Object.keys(JSON.parse(fs.readFileSync(path.join(DIR, "package.json"), "utf8")).devDependencies ?? {});
  const stamp = path.join(DIR, "node_modules", ".workbook-lock");
  const hash = lockHash();
  let installed = false;
  try {
    installed = fs.readFileSync(stamp, "utf8").trim() === hash;
  } catch {
    installed = false;
  }
  if (!installed) {
    log(`Instalando as ferramentas de manutenção (${names.join(", ")}) em maintainer/ — só na primeira vez…`);
    const run = npm(["ci", "--no-audit", "--no-fund"]);
    if (run.status !== 0) {
      log(`❌ npm ci em maintainer/ falhou (código ${run.status ?? run.error?.message}). Precisa de acesso ao registro do npm; rode de novo: node scripts/maintainer.mjs`);
      return false;
    }
    fs.writeFileSync(stamp, `${hash}\n`);
  }
  for (const name of names) {
    const target = path.join(DIR, "node_modules", name);
    const link = path.join(ROOT, "node_modules", name);
    let current;
    try {
      current = fs.lstatSync(link);
    } catch {
      current = undefined;
    }
    // A real folder there (an older install that still had it at the root) already works: leave it.
    if (current && !current.isSymbolicLink()) continue;
    if (current && fs.existsSync(link) && fs.realpathSync(link) === fs.realpathSync(target)) continue;
    if (current) fs.rmSync(link, { force: true });
    fs.mkdirSync(path.dirname(link), { recursive: true });
    fs.symlinkSync(target, link, process.platform === "win32" ? "junction" : "dir");
  }
  return true;
}

const isMain = process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url);
if (isMain) {
  if (!ensureMaintainerTools()) process.exit(1);
  const args = process.argv.slice(2);
  if (args.length) {
    const run = spawnSync(process.execPath, args, { cwd: process.cwd(), stdio: "inherit" });
    process.exit(run.status ?? 1);
  }
}
