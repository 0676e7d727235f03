// Before the e2e tests: is there a Chromium to drive? Playwright's own (npx playwright
// install chromium) or Debian's /usr/bin/chromium (apt-get install chromium).
import { existsSync } from 'node:fs';
import { chromium } from 'playwright-core';

let own = '';
try {
  own = chromium.executablePath();
} catch {
  own = '';
}
if (!(own && existsSync(own)) && !existsSync('/usr/bin/chromium')) {
  console.error('No Chromium found for the end-to-end tests. Install one of:\n  sudo apt-get install chromium        (Debian/Ubuntu)\n  npx playwright install chromium');
  process.exit(1);
}
