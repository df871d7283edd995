// Who stands behind the site (issue 14, point 6): a footer on every page linking About, the open data
// and the feed; About gives publisher, contact, corrections and reuse terms from content/about.yaml;
// cited works are called that in the menu and on their index.
import { describe, expect, it } from 'vitest';
import { readAbout } from '../../src/content/about.ts';
import { samplePages } from '../support/dist-pages.ts';
import { localeOfPath, localePath } from '../../src/lib/locales.ts';
import { useSite } from '../support/site.ts';

const site = useSite();
const about = readAbout();
const squash = (s: string) => s.replace(/\s+/g, ' ').trim();

describe('the footer', () => {
  it('on every kind of page links About, the open data and the feed, and each answers', async () => {
    const pages = [...new Set(samplePages().map((p) => (p.type === '404' ? '/no-such-page/' : p.url)))];
    // Each language's pages link that language's About, data page and feed.
    const expected = (url: string) => ['/about/', '/data/', '/feed.xml'].map((href) => localePath(href, localeOfPath(url)));
    const context = await site.browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    for (const url of pages) {
      await page.goto(site.url(url));
      const links = await page.locator('footer.site-footer a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
      expect(links, url).toEqual(expect.arrayContaining(expected(url)));
    }
    for (const href of [...expected('/'), ...expected('/es/')]) expect((await fetch(site.url(href))).status, href).toBe(200);
    await context.close();
  });

  it.each([390, 1280])('its links are at least 24 px tall at %ipx', async (width) => {
    const context = await site.browser.newContext({ viewport: { width, height: 800 } });
    const page = await context.newPage();
    await page.goto(site.url('/'));
    const heights = await page.locator('footer.site-footer a').evaluateAll((as) => as.map((a) => a.getBoundingClientRect().height));
    expect(Math.min(...heights)).toBeGreaterThanOrEqual(24);
    await context.close();
  });
});

describe('About', () => {
  it('says who publishes the site, how to reach them, how corrections are made and the reuse terms, in the editors\' words', async () => {
    const context = await site.browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(site.url('/about/'));
    const section = (id: string) => page.evaluate((h) => {
      const parts: string[] = [];
      for (let el = document.getElementById(h)!.nextElementSibling; el && el.tagName !== 'H2'; el = el.nextElementSibling) parts.push(el.textContent ?? '');
      return parts.join(' ');
    }, id);
    expect(squash(await section('publisher'))).toContain(squash(about.publisher));
    expect(await page.locator(`#contact ~ p a[href="mailto:${about.contact.email}"]`).count()).toBe(1);
    expect(squash(await section('corrections'))).toContain(squash(about.corrections));
    const reuse = squash(await section('reuse'));
    expect(reuse).toContain(squash(about.reuse.texts));
    expect(reuse).toContain(squash(about.reuse.data));
    await context.close();
  });
});

describe('cited works', () => {
  it('are called cited works in the menu and on their index', async () => {
    const page = await site.page();
    await page.goto(site.url('/cited-works/'));
    expect(await page.locator('nav[aria-label="Main"] a[href="/cited-works/"]').textContent()).toBe('Cited works');
    expect(await page.locator('h1').textContent()).toBe('Cited works');
    await page.close();
  });
});
