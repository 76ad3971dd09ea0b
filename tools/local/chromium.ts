import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';

/*
 * Headless Chromium from the system (Debian's `chromium` package), driven by playwright-core: never a
 * browser download. Used by the verification-page test and the certificate benchmark.
 */
const CANDIDATES = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];

/** The Chromium executable: `CHROMIUM_PATH`, else the first system install found; undefined when none. */
export function chromiumExecutable(): string | undefined {
  const configured = process.env.CHROMIUM_PATH;
  if (configured) return configured;
  return CANDIDATES.find((path) => existsSync(path));
}

export async function launchChromium(): Promise<Browser> {
  const executablePath = chromiumExecutable();
  if (!executablePath) {
    throw new Error('Chromium not found: install the Debian package `chromium` or set CHROMIUM_PATH');
  }
  // --no-sandbox: CI runs as root in a container, where Chromium's sandbox cannot start.
  return chromium.launch({ executablePath, headless: true, args: ['--no-sandbox'] });
}
