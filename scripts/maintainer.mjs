// Maintainer-only tools live outside the student's `npm ci`: each set in its own folder with its own lockfile (made
// with --legacy-peer-deps: no peers), installed on demand (`npm ci` there, once per lockfile change) and linked into
// node_modules/, where the tests, benches and scripts import them from; their peers (vitest, typescript,
// @langchain/core) resolve to the workbook's own copies.
//   maintainer/           what `npm run verify` needs: puppeteer-core (browser test), hai-guardrails and autocannon
//                         (benches, type-checked by step 1)
//   maintainer/mutation/  Stryker, only for `npm run mutation` (about half the packages; verify never runs it)
//
//   node scripts/maintainer.mjs [--mutation]                  install/link if needed
//   node scripts/maintainer.mjs [--mutation] <node args…>     then run `node <node args…>` (package.json scripts)
import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { ROOT } from "../lib/cli/paths.mjs";

const SETS = { tools: path.join(ROOT, "maintainer"), mutation: path.join(ROOT, "maintainer", "mutation") };

function lockHash(dir) {
  return createHash("sha256").update(fs.readFileSync(path.join(dir, "package-lock.json"))).digest("hex").slice(0, 16);
}

/** The npm that runs us (npm_execpath) or the one on PATH; Windows needs a shell for npm.cmd. */
function npm(args, cwd) {
  const cli = process.env.npm_execpath;
  if (cli && /npm-cli\.js$/.test(cli)) return spawnSync(process.execPath, [cli, ...args], { cwd, stdio: "inherit" });
  return spawnSync(process.platform === "win32" ? "npm.cmd" : "npm", args, { cwd, stdio: "inherit", shell: process.platform === "win32" });
}

/**
 * Installs (if its lockfile changed since the last install) and links each wanted set of tools: "tools" always,
 * "mutation" when asked. Returns false on failure.
 */
export function ensureMaintainerTools({ log = (line) => console.error(line), mutation = false } = {}) {
  for (const dir of mutation ? [SETS.tools, SETS.mutation] : [SETS.tools]) {
    if (!ensureSet(dir, log)) return false;
  }
  return true;
}

function ensureSet(dir, log) {
  const names = Object.keys(JSON.parse(fs.readFileSync(path.join(dir, "package.json"), "utf8")).devDependencies ?? {});
  const stamp = path.join(dir, "node_modules", ".workbook-lock");
  const hash = lockHash(dir);
  let installed = false;
  try {
    installed = fs.readFileSync(stamp, "utf8").trim() === hash;
  } catch {
    installed = false;
  }
  const where = path.relative(ROOT, dir).split(path.sep).join("/");
  if (!installed) {
    log(`Instalando as ferramentas de manutenção (${names.join(", ")}) em ${where}/ — só na primeira vez…`);
    const run = npm(["ci", "--no-audit", "--no-fund"], dir);
    if (run.status !== 0) {
      log(`❌ npm ci em ${where}/ falhou (código ${run.status ?? run.error?.message}). Precisa de acesso ao registro do npm; rode de novo: node scripts/maintainer.mjs${dir === SETS.mutation ? " --mutation" : ""}`);
      return false;
    }
    fs.writeFileSync(stamp, `${hash}\n`);
  }
  for (const name of names) {
    const target = path.join(dir, "node_modules", name);
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
  const mutation = process.argv[2] === "--mutation";
  if (!ensureMaintainerTools({ mutation })) process.exit(1);
  const args = process.argv.slice(mutation ? 3 : 2);
  if (args.length) {
    const run = spawnSync(process.execPath, args, { cwd: process.cwd(), stdio: "inherit" });
    process.exit(run.status ?? 1);
  }
}
