// schema.org JSON-LD for search engines and link previews. Statements and cited works are built
// from their CSL items (src/cite/csl.ts), so names, dates and authors match the citations exactly.
import type { Collection, Organization, Policy, StatementRecord } from '../content/model.ts';
import { isoDate } from '../lib/dates.ts';
import { citationCsl, citedWorkIds, type CslItem, type CslName, type CslType } from '../cite/csl.ts';
import { inLocale } from '../content/localized.ts';
import { termLabel } from '../content/terms.ts';
import { defaultLocale, type Locale } from '../lib/locales.ts';
import { urls, urlsFor } from '../lib/urls.ts';
import { messages } from '../i18n/messages.ts';

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

/**
 * A work's author. An organization is named, not linked: a joint statement has dozens, and their
 * addresses would cost the statement page a tenth of its byte budget (its signatory list links them).
 */
function agent(name: CslName): JsonLd {
  if ('literal' in name) return { '@type': 'Organization', name: name.literal };
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
    ...(item.author?.length ? { author: item.author.map(agent) } : {}),
    ...(publisher ? { publisher: organizationRef(publisher, ids, siteUrl) } : {}),
    ...(item.genre ? { genre: item.genre } : {}),
  };
}

/**
 * The page the JSON-LD sits on, in the interface's language: a statement or a cited work keeps its
 * own inLanguage (the work's), the page says which language its words around it are in.
 */
const webPage = (url: string, locale: Locale): JsonLd => ({ '@type': 'WebPage', '@id': url, url, inLanguage: locale });

/** A cited work's node id: its page here, whose JSON-LD holds the full record (the work's own address is its url). */
const citedWorkId = (id: string, siteUrl: URL | string) => new URL(urls.citation(id), siteUrl).href;

/** A cited work as a statement's JSON-LD lists it: a reference to the node its own page describes. */
function citedWorkJsonLd(id: string, item: CslItem, siteUrl: URL | string): JsonLd {
  return { '@type': workTypes[item.type], '@id': citedWorkId(id, siteUrl), name: item.title };
}

export function statementJsonLd(
  item: CslItem,
  statement: StatementRecord,
  collection: Collection,
  siteUrl: URL | string,
  image?: string,
  locale: Locale = defaultLocale,
): JsonLd {
  const u = urlsFor(locale);
  const cited = citedWorkIds(statement).flatMap((id) => {
    const work = collection.citations.get(id);
    return work ? [citedWorkJsonLd(id, citationCsl(id, work, collection), siteUrl)] : [];
  });
  const about = statement.data.policies.flatMap((id) => {
    const policy = collection.policies.get(id);
    return policy ? [{ '@type': policyType(policy), name: inLocale(policy, 'name', locale).value, url: new URL(u.policy(id), siteUrl).href }] : [];
  });
  return {
    '@context': 'https://schema.org',
    ...workJsonLd(item, collection, siteUrl),
    '@id': item.URL,
    mainEntityOfPage: webPage(new URL(u.statement(statement.id), siteUrl).href, locale),
    description: inLocale(statement.data, 'summary', locale).value,
    isPartOf: { '@type': 'WebSite', name: messages(locale)['site.name'], url: new URL(u.home(), siteUrl).href, inLanguage: locale },
    ...(image ? { image } : {}),
    ...(about.length ? { about } : {}),
    ...(cited.length ? { citation: cited } : {}),
  };
}

/** A cited work's own page: the work's full record, under the id statements cite it by. */
export function citationJsonLd(id: string, item: CslItem, collection: Collection, siteUrl: URL | string, pageUrl?: string, locale: Locale = defaultLocale): JsonLd {
  return { '@context': 'https://schema.org', ...workJsonLd(item, collection, siteUrl), '@id': citedWorkId(id, siteUrl), ...(pageUrl ? { mainEntityOfPage: webPage(pageUrl, locale) } : {}) };
}

const organizationTypes: Partial<Record<Organization['type'], string>> = {
  ngo: 'NGO',
  government: 'GovernmentOrganization',
  'government-agency': 'GovernmentOrganization',
  'news-outlet': 'NewsMediaOrganization',
  research: 'ResearchOrganization',
};

export function organizationJsonLd(id: string, collection: Collection, siteUrl: URL | string, locale: Locale = defaultLocale): JsonLd {
  const org = collection.organizations.get(id)!;
  const url = new URL(urlsFor(locale).organization(id), siteUrl).href;
  const description = inLocale(org, 'description', locale);
  const alternateName = [...(org.acronym ? [org.acronym] : []), ...org.aliases];
  const memberOf = org.affiliations.flatMap((a) => {
    const parent = collection.organizations.get(a);
    return parent ? [{ '@type': 'Organization', name: parent.name, url: new URL(urlsFor(locale).organization(a), siteUrl).href }] : [];
  });
  return {
    '@context': 'https://schema.org',
    '@type': organizationTypes[org.type] ?? 'Organization',
    '@id': url,
    url,
    name: org.name,
    ...(alternateName.length ? { alternateName } : {}),
    ...(org.website ? { sameAs: org.website } : {}),
    ...(description.value ? { description: description.value } : {}),
    mainEntityOfPage: webPage(url, locale),
    ...(org.countries.length ? { location: org.countries.map((c) => ({ '@type': 'Country', name: termLabel('country', c, locale) })) } : {}),
    ...(memberOf.length ? { memberOf } : {}),
  };
}

/** Legal instruments are schema.org Legislation; programs and practices are plain creative works. */
function policyType(policy: Policy): string {
  return ['law', 'executive-order', 'proclamation', 'agreement'].includes(policy.kind) ? 'Legislation' : 'CreativeWork';
}

export function policyJsonLd(id: string, collection: Collection, siteUrl: URL | string, locale: Locale = defaultLocale): JsonLd {
  const policy = collection.policies.get(id)!;
  const url = new URL(urlsFor(locale).policy(id), siteUrl).href;
  const name = inLocale(policy, 'name', locale).value;
  const type = policyType(policy);
  return {
    '@context': 'https://schema.org',
    '@type': type,
    '@id': url,
    url,
    name,
    ...(policy.aliases.length || name !== policy.name ? { alternateName: [...new Set([policy.name, ...policy.aliases])].filter((a) => a !== name) } : {}),
    description: inLocale(policy, 'summary', locale).value,
    inLanguage: locale,
    ...(policy.date ? { [type === 'Legislation' ? 'legislationDate' : 'dateCreated']: policy.date } : {}),
    ...(type === 'Legislation' && policy.identifiers.length
      ? { legislationIdentifier: policy.identifiers.map((i) => `${i.scheme} ${i.value}`) }
      : {}),
    spatialCoverage: policy.countries.map((c) => ({ '@type': 'Country', name: termLabel('country', c, locale) })),
  };
}

/** The JSON text for a <script type="application/ld+json">: "<" escaped so no tag can close it. */
export function jsonLdText(data: JsonLd): string {
  return JSON.stringify(data).replace(/</g, '\\u003c');
}
