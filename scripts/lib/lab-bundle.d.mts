/** The path of an up-to-date one-file build of the lab (lib/lab/server.ts), building it if needed. */
export function labBundle(root: string): Promise<string>;
