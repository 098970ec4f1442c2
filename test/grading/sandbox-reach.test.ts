// A workbook whose packages the sandbox user cannot reach (under a 0700 folder such as /root) stops the grader at once,
// naming the folder to open, instead of every student's run hanging until its timeout as an "infinite loop".
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { sandboxCannotReach, sandboxUser } from "../../scripts/lib/sandbox.ts";
import { REPO } from "../tooling/_workbook.ts";

const closed = fs.mkdtempSync(path.join(os.tmpdir(), "fechada-")); // mkdtemp: 0700
const root = path.join(closed, "workbook");
fs.mkdirSync(path.join(root, "node_modules", "vitest"), { recursive: true });
fs.writeFileSync(path.join(root, "node_modules", "vitest", "package.json"), "{}");
afterAll(() => fs.rmSync(closed, { recursive: true, force: true }));

describe("sandboxCannotReach", () => {
  const isolation = sandboxUser(1);

  if (isolation.kind === "usuario") {
    it("packages under a folder closed to other users: a pt-BR reason naming that folder and the chmod", () => {
      const message = sandboxCannotReach(isolation, root) ?? "";
      expect(message).toContain(`que não consegue ler ${path.join(root, "node_modules", "vitest", "package.json")}`);
      expect(message).toContain(`Pastas fechadas para outros usuários: ${closed}`);
      expect(message).toContain(`chmod o+x ${closed}`);
      expect(message).toContain("Nenhum aluno foi corrigido");
    });

    it("the workbook's own packages are reachable: nothing to say", () => {
      expect(sandboxCannotReach(isolation, REPO)).toBeUndefined();
    });
  } else {
    it("without a separate user (reduced isolation) the grader's own user runs the checks: nothing to check", () => {
      expect(sandboxCannotReach(isolation, root)).toBeUndefined();
    });
  }
});
