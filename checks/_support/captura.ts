/** Runs `fn` and returns what it printed with console.log (one string per call), restoring console.log after. */
export async function captureConsole(fn: () => unknown): Promise<string[]> {
  const printed: string[] = [];
  const original = console.log;
  console.log = (...args: unknown[]) => void printed.push(args.map(String).join(" "));
  try {
    await fn();
  } finally {
    console.log = original;
  }
  return printed;
}

/** The error `fn` rejects with (always an Error), or undefined when it resolves. */
export async function errorOf(fn: () => Promise<unknown>): Promise<Error | undefined> {
  try {
    await fn();
    return undefined;
  } catch (error) {
    return error instanceof Error ? error : new Error(String(error));
  }
}
