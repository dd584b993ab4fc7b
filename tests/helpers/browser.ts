/**
 * A real browser for the page tests: playwright-core (it never downloads one) driving the system's Chromium
 * (Debian's /usr/bin/chromium, or CHROMIUM_PATH), headless, with nothing that reaches the network and a fresh
 * profile. Without a browser the tests say so and are skipped, but only outside CI: in CI a missing browser fails.
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext } from 'playwright-core';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const HAVE_BROWSER = existsSync(CHROMIUM);
// CI set to anything but an explicit no counts (CI=true, CI=1, …).
export const IN_CI = !['', '0', 'false'].includes((process.env.CI ?? '').toLowerCase());

const ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** Why the browser tests cannot run here (`undefined`: they can). In CI that is a failure, elsewhere a skip. */
export function missingBrowser(): string | undefined {
  return HAVE_BROWSER ? undefined : `no browser at ${CHROMIUM} (apt-get install chromium fonts-wqy-microhei, or set CHROMIUM_PATH)`;
}

export interface Browser {
  readonly context: BrowserContext;
  close(): Promise<void>;
}

/** One Chromium with a fresh profile (`--user-data-dir` through the persistent context), closed and removed after. */
export async function launchBrowser(viewport = { width: 1200, height: 900 }): Promise<Browser> {
  const profile = mkdtempSync(join(tmpdir(), 'ogi-chromium-'));
  const context = await chromium.launchPersistentContext(profile, { executablePath: CHROMIUM, headless: true, args: ARGS, viewport });
  // Pages must open from disk: any request that is not a file fails the page instead of reaching the network.
  await context.route(/^(?!file:|data:|blob:|about:)/, (route) => route.abort());
  return {
    context,
    async close() {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}
