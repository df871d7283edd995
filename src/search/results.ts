// Turning Pagefind's answers into what the search page shows: highlighted excerpts as plain text
// segments (never HTML), the few sub-results worth listing, and the sentence the live region reads.
import { filterKeys, filterLabels } from './filters.ts';
import type { Locale } from '../lib/locales.ts';
import { searchWords } from './words.ts';
import { words } from './normalize.ts';
import { hasFilters, type SearchState } from './state.ts';

/** The parts of Pagefind's result data the page uses. */
export interface SubResult {
  title: string;
  url: string;
  excerpt: string;
  locations: number[];
  /** Absent for the part of the page before its first titled anchor. */
  anchor?: { id: string; element: string; location: number };
}

export interface ResultData {
  url: string;
  excerpt: string;
  /** The page's indexed text. */
  content: string;
  meta: Record<string, string | undefined>;
  sub_results: SubResult[];
}

export interface Segment {
  text: string;
  marked: boolean;
}

const entities: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

function decode(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => {
    if (name[0] === '#') {
      const code = name[1]?.toLowerCase() === 'x' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
      return Number.isFinite(code) ? String.fromCodePoint(code) : whole;
    }
    return entities[name.toLowerCase()] ?? whole;
  });
}

/** Pagefind's excerpt ("…a <mark>word</mark>…", escaped) as text segments, the matched words marked. */
export function excerptSegments(excerpt: string): Segment[] {
  const segments: Segment[] = [];
  const re = /<mark>([\s\S]*?)<\/mark>/g;
  let last = 0;
  const push = (raw: string, marked: boolean) => {
    const text = decode(raw.replace(/<[^>]*>/g, ''));
    if (text) segments.push({ text, marked });
  };
  for (let m = re.exec(excerpt); m; m = re.exec(excerpt)) {
    push(excerpt.slice(last, m.index), false);
    push(m[1] ?? '', true);
    last = m.index + m[0].length;
  }
  push(excerpt.slice(last), false);
  return segments;
}

/** Up to max anchored sub-results that hold a match, those with the most matches, listed in page order. */
export function pickSubResults(subs: SubResult[], max = 3): SubResult[] {
  const anchored = subs.map((sub, i) => ({ sub, i })).filter(({ sub }) => sub.anchor !== undefined && sub.locations.length > 0);
  return anchored
    .sort((a, b) => b.sub.locations.length - a.sub.locations.length || a.i - b.i)
    .slice(0, max)
    .sort((a, b) => a.i - b.i)
    .map(({ sub }) => sub);
}

/** Words of a summary shown as an excerpt: the first ones, cut at a word. */
const summaryWords = 30;

/**
 * The excerpt shown under a result's title. A page listed for what it involves rather than for its
 * words shows its summary, not the page's first words (labels and facts). With sub-results listed, only the words before the page's
 * first titled part (its header) are shown, and nothing when the matches are all in the parts listed.
 */
export function pageExcerpt(data: Pick<ResultData, 'excerpt' | 'meta' | 'sub_results'>, subs: SubResult[]): string | undefined {
  const summary = data.meta['summary'];
  if (summary && !data.excerpt.includes('<mark>') && subs.length === 0) {
    const words = summary.split(/\s+/);
    return words.length > summaryWords ? `${words.slice(0, summaryWords).join(' ')}…` : summary;
  }
  if (subs.length === 0) return data.excerpt;
  return data.sub_results.find((sub) => sub.anchor === undefined && sub.locations.length > 0)?.excerpt;
}

function describeFilters(state: SearchState, locale: Locale): string {
  const labels = filterLabels(locale);
  const or = ` ${searchWords[locale]['search.status.or']} `;
  return filterKeys
    .filter((key) => (state.filters[key]?.length ?? 0) > 0)
    .map((key) => `${labels[key]}: ${state.filters[key]!.join(or)}`)
    .join('; ');
}

/** What the polite live region announces after a search, in the page's language. */
export function statusMessage(state: SearchState, count: number, locale: Locale): string {
  const w = searchWords[locale];
  const n = w['search.count'](count);
  const query = state.query.trim();
  const parts = [query ? w['search.status.query'](n, query) : n];
  if (hasFilters(state)) parts.push(`${query ? w['search.status.withFilters'] : w['search.status.forFilters']} ${describeFilters(state, locale)}`);
  let message = parts.join(' ');
  if (!query && count > 1) message += `, ${w['search.status.newest']}`;
  return `${message}.`;
}

/** The words of a query whose absence from the results is worth a suggestion: not short, not numbers. */
export function checkedWords(query: string): string[] {
  return words(query).filter((w) => w.length >= 4 && !/^\d+$/.test(w));
}

/** Letters two words share at their start. */
function sharedStart(a: string, b: string): number {
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  return i;
}

/**
 * The words of a query (four letters or more) that no marked word in the results' excerpts stems
 * from: Pagefind marks "migrant" for "migrants", but for a word it does not know it still returns
 * pages with words that share its first letters, and marks those.
 */
export function unmatchedWords(query: string, results: Pick<ResultData, 'excerpt' | 'sub_results'>[]): string[] {
  const marked = results
    .flatMap((r) => [r.excerpt, ...r.sub_results.map((s) => s.excerpt)])
    .flatMap((e) => [...e.matchAll(/<mark>([\s\S]*?)<\/mark>/g)].flatMap((m) => words(m[1] ?? '')));
  return checkedWords(query).filter((w) => !marked.some((m) => sharedStart(w, m) >= Math.min(w.length, Math.max(4, w.length - 3))));
}
