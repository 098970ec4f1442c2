export function ensureMaintainerTools(options?: { log?: (line: string) => void }): boolean;
