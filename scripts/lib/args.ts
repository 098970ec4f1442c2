/** Tiny argument helpers for the CLI scripts (flags in pt-BR and English, `--opção valor` or `--opção=valor`). */

export function hasFlag(args: string[], ...names: string[]): boolean {
  return args.some((a) => names.includes(a));
}

/** Every value of a repeatable option (`--dir a --dir b`, `--dir=a`). */
export function optionValues(args: string[], ...names: string[]): string[] {
  const values: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    const eq = arg.indexOf("=");
    if (eq > 0 && names.includes(arg.slice(0, eq))) values.push(arg.slice(eq + 1));
    else if (names.includes(arg) && i + 1 < args.length && !args[i + 1]!.startsWith("--")) values.push(args[++i]!);
  }
  return values;
}

export function optionValue(args: string[], ...names: string[]): string | undefined {
  return optionValues(args, ...names).at(-1);
}

/** True when an option was given without a value (`--dir` at the end). */
export function missingValue(args: string[], ...names: string[]): string | undefined {
  return args.find((a, i) => names.includes(a) && (i + 1 >= args.length || args[i + 1]!.startsWith("--")));
}

/** Positional arguments: what is not a flag and not the value of one of `valued`. */
export function positionals(args: string[], valued: string[] = []): string[] {
  const out: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    if (valued.includes(arg)) {
      i++;
      continue;
    }
    if (!arg.startsWith("-")) out.push(arg);
  }
  return out;
}
