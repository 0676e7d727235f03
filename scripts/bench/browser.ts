// The Chromium the browser benches drive: Debian's, through Playwright, without the
// background work (updates, sync, networking) that would land in the measurements.
import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';

export function launchBenchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
}
