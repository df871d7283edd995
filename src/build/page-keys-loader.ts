// One set of page keys per build, for the getStaticPaths of the entity pages (src/build/page-keys.ts).
// Undefined in `astro dev`, where every page is rendered on request anyway.
import fs from 'node:fs';
import { getCollection } from 'astro:content';
import { loadCollection } from '../content/collection.ts';
import { sourceFile } from '../content/collections.ts';
import { siteFileNames, siteFilePath } from '../content/site-files.ts';
import { installedCodeFingerprint, pageKeys, type PageKeys } from './page-keys.ts';

let cached: Promise<PageKeys | undefined> | undefined;

async function load(): Promise<PageKeys | undefined> {
  const code = installedCodeFingerprint();
  if (code === undefined) return undefined;
  const [collection, entries] = await Promise.all([loadCollection(), getCollection('statements')]);
  const texts = entries.map((entry) => ({
    id: entry.id,
    html: entry.rendered?.html ?? '',
    transcription: fs.readFileSync(sourceFile(entry.data.provenance.source), 'utf8'),
  }));
  const site = siteFileNames.map((name) => fs.readFileSync(siteFilePath(name), 'utf8'));
  return pageKeys(code, site, collection, texts);
}

export function loadPageKeys(): Promise<PageKeys | undefined> {
  cached ??= load();
  return cached;
}

/** The cacheKey field of a getStaticPaths entry, or nothing when pages have no keys. */
export function cacheKeyOf(keys: PageKeys | undefined, kind: keyof PageKeys, id: string): { cacheKey?: string } {
  return keys ? { cacheKey: keys[kind](id) } : {};
}
