// What each indexed page tells Pagefind about itself: its filter values, the date browsing sorts by
// and a one-line description for result lists. Pure functions, so the rules are tested in one place.
import type { Appearances } from '../content/appearances.ts';
import type { Collection, StatementRecord } from '../content/model.ts';
import {
  signatoryId,
} from '../content/schemas/index.ts';
import { formatDate } from '../lib/dates.ts';
import { pageTypes, type FilterKey } from './filters.ts';
import { statementInvolvement, statementRoles } from './involvement.ts';
import type { EntityKind } from './roles.ts';
import { citationNames, organizationNames, policyNames } from './names.ts';
import { termLabel } from '../content/terms.ts';

export interface SearchRecord {
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
export function statementCountries(statement: StatementRecord, collection: Collection): string[] {
  const s = statement.data;
  const codes = [
    ...s.policies.flatMap((id) => collection.policies.get(id)?.countries ?? []),
    ...s.actors.flatMap((id) => collection.organizations.get(id)?.countries ?? []),
  ];
  return unique(codes.map((c) => termLabel('country', c, 'en'))).sort();
}

export function statementRecord(statement: StatementRecord, collection: Collection): SearchRecord {
  const s = statement.data;
  const involves = statementInvolvement(statement, collection);
  return {
    filters: compact({
      type: [pageTypes.statement],
      policy: unique(s.policies.map((id) => collection.policies.get(id)?.name)),
      organization: unique(statementOrganizations(statement).map((id) => collection.organizations.get(id)?.name)),
      role: statementRoles(involves),
      country: statementCountries(statement, collection),
      year: yearOf(s.date),
      language: [termLabel('language', s.language, 'en')],
    }),
    date: s.date,
    detail: detail([termLabel('statementKind', s.kind, 'en'), formatDate(s.date)]),
    language: s.language,
    involves,
  };
}

export function organizationRecord(id: string, collection: Collection, appearances: Appearances): SearchRecord {
  const org = collection.organizations.get(id);
  if (!org) throw new Error(`Unknown organization "${id}"`);
  const roles = appearances.organization(id);
  const statements = [...roles.signed, ...roles.authored, ...roles.actor].map((r) => r.statement).concat(roles.published);
  const countries = org.countries.map((c) => termLabel('country', c, 'en'));
  return {
    filters: compact({ type: [pageTypes.organization], organization: [org.name], country: countries }),
    date: latest([
      ...statements.map((s) => s.data.date),
      ...roles.publishedWorks.map((c) => collection.citations.get(c)?.date),
    ]),
    detail: detail([pageTypes.organization, termLabel('organizationType', org.type, 'en'), countries.join(', ') || 'International']),
    entity: { kind: 'organization', name: org.name, names: organizationNames(org) },
  };
}

export function policyRecord(id: string, collection: Collection): SearchRecord {
  const policy = collection.policies.get(id);
  if (!policy) throw new Error(`Unknown policy "${id}"`);
  return {
    filters: compact({
      type: [pageTypes.policy],
      policy: [policy.name],
      country: policy.countries.map((c) => termLabel('country', c, 'en')),
      year: yearOf(policy.date),
    }),
    date: policy.date ?? undatedSortKey,
    detail: detail([pageTypes.policy, termLabel('policyKind', policy.kind, 'en'), policy.date && formatDate(policy.date)]),
    entity: { kind: 'policy', name: policy.name, names: policyNames(policy) },
  };
}

export function citationRecord(id: string, collection: Collection): SearchRecord {
  const work = collection.citations.get(id);
  if (!work) throw new Error(`Unknown citation "${id}"`);
  const publisher = collection.organizations.get(work.publisher);
  return {
    filters: compact({
      type: [pageTypes.citation],
      organization: unique([publisher?.name]),
      country: (publisher?.countries ?? []).map((c) => termLabel('country', c, 'en')),
      year: yearOf(work.date),
      language: [termLabel('language', work.language, 'en')],
    }),
    date: work.date ?? undatedSortKey,
    detail: detail([
      pageTypes.citation,
      termLabel('citationKind', work.kind, 'en'),
      publisher?.name,
      work.date && formatDate(work.date),
      termLabel('language', work.language, 'en'),
    ]),
    language: work.language,
    entity: { kind: 'citation', name: work.title, names: citationNames(work) },
  };
}
