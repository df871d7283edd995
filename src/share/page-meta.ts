// The sharing and citing metadata of each kind of page, gathered here so the page files only pass
// it on: statements and cited works get their CSL item's Highwire tags, CSL link and JSON-LD.
import type { Collection, StatementRecord } from '../content/model.ts';
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
import { termLabel } from '../content/terms.ts';

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

export const ogImageUrl = (slug: string) => `/og/statements/${slug}.png`;

export function statementMeta(statement: StatementRecord, collection: Collection, item: CslItem, site: URL): PageMetaExtras {
  const s = statement.data;
  const image = ogImageUrl(statement.id);
  return {
    type: 'article',
    image,
    imageAlt: `${termLabel('statementKind', s.kind, 'en')}, ${formatDate(s.date)}: ${s.title}`,
    published: s.date,
    highwire: highwireTags(item),
    csl: citationFileUrl(urls.statement(statement.id), 'cite.json'),
    jsonLd: statementJsonLd(item, statement, collection, site, new URL(image, site).href),
  };
}

export function citationMeta(id: string, collection: Collection, site: URL): { item: CslItem; meta: PageMetaExtras } {
  const item = citationCsl(id, collection.citations.get(id)!, collection);
  return {
    item,
    meta: {
      highwire: highwireTags(item),
      csl: citationFileUrl(urls.citation(id), 'cite.json'),
      jsonLd: citationJsonLd(item, collection, site),
    },
  };
}

export const organizationMeta = (id: string, collection: Collection, site: URL): PageMetaExtras => ({
  jsonLd: organizationJsonLd(id, collection, site),
});

export const policyMeta = (id: string, collection: Collection, site: URL): PageMetaExtras => ({
  jsonLd: policyJsonLd(id, collection, site),
});
