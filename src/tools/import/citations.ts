// The works a note cites, found by the web addresses it prints: an address an existing citation has
// is that citation; any other becomes a draft citation record, filled with what the note's words
// around the address say (title in italics or quotes, a date, the publisher) and marked for checking.
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';
import { findDate } from './dates.ts';
import { detectLanguage } from './language.ts';
import { organizationIndex, type KnownOrganization } from './organizations.ts';
import { nameKey, uniqueId } from './text.ts';
import { slugify } from '../../lib/slugs.ts';

const parser = unified().use(remarkParse).use(remarkGfm);

export interface KnownCitation {
  id: string;
  url: string;
}

/** One address in a note and the words that go with it. */
export interface CitedAddress {
  url: string;
  /** The note's words from the previous address (or the start) to this one. */
  words: string;
}

/** Addresses a note prints, as the site's Markdown parser reads them (so the validator agrees). */
export function addressesIn(noteText: string): CitedAddress[] {
  return wordsAround(noteText, autolinksOnly(noteText) ?? parsedLinks(noteText));
}

/** The note's web links as the parser finds them, each with the offset where it ends. */
export function parsedLinks(noteText: string): { url: string; end: number }[] {
  const links: { url: string; end: number }[] = [];
  // A web link's address is in the text, unless written with character references (&#104;ttp).
  if (!/https?:|www\.|&/i.test(noteText)) return links;
  visit(parser.parse(noteText), 'link', (link) => {
    if (/^https?:\/\//i.test(link.url)) links.push({ url: link.url, end: link.position?.end.offset ?? noteText.length });
  });
  return links;
}

const autolink = /<(https?:\/\/[^\s<>&\\]*)>/gi;

/**
 * The common note, whose only links are <https://…> and which has nothing else a parser could read
 * as a link (brackets, escapes, code, entities, a bare address), read without the parser: parsing
 * costs about a third of a millisecond a note, which a 20 MB text with 40,000 notes cannot afford.
 * Undefined (parse it) for any other note; a test holds both ways of reading to the same answers.
 */
export function autolinksOnly(noteText: string): { url: string; end: number }[] | undefined {
  const links = [...noteText.matchAll(autolink)].map((m) => ({ url: m[1]!, end: m.index + m[0].length }));
  const rest = noteText.replace(autolink, ' ');
  return links.length > 0 && !/[[\]\\`&<>]|https?:|www\./i.test(rest) && !/^\s/.test(noteText) ? links : undefined;
}

function wordsAround(noteText: string, links: { url: string; end: number }[]): CitedAddress[] {
  let from = 0;
  return links.map((link) => {
    const end = link.end;
    const words = noteText.slice(from, end).replace(/^[\s,;.]*(?:and|y|&)?\s+/i, '').trim();
    from = end;
    return { url: link.url, words };
  });
}

export interface DraftCitation {
  id: string;
  data: {
    title?: string;
    publisher?: string;
    date?: string;
    url: string;
    language?: string;
    kind?: string;
  };
  /** What was read from the note's words, for the editor to check. */
  readFrom: string[];
  words: string;
}

const kindByType: Record<string, string> = {
  'news-outlet': 'news',
  government: 'government',
  'government-agency': 'government',
  intergovernmental: 'intergovernmental',
  ngo: 'ngo',
  'faith-based': 'ngo',
  coalition: 'ngo',
  'legal-services': 'ngo',
  research: 'academic',
};

const hostOf = (url: string) => {
  try {
    return new URL(url).hostname.replace(/^www\./, '');
  } catch {
    return '';
  }
};

const lastSegment = (url: string) => {
  try {
    return decodeURIComponent(new URL(url).pathname.split('/').filter(Boolean).at(-1) ?? '');
  } catch {
    return '';
  }
};

/** The organization a note's words begin with ("Washington Post, …") or whose website has the address's host. */
function publisherOf(words: string, url: string, organizations: KnownOrganization[]): { id: string; how: string } | undefined {
  const index = organizationIndex(organizations);
  const lead = words.split(/,|\s[–—-]\s/)[0]!.replace(/[*_]/g, '').trim();
  const byName = index.byKey.get(nameKey(lead));
  if (byName?.size === 1) return { id: [...byName][0]!, how: `the note begins “${lead}”` };
  const host = hostOf(url);
  const site = organizations.filter((o) => o.website && host !== '' && hostOf(o.website) === host);
  return site.length === 1 ? { id: site[0]!.id, how: `its website is ${host}` } : undefined;
}

export function draftCitation(
  address: CitedAddress,
  context: { organizations: KnownOrganization[]; language: string; taken: Set<string> },
): DraftCitation {
  const readFrom: string[] = [];
  const { words, url } = address;
  const title = /(?:^|[\s,])[*_]([^*_]+)[*_]/.exec(words)?.[1] ?? /[“"]([^”"]+)[”"]/.exec(words)?.[1];
  if (title) readFrom.push(`title “${title.trim().replace(/,$/, '')}” (the words in italics or quotes)`);
  const date = findDate(words.replace(url, ''));
  if (date) readFrom.push(`date ${date.value} (from “${date.printed}”)`);
  const publisher = publisherOf(words, url, context.organizations);
  if (publisher) readFrom.push(`publisher ${publisher.id} (${publisher.how})`);
  const type = publisher && context.organizations.find((o) => o.id === publisher.id)?.type;
  const kind = type ? kindByType[type] : undefined;
  if (kind) readFrom.push(`kind ${kind} (the publisher is ${type === 'news-outlet' ? 'a news outlet' : `of type ${type}`})`);
  const detected = title ? detectLanguage(title, 2) : undefined;
  const language = detected ?? context.language;
  readFrom.push(`language ${language} (${detected ? 'the words of the title' : "the statement's language"})`);
  const source = publisher?.id ?? slugify(hostOf(url).split('.').slice(-2, -1)[0] ?? 'work', 3);
  const naming = title ?? lastSegment(url);
  const id = uniqueId([source, date?.value, slugify(naming, 6)].filter(Boolean).join('-'), context.taken);
  return {
    id,
    data: {
      ...(title ? { title: title.trim().replace(/,$/, '') } : {}),
      ...(publisher ? { publisher: publisher.id } : {}),
      ...(date ? { date: date.value } : {}),
      url,
      language,
      ...(kind ? { kind } : {}),
    },
    readFrom,
    words,
  };
}
