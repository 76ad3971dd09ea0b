import axe, { type AxeResults } from 'axe-core';
import type { Page } from 'playwright-core';

/*
 * Checks of a page the API serves, as a person's browser shows it (headless Chromium, tools/local/chromium.ts):
 * nothing wider than the screen, and no serious accessibility violation by axe-core.
 */

/**
 * The elements that reach past the viewport's right edge or are cut inside their box, and whether the page
 * scrolls sideways: nothing may, on a 390 px phone, however long the text.
 */
export const OVERFLOW = `(() => {
  const width = document.documentElement.clientWidth;
  const name = (el) => el.tagName.toLowerCase() + (el.id ? '#' + el.id : '') + (el.className && typeof el.className === 'string' ? '.' + el.className.split(' ')[0] : '');
  const found = [];
  if (document.documentElement.scrollWidth > width) found.push('page scrolls sideways: ' + document.documentElement.scrollWidth + ' > ' + width);
  for (const el of document.body.querySelectorAll('*')) {
    const box = el.getBoundingClientRect();
    if (box.width === 0 && box.height === 0) continue;
    if (box.right > width + 0.5 || box.left < -0.5) found.push(name(el) + ' spans ' + Math.round(box.left) + '..' + Math.round(box.right));
    const style = getComputedStyle(el);
    // A text field scrolls its own value, as it should; anything else must show all it holds.
    if (!['INPUT', 'TEXTAREA'].includes(el.tagName) && style.overflowX !== 'visible' && el.scrollWidth > el.clientWidth + 1) found.push(name(el) + ' cuts its content');
  }
  return found;
})()`;

/** The axe-core violations of the page that are serious or critical, each with the elements it names. */
export async function seriousViolations(page: Page): Promise<string[]> {
  await page.evaluate(axe.source);
  const results = await page.evaluate<AxeResults>('axe.run(document)');
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}
