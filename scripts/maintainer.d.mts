export function ensureMaintainerTools(options?: { log?: (line: string) => void; mutation?: boolean }): boolean;
