import path from "node:path";

/** Folder being graded (exercises/, solutions/ or a student's folder), set by vitest.config.ts. */
export const targetDir = process.env.WORKBOOK_TARGET_DIR ?? path.resolve("exercises");

/** Absolute path of a file of an exercise in the graded folder, e.g. targetPath("10-deploy-docker-ci", "Dockerfile"). */
export function targetPath(exerciseFolder: string, ...file: string[]): string {
  return path.join(targetDir, exerciseFolder, ...file);
}
