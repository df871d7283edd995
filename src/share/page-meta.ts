// The sharing and citing metadata of each kind of page, gathered here so the page files only pass
// it on: statements and cited works get their CSL item's Highwire tags, CSL link and JSON-LD.
import type { Collection, StatementRecord } from '../content/model.ts';
import { termLabel } from '../content/terms.ts';
import { citationCsl, type CslItem } from '../cite/csl.ts';
import { formatDate } from '../lib/dates.ts';
import { highwireTags, type MetaTag } from './highwire.ts';
import {
  citationJsonLd,
  organizationJsonLd,
  policyJsonLd,
  statementJsonLd,
  type JsonLd,
} from './structured-data.ts';
import { urls } from '../lib/urls.ts';
import { defaultLocale, localePath, type Locale } from '../lib/locales.ts';

export interface PageMetaExtras {
  /** "article" for statements; pages default to "website". */
  type?: 'website' | 'article';
  /** Site-relative address of the page's social image; defaults to the site's. */
  image?: string;
  imageAlt?: string;
  /** ISO date (partial allowed) for article:published_time. */
  published?: string;
  highwire?: MetaTag[];
  /** Site-relative address of the page's CSL-JSON. */
  csl?: string;
  jsonLd?: JsonLd;
}

/** Where a page's citation files live: cite.bib, cite.ris and cite.json beside its index.html. */
export const citationFileUrl = (pagePath: string, file: string) => `${pagePath}${file}`;

/** Open Graph's recommended size for link previews. */
export const ogImageSize = { width: 1200, height: 630 } as const;

/** A statement's social image, its words in the interface's language (/og/… and /es/og/…). */
export const ogImageUrl = (slug: string, locale: Locale = defaultLocale) => localePath(`/og/statements/${slug}.png`, locale);

/** The site's own social image, for pages that have none of their own. */
export const siteOgImageUrl = (locale: Locale = defaultLocale) => localePath('/og/site.png', locale);

export function statementMeta(statement: StatementRecord, collection: Collection, item: CslItem, site: URL, locale: Locale = defaultLocale): PageMetaExtras {
  const s = statement.data;
  const image = ogImageUrl(statement.id, locale);
  return {
    type: 'article',
    image,
    imageAlt: `${termLabel('statementKind', s.kind, locale)}, ${formatDate(s.date, locale)}: ${s.title}`,
    published: s.date,
    highwire: highwireTags(item),
    csl: citationFileUrl(urls.statement(statement.id), 'cite.json'),
    jsonLd: statementJsonLd(item, statement, collection, site, new URL(image, site).href, locale),
  };
}

export function citationMeta(id: string, collection: Collection, site: URL, locale: Locale = defaultLocale): { item: CslItem; meta: PageMetaExtras } {
  const item = citationCsl(id, collection.citations.get(id)!, collection);
  return {
    item,
    meta: {
      highwire: highwireTags(item),
      csl: citationFileUrl(urls.citation(id), 'cite.json'),
      jsonLd: citationJsonLd(id, item, collection, site, new URL(localePath(urls.citation(id), locale), site).href, locale),
    },
  };
}

export const organizationMeta = (id: string, collection: Collection, site: URL, locale: Locale = defaultLocale): PageMetaExtras => ({
  jsonLd: organizationJsonLd(id, collection, site, locale),
});

export const policyMeta = (id: string, collection: Collection, site: URL, locale: Locale = defaultLocale): PageMetaExtras => ({
  jsonLd: policyJsonLd(id, collection, site, locale),
});
