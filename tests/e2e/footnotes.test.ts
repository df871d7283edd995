// Footnotes link both ways in a real browser, and every signatory link leads to a page.
import { describe, expect, it } from 'vitest';
import { contentIds } from '../support/content-ids.ts';
import { useSite } from '../support/site.ts';

const site = useSite();
const slugs = contentIds('statements');

describe.each(slugs)('statement %s', (slug) => {
  it('each reference leads to its note, and the note leads back to the reference', async () => {
    const page = await site.page();
    await page.goto(site.url(`/statements/${slug}/`));
    const refs = await page.locator('a[data-footnote-ref]').evaluateAll((as) => as.map((a) => ({ id: a.id, href: a.getAttribute('href') })));
    expect(refs.length).toBeGreaterThan(0);
    for (const ref of refs) {
      await page.click(`[id="${ref.id}"]`);
      expect(new URL(page.url()).hash).toBe(ref.href);
      const target = await page.evaluate(() => document.querySelector(':target')?.tagName);
      expect(target).toBe('LI');
      await page.click(`:target a.footnote-backref[href="#${ref.id}"]`);
      expect(new URL(page.url()).hash).toBe(`#${ref.id}`);
      expect(await page.evaluate(() => document.querySelector(':target')?.id)).toBe(ref.id);
    }
    await page.close();
  });

  it('every signatory, author and publisher link resolves to a page', async () => {
    const page = await site.page();
    await page.goto(site.url(`/statements/${slug}/`));
    const hrefs = await page.locator('a[href^="/organizations/"]').evaluateAll((as) => as.map((a) => a.getAttribute('href')!));
    for (const href of new Set(hrefs)) {
      const res = await fetch(site.url(href));
      expect(res.status, href).toBe(200);
      expect(await res.text()).toContain('<h1');
    }
    await page.close();
  });

  it('no link on the page points to a bare "#"', async () => {
    const page = await site.page();
    await page.goto(site.url(`/statements/${slug}/`));
    expect(await page.locator('a[href="#"]').count()).toBe(0);
    await page.close();
  });
});
