// lib/progress.ts: one writer, atomic (temp file + rename), other exercises kept, garbage tolerated.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { progressFile, readProgress, updateProgress } from "../../lib/progress.ts";

const roots: string[] = [];
const tempRoot = () => {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), "progresso-arquivo-"));
  roots.push(root);
  return root;
};
afterEach(() => roots.splice(0).forEach((r) => fs.rmSync(r, { recursive: true, force: true })));

describe("lib/progress.ts", () => {
  it("updates one exercise, keeps the others and leaves no temporary file behind", () => {
    const root = tempRoot();
    updateProgress(root, 1, (p) => ({ ...p, attempts: p.attempts + 1 }));
    updateProgress(root, 2, (p) => ({ ...p, hintsSeen: 3 }));
    updateProgress(root, 1, (p) => ({ ...p, passed: true }));
    const progress = readProgress(root);
    expect(progress.exercises).toEqual({ "1": { attempts: 1, passed: true }, "2": { attempts: 0, passed: false, hintsSeen: 3 } });
    expect(fs.readdirSync(path.dirname(progressFile(root)))).toEqual(["progresso.json"]);
    expect(progress._aviso).toMatch(/não edite à mão/);
  });

  it("a broken file reads as empty progress instead of crashing", () => {
    const root = tempRoot();
    fs.mkdirSync(path.join(root, ".workbook"));
    fs.writeFileSync(progressFile(root), "{ isto não é json");
    expect(readProgress(root).exercises).toEqual({});
  });
});
