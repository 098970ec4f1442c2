/**
 * Who runs a student's code in the sandbox (sandbox.ts): on Linux as root, a dedicated unprivileged user per
 * parallel slot (`workbook-aluno-N`, created with useradd on first use, claimed with a lock file so two graders
 * on one machine never share one); anywhere else, the grader's own user with a loud pt-BR warning.
 */
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";

export interface Isolation {
  /** "usuario": separate uid + permission model; "reduzido": fresh copy and clean environment only. */
  kind: "usuario" | "reduzido";
  uid?: number;
  gid?: number;
  user?: string;
  /** pt-BR, shown loudly when isolation is reduced. */
  warning?: string;
}

const REDUCED_WARNING =
  "⚠ ISOLAMENTO REDUZIDO: só no Linux como root o código dos alunos roda com um usuário separado. Aqui cada aluno " +
  "roda numa cópia nova, sem chaves e sem o seu ambiente, mas com o SEU usuário: ele consegue ler os seus arquivos. " +
  "Corrija turmas desconhecidas no Linux como root (ou no workflow .github/workflows/grade-class.yml).";

/** Slots this process holds: requested slot → the user number it got. */
const heldSlots = new Map<number, number>();

/**
 * A sandbox user number no other grader on this machine is using: after each run the grader kills every process
 * of its user (`pkill -u`), so two graders sharing a user would kill each other's checks. Held with a lock file
 * (created exclusively, holding our pid; a dead holder's lock is taken over) and released when we exit.
 */
function claimSlot(slot: number): number {
  const held = heldSlots.get(slot);
  if (held !== undefined) return held;
  const taken = new Set(heldSlots.values());
  for (let n = slot; ; n++) {
    if (taken.has(n)) continue;
    const lock = path.join(os.tmpdir(), `workbook-aluno-${n}.lock`);
    try {
      fs.writeFileSync(lock, String(process.pid), { flag: "wx" });
    } catch {
      const holder = Number(fs.readFileSync(lock, "utf8"));
      let alive = holder === process.pid;
      try {
        if (!alive && holder > 0) alive = (process.kill(holder, 0), true);
      } catch {
        alive = false;
      }
      if (alive) continue;
      fs.writeFileSync(lock, String(process.pid));
    }
    heldSlots.set(slot, n);
    process.once("exit", () => fs.rmSync(lock, { force: true }));
    return n;
  }
}

/** The unprivileged user for a parallel slot, created on first use (Linux as root only). */
export function sandboxUser(slot: number): Isolation {
  if (process.platform !== "linux" || process.getuid?.() !== 0) return { kind: "reduzido", warning: REDUCED_WARNING };
  const user = `workbook-aluno-${claimSlot(slot)}`;
  const lookup = () => spawnSync("id", ["-u", user], { encoding: "utf8" });
  let id = lookup();
  if (id.status !== 0) {
    spawnSync("useradd", ["--system", "--no-create-home", "--shell", "/usr/sbin/nologin", user], { encoding: "utf8" });
    id = lookup();
  }
  const gid = spawnSync("id", ["-g", user], { encoding: "utf8" });
  if (id.status !== 0 || gid.status !== 0) {
    return { kind: "reduzido", warning: `${REDUCED_WARNING} (não consegui criar o usuário ${user} com useradd)` };
  }
  return { kind: "usuario", user, uid: Number(id.stdout.trim()), gid: Number(gid.stdout.trim()) };
}

/**
 * Why the sandbox user cannot run the checks here, or undefined when it can. Its workers run this Node binary and
 * load the instructor's packages from their real paths, so every folder above both must let other users
 * through: a workbook under a 0700 folder (such as /root) would otherwise make every student's run hang until its
 * timeout, reported as an infinite loop. Asked of the user itself (one short Node process), so groups and ACLs count.
 */
export function sandboxCannotReach(isolation: Isolation, root: string): string | undefined {
  if (isolation.kind !== "usuario") return undefined;
  // The real path: vitest resolves modules in the grader's own process and its workers load them from there.
  let probe = path.join(root, "node_modules", "vitest", "package.json");
  try {
    probe = fs.realpathSync(probe);
  } catch {
    return undefined; // no vitest at all: the grader's own import fails first, with its own message
  }
  const run = spawnSync(process.execPath, ["-e", "require('node:fs').accessSync(process.argv[1], require('node:fs').constants.R_OK)", probe], {
    uid: isolation.uid,
    gid: isolation.gid,
    cwd: os.tmpdir(),
    encoding: "utf8",
    timeout: 30_000,
  });
  if (run.status === 0) return undefined;
  const blocked = [path.dirname(process.execPath), probe].flatMap((target) => closedAncestors(target)).filter((dir, i, all) => all.indexOf(dir) === i);
  return (
    `❌ A correção roda o código dos alunos como o usuário ${isolation.user}, que não consegue ${run.error ? "rodar o Node em " + process.execPath : "ler " + probe}.` +
    (blocked.length ? `\n   Pastas fechadas para outros usuários: ${blocked.join(", ")}.` : "") +
    `\n   Abra a passagem (por exemplo: chmod o+x ${blocked[0] ?? path.dirname(root)}) ou ponha o workbook e o Node numa pasta que outros usuários atravessem (como /opt ou /srv). Nenhum aluno foi corrigido.`
  );
}

/** Folders above `target` (and itself) that other users cannot pass through (no o+x). */
function closedAncestors(target: string): string[] {
  const closed: string[] = [];
  for (let dir = path.dirname(target); ; dir = path.dirname(dir)) {
    try {
      if ((fs.statSync(dir).mode & 0o001) === 0) closed.push(dir);
    } catch {
      // a folder we cannot stat is not ours to judge
    }
    if (path.dirname(dir) === dir) break;
  }
  return closed.reverse();
}
