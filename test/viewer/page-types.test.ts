// The viewer page is plain JavaScript (ES modules, no build step) with `// @ts-check` and JSDoc types: this runs
// the type check of lib/lab/viewer/page/tsconfig.json (checkJs, DOM library) so that `npm test` and verify cover it,
// and makes sure every module of the page is in that program, together with the server's types (view-types.ts).
import { execFile } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
const PAGE = path.join(ROOT, "lib", "lab", "viewer", "page");
const TSC = path.join(ROOT, "node_modules", "typescript", "bin", "tsc");

function tsc(args: string[]): Promise<{ code: number; output: string }> {
  return new Promise((resolve) => {
    execFile(process.execPath, [TSC, ...args], { cwd: ROOT, timeout: 120_000 }, (error, stdout, stderr) => {
      const code = error ? (typeof error.code === "number" ? error.code : 1) : 0;
      resolve({ code, output: `${stdout}${stderr}` });
    });
  });
}

describe("viewer page types", () => {
  it("tsc -p lib/lab/viewer/page: no errors, and every page module is checked against view-types.ts", { timeout: 150_000 }, async () => {
    const { code, output } = await tsc(["-p", PAGE, "--listFiles"]);
    const errors = output.split(/\r?\n/).filter((line) => /error TS\d+/.test(line));
    expect(errors, output).toEqual([]);
    expect(code, output).toBe(0);
    const checked = new Set(output.split(/\r?\n/).map((line) => path.resolve(line.trim())));
    const modules = fs.readdirSync(PAGE).filter((file) => file.endsWith(".js"));
    expect(modules.length).toBeGreaterThan(3);
    for (const file of modules) expect(checked.has(path.join(PAGE, file)), `${file} is in the page's type check`).toBe(true);
    expect(checked.has(path.join(ROOT, "lib", "lab", "viewer", "view-types.ts")), "the page reads the server's types").toBe(true);
  });
});
