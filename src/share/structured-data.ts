// schema.org JSON-LD for search engines and link previews. Statements and cited works are built
// from their CSL items (src/cite/csl.ts), so names, dates and authors match the citations exactly.
import type { Collection, Organization, Policy, StatementRecord } from '../content/model.ts';
import { isoDate } from '../lib/dates.ts';
import { citationCsl, citedWorkIds, type CslItem, type CslName, type CslType } from '../cite/csl.ts';
import { site } from '../lib/site.ts';
import { urls } from '../lib/urls.ts';
import { termLabel } from '../content/terms.ts';

export type JsonLd = Record<string, unknown>;

const workTypes: Record<CslType, string> = {
  report: 'Report',
  'post-weblog': 'BlogPosting',
  'article-newspaper': 'NewsArticle',
  webpage: 'WebPage',
};

const organizationIdsByCollection = new WeakMap<Collection, Map<string, string>>();

/** Organization ids by name, built once per collection (every cited-work page needs it). */
function organizationIds(collection: Collection): Map<string, string> {
  let ids = organizationIdsByCollection.get(collection);
  if (!ids) {
    ids = new Map([...collection.organizations].map(([id, org]) => [org.name, id]));
    organizationIdsByCollection.set(collection, ids);
  }
  return ids;
}

function organizationRef(name: string, ids: Map<string, string>, siteUrl: URL | string): JsonLd {
  const id = ids.get(name);
  return { '@type': 'Organization', name, ...(id ? { url: new URL(urls.organization(id), siteUrl).href } : {}) };
}

function agent(name: CslName, ids: Map<string, string>, siteUrl: URL | string): JsonLd {
  if ('literal' in name) return organizationRef(name.literal, ids, siteUrl);
  const family = [name['non-dropping-particle'], name.family].filter(Boolean).join(' ');
  return {
    '@type': 'Person',
    name: [name.given, family].filter(Boolean).join(' '),
    ...(name.given ? { givenName: name.given } : {}),
    familyName: family,
  };
}

/** A creative work from its CSL item, without @context (for nesting). */
export function workJsonLd(item: CslItem, collection: Collection, siteUrl: URL | string): JsonLd {
  const ids = organizationIds(collection);
  const publisher = item.publisher ?? item['container-title'];
  const date = isoDate(item.issued);
  return {
    '@type': workTypes[item.type],
    name: item.title,
    headline: item.title,
    url: item.URL,
    inLanguage: item.language,
    ...(date ? { datePublished: date } : {}),
    ...(item.author?.length ? { author: item.author.map((a) => agent(a, ids, siteUrl)) } : {}),
    ...(publisher ? { publisher: organizationRef(publisher, ids, siteUrl) } : {}),
    ...(item.genre ? { genre: item.genre } : {}),
  };
}

/** A cited work in brief, as a statement's JSON-LD lists it (its own page has the full record). */
function citedWorkJsonLd(item: CslItem): JsonLd {
  const publisher = item.publisher ?? item['container-title'];
  const date = isoDate(item.issued);
  return {
    '@type': workTypes[item.type],
    name: item.title,
    url: item.URL,
    ...(date ? { datePublished: date } : {}),
    ...(publisher ? { publisher: { '@type': 'Organization', name: publisher } } : {}),
  };
}

export function statementJsonLd(
  item: CslItem,
  statement: StatementRecord,
  collection: Collection,
  siteUrl: URL | string,
  image?: string,
): JsonLd {
  const cited = citedWorkIds(statement).flatMap((id) => {
    const work = collection.citations.get(id);
    return work ? [citedWorkJsonLd(citationCsl(id, work, collection))] : [];
  });
  const about = statement.data.policies.flatMap((id) => {
    const policy = collection.policies.get(id);
    return policy ? [{ '@type': policyType(policy), name: policy.name, url: new URL(urls.policy(id), siteUrl).href }] : [];
  });
  return {
    '@context': 'https://schema.org',
    ...workJsonLd(item, collection, siteUrl),
    '@id': item.URL,
    mainEntityOfPage: item.URL,
    description: statement.data.summary,
    isPartOf: { '@type': 'WebSite', name: site.name, url: new URL('/', siteUrl).href },
    ...(image ? { image } : {}),
    ...(about.length ? { about } : {}),
    ...(cited.length ? { citation: cited } : {}),
  };
}

export function citationJsonLd(item: CslItem, collection: Collection, siteUrl: URL | string): JsonLd {
  return { '@context': 'https://schema.org', ...workJsonLd(item, collection, siteUrl), '@id': item.URL };
}

const organizationTypes: Partial<Record<Organization['type'], string>> = {
  ngo: 'NGO',
  government: 'GovernmentOrganization',
  'government-agency': 'GovernmentOrganization',
  'news-outlet': 'NewsMediaOrganization',
  research: 'ResearchOrganization',
};

export function organizationJsonLd(id: string, collection: Collection, siteUrl: URL | string): JsonLd {
  const org = collection.organizations.get(id)!;
  const url = new URL(urls.organization(id), siteUrl).href;
  const alternateName = [...(org.acronym ? [org.acronym] : []), ...org.aliases];
  const memberOf = org.affiliations.flatMap((a) => {
    const parent = collection.organizations.get(a);
    return parent ? [{ '@type': 'Organization', name: parent.name, url: new URL(urls.organization(a), siteUrl).href }] : [];
  });
  return {
    '@context': 'https://schema.org',
    '@type': organizationTypes[org.type] ?? 'Organization',
    '@id': url,
    url,
    name: org.name,
    ...(alternateName.length ? { alternateName } : {}),
    ...(org.website ? { sameAs: org.website } : {}),
    ...(org.description ? { description: org.description } : {}),
    ...(org.countries.length ? { location: org.countries.map((c) => ({ '@type': 'Country', name: termLabel('country', c, 'en') })) } : {}),
    ...(memberOf.length ? { memberOf } : {}),
  };
}

/** Legal instruments are schema.org Legislation; programs and practices are plain creative works. */
function policyType(policy: Policy): string {
  return ['law', 'executive-order', 'proclamation', 'agreement'].includes(policy.kind) ? 'Legislation' : 'CreativeWork';
}

export function policyJsonLd(id: string, collection: Collection, siteUrl: URL | string): JsonLd {
  const policy = collection.policies.get(id)!;
  const url = new URL(urls.policy(id), siteUrl).href;
  const type = policyType(policy);
  return {
    '@context': 'https://schema.org',
    '@type': type,
    '@id': url,
    url,
    name: policy.name,
    ...(policy.aliases.length ? { alternateName: policy.aliases } : {}),
    description: policy.summary,
    ...(policy.date ? { [type === 'Legislation' ? 'legislationDate' : 'dateCreated']: policy.date } : {}),
    ...(type === 'Legislation' && policy.identifiers.length
      ? { legislationIdentifier: policy.identifiers.map((i) => `${i.scheme} ${i.value}`) }
      : {}),
    spatialCoverage: policy.countries.map((c) => ({ '@type': 'Country', name: termLabel('country', c, 'en') })),
  };
}

/** The JSON text for a <script type="application/ld+json">: "<" escaped so no tag can close it. */
export function jsonLdText(data: JsonLd): string {
  return JSON.stringify(data).replace(/</g, '\\u003c');
}
