// Layout faults of issue 14, point 5: no sideways scrolling, names that stay in one column, previews
// that wrap long addresses, 24×24 px targets, a one-row header from 1024px, one search field on the
// search page, and the text on the first screen of a phone. Measured in Chromium, light and dark.
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { contentIds } from '../support/content-ids.ts';
import { useSite } from '../support/site.ts';

const site = useSite();
const statement = '/statements/2019-guatemala-border-externalization/';
const schemes = ['light', 'dark'] as const;

async function open(path: string, width: number, colorScheme: (typeof schemes)[number], javaScriptEnabled = true): Promise<Page> {
  const context = await site.browser.newContext({ viewport: { width, height: width < 600 ? 844 : 800 }, colorScheme, javaScriptEnabled });
  const page = await context.newPage();
  await page.goto(site.url(path));
  return page;
}

describe.each(schemes)('layout in the %s scheme', (scheme) => {
  describe.each([390, 1280])('at %ipx', (width) => {
    it.each(contentIds('statements'))('the statement %s does not scroll sideways, and no signatory name breaks across columns', async (slug) => {
      const page = await open(`/statements/${slug}/`, width, scheme);
      const state = await page.evaluate(() => ({
        scrollWidth: document.documentElement.scrollWidth,
        width: document.documentElement.clientWidth,
        split: [...document.querySelectorAll('.signatories li')].filter((li) => li.getClientRects().length > 1).map((li) => li.textContent),
      }));
      expect(state.scrollWidth).toBeLessThanOrEqual(state.width);
      expect(state.split).toEqual([]);
      await page.context().close();
    });

    it('every note reference, back-link, paragraph link, marker, button and disclosure is at least 24×24 px', async () => {
      const page = await open(statement, width, scheme);
      const small = await page.evaluate(() =>
        [...document.querySelectorAll('main [data-footnote-ref], main .footnote-backref, main .passage-link, main sup a, main button, main summary')]
          .filter((el) => el.checkVisibility())
          .map((el) => ({ what: el.outerHTML.slice(0, 80), box: el.getBoundingClientRect() }))
          .filter(({ box }) => box.width < 24 || box.height < 24)
          .map(({ what, box }) => `${what} ${box.width.toFixed(1)}×${box.height.toFixed(1)}`),
      );
      expect(small).toEqual([]);
      await page.context().close();
    });

    it('the search page shows one search field', async () => {
      const page = await open('/search/', width, scheme);
      const fields = await page.locator('input[type="search"]').evaluateAll((els) => els.filter((el) => el.checkVisibility()).length);
      expect(fields).toBe(1);
      await page.context().close();
    });
  });

  it.each([statement, `/es${statement}`])('on a 390px phone the text of %s starts within the first screen, without JavaScript', async (path) => {
    const page = await open(path, 390, scheme, false);
    const top = await page.evaluate(() => document.querySelector('.statement-text p')!.getBoundingClientRect().top);
    expect(top).toBeLessThan(844);
    await page.context().close();
  });

  it('a note preview on a 390px phone wraps a long address instead of clipping it', async () => {
    const page = await open(statement, 390, scheme);
    const long = await page.evaluate(() => [...document.querySelectorAll('.footnotes li')].findIndex((li) => /https?:\/\/\S{60,}/.test(li.textContent ?? '')) + 1);
    expect(long).toBeGreaterThan(0);
    await page.focus(`#fnref-${long}`);
    const preview = page.locator('#note-preview');
    await preview.waitFor({ state: 'visible' });
    const fits = await preview.evaluate((el) => el.scrollWidth <= el.clientWidth && el.getBoundingClientRect().right <= document.documentElement.clientWidth);
    expect(fits).toBe(true);
    await page.context().close();
  });

  it.each([1024, 1280, 1920])('the header is one row at %ipx', async (width) => {
    const page = await open('/', width, scheme);
    const rows = await page.evaluate(() => {
      const tops = ['.site-name', '.site-header nav', '.header-search'].map((s) => document.querySelector(s)!.getBoundingClientRect());
      return tops.map((b) => b.top + b.height / 2);
    });
    expect(Math.max(...rows) - Math.min(...rows)).toBeLessThan(12);
    await page.context().close();
  });
});
