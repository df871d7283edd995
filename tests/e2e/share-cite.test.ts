// "Cite this" on statement and source pages: formatted at build time (readable with JavaScript off),
// downloadable files that parse, and Copy buttons that put the citation on the clipboard.
import { describe, expect, it } from 'vitest';
import { Cite } from '@citation-js/core';
import '@citation-js/plugin-bibtex';
import '@citation-js/plugin-ris';
import { useSite } from '../support/site.ts';

const site = useSite();
const statement = '/statements/2019-guatemala-border-externalization/';
const source = '/cited-works/wola-2019-06-05-80-homeland-security-agents-to-guatemala/';

describe('Cite this', () => {
  it('shows APA, MLA and Chicago without JavaScript, inside a closed details element', async () => {
    const context = await site.browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(site.url(statement));
    const box = page.locator('.cite-this details');
    expect(await box.getAttribute('open')).toBeNull();
    await page.locator('.cite-this summary').click();
    expect(await page.locator('.cite-styles dt').allTextContents()).toEqual(['APA', 'MLA', 'Chicago']);
    const [apa, mla, chicago] = await page.locator('.cite-text').allInnerTexts();
    expect(apa).toMatch(/^Alianza Americas, Amnesty International USA, .+\(2019\)\. Civil Society Organizations Express Deep Concern/);
    expect(mla).toMatch(/^Alianza Americas, et al\. Civil Society/);
    expect(chicago).toContain('June 13, 2019');
    expect(await page.locator('.copy-button').count()).toBe(0);
    await context.close();
  });

  it('offers BibTeX, RIS and CSL-JSON files that citation-js reads back', async () => {
    const page = await site.page();
    await page.goto(site.url(statement));
    const links = await page.locator('.cite-files a').evaluateAll((as) => as.map((a) => [a.textContent, a.getAttribute('href'), a.getAttribute('download')]));
    expect(links.map((l) => l[0])).toEqual(['BibTeX', 'RIS', 'CSL-JSON']);
    for (const [, href, download] of links) {
      expect(download).toMatch(/^2019-guatemala-border-externalization\.(bib|ris|json)$/);
      const res = await fetch(site.url(href!));
      expect(res.status).toBe(200);
      const [item] = new Cite(await res.text()).data;
      expect(String(item!['title'])).toMatch(/^Civil Society Organizations Express Deep Concern/);
    }
    await page.close();
  });

  it('copies a citation with its Copy button and says so', async () => {
    const context = await site.browser.newContext();
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: site.url('') });
    const page = await context.newPage();
    await page.goto(site.url(source));
    await page.locator('.cite-this summary').click();
    const button = page.getByRole('button', { name: 'Copy APA citation' });
    await button.click();
    const apa = (await page.locator('.cite-text').first().innerText()).trim();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(apa);
    expect(apa).toMatch(/^Washington Office on Latin America\. \(2019\)\. 80 Homeland Security Agents to Guatemala\?/);
    await expect.poll(() => page.locator('[role="status"]').textContent()).toBe('Copied APA citation.');
    await context.close();
  });
});
