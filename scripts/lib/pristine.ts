/**
 * The original stubs ("pristine" copies) that `npm run reset N` restores and `npm run progresso` compares
 * with. They ship inside the workbook, in scripts/lib/pristine-stubs.json, like rustlings ships its
 * exercises inside its binary: reset works in a zip download without git, and after the student committed
 * their own work (where `git show HEAD:` would give back their work, not the stub). solutions/ is never a
 * source. When the snapshot lacks an exercise (a maintainer forgot to regenerate it), git's HEAD is the
 * fallback, and the caller says so.
 *
 * Maintainers: after changing a stub, regenerate with
 *   node --import tsx scripts/lib/pristine.ts --gravar
 * (test/tooling/pristine.test.ts fails while the snapshot and exercises/ disagree).
 */
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { exercises, type Exercise } from "../../curriculum.ts";
import { folderName } from "../../lib/exercises.ts";
import { ROOT } from "../../lib/cli/paths.mjs";

export const SNAPSHOT_RELATIVE = "scripts/lib/pristine-stubs.json";
const WARNING = "Gerado por `node --import tsx scripts/lib/pristine.ts --gravar` a partir de exercises/: os esqueletos originais que npm run reset restaura. Não edite à mão.";

export interface PristineSnapshot {
  _aviso: string;
  version: 1;
  /** "01-hello-world-prod/hello_world_prod.ts" → original content (LF line endings). */
  files: Record<string, string>;
}

export const normalize = (text: string) => text.replace(/\r\n/g, "\n");

export function snapshotKey(exercise: Exercise, file: string): string {
  return `${folderName(exercise)}/${file}`;
}

export function readSnapshot(root: string): PristineSnapshot | undefined {
  try {
    const parsed = JSON.parse(fs.readFileSync(path.join(root, SNAPSHOT_RELATIVE), "utf8")) as PristineSnapshot;
    if (parsed && parsed.version === 1 && typeof parsed.files === "object") return parsed;
  } catch {
    // missing or unreadable: callers fall back to git
  }
  return undefined;
}

/** The snapshot that exercises/ gives now (for --gravar and for the drift test). */
export function buildSnapshot(root: string, list: Exercise[] = exercises): PristineSnapshot {
  const files: Record<string, string> = {};
  for (const exercise of list.filter((e) => e.status === "ready")) {
    for (const file of exercise.files) {
      const full = path.join(root, "exercises", folderName(exercise), file);
      if (fs.existsSync(full)) files[snapshotKey(exercise, file)] = normalize(fs.readFileSync(full, "utf8"));
    }
  }
  return { _aviso: WARNING, version: 1, files };
}

function fromGit(root: string, relative: string): string | undefined {
  try {
    const text = execFileSync("git", ["-C", root, "show", `HEAD:${relative}`], { encoding: "utf8", stdio: ["ignore", "pipe", "ignore"], timeout: 10_000 });
    return normalize(text);
  } catch {
    return undefined;
  }
}

export interface PristineFile {
  /** Path relative to the exercise folder, as in the manifest. */
  file: string;
  content: string;
  source: "workbook" | "git";
}

/**
 * The original content of every file of the exercise, or the list of files with no original found.
 * Source order: the workbook's snapshot, then git's HEAD.
 */
export function pristineFiles(root: string, exercise: Exercise): { files: PristineFile[]; missing: string[] } {
  const snapshot = readSnapshot(root);
  const files: PristineFile[] = [];
  const missing: string[] = [];
  for (const file of exercise.files) {
    const key = snapshotKey(exercise, file);
    const stored = snapshot?.files[key];
    if (stored !== undefined) {
      files.push({ file, content: stored, source: "workbook" });
      continue;
    }
    const git = fromGit(root, `exercises/${key}`);
    if (git !== undefined) files.push({ file, content: git, source: "git" });
    else missing.push(file);
  }
  return { files, missing };
}

/** Whether the student's copy of the exercise differs from the original (undefined: no original known). */
export function isEdited(root: string, exercise: Exercise): boolean | undefined {
  const snapshot = readSnapshot(root);
  if (!snapshot) return undefined;
  let known = false;
  for (const file of exercise.files) {
    const stored = snapshot.files[snapshotKey(exercise, file)];
    if (stored === undefined) continue;
    known = true;
    const full = path.join(root, "exercises", folderName(exercise), file);
    const current = fs.existsSync(full) ? normalize(fs.readFileSync(full, "utf8")) : undefined;
    if (current !== stored) return true;
  }
  return known ? false : undefined;
}

export function writeSnapshot(root: string): PristineSnapshot {
  const snapshot = buildSnapshot(root);
  fs.writeFileSync(path.join(root, SNAPSHOT_RELATIVE), `${JSON.stringify(snapshot, null, 2)}\n`);
  return snapshot;
}

// Maintainer CLI: --gravar rewrites the snapshot from exercises/, --conferir exits 1 when they disagree.
if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const root = ROOT;
  if (process.argv.includes("--gravar")) {
    const snapshot = writeSnapshot(root);
    console.log(`${SNAPSHOT_RELATIVE}: ${Object.keys(snapshot.files).length} arquivos de exercises/ gravados.`);
  } else {
    const stored = readSnapshot(root)?.files ?? {};
    const fresh = buildSnapshot(root).files;
    const differ = [...new Set([...Object.keys(stored), ...Object.keys(fresh)])].filter((k) => stored[k] !== fresh[k]);
    if (differ.length) {
      console.error(`${SNAPSHOT_RELATIVE} difere de exercises/ em: ${differ.join(", ")}\nRegere com: node --import tsx scripts/lib/pristine.ts --gravar`);
      process.exit(1);
    }
    console.log(`${SNAPSHOT_RELATIVE} confere com exercises/ (${Object.keys(fresh).length} arquivos).`);
  }
}
