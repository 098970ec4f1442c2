/**
 * Watching the student's files for the watch mode. File-system events (fs.watch on the folders, which
 * survives editors that save by "write temp + rename") where they work; polling (fs.watchFile) where they
 * are known not to: WSL2 on a Windows drive (/mnt/c/…), network and FUSE folders (NFS, SMB/CIFS, 9p,
 * sshfs, VirtualBox shares), or when the system refuses more watchers (ENOSPC). `--poll` or
 * WORKBOOK_POLL=1 forces polling; the `r` key always works.
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";

/** statfs `type` of file systems whose change events do not reach Linux's inotify. */
const UNRELIABLE_FS: Record<number, string> = {
  0x6969: "NFS",
  0x517b: "SMB",
  0xff534d42: "CIFS/SMB",
  0xfe534d42: "SMB2",
  0x01021997: "9p (pasta do Windows no WSL2)",
  0x65735546: "FUSE (sshfs, rclone…)",
  0x786f4256: "pasta compartilhada do VirtualBox",
  0x5346414f: "AFS",
};

export interface PollingProbe {
  platform?: NodeJS.Platform;
  env?: NodeJS.ProcessEnv;
  osRelease?: string;
  /** statfs type of the folder (injectable for tests). */
  fsType?: number;
}

/** Why events are not reliable for `dir` (pt-BR), or undefined when fs.watch should work. */
export function pollingReason(dir: string, probe: PollingProbe = {}): string | undefined {
  const env = probe.env ?? process.env;
  const platform = probe.platform ?? process.platform;
  if (["1", "true", "sim"].includes((env.WORKBOOK_POLL ?? "").trim().toLowerCase())) return "WORKBOOK_POLL=1";
  if (platform !== "linux") return undefined;
  const release = probe.osRelease ?? os.release();
  const wsl = /microsoft/i.test(release) || !!env.WSL_DISTRO_NAME;
  if (wsl && /^\/mnt\/[a-z](\/|$)/i.test(path.resolve(dir))) return "WSL2 numa pasta do Windows (/mnt/…): o Linux não recebe os eventos de arquivo";
  let type = probe.fsType;
  if (type === undefined) {
    try {
      type = Number(fs.statfsSync(dir).type);
    } catch {
      return undefined;
    }
  }
  const name = UNRELIABLE_FS[type >>> 0];
  return name ? `a pasta está num sistema de arquivos de rede (${name})` : undefined;
}

export interface FileWatcher {
  mode: "events" | "poll";
  /** Why polling is in use (pt-BR). */
  reason?: string;
  close(): void;
}

export interface WatchOptions {
  poll?: boolean;
  /** Why polling was requested (shown to the student). */
  reason?: string;
  intervalMs?: number;
}

/** Calls `onChange(file)` for every change of one of `files` (absolute paths). No debouncing here. */
export function watchFiles(files: string[], onChange: (file: string) => void, options: WatchOptions = {}): FileWatcher {
  const wanted = new Set(files.map((f) => path.resolve(f)));
  const intervalMs = options.intervalMs ?? 300;
  const closers: Array<() => void> = [];

  const poll = (file: string) => {
    const listener = (current: fs.Stats, previous: fs.Stats) => {
      if (current.mtimeMs !== previous.mtimeMs || current.size !== previous.size) onChange(file);
    };
    fs.watchFile(file, { interval: intervalMs, persistent: true }, listener);
    closers.push(() => fs.unwatchFile(file, listener));
  };

  const startPolling = (reason: string): FileWatcher => {
    for (const close of closers.splice(0)) close();
    for (const file of wanted) poll(file);
    return { mode: "poll", reason, close: () => closers.splice(0).forEach((c) => c()) };
  };

  if (options.poll) return startPolling(options.reason ?? "--poll");

  const byDir = new Map<string, Set<string>>();
  const missingDirs: string[] = [];
  for (const file of wanted) {
    const dir = path.dirname(file);
    if (!fs.existsSync(dir)) {
      missingDirs.push(file);
      continue;
    }
    byDir.set(dir, (byDir.get(dir) ?? new Set()).add(path.basename(file)));
  }
  try {
    for (const [dir, names] of byDir) {
      const watcher = fs.watch(dir, { persistent: true }, (_event, filename) => {
        const name = filename ? String(filename) : undefined;
        if (!name) for (const n of names) onChange(path.join(dir, n));
        else if (names.has(name)) onChange(path.join(dir, name));
      });
      watcher.on("error", () => {
        // The folder vanished or the system stopped delivering events: fall back to polling.
        const fallback = startPolling("os eventos de arquivo pararam de chegar");
        Object.assign(result, fallback);
      });
      closers.push(() => watcher.close());
    }
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return startPolling(
      code === "ENOSPC" || code === "EMFILE"
        ? "o sistema não aceita mais observadores de arquivo (limite do inotify)"
        : `fs.watch falhou (${code ?? String(error)})`,
    );
  }
  // Files in folders that do not exist yet (e.g. .github/workflows/) are polled until they appear.
  for (const file of missingDirs) poll(file);
  const result: FileWatcher = { mode: "events", close: () => closers.splice(0).forEach((c) => c()) };
  return result;
}
