// The watch mode: a real session on a copy of the workbook (stdin piped: one key per line), plus the pure
// parts (polling detection, the file watcher in both modes, the screen, invisible differences).
import { spawn, type ChildProcessWithoutNullStreams } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { exercises } from "../../curriculum.ts";
import { invisibleDifference } from "../../scripts/lib/differences.ts";
import { pollingReason, watchFiles } from "../../scripts/lib/file-watch.ts";
import { renderRun, type RunView } from "../../scripts/lib/watch-screen.ts";
import { makeWorkbook, plainEnv, type Workbook } from "./_workbook.ts";

const FILE = "exercises/01-hello-world-prod/hello_world_prod.ts";

/** A watch session whose output can be awaited line by line. */
function startWatch(wb: Workbook, args: string[]) {
  const child: ChildProcessWithoutNullStreams = spawn(process.execPath, ["--import", "tsx", path.join(wb.root, "scripts", "watch.ts"), ...args], {
    cwd: wb.root,
    env: plainEnv(),
  });
  let output = "";
  child.stdout.setEncoding("utf8").on("data", (d: string) => (output += d));
  child.stderr.setEncoding("utf8").on("data", (d: string) => (output += d));
  const exited = new Promise<number | null>((resolve) => child.on("close", resolve));
  return {
    child,
    exited,
    output: () => output,
    /** Waits until `pattern` appears after position `from` of the output; returns the position after it. */
    async waitFor(pattern: RegExp, from: number, timeoutMs = 90_000): Promise<number> {
      const deadline = Date.now() + timeoutMs;
      while (Date.now() < deadline) {
        const match = pattern.exec(output.slice(from));
        if (match) return from + match.index + match[0].length;
        if (child.exitCode !== null) break;
        await new Promise((r) => setTimeout(r, 50));
      }
      throw new Error(`não apareceu ${pattern} na saída do watch:\n${output.slice(from).slice(-3000)}`);
    },
    key: (k: string) => child.stdin.write(`${k}\n`),
  };
}

let wb: Workbook;
beforeAll(() => {
  wb = makeWorkbook("watch-");
});
afterAll(() => wb.cleanup());

describe("npm run watch (a real session)", { timeout: 240_000 }, () => {
  it("shows the first failing check, re-runs on save, congratulates, reports type errors, gives hints, quits with q", async () => {
    const watch = startWatch(wb, ["1"]);
    try {
      let at = await watch.waitFor(/⏳ Ainda não resolvido \(\d+\/\d+ checks passam\)/, 0);
      const first = watch.output();
      expect(first).toMatch(/^✗ \S/m);
      expect(first).toContain("Tecle h para a próxima dica");
      expect(first).toContain("[h] dica  [n] próximo exercício  [r] rodar de novo  [q] sair");
      expect(first).not.toContain("\x1b[");

      // Saving the solution re-runs the checks by itself.
      wb.write(FILE, wb.read("solutions/01-hello-world-prod/hello_world_prod.ts"));
      at = await watch.waitFor(/✅ Exercício 1 resolvido!/, at);
      expect(JSON.parse(wb.read(".workbook/progresso.json")).exercises["1"]).toMatchObject({ passed: true });
      const next = exercises.find((e) => e.id > 1 && e.status === "ready");
      if (next) expect(watch.output().slice(at)).toContain(`Próximo: Exercício ${next.id}`);

      // Checks pass but a type error remains: not solved, and the error is named with file:line:col.
      wb.write(FILE, `${wb.read("solutions/01-hello-world-prod/hello_world_prod.ts")}\nexport const numero: number = "texto";\n`);
      at = await watch.waitFor(/✗ erro de tipo em exercises[\\/]01-hello-world-prod[\\/]hello_world_prod\.ts:\d+:\d+/, at);
      at = await watch.waitFor(/Os checks passam, mas há erros de tipo/, at);

      watch.key("h");
      at = await watch.waitFor(/💡 Dica 1\/\d+:/, at);
      expect(JSON.parse(wb.read(".workbook/progresso.json")).exercises["1"].hintsSeen).toBe(1);

      watch.key("q");
      expect(await watch.exited).toBe(0);
      expect(watch.output()).toContain("Saindo do modo watch");
    } finally {
      watch.child.kill();
    }
  });
});

