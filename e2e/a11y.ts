// Accessibility and layout checks shared by the e2e specs: axe-core (serious and critical
// violations fail), and "nothing sticks out to the right" on the page's own width.
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';

/** Serious and critical axe violations on the page as it is now, one line each. */
export async function axeViolations(page: Page): Promise<string[]> {
  // The settled page: a colour transition under way (a colour-scheme switch just before) would
  // be measured halfway, between the two schemes' colours.
  await page.waitForFunction(() => document.getAnimations().every((a) => a.playState !== 'running'));
  const results = await new AxeBuilder({ page })
    // Off by default in axe (experimental), but it is what a speech-input user meets: a
    // control must be named by the text it shows.
    .options({ rules: { 'label-content-name-mismatch': { enabled: true } } })
    .analyze();
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .flatMap((v) => v.nodes.map((n) => `${v.id} (${v.impact}): ${n.target.join(' ')} — ${n.failureSummary?.split('\n').slice(1).join(' ').trim() ?? v.help}`));
}

/**
 * What makes a phone user scroll sideways: the document wider than the window, or an
 * element (a table, a chart) wider than the box it sits in, unless that box is one of the
 * named sideways-scrolling regions (`data-scroll-x`), which are meant to.
 */
export async function horizontalOverflow(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const out: string[] = [];
    const root = document.documentElement;
    if (root.scrollWidth > root.clientWidth + 1) out.push(`document is ${root.scrollWidth}px wide in a ${root.clientWidth}px window`);
    for (const el of Array.from(document.querySelectorAll<HTMLElement>('main *'))) {
      if (el.closest('[data-scroll-x]')) continue;
      const style = getComputedStyle(el);
      if ((style.overflowX === 'auto' || style.overflowX === 'scroll') && el.scrollWidth > el.clientWidth + 1) {
        const name = el.getAttribute('aria-label') ?? el.querySelector('caption')?.textContent ?? el.tagName.toLowerCase();
        out.push(`"${name}" scrolls sideways: ${el.scrollWidth}px of content in ${el.clientWidth}px`);
      }
    }
    return out;
  });
}
