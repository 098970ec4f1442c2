/**
 * A warm, incremental type checker for a few files (the watch mode's "does it compile?"): a TypeScript
 * LanguageService over the project's tsconfig that keeps every parsed file (lib.d.ts, LangChain's types…)
 * between checks, so only the files that changed are parsed again. The first check costs like
 * lib/typecheck.ts (~2 s); the next ones a fraction of it.
 * Runs inside a worker thread (see warm-typecheck.ts) so key presses and the checks are never blocked.
 */
import fs from "node:fs";
import path from "node:path";
import ts from "typescript";
import type { TypeDiagnostic } from "../../lib/typecheck.ts";

export interface TypecheckService {
  check(files: string[]): TypeDiagnostic[];
}

export function createTypecheckService(root: string): TypecheckService {
  const configPath = path.join(root, "tsconfig.json");
  const { config } = ts.readConfigFile(configPath, ts.sys.readFile);
  const parsed = ts.parseJsonConfigFileContent(config ?? {}, ts.sys, root);
  const options: ts.CompilerOptions = { ...parsed.options, skipLibCheck: true, noEmit: true };
  let rootFiles: string[] = [];

  // A file's version is its mtime and size: edits are picked up without any notification.
  const version = (file: string): string => {
    try {
      const stat = fs.statSync(file);
      return `${stat.mtimeMs}:${stat.size}`;
    } catch {
      return "missing";
    }
  };

  const host: ts.LanguageServiceHost = {
    getCompilationSettings: () => options,
    getScriptFileNames: () => rootFiles,
    getScriptVersion: version,
    getScriptSnapshot: (file) => {
      const text = ts.sys.readFile(file);
      return text === undefined ? undefined : ts.ScriptSnapshot.fromString(text);
    },
    getCurrentDirectory: () => root,
    getDefaultLibFileName: (o) => ts.getDefaultLibFilePath(o),
    fileExists: ts.sys.fileExists,
    readFile: ts.sys.readFile,
    readDirectory: ts.sys.readDirectory,
    directoryExists: ts.sys.directoryExists,
    getDirectories: ts.sys.getDirectories,
    realpath: ts.sys.realpath,
  };
  const service = ts.createLanguageService(host, ts.createDocumentRegistry());

  return {
    check(files) {
      rootFiles = files.filter((f) => /\.(c|m)?tsx?$/.test(f) && fs.existsSync(f)).map((f) => path.resolve(f));
      const out: TypeDiagnostic[] = [];
      for (const file of rootFiles) {
        const diagnostics = [...service.getSyntacticDiagnostics(file), ...service.getSemanticDiagnostics(file)];
        for (const d of diagnostics) {
          if (!d.file) continue;
          const { line, character } = d.file.getLineAndCharacterOfPosition(d.start ?? 0);
          out.push({ file: d.file.fileName, line: line + 1, column: character + 1, message: ts.flattenDiagnosticMessageText(d.messageText, "\n") });
        }
      }
      return out;
    },
  };
}
