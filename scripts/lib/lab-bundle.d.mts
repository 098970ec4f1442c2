/** The path of an up-to-date one-file build of the lab (lib/lab/server.ts), building it if needed (`build: false`: undefined when there is none). */
export function labBundle(root: string, options?: { build?: boolean }): Promise<string | undefined>;
