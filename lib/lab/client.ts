/** Typed HTTP client for a lab running in another process (`npm run lab`); same interface as the in-process handle. */
import type { AuthFailure, FaultSpec, LabControl, LabStats, LatencyProfile, ModelCall, StoredFeedback, StoredRun } from "./types.ts";

export function labClient(url: string): LabControl {
  async function call<T>(method: "GET" | "POST", path: string, body?: unknown): Promise<T> {
    const response = await fetch(`${url}${path}`, {
      method,
      headers: body === undefined ? {} : { "content-type": "application/json" },
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
  };
}
