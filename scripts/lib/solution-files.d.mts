// Types of solution-files.mjs (plain JavaScript, see there).
import type { Plugin } from "vitest/config";

export const REPO_ROOT: string;
export const TSX_WITH_SOLUTIONS: string[];
export function givenFileFor(file: string, root?: string): string | undefined;
export function specifierPath(specifier: string, importerFile: string | undefined, root?: string): string | undefined;
export function solutionFallback(root?: string): Plugin;
export function copySolutionFolder(folder: string, dest: string, root?: string, options?: { dereference?: boolean }): void;
export function withoutMutationPragmas(text: string): string;
