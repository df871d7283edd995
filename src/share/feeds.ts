// What feed readers and crawlers get: the RSS items for statements, the sitemap's list of pages,
// and robots.txt. Addresses are absolute, from the configured site URL. Text goes through xmlChars:
// a control character in a summary would make the whole feed unreadable.
import type { RSSFeedItem, RSSOptions } from '@astrojs/rss';
import type { Collection } from '../content/model.ts';
import { parsePartialDate } from '../lib/dates.ts';
import { absoluteUrl } from '../lib/absolute-url.ts';
import { site } from '../lib/site.ts';
import { urls } from '../lib/urls.ts';
import { escapeXml, xmlChars } from '../lib/xml.ts';
import { termLabel } from '../content/terms.ts';

/** A partial date as the first day of its period, at noon UTC so no time zone shifts the day. */
export function feedDate(value: string): Date {
  const p = parsePartialDate(value)!;
  return new Date(Date.UTC(p.year, (p.month ?? 1) - 1, p.day ?? 1, 12));
}

/** Statements, newest first (the collection's own order). */
export function feedItems(collection: Collection): RSSFeedItem[] {
  return collection.statements.map((s) => ({
    title: xmlChars(s.data.title),
    link: urls.statement(s.id),
    pubDate: feedDate(s.data.date),
    description: xmlChars(s.data.summary),
    categories: [
      termLabel('statementKind', s.data.kind, 'en'),
      ...s.data.policies.flatMap((id) => collection.policies.get(id)?.name ?? []),
    ].map(xmlChars),
  }));
}

/** The whole feed, for @astrojs/rss (its XML builder escapes markup; xmlChars drops what XML cannot hold). */
export function feedOptions(collection: Collection, siteUrl: URL | string): RSSOptions {
  return {
    title: site.name,
    description: site.description,
    site: siteUrl,
    items: feedItems(collection),
    customData: `<language>${site.language}</language>`,
    trailingSlash: true,
  };
}

/** Every page worth indexing; search results and the 404 page are left out. */
export function sitemapPaths(collection: Collection): string[] {
  return [
    urls.home(),
    urls.statements(),
    ...collection.statements.map((s) => urls.statement(s.id)),
    ...collection.statements.map((s) => urls.transcription(s.id)),
    urls.organizations(),
    ...[...collection.organizations.keys()].sort().map(urls.organization),
    urls.policies(),
    ...[...collection.policies.keys()].sort().map(urls.policy),
    urls.citations(),
    ...[...collection.citations.keys()].sort().map(urls.citation),
    urls.about(),
    '/data/',
  ];
}

export function sitemapXml(paths: string[], site: URL | string | undefined): string {
  const entries = paths.map((p) => `  <url><loc>${escapeXml(absoluteUrl(p, site))}</loc></url>`);
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">',
    ...entries,
    '</urlset>',
    '',
  ].join('\n');
}

export function robotsTxt(site: URL | string | undefined): string {
  return ['User-agent: *', 'Disallow: /search/', '', `Sitemap: ${absoluteUrl('/sitemap.xml', site)}`, ''].join('\n');
}
