// Reads the cited works to check from a content folder: each record's id, file, printed address and
// what it already says about its link. Records the schema rejects are named, not guessed at.
import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { collectionDir, collections } from '../../content/paths.ts';
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
  const dir = collectionDir('citations', root);
  const result: CitedLinks = { links: [], unreadable: [] };
  if (!fs.existsSync(dir)) return result;
  const extension = collections.citations.extension;
  const names = fs.readdirSync(dir).filter((name) => name.endsWith(extension) && !name.startsWith('.')).sort();
  for (const name of names) {
    const file = path.join(dir, name);
    let data: unknown;
    try {
      data = parse(fs.readFileSync(file, 'utf8'));
    } catch (error) {
      result.unreadable.push({ path: file, reason: error instanceof Error ? error.message.split('\n')[0]! : String(error) });
      continue;
    }
    const parsed = citationSchema.safeParse(data);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      result.unreadable.push({ path: file, reason: `${issue?.path.join('.') || 'record'}: ${issue?.message ?? 'not a citation'}` });
      continue;
    }
    const { url, date, link, archive } = parsed.data;
    result.links.push({ id: name.slice(0, -extension.length), path: file, url, date, link, archive });
  }
  return result;
}
