// What each indexed page tells Pagefind about itself, in the language of the page's interface (each
// interface has its own index, see the README's search section): its filter values, the date browsing
// sorts by and a one-line description for result lists. Kinds, countries and languages are named by
// termLabel, policies by inLocale, types and roles by the search's catalogue. Pure functions, so the
// rules are tested in one place.
import type { Appearances } from '../content/appearances.ts';
import type { Collection, StatementRecord } from '../content/model.ts';
import { inLocale } from '../content/localized.ts';
import { signatoryId } from '../content/schemas/index.ts';
import { termLabel } from '../content/terms.ts';
import { formatDate } from '../lib/dates.ts';
import type { Locale } from '../lib/locales.ts';
import { pageTypes, type FilterKey } from './filters.ts';
import { statementInvolvement, statementRoles } from './involvement.ts';
import type { EntityKind } from './roles.ts';
import { citationNames, organizationNames, policyName, policyNames } from './entity-names.ts';
import { searchWords } from './words.ts';

export interface SearchRecord {
  /** The interface language of the page it tags, which must be the page's (SearchRecord.astro checks). */
  locale: Locale;
  filters: Partial<Record<FilterKey, string[]>>;
  /** Sort key "date" (ISO, possibly partial). Pagefind leaves pages without it out of sorted results. */
  date: string;
  /** Shown under the result's title: type, kind, date or place. */
  detail: string;
  /** The title's language, so a result list can mark a Spanish title as Spanish. */
  language?: string;
  /** An entity page's kind and name, and the names that find it first (src/search/names.ts). */
  entity?: { kind: EntityKind; name: string; names: string[] };
  /** What a statement involves (src/search/involvement.ts). */
  involves?: string[];
}

/** Sorts after every real date when browsing newest first, so undated pages still appear. */
export const undatedSortKey = '0000';

const unique = (values: (string | undefined)[]) => [...new Set(values.filter((v): v is string => Boolean(v)))];
const yearOf = (date: string | undefined) => (date ? [date.slice(0, 4)] : []);
const detail = (parts: (string | undefined)[]) => unique(parts).join(' · ');
const latest = (dates: (string | undefined)[]) => unique(dates).sort().at(-1) ?? undatedSortKey;

function compact(filters: SearchRecord['filters']): SearchRecord['filters'] {
  return Object.fromEntries(Object.entries(filters).filter(([, v]) => v.length > 0));
}

/** Organizations a statement speaks for: its publisher, its authors' affiliations and its signatories. */
export function statementOrganizations(statement: StatementRecord): string[] {
  const s = statement.data;
  return unique([
    s.publisher,
    ...s.authors.map((a) => a.affiliation),
    ...s.signatories.flatMap((g) => g.organizations.map(signatoryId)),
  ]);
}

/** Countries a statement is about: those of the policies it discusses and of the actors it names. */
export function statementCountries(statement: StatementRecord, collection: Collection, locale: Locale): string[] {
  const s = statement.data;
  const codes = [
    ...s.policies.flatMap((id) => collection.policies.get(id)?.countries ?? []),
    ...s.actors.flatMap((id) => collection.organizations.get(id)?.countries ?? []),
  ];
  return unique(codes.map((code) => termLabel('country', code, locale))).sort();
}

export function statementRecord(statement: StatementRecord, collection: Collection, locale: Locale): SearchRecord {
  const s = statement.data;
  const involves = statementInvolvement(statement, collection, locale);
  return {
    locale,
    filters: compact({
      type: [pageTypes(locale).statement],
      policy: unique(s.policies.map((id) => policyName(collection, id, locale))),
      organization: unique(statementOrganizations(statement).map((id) => collection.organizations.get(id)?.name)),
      role: statementRoles(involves, locale),
      country: statementCountries(statement, collection, locale),
      year: yearOf(s.date),
      language: [termLabel('language', s.language, locale)],
    }),
    date: s.date,
    detail: detail([termLabel('statementKind', s.kind, locale), formatDate(s.date, locale)]),
    language: s.language,
    involves,
  };
}

export function organizationRecord(id: string, collection: Collection, appearances: Appearances, locale: Locale): SearchRecord {
  const org = collection.organizations.get(id);
  if (!org) throw new Error(`Unknown organization "${id}"`);
  const roles = appearances.organization(id);
  const statements = [...roles.signed, ...roles.authored, ...roles.actor].map((r) => r.statement).concat(roles.published);
  const countries = org.countries.map((code) => termLabel('country', code, locale));
  const type = pageTypes(locale).organization;
  return {
    locale,
    filters: compact({ type: [type], organization: [org.name], country: countries }),
    date: latest([
      ...statements.map((s) => s.data.date),
      ...roles.publishedWorks.map((c) => collection.citations.get(c)?.date),
    ]),
    detail: detail([type, termLabel('organizationType', org.type, locale), countries.join(', ') || searchWords[locale]['search.international']]),
    entity: { kind: 'organization', name: org.name, names: organizationNames(org) },
  };
}

export function policyRecord(id: string, collection: Collection, locale: Locale): SearchRecord {
  const policy = collection.policies.get(id);
  if (!policy) throw new Error(`Unknown policy "${id}"`);
  const type = pageTypes(locale).policy;
  const name = inLocale(policy, 'name', locale);
  return {
    locale,
    filters: compact({
      type: [type],
      policy: [name.value],
      country: policy.countries.map((code) => termLabel('country', code, locale)),
      year: yearOf(policy.date),
    }),
    date: policy.date ?? undatedSortKey,
    detail: detail([type, termLabel('policyKind', policy.kind, locale), policy.date && formatDate(policy.date, locale)]),
    language: name.lang,
    entity: { kind: 'policy', name: name.value, names: policyNames(policy) },
  };
}

export function citationRecord(id: string, collection: Collection, locale: Locale): SearchRecord {
  const work = collection.citations.get(id);
  if (!work) throw new Error(`Unknown citation "${id}"`);
  const publisher = collection.organizations.get(work.publisher);
  const type = pageTypes(locale).citation;
  const language = termLabel('language', work.language, locale);
  return {
    locale,
    filters: compact({
      type: [type],
      organization: unique([publisher?.name]),
      country: (publisher?.countries ?? []).map((code) => termLabel('country', code, locale)),
      year: yearOf(work.date),
      language: [language],
    }),
    date: work.date ?? undatedSortKey,
    detail: detail([
      type,
      termLabel('citationKind', work.kind, locale),
      publisher?.name,
      work.date && formatDate(work.date, locale),
      language,
    ]),
    language: work.language,
    entity: { kind: 'citation', name: work.title, names: citationNames(work) },
  };
}
