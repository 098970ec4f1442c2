/**
 * Type-checks a few files with the project's tsconfig (vitest alone does not report type errors).
 * Returns diagnostics as "file:line:col message" strings, pt-BR framing left to the caller.
 */
import path from "node:path";
import ts from "typescript";

export interface TypeDiagnostic {
  file: string;
  line: number;
  column: number;
  message: string;
}

export function typecheckFiles(files: string[], root: string): TypeDiagnostic[] {
  const configPath = path.join(root, "tsconfig.json");
  const { config } = ts.readConfigFile(configPath, ts.sys.readFile);
  const parsed = ts.parseJsonConfigFileContent(config, ts.sys, root);
  const program = ts.createProgram(files, { ...parsed.options, skipLibCheck: true, noEmit: true });
  const wanted = new Set(files.map((f) => path.resolve(f)));
  const diagnostics = [
    ...program.getSyntacticDiagnostics(),
    ...files.flatMap((f) => {
      const source = program.getSourceFile(f);
      return source ? program.getSemanticDiagnostics(source) : [];
    }),
  ];
  return diagnostics
    .filter((d) => d.file && wanted.has(path.resolve(d.file.fileName)))
    .map((d) => {
      const { line, character } = d.file!.getLineAndCharacterOfPosition(d.start ?? 0);
      return {
        file: d.file!.fileName,
        line: line + 1,
        column: character + 1,
        message: ts.flattenDiagnosticMessageText(d.messageText, "\n"),
      };
    });
}
