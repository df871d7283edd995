// The one CSL-JSON item for each statement and each cited work. "Cite this", the downloads, the
// open data, the Highwire tags and the JSON-LD are all derived from these items, so they cannot
// disagree. Organizations are always one whole name ({literal}): citation tools split a bare
// "Kids in Need of Defense" into given and family names otherwise.
import { parse as parseName } from '@citation-js/name';
import type { Citation, Collection, StatementRecord } from '../content/model.ts';
import { signatoryId, type Statement } from '../content/schemas/index.ts';
import { parsePartialDate } from '../lib/dates.ts';
import { site } from '../lib/site.ts';
import { urls } from '../lib/urls.ts';
import { termLabel } from '../content/terms.ts';
import type { Locale } from '../lib/locales.ts';

/** A person as family/given, an organization as one literal name. */
export type CslName = { family: string; given?: string; 'non-dropping-particle'?: string } | { literal: string };

export type CslType = 'report' | 'post-weblog' | 'article-newspaper' | 'webpage';

/** The subset of CSL-JSON 1.0 this site writes. */
export interface CslItem {
  id: string;
  type: CslType;
  title: string;
  author?: CslName[];
  issued?: { 'date-parts': [[number, number?, number?]] };
  URL: string;
  language: string;
  publisher?: string;
  'container-title'?: string;
  /** The kind of document in words, e.g. "Joint statement"; styles print it in brackets. */
  genre?: string;
  source?: string;
}

/**
 * Why these types: a joint statement, letter, press release, report or testimony is a stand-alone
 * document an organization (or a group of them) issues, which CSL and Zotero call a report, and
 * Google Scholar a technical report. An editorial appeared on its publisher's website under a named
 * author: CSL's post-weblog makes Zotero keep it as a "Blog Post" with the site as its container,
 * which is how APA 7 cites such a piece; "article" would turn it into a preprint. An op-ed appears
 * in a newspaper.
 */
const statementTypes: Record<Statement['kind'], CslType> = {
  'joint-statement': 'report',
  letter: 'report',
  'press-release': 'report',
  report: 'report',
  testimony: 'report',
  editorial: 'post-weblog',
  'op-ed': 'article-newspaper',
};

const citationTypes: Record<Citation['kind'], CslType> = {
  news: 'article-newspaper',
  government: 'report',
  ngo: 'report',
  un: 'report',
  intergovernmental: 'report',
  academic: 'report',
  other: 'webpage',
};

export function cslDate(value: string | undefined): CslItem['issued'] {
  const p = value ? parsePartialDate(value) : undefined;
  if (!p) return undefined;
  const parts: [number, number?, number?] = [p.year];
  if (p.month !== undefined) parts.push(p.month);
  if (p.day !== undefined) parts.push(p.day);
  return { 'date-parts': [parts] };
}

type ParsedName = { family?: string; given?: string; 'non-dropping-particle'?: string };

/** citation-js's name parser throws on some input (a name with no letters, say): kept whole then. */
function parsedName(name: string): ParsedName | undefined {
  try {
    return parseName(name) as ParsedName | undefined;
  } catch {
    return undefined;
  }
}

/** A person's name as family and given, split by citation-js's name parser. */
export function personName(name: string): CslName {
  const parsed = parsedName(name);
  if (!parsed?.family) return { literal: name };
  return {
    family: parsed.family,
    ...(parsed.given ? { given: parsed.given } : {}),
    ...(parsed['non-dropping-particle'] ? { 'non-dropping-particle': parsed['non-dropping-particle'] } : {}),
  };
}

function organizationName(id: string, collection: Pick<Collection, 'organizations'>): string {
  return collection.organizations.get(id)?.name ?? id;
}

/** Authors in printed order: the named people, else every signatory, else the publisher. */
function statementAuthors(s: Statement, collection: Collection): CslName[] {
  if (s.authors.length > 0) return s.authors.map((a) => personName(a.name));
  const signatories = s.signatories.flatMap((g) => g.organizations.map(signatoryId));
  if (signatories.length > 0) return signatories.map((id) => ({ literal: organizationName(id, collection) }));
  return s.publisher ? [{ literal: organizationName(s.publisher, collection) }] : [];
}

/**
 * A statement's CSL item. The locale only names its kind (genre: "Joint statement", "Declaración
 * conjunta") for the formatted citations of that language's page; files are made from the English item.
 */
export function statementCsl(statement: StatementRecord, collection: Collection, siteUrl: URL | string, locale: Locale = 'en'): CslItem {
  const s = statement.data;
  const type = statementTypes[s.kind];
  const publisher = s.publisher ? organizationName(s.publisher, collection) : undefined;
  const author = statementAuthors(s, collection);
  const issued = cslDate(s.date);
  return {
    id: statement.id,
    type,
    title: s.title,
    ...(author.length > 0 ? { author } : {}),
    ...(issued ? { issued } : {}),
    URL: new URL(urls.statement(statement.id), siteUrl).href,
    language: s.language,
    // A blog post's or article's site is its container; repeating it as publisher prints it twice.
    ...(publisher && type === 'report' ? { publisher } : {}),
    ...(publisher && type !== 'report' ? { 'container-title': publisher } : {}),
    genre: termLabel('statementKind', s.kind, locale),
    source: site.name,
  };
}

/** A cited work: organizations that publish reports are their group authors, as APA does it. */
export function citationCsl(id: string, work: Citation, collection: Pick<Collection, 'organizations'>): CslItem {
  const type = citationTypes[work.kind];
  const publisher = organizationName(work.publisher, collection);
  const issued = cslDate(work.date);
  return {
    id,
    type,
    title: work.title,
    ...(type === 'report' ? { author: [{ literal: publisher }] } : {}),
    ...(issued ? { issued } : {}),
    URL: work.url,
    language: work.language,
    ...(type === 'report' ? { publisher } : { 'container-title': publisher }),
  };
}

/** Every cited work of a statement, in the order its notes cite them, each once. */
export function citedWorkIds(statement: StatementRecord): string[] {
  return [...new Set(statement.data.notes.flatMap((n) => n.citations))];
}
