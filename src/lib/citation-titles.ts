// Citation titles (and their languages) for the footnote plugin, which runs inside Markdown rendering and cannot query
// Astro's collections. Content is validated before rendering, so a plain read is enough here.
import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { collectionDir } from '../content/collections.ts';

export interface CitationLabel {
  title: string;
  language?: string;
}

let cache: { dir: string; mtime: number; titles: Map<string, CitationLabel> } | undefined;

export function citationTitles(dir = collectionDir('citations')): Map<string, CitationLabel> {
  const mtime = fs.existsSync(dir) ? fs.statSync(dir).mtimeMs : 0;
  if (cache && cache.dir === dir && cache.mtime === mtime) return cache.titles;
  const titles = new Map<string, CitationLabel>();
  if (fs.existsSync(dir)) {
    for (const name of fs.readdirSync(dir).sort()) {
      if (!name.endsWith('.yaml')) continue;
      const data = parse(fs.readFileSync(path.join(dir, name), 'utf8')) as { title?: unknown; language?: unknown } | null;
      if (data && typeof data.title === 'string') {
        titles.set(name.slice(0, -5), { title: data.title, ...(typeof data.language === 'string' ? { language: data.language } : {}) });
      }
    }
  }
  cache = { dir, mtime, titles };
  return titles;
}
