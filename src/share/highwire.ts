// Highwire Press citation_* meta tags, which Google Scholar and Zotero read, derived from the
// page's CSL item. Scholar wants dates as YYYY/MM/DD (or YYYY/MM, YYYY) and one tag per author.
import type { CslItem, CslName } from '../cite/csl.ts';
import { highwireDate } from '../lib/dates.ts';

export type MetaTag = { name: string; content: string };

/** A person as "Family, Given" (unambiguous to Zotero); an organization as its whole name. */
export function highwireAuthor(name: CslName): string {
  if ('literal' in name) return name.literal;
  const family = [name['non-dropping-particle'], name.family].filter(Boolean).join(' ');
  return name.given ? `${family}, ${name.given}` : family;
}

export function highwireTags(item: CslItem): MetaTag[] {
  const tags: MetaTag[] = [{ name: 'citation_title', content: item.title }];
  for (const author of item.author ?? []) tags.push({ name: 'citation_author', content: highwireAuthor(author) });
  const date = highwireDate(item.issued);
  if (date) tags.push({ name: 'citation_publication_date', content: date });
  tags.push({ name: 'citation_language', content: item.language });
  tags.push({ name: 'citation_public_url', content: item.URL });
  // Scholar and Zotero take this tag to mean "a report"; only reports carry it.
  if (item.type === 'report' && item.publisher) {
    tags.push({ name: 'citation_technical_report_institution', content: item.publisher });
  }
  return tags;
}
