// CSL items made safe for the formatters. citeproc-js and citation-js read some text as markup
// (<i>, <b>, <span …> in titles and names), a newline ends a RIS tag, and BibTeX gets literal names
// and addresses raw: text from partners must never become structure in an export.
import type { CslItem, CslName } from './csl.ts';

/** Line breaks of any kind (and the blanks around them) become one space; control characters go. */
export function plainText(value: string): string {
  return value
    .replace(/\s*[\t\n\v\f\r\u0085\u2028\u2029]\s*/gu, ' ')
    .replace(/[\p{Cc}\p{Cs}\uFFFE\uFFFF]/gu, '')
    .trim();
}

/** Characters an address may not hold raw in BibTeX or RIS, percent-encoded as browsers would. */
export function plainUrl(value: string): string {
  return value.replace(/[{}\\\s\p{Cc}]/gu, (c) =>
    [...new TextEncoder().encode(c)].map((b) => `%${b.toString(16).toUpperCase().padStart(2, '0')}`).join(''),
  );
}

/**
 * A zero-width space after "<" where a tag could start, so citeproc-js does not read "<b>" in a title
 * as bold; markupRestored takes it out of the formatted result again.
 */
const tagStart = /<(?=[/a-zA-Z])/g;
const tagBreak = '\u200B';

function unmarked(value: string): string {
  return plainText(value).replace(tagStart, `<${tagBreak}`);
}

/** Formatted HTML or text without the zero-width spaces unmarked() put in. */
export function markupRestored(formatted: string): string {
  return formatted.replaceAll(`&#60;${tagBreak}`, '&#60;').replaceAll(`<${tagBreak}`, '<');
}

type NameFn = (name: CslName) => CslName;

/** The item with every string passed through `text`, the address through plainUrl, names through `name`. */
export function mapItem(item: CslItem, text: (value: string) => string, name?: NameFn): CslItem {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(item)) {
    if (key === 'URL') out[key] = plainUrl(String(value));
    else if (key === 'author') out[key] = (value as CslName[]).map(name ?? ((n) => mapName(n, text)));
    else out[key] = typeof value === 'string' ? text(value) : value;
  }
  return out as unknown as CslItem;
}

export function mapName(name: CslName, text: (value: string) => string): CslName {
  return Object.fromEntries(Object.entries(name).map(([k, v]) => [k, text(v as string)])) as CslName;
}

/** For citeproc-js (APA, MLA, Chicago): one line of text, no tags. */
export const citeprocItem = (item: CslItem): CslItem => mapItem(item, unmarked);

/**
 * For RIS: every value on one line, so no text can start a tag or end the record, and single spaces,
 * since readers such as citation-js cut a value at the next "  - " (the tag separator).
 */
export const risItem = (item: CslItem): CslItem => mapItem(item, (value) => plainText(value).replace(/ {2,}/g, ' '));
