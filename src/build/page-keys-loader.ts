// One set of page keys per build, for the getStaticPaths of the entity pages (src/build/page-keys.ts).
// Undefined in `astro dev`, where every page is rendered on request anyway.
import fs from 'node:fs';
import { getCollection } from 'astro:content';
import { loadCollection } from '../content/collection.ts';
import { sourceFile } from '../content/collections.ts';
import { siteFileNames, siteFilePath } from '../content/site-files.ts';
import { installedCodeFingerprint, pageKeys, type PageKeys } from './page-keys.ts';

/** The cacheKey field of a page's getStaticPaths entry: nothing when pages have no keys. */
export type PageKeyOf = (kind: keyof PageKeys, id: string) => { cacheKey?: string };

let cached: Promise<PageKeyOf> | undefined;

async function load(): Promise<PageKeyOf> {
  const code = installedCodeFingerprint();
  if (code === undefined) return () => ({});
  const [collection, entries] = await Promise.all([loadCollection(), getCollection('statements')]);
  const texts = entries.map((entry) => ({
    id: entry.id,
    html: entry.rendered?.html ?? '',
    transcription: fs.readFileSync(sourceFile(entry.data.provenance.source), 'utf8'),
  }));
  const site = siteFileNames.map((name) => fs.readFileSync(siteFilePath(name), 'utf8'));
  const keys = pageKeys(code, site, collection, texts);
  return (kind, id) => ({ cacheKey: keys[kind](id) });
}

export function loadPageKeys(): Promise<PageKeyOf> {
  cached ??= load();
  return cached;
}
