// A printed statement is the text with its notes and their addresses, without the site's chrome:
// checked with the print media type in Chromium, and by printing a PDF.
import { describe, expect, it } from 'vitest';
import { contentIds } from '../support/content-ids.ts';
import { useSite } from '../support/site.ts';

const site = useSite();
const slugs = contentIds('statements');

describe.each(slugs)('printing %s', (slug) => {
  it('hides header, navigation, search, footer, skip link and buttons; shows the text, every note and every address', async () => {
    const page = await site.page();
    await page.goto(site.url(`/statements/${slug}/`));
    await page.emulateMedia({ media: 'print' });
    const printed = await page.evaluate(() => {
      const shown = (el: Element | null) => Boolean(el && el.checkVisibility());
      const chrome = ['.site-header', 'nav[aria-label="Main"]', '.header-search', '#site-search', '.site-footer', '.skip-link', 'button'];
      const notes = [...document.querySelectorAll('.footnotes li[id^="fn-"]')];
      // An address is printed when it is the link's words or follows them (::after).
      const links = [...document.querySelectorAll('.statement-text a[href^="http"]')].map((a) => {
        const after = getComputedStyle(a, '::after').content;
        return { href: a.getAttribute('href')!, printed: shown(a) && ((a.textContent ?? '').includes(a.getAttribute('href')!) || after.includes(a.getAttribute('href')!)) };
      });
      return {
        chromeShown: chrome.filter((s) => [...document.querySelectorAll(s)].some(shown)),
        textShown: shown(document.querySelector('.statement-text p')) && shown(document.querySelector('h1')),
        notes: notes.length,
        notesShown: notes.filter(shown).length,
        addressesNotPrinted: links.filter((l) => !l.printed).map((l) => l.href),
        addresses: links.length,
      };
    });
    expect(printed.chromeShown).toEqual([]);
    expect(printed.textShown).toBe(true);
    expect(printed.notes).toBeGreaterThan(0);
    expect(printed.notesShown).toBe(printed.notes);
    expect(printed.addressesNotPrinted).toEqual([]);
    await page.close();
  });

  it('prints to a PDF with at least one page', async () => {
    const page = await site.page();
    await page.goto(site.url(`/statements/${slug}/`));
    const pdf = await page.pdf({ format: 'Letter' });
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    expect(pdf.toString('latin1').match(/\/Type\s*\/Page(?!s)/g)?.length ?? 0).toBeGreaterThan(0);
    await page.close();
  });
});

describe('the print stylesheet itself', () => {
  it('on screen the same pages do show the header, navigation and search', async () => {
    const page = await site.page();
    await page.goto(site.url(`/statements/${slugs[0]}/`));
    expect(await page.locator('nav[aria-label="Main"]').isVisible()).toBe(true);
    expect(await page.locator('#site-search').isVisible()).toBe(true);
    await page.close();
  });
});
