// The sitemap, robots.txt and RSS feed as crawlers and feed readers fetch them from the built site.
import { describe, expect, it } from 'vitest';
import fs from 'node:fs';
import { XMLParser } from 'fast-xml-parser';
import { useSite } from '../support/site.ts';
import { distPages } from '../support/dist-pages.ts';
import { pathWithoutLocale } from '../../src/lib/locales.ts';

const site = useSite();
const text = async (path: string) => {
  const res = await fetch(site.url(path));
  expect(res.status, path).toBe(200);
  return { body: await res.text(), type: res.headers.get('content-type') };
};
const statementCount = fs.readdirSync('content/statements').filter((f) => f.endsWith('.md')).length;

/** Chromium's XML parser is strict: a document that is not well-formed yields a parsererror. */
async function wellFormed(xml: string): Promise<boolean> {
  const page = await site.page();
  const ok = await page.evaluate((s) => !new DOMParser().parseFromString(s, 'application/xml').querySelector('parsererror'), xml);
  await page.close();
  return ok;
}

describe('sitemap.xml', () => {
  it('is well-formed and lists every page of the site except search and the 404 page, once each', async () => {
    const { body } = await text('/sitemap.xml');
    expect(await wellFormed(body)).toBe(true);
    const locs = (new XMLParser().parse(body).urlset.url as { loc: string }[]).map((u) => new URL(u.loc));
    const paths = locs.map((u) => u.pathname);
    expect(new Set(paths).size).toBe(paths.length);
    expect(new Set(locs.map((u) => u.origin)).size).toBe(1);
    // Every language's pages, leaving out each language's search and not-found pages.
    const built = distPages().map((p) => p.url).filter((u) => !/^\/(404|search\/)/.test(pathWithoutLocale(u)));
    expect(paths).toContain('/es/statements/');
    expect([...paths].sort()).toEqual([...built].sort());
  });
});

describe('robots.txt', () => {
  it('allows crawling and names the sitemap at the site address', async () => {
    const { body, type } = await text('/robots.txt');
    expect(type).toMatch(/^text\/plain/);
    expect(body).toMatch(/^User-agent: \*$/m);
    expect(body).not.toMatch(/^Disallow: \/$/m);
    expect(body).toMatch(/^Disallow: \/es\/search\/$/m);
    const sitemap = /^Sitemap: (\S+)$/m.exec(body)?.[1];
    expect(new URL(sitemap!).pathname).toBe('/sitemap.xml');
  });
});

describe('feed.xml', () => {
  it.each([['/feed.xml', 'en', '/statements/'], ['/es/feed.xml', 'es', '/es/statements/']])('%s is a well-formed RSS feed in its language with one item per statement, each linking to a page of that language that exists', async (feed, language, prefix) => {
    const { body } = await text(feed);
    expect(await wellFormed(body)).toBe(true);
    const channel = new XMLParser().parse(body).rss.channel;
    expect(channel.language).toBe(language);
    const items = [channel.item].flat() as { title: string; link: string; pubDate: string; description: string }[];
    expect(items).toHaveLength(statementCount);
    for (const item of items) {
      expect(Number.isNaN(Date.parse(item.pubDate))).toBe(false);
      expect(item.description.length).toBeGreaterThan(20);
      expect(new URL(item.link).pathname.startsWith(prefix)).toBe(true);
      const { body: page } = await text(new URL(item.link).pathname);
      expect(page).toContain('<h1');
      expect(page).toContain(`<html lang="${language}"`);
    }
  });

  it('is announced in every page head, each language its own', async () => {
    expect((await text('/')).body).toMatch(/<link rel="alternate" type="application\/rss\+xml" href="\/feed.xml"/);
    expect((await text('/es/')).body).toMatch(/<link rel="alternate" type="application\/rss\+xml" href="\/es\/feed.xml"/);
  });
});
