/** Runs `fn` and returns what it printed with console.log (one string per call), restoring console.log after. */
export async function capturarConsole(fn: () => unknown): Promise<string[]> {
  const impressos: string[] = [];
  const original = console.log;
  console.log = (...args: unknown[]) => void impressos.push(args.map(String).join(" "));
  try {
    await fn();
  } finally {
    console.log = original;
  }
  return impressos;
}

/** The error `fn` rejects with (always an Error), or undefined when it resolves. */
export async function erroDe(fn: () => Promise<unknown>): Promise<Error | undefined> {
  try {
    await fn();
    return undefined;
  } catch (erro) {
    return erro instanceof Error ? erro : new Error(String(erro));
  }
}
