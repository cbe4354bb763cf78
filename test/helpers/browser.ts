import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import puppeteer, { type Browser } from 'puppeteer-core';

/**
 * Debian's Chromium, headless, for the fill-in page's tests (`.ci/run` installs it with apt). Set
 * PLANKIT_CHROMIUM to use another binary. No network use, no profile of the machine's.
 */
export const CHROMIUM = process.env.PLANKIT_CHROMIUM ?? ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'].find((p) => existsSync(p)) ?? '/usr/bin/chromium';
export const HAS_CHROMIUM = existsSync(CHROMIUM);

export async function launchChromium(): Promise<{ browser: Browser; userDataDir: string }> {
  const userDataDir = mkdtempSync(join(tmpdir(), 'plankit-chromium-'));
  const browser = await puppeteer.launch({
    executablePath: CHROMIUM,
    headless: true,
    userDataDir,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--disable-dev-shm-usage',
    ],
  });
  return { browser, userDataDir };
}
