// Citation titles for the footnote plugin, which runs inside Markdown rendering and cannot query
// Astro's collections. Content is validated before rendering, so a plain read is enough here.
import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { collectionDir } from '../content/paths.ts';

let cache: { dir: string; mtime: number; titles: Map<string, string> } | undefined;

export function citationTitles(dir = collectionDir('citations')): Map<string, string> {
  const mtime = fs.existsSync(dir) ? fs.statSync(dir).mtimeMs : 0;
  if (cache && cache.dir === dir && cache.mtime === mtime) return cache.titles;
  const titles = new Map<string, string>();
  if (fs.existsSync(dir)) {
    for (const name of fs.readdirSync(dir).sort()) {
      if (!name.endsWith('.yaml')) continue;
      const data = parse(fs.readFileSync(path.join(dir, name), 'utf8')) as { title?: unknown } | null;
      if (data && typeof data.title === 'string') titles.set(name.slice(0, -5), data.title);
    }
  }
  cache = { dir, mtime, titles };
  return titles;
}
