// RSS items, the sitemap and robots.txt, parsed back as a crawler would.
import { describe, expect, it } from 'vitest';
import { XMLParser } from 'fast-xml-parser';
import rss from '@astrojs/rss';
import { feedDate, feedItems, robotsTxt, sitemapPaths, sitemapXml } from '../../../src/share/feeds.ts';
import { collection, site } from '../cite/fixtures.ts';

describe('feed', () => {
  it('dates a partial date at the start of its period, the same day in every time zone', () => {
    expect(feedDate('2017-02').toISOString()).toBe('2017-02-01T12:00:00.000Z');
    expect(feedDate('2018').toISOString()).toBe('2018-01-01T12:00:00.000Z');
    expect(feedDate('2019-06-13').toISOString()).toBe('2019-06-13T12:00:00.000Z');
  });

  it('gives RSS that parses, one item per statement with absolute links and its policies as categories', async () => {
    const xml = await (await rss({ title: 'T', description: 'D', site, items: feedItems(collection) })).text();
    const items = new XMLParser().parse(xml).rss.channel.item as { title: string; link: string; category: string | string[] }[];
    expect(items.map((i) => i.link)).toEqual(collection.statements.map((s) => `https://statements.example.org/statements/${s.id}/`));
    expect(items[0]!.category).toEqual(['Joint statement', 'DHS-Guatemala Memorandum of Cooperation', 'Metering']);
  });
});

describe('sitemap and robots.txt', () => {
  it('lists every statement, organization, policy and cited work once, with absolute addresses', () => {
    const xml = sitemapXml(sitemapPaths(collection), site);
    const locs = (new XMLParser().parse(xml).urlset.url as { loc: string }[]).map((u) => u.loc);
    expect(new Set(locs).size).toBe(locs.length);
    expect(locs).toContain('https://statements.example.org/statements/2019-joint/');
    expect(locs).toContain('https://statements.example.org/organizations/kind/');
    expect(locs).toContain('https://statements.example.org/policies/metering/');
    expect(locs).toContain('https://statements.example.org/cited-works/wola-agents/');
    // Each statement also has its transcription's page.
    expect(locs).toContain('https://statements.example.org/statements/2019-joint/transcription/');
    // Every page in English and in Spanish (issue 15).
    expect(locs.length).toBe(2 * (3 + 3 + 8 + 2 + 3 + 7));
    expect(locs).toContain('https://statements.example.org/es/statements/2019-joint/');
  });

  it('escapes addresses for XML', () => {
    expect(sitemapXml(['/a&b/'], site)).toContain('<loc>https://statements.example.org/a&#38;b/</loc>');
  });

  it('points robots.txt at the sitemap on the configured host', () => {
    expect(robotsTxt(new URL('https://example.net/'))).toContain('Sitemap: https://example.net/sitemap.xml');
  });
});
