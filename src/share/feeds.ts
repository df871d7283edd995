// What feed readers and crawlers get: the RSS items for statements, the sitemap's list of pages,
// and robots.txt. Addresses are absolute, from the configured site URL. Text goes through xmlChars:
// a control character in a summary would make the whole feed unreadable.
import type { RSSFeedItem, RSSOptions } from '@astrojs/rss';
import type { Collection } from '../content/model.ts';
import { inLocale } from '../content/localized.ts';
import { parsePartialDate } from '../lib/dates.ts';
import { absoluteUrl } from '../lib/absolute-url.ts';
import { defaultLocale, localePath, locales, type Locale } from '../lib/locales.ts';
import { urls, urlsFor } from '../lib/urls.ts';
import { messages } from '../i18n/messages.ts';
import { escapeXml, xmlChars } from '../lib/xml.ts';
import { termLabel } from '../content/terms.ts';

/** A partial date as the first day of its period, at noon UTC so no time zone shifts the day. */
export function feedDate(value: string): Date {
  const p = parsePartialDate(value)!;
  return new Date(Date.UTC(p.year, (p.month ?? 1) - 1, p.day ?? 1, 12));
}

/**
 * Statements, newest first (the collection's own order), for readers of `locale`: links to that
 * language's pages, the editors' summary in it where written; titles stay as published.
 */
export function feedItems(collection: Collection, locale: Locale = defaultLocale): RSSFeedItem[] {
  const u = urlsFor(locale);
  return collection.statements.map((s) => ({
    title: xmlChars(s.data.title),
    link: u.statement(s.id),
    pubDate: feedDate(s.data.date),
    description: xmlChars(inLocale(s.data, 'summary', locale).value),
    categories: [
      termLabel('statementKind', s.data.kind, locale),
      ...s.data.policies.flatMap((id) => { const p = collection.policies.get(id); return p ? [inLocale(p, 'name', locale).value] : []; }),
    ].map(xmlChars),
  }));
}

/** The whole feed of one language (/feed.xml, /es/feed.xml), for @astrojs/rss (its XML builder escapes markup; xmlChars drops what XML cannot hold). */
export function feedOptions(collection: Collection, siteUrl: URL | string, locale: Locale = defaultLocale): RSSOptions {
  const t = messages(locale);
  return {
    title: t['site.name'],
    description: t['site.description'],
    site: siteUrl,
    items: feedItems(collection, locale),
    customData: `<language>${locale}</language>`,
    trailingSlash: true,
  };
}

/** Every page worth indexing, in every language; search results and the 404 page are left out. */
export function sitemapPaths(collection: Collection): string[] {
  return locales.flatMap((locale) => pagePaths(collection).map((p) => localePath(p, locale)));
}

function pagePaths(collection: Collection): string[] {
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
  const searches = locales.map((l) => `Disallow: ${urlsFor(l).search()}`);
  return ['User-agent: *', ...searches, '', `Sitemap: ${absoluteUrl('/sitemap.xml', site)}`, ''].join('\n');
}
