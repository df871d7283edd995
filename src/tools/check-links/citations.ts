// Reads the cited works to check from a content folder, through the content reader: each record's id,
// file, printed address and what it already says about its link. Records the schema rejects are named, not guessed at.
import { readCollection } from '../../content/reader.ts';
import { citationSchema, type Citation } from '../../content/schemas/citation.ts';

export interface CitedLink {
  id: string;
  /** Absolute path of the record. */
  path: string;
  url: string;
  /** The work's own (partial) date, to look for an archived copy near it. */
  date?: string;
  link?: Citation['link'];
  archive?: Citation['archive'];
}

export interface CitedLinks {
  links: CitedLink[];
  /** Files that could not be read as citations: run `npm run validate` for the details. */
  unreadable: { path: string; reason: string }[];
}

export function readCitedLinks(root: string): CitedLinks {
  const result: CitedLinks = { links: [], unreadable: [] };
  for (const entry of readCollection('citations', root)) {
    if (entry.data === undefined) {
      const reason = entry.fault?.kind === 'yaml-syntax' ? entry.fault.error.message.split('\n')[0]! : `the file cannot be read as a record (${entry.fault?.kind ?? 'no fields'})`;
      result.unreadable.push({ path: entry.path, reason });
      continue;
    }
    const parsed = citationSchema.safeParse(entry.data);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      result.unreadable.push({ path: entry.path, reason: `${issue?.path.join('.') || 'record'}: ${issue?.message ?? 'not a citation'}` });
      continue;
    }
    const { url, date, link, archive } = parsed.data;
    result.links.push({ id: entry.id, path: entry.path, url, date, link, archive });
  }
  return result;
}
