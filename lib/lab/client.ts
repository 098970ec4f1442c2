/** Typed HTTP client for a lab running in another process (`npm run lab`); same interface as the in-process handle. */
import type { AuthFailure, ControlEntry, FaultSpec, LabControl, LabStats, LatencyProfile, ModelCall, StoredFeedback, StoredRun } from "./types.ts";

/** `token`: the lab's control token (LabOptions.controlToken), sent as `x-lab-token` on every request. */
export function labClient(url: string, token?: string): LabControl {
  async function call<T>(method: "GET" | "POST", path: string, body?: unknown): Promise<T> {
    const headers: Record<string, string> = {};
    if (body !== undefined) headers["content-type"] = "application/json";
    if (token !== undefined) headers["x-lab-token"] = token;
    const response = await fetch(`${url}${path}`, {
      method,
      headers,
      body: body === undefined ? undefined : JSON.stringify(body),
      signal: AbortSignal.timeout(5_000),
    });
    if (!response.ok) throw new Error(`laboratório respondeu ${response.status} em ${method} ${path}: ${await response.text()}`);
    return (await response.json()) as T;
  }
  return {
    url,
    setFaults: async (faults: FaultSpec[]) => void (await call("POST", "/lab/faults", faults)),
    setLatency: async (profile: Partial<LatencyProfile>) => void (await call("POST", "/lab/latency", profile)),
    setHallucinate: async (on: boolean) => void (await call("POST", "/lab/hallucinate", { on })),
    requireKeys: async (keys) => void (await call("POST", "/lab/keys", keys)),
    authFailures: () => call<AuthFailure[]>("GET", "/lab/auth-failures"),
    reset: async () => void (await call("POST", "/lab/reset", {})),
    calls: () => call<ModelCall[]>("GET", "/lab/calls"),
    runs: () => call<StoredRun[]>("GET", "/lab/runs"),
    feedback: () => call<StoredFeedback[]>("GET", "/lab/feedback"),
    stats: () => call<LabStats>("GET", "/lab/stats"),
    controlRefusals: async () => (await call<{ refusals: number }>("GET", "/lab/control-refusals")).refusals,
    controlLog: () => call<ControlEntry[]>("GET", "/lab/control-log"),
  };
}
