/**
 * Debian's Chromium driven by puppeteer-core (no browser download), for the viewer's browser test and
 * bench/viewer.ts. `serverBinary("chromium")` throws with the apt-get command when it is missing: never skip.
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import puppeteer, { type Browser } from "puppeteer-core";
import { serverBinary } from "../../lib/servers.ts";

export interface Chromium {
  browser: Browser;
  /** Closes the browser (killing it if it does not quit in time) and removes its profile. */
  close(): Promise<void>;
}

/**
 * Flags: headless, no GPU; as root Chromium refuses to start without --no-sandbox. On this closed network the
 * background services (component updates, sync, QUIC, first-run fetches) must be off or connections are refused.
 */
export const CHROMIUM_ARGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--disable-dev-shm-usage",
  "--window-size=1400,900",
];

export async function launchChromium({ timeoutMs = 20_000 }: { timeoutMs?: number } = {}): Promise<Chromium> {
  const executablePath = serverBinary("chromium");
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), "viewer-chromium-"));
  let browser: Browser;
  try {
    browser = await puppeteer.launch({
      executablePath,
      headless: true,
      userDataDir: profile,
      args: CHROMIUM_ARGS,
      timeout: timeoutMs,
      protocolTimeout: timeoutMs,
      defaultViewport: { width: 1400, height: 900 },
    });
  } catch (error) {
    fs.rmSync(profile, { recursive: true, force: true });
    throw error;
  }
  return {
    browser,
    async close() {
      const child = browser.process();
      await Promise.race([browser.close().catch(() => undefined), new Promise((resolve) => setTimeout(resolve, 3_000).unref())]);
      if (child && child.exitCode === null && child.signalCode === null) child.kill("SIGKILL");
      fs.rmSync(profile, { recursive: true, force: true, maxRetries: 3, retryDelay: 100 });
    },
  };
}
