// Cited works have one name everywhere (issue 14, point 6), and their pages moved from /citations/
// to /cited-works/: every old address still answers and takes the reader, without JavaScript, to
// the same work's page; hosts that read _redirects answer with a permanent redirect instead.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { contentIds } from '../support/content-ids.ts';
import { movedPages } from '../support/dist-pages.ts';
import { useSite } from '../support/site.ts';
import { siteAddress } from '../../src/lib/site-address.ts';

const site = useSite();
const works = contentIds('citations');

describe('the old /citations/ addresses', () => {
  it('send the list and every work page on to the same page under /cited-works/, with JavaScript off', async () => {
    const context = await site.browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    for (const [from, to] of [['/citations/', '/cited-works/'], ...works.map((id) => [`/citations/${id}/`, `/cited-works/${id}/`])] as const) {
      await page.goto(site.url(from));
      await page.waitForURL((u) => u.pathname === to);
      expect(await page.locator('h1').count(), from).toBe(1);
      expect((await fetch(site.url(to))).status).toBe(200);
    }
    await context.close();
  });

  it('are not indexed: each old page names the new one as canonical and asks robots not to index it', async () => {
    const html = await (await fetch(site.url(`/citations/${works[0]}/`))).text();
    expect(html).toContain(`<link rel="canonical" href="${new URL(`/cited-works/${works[0]}/`, siteAddress().url).href}"`);
    expect(html).toContain('<meta name="robots" content="noindex"');
  });

  it('are the only pages that send readers on, and only to pages that exist', () => {
    const moved = movedPages();
    expect(moved.map((p) => p.url).sort()).toEqual(['/citations/', ...works.map((id) => `/citations/${id}/`)].sort());
    for (const p of moved) expect(fs.existsSync(path.join('dist', p.url.replace('/citations/', '/cited-works/'), 'index.html')), p.url).toBe(true);
  });

  it('are permanent redirects, files included, on hosts that read _redirects', () => {
    const rules = fs.readFileSync(path.join('dist', '_redirects'), 'utf8');
    expect(rules).toMatch(/^\/citations\/\* \/cited-works\/:splat 301$/m);
  });
});

describe('one name for cited works', () => {
  it('menu, home page, search filter and no-JS search text all say "cited works", never "sources"', async () => {
    const context = await site.browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    for (const url of ['/', '/search/', '/cited-works/']) {
      await page.goto(site.url(url));
      const text = (await page.locator('body').textContent())!.replace(/\s+/g, ' ');
      expect(text, url).not.toMatch(/\bsources\b/i);
    }
    await context.close();
    const page2 = await site.page();
    await page2.goto(site.url('/search/?type=Source'));
    await page2.waitForSelector('[data-filter="type"] input[value="Cited work"]');
    expect(await page2.locator('[data-filter="type"] input[value="Cited work"]').isChecked()).toBe(true);
    await page2.close();
  });
});
