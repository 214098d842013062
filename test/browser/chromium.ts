import { existsSync } from 'node:fs';
import { chromium } from 'playwright-core';
import type { Browser } from 'playwright-core';

/**
 * The machine's chromium (Debian's package): Playwright's own browser download needs the
 * internet. `.ci/run` installs it with `apt-get install chromium fonts-noto-cjk` (without the
 * CJK fonts, Chinese renders as boxes in screenshots). CHROMIUM_PATH points elsewhere.
 */
export async function launchChromium(): Promise<Browser> {
  const executablePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
  if (!existsSync(executablePath)) {
    throw new Error(
      `no chromium at ${executablePath}: apt-get install -y chromium fonts-noto-cjk, or set CHROMIUM_PATH`,
    );
  }
  // As root (CI, these machines) chromium refuses to start with its sandbox.
  return chromium.launch({ executablePath, args: ['--no-sandbox'] });
}
