// Entity pages quote the words around each mention, the entity's words marked, with the whole
// paragraph one step away (issue 14, point 4); checked without JavaScript at phone and desktop widths.
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { useSite } from '../support/site.ts';

const site = useSite();

async function excerpts(page: Page) {
  return page.locator('blockquote.kwic').evaluateAll((quotes) => quotes.map((q) => ({
    excerpt: [...q.querySelectorAll(':scope > p')].map((p) => p.textContent ?? '').join(' '),
    marks: [...q.querySelectorAll(':scope > p mark')].map((m) => m.textContent ?? ''),
    whole: q.querySelector('details.whole-paragraph p')?.textContent ?? null,
    link: q.querySelector('footer a')?.getAttribute('href') ?? '',
  })));
}

describe.each([390, 1280])('at %ipx without JavaScript', (width) => {
  it('the DHS page quotes excerpts with "DHS" marked, not whole paragraphs, and stays short', async () => {
    const context = await site.browser.newContext({ viewport: { width, height: 800 }, javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(site.url('/organizations/dhs/'));
    const quoted = await excerpts(page);
    expect(quoted.length).toBeGreaterThan(0);
    for (const q of quoted) {
      expect(q.marks.length, q.excerpt).toBeGreaterThan(0);
      for (const m of q.marks) expect(m).toMatch(/^(DHS|.*Homeland Security.*)$/i);
      expect(q.link).toMatch(/^\/statements\/[^/]+\/#p-\d+$/);
      // An excerpt cut from a longer paragraph keeps the paragraph one step away.
      if (q.excerpt.includes('…')) expect(q.whole!.length).toBeGreaterThan(q.excerpt.replace(/…/g, '').trim().length);
    }
    expect(quoted.some((q) => q.whole !== null)).toBe(true);
    const height = await page.evaluate(() => document.documentElement.scrollHeight);
    expect(height).toBeLessThan(width < 600 ? 6000 : 3300);
    await context.close();
  });

  it('a policy page marks the policy\'s words in every excerpt', async () => {
    const context = await site.browser.newContext({ viewport: { width, height: 800 }, javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(site.url('/policies/'));
    const hrefs = await page.locator('main a[href^="/policies/"]').evaluateAll((as) => [...new Set(as.map((a) => a.getAttribute('href')!))].filter((h) => h !== '/policies/'));
    let checked = 0;
    for (const href of hrefs) {
      await page.goto(site.url(href));
      for (const q of await excerpts(page)) {
        expect(q.marks.length, `${href}: ${q.excerpt}`).toBeGreaterThan(0);
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(0);
    await context.close();
  });
});