describe("watch: polling detection and the file watcher", () => {
  it("polls on WSL2 Windows drives, network file systems and on request; not on a local disk", () => {
    expect(pollingReason("/mnt/c/Users/ana/workbook", { platform: "linux", osRelease: "5.15.90.1-microsoft-standard-WSL2", env: {}, fsType: 0x01021997 })).toMatch(/WSL2/);
    expect(pollingReason("/srv/aula", { platform: "linux", osRelease: "6.1.0", env: {}, fsType: 0x6969 })).toMatch(/NFS/);
    expect(pollingReason("/home/ana/wb", { platform: "linux", osRelease: "6.1.0", env: {}, fsType: 0xfe534d42 })).toMatch(/SMB2/);
    expect(pollingReason("/home/ana/wb", { platform: "linux", osRelease: "6.1.0", env: {}, fsType: 0xef53 })).toBeUndefined();
    expect(pollingReason("/home/ana/wb", { platform: "linux", osRelease: "5.15-microsoft", env: {}, fsType: 0xef53 })).toBeUndefined();
    expect(pollingReason("C:\\wb", { platform: "win32", env: { WORKBOOK_POLL: "1" } })).toBe("WORKBOOK_POLL=1");
    expect(pollingReason("/Users/ana/wb", { platform: "darwin", env: {} })).toBeUndefined();
  });

  for (const poll of [false, true]) {
    it(`sees a save (${poll ? "polling" : "fs events"}), including an editor's write-temp-and-rename`, async () => {
      const dir = fs.mkdtempSync(path.join(os.tmpdir(), "watch-files-"));
      const file = path.join(dir, "a.ts");
      fs.writeFileSync(file, "1");
      const seen: string[] = [];
      const watcher = watchFiles([file, path.join(dir, "sub", "b.ts")], (f) => seen.push(f), { poll, intervalMs: 50 });
      try {
        expect(watcher.mode).toBe(poll ? "poll" : "events");
        await new Promise((r) => setTimeout(r, 120));
        fs.writeFileSync(`${file}.tmp`, "22");
        fs.renameSync(`${file}.tmp`, file);
        const deadline = Date.now() + 5_000;
        while (!seen.includes(file) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 25));
        expect(seen).toContain(file);
      } finally {
        watcher.close();
        fs.rmSync(dir, { recursive: true, force: true });
      }
    });
  }
});

describe("watch: the screen", () => {
  const exercise = exercises[0]!;
  const base = (results: RunView["checks"]["results"], diagnostics: RunView["types"] = { diagnostics: [] }): RunView => ({
    exercise,
    root: "/wb",
    checks: { results, logs: [], ms: 300 },
    types: diagnostics,
    watcher: { mode: "poll", reason: "WSL2 numa pasta do Windows", files: 1 },
    elapsedMs: 345,
    runNumber: 2,
  });

  it("shows only the first failure in detail, with expected/received and the invisible cause in words", () => {
    const text = renderRun(
      base([
        {
          file: "checks/01-hello-world-prod.test.ts",
          tests: [
            { name: "primeiro", state: "passed" },
            { name: "segundo", state: "failed", message: "O prompt deveria ser X.", expected: '"Escreva uma frase sobre x"', actual: '"Escreva uma frase sobre x "' },
            { name: "terceiro", state: "failed", message: "outra coisa" },
          ],
        },
      ]),
    );
    expect(text).toContain("✓ primeiro");
    expect(text).toContain("✗ segundo\n   O prompt deveria ser X.");
    expect(text).toContain('esperado: "Escreva uma frase sobre x"');
    expect(text).toContain('recebido: "Escreva uma frase sobre x "');
    expect(text).toContain("espaços");
    expect(text).not.toContain("outra coisa");
    expect(text).toContain("(1/3 checks passam)");
    expect(text).toContain("checks em 0,35 s · vigiando 1 arquivo (polling a cada 0,3 s: WSL2 numa pasta do Windows)");
  });

  it("a file that does not load is shown as such; a pass with no type errors congratulates", () => {
    expect(renderRun(base([{ file: "x", tests: [], error: "SyntaxError: Unexpected token" }]))).toContain("✗ Os checks não conseguiram rodar\n   SyntaxError: Unexpected token");
    const ok = renderRun(base([{ file: "x", tests: [{ name: "a", state: "passed" }] }]));
    expect(ok).toContain(`✅ Exercício ${exercise.id} resolvido!`);
    expect(ok).toContain(`npm run solucao ${exercise.id}`);
  });

  it("names invisible differences", () => {
    expect(invisibleDifference("a\nb", "a\r\nb")).toMatch(/quebras de linha/);
    expect(invisibleDifference("abc", "abc\n")).toMatch(/fim do texto/);
    expect(invisibleDifference("a b", "a  b")).toMatch(/entre as palavras/);
    expect(invisibleDifference("Olá", "olá")).toMatch(/maiúsculas/);
    expect(invisibleDifference("é", "e\u0301")).toMatch(/acentos/);
    expect(invisibleDifference("abc", "xyz")).toBeUndefined();
  });
});
