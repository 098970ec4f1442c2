// Exercise 10's own files: the stub is a valid starting point that fails where the student has work
// to do; the solution passes everything; both folders have the same file names (so `diff` works).
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import {
  checkDockerfile,
  checkDockerignore,
  checkWorkflow,
  DEPLOY_FILES,
  describeFailure,
  imageNodeMajor,
  lineProblem,
  parseDockerfile,
} from "../../checks/_support/deploy/index.ts";
import { failing } from "./helpers.ts";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
const folder = (kind: "exercises" | "solutions") => path.join(ROOT, kind, "10-deploy-docker-ci");
const read = (kind: "exercises" | "solutions", relative: string) => fs.readFileSync(path.join(folder(kind), ...relative.split("/")), "utf8");
const FILES = Object.values(DEPLOY_FILES).map((f) => f.relativePath);

describe("exercise 10 files", () => {
  it("exercises/ and solutions/ have the same three graded files; the README is in exercises/", () => {
    for (const file of FILES) {
      expect(fs.existsSync(path.join(folder("exercises"), file)), `exercises/${file}`).toBe(true);
      expect(fs.existsSync(path.join(folder("solutions"), file)), `solutions/${file}`).toBe(true);
    }
    expect(fs.existsSync(path.join(folder("exercises"), "README.md"))).toBe(true);
  });

  it("the stub is syntactically valid (the book's Dockerfile translated) and fails where there is work to do", async () => {
    const dockerfile = checkDockerfile(read("exercises", "Dockerfile"));
    expect(failing(dockerfile)).toEqual(["multi-stage", "npm-ci-cache", "prod-deps", "non-root", "node-env", "healthcheck", "cmd-exec-form"]);
    expect(failing(checkDockerignore(read("exercises", ".dockerignore")))).toEqual(["excludes"]);
    const workflow = await checkWorkflow(read("exercises", ".github/workflows/ci.yml"), undefined, { dockerfile: read("exercises", "Dockerfile") });
    expect(failing(workflow)).toEqual(["triggers", "setup-node", "install", "typecheck", "tests", "image", "deploy", "health", "rollback"]);
  });

  it("every TODO of the stub Dockerfile maps to a failing rule, in the order of the checks", () => {
    const todos = [...read("exercises", "Dockerfile").matchAll(/# TODO (\d+):/g)].map((m) => Number(m[1]));
    expect(todos).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
  });

  it("the stub and the solution run the workbook's own Node line (.nvmrc), one with security support", () => {
    const nvmrc = Number(fs.readFileSync(path.join(ROOT, ".nvmrc"), "utf8").trim());
    expect(lineProblem(nvmrc)).toBeNull();
    expect(imageNodeMajor(parseDockerfile(read("exercises", "Dockerfile")))).toBe(nvmrc);
    expect(imageNodeMajor(parseDockerfile(read("solutions", "Dockerfile")))).toBe(nvmrc);
    expect(read("solutions", ".github/workflows/ci.yml")).toMatch(new RegExp(`node-version: ${nvmrc}\\n`));
  });

  it("the capstone's image (solution 11) runs the same line as its .nvmrc and the workbook's, with a pinned supported tag", () => {
    const capstone = (file: string) => fs.readFileSync(path.join(ROOT, "solutions", "11-chatbot-producao", file), "utf8");
    const nvmrc = Number(fs.readFileSync(path.join(ROOT, ".nvmrc"), "utf8").trim());
    const dockerfile = capstone("Dockerfile");
    const baseImage = checkDockerfile(dockerfile).find((r) => r.id === "base-image")!;
    expect(baseImage.ok, describeFailure(baseImage, "solutions/11-chatbot-producao/Dockerfile")).toBe(true);
    expect(imageNodeMajor(parseDockerfile(dockerfile))).toBe(nvmrc);
    expect(Number(capstone(".nvmrc").trim())).toBe(nvmrc);
  });

  it("the solution passes every rule", async () => {
    const results = [
      ...checkDockerfile(read("solutions", "Dockerfile")).map((r) => ({ r, file: "Dockerfile" })),
      ...checkDockerignore(read("solutions", ".dockerignore")).map((r) => ({ r, file: ".dockerignore" })),
      ...(await checkWorkflow(read("solutions", ".github/workflows/ci.yml"), undefined, { dockerfile: read("solutions", "Dockerfile") })).map((r) => ({ r, file: "ci.yml" })),
    ];
    for (const { r, file } of results) expect(r.ok, describeFailure(r, file)).toBe(true);
  });
});
