// Each cited work's files for reference managers (cite.bib, cite.ris, cite.json at /cited-works/<id>/):
// three per work, 34,000 at 1,000 statements. They are written beside the pages once Astro has
// generated them, not rendered as Astro routes: as routes they were a quarter of a rebuild's page
// generation, each costing Astro's own thread a page's overhead for a few hundred bytes. They are made
// on the build's worker pool through the build cache (src/build/offload.ts) from the moment the build
// starts, while Astro bundles, and so are the works' formatted citations their pages show.
// `astro dev` serves the same bytes from the same function.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { listCollection, readEntry, type ContentFile } from '../content/reader.ts';
import { collections } from '../content/collections.ts';
import type { Citation, Organization } from '../content/model.ts';
import { citationCsl, type CslItem } from '../cite/csl.ts';
import { citationFile, citationFiles, type CitationFile } from '../cite/formats.ts';
import { urls } from '../lib/urls.ts';
import { plural } from '../lib/plural.ts';
import { offload } from './offload.ts';
import { installedCache } from './cache.ts';
import { mapWithConcurrency } from '../lib/concurrency.ts';
import { locales } from '../lib/locales.ts';
import { serveInDev } from './dev-files.ts';

/** A record's fields as Astro's content layer gives them: read with Astro's YAML reader, then through its schema. */
function recordData<T>(file: ContentFile): T {
  const entry = readEntry(file);
  const parsed = collections[file.collection].schema.safeParse(entry.astroData);
  if (entry.fault || !parsed.success) {
    const reason = entry.fault ? entry.fault.kind : parsed.error?.issues.map((i) => `${i.path.join('.') || 'the record'}: ${i.message}`).join('; ');
    throw new Error(`The build stopped: ${path.relative(process.cwd(), file.path)} could not be read for the cited works' citation files (${reason}). Run npm run validate and fix what it reports.`);
  }
  return parsed.data as T;
}

/** The CSL item of every cited work, by id, from the records in `contentRoot`. */
export function citedWorkItems(contentRoot?: string): Map<string, CslItem> {
  const organizations = new Map(listCollection('organizations', contentRoot).files.map((f) => [f.entryId, recordData<Organization>(f)]));
  const items = new Map<string, CslItem>();
  for (const file of listCollection('citations', contentRoot).files) items.set(file.entryId, citationCsl(file.entryId, recordData<Citation>(file), { organizations }));
  return items;
}

/** One file to write: its address on the site and its text. */
export interface CitedWorkFile { address: string; body: string }

const address = (id: string, file: CitationFile) => `${urls.citation(id)}${file}`;

/**
 * Tasks in flight at once, per job: enough to keep the workers busy, few enough that a page's own task
 * waits behind a few dozen, not thousands, and that file handles stay in check.
 */
const inFlight = 64;

/** Every cited work's files, made through the worker pool and the build cache when a build installed them. */
export function citedWorkFiles(items: Map<string, CslItem>): Promise<CitedWorkFile[]> {
  const jobs = [...items].flatMap(([id, item]) => citationFiles.map(({ file }) => ({ id, file, item })));
  return mapWithConcurrency(jobs, inFlight, async ({ id, file, item }) => ({
    address: address(id, file),
    body: await offload({ kind: 'citation-file', file, items: [item] }),
  }));
}

/**
 * Each work's APA, MLA and Chicago in every interface language, made into the build cache ahead of
 * its pages: the workers do it while Astro bundles, when they would otherwise wait. A page that asks
 * for one still being made shares that work (src/build/cache.ts); without a cache nothing is made ahead.
 */
export async function formatAhead(items: Map<string, CslItem>): Promise<void> {
  if (!installedCache()) return;
  const jobs = [...items.values()].flatMap((item) => locales.map((locale) => ({ item, locale })));
  await mapWithConcurrency(jobs, inFlight, (task) => offload({ kind: 'citations', ...task }));
}

/** Writes each file under `outDir` at its address; returns how many. */
export function writeCitedWorkFiles(outDir: string, files: CitedWorkFile[]): number {
  const folders = new Set<string>();
  for (const { address: at, body } of files) {
    const file = path.join(outDir, ...at.split('/').filter(Boolean));
    const folder = path.dirname(file);
    if (!folders.has(folder)) fs.mkdirSync(folder, { recursive: true });
    folders.add(folder);
    fs.writeFileSync(file, body);
  }
  return files.length;
}

const addressPattern = /^\/cited-works\/([^/]+)\/(cite\.[a-z]+)$/;

/** The file at `pathname` with its media type, if it is one (for the dev server: reads one work, not all). */
export function citedWorkFileAt(pathname: string, contentRoot?: string): { body: string; type: string } | undefined {
  const [, id, name] = addressPattern.exec(pathname) ?? [];
  const format = citationFiles.find((f) => f.file === name);
  const file = listCollection('citations', contentRoot).files.find((f) => f.entryId === id);
  if (!format || !file) return undefined;
  const work = recordData<Citation>(file);
  const publisher = listCollection('organizations', contentRoot).files.find((f) => f.entryId === work.publisher);
  const organizations = new Map(publisher ? [[publisher.entryId, recordData<Organization>(publisher)]] : []);
  return { body: citationFile(format.file, [citationCsl(file.entryId, work, { organizations })]), type: format.type };
}

/**
 * Makes the files and the formatted citations from the start of `astro build` (after build-workers,
 * which installs the pool and the cache), writes the files once the pages are generated, before the
 * pool closes, and serves them in `astro dev`.
 */
export function citedWorkFilesIntegration(): AstroIntegration {
  let pending: Promise<CitedWorkFile[]> | undefined;
  let ahead: Promise<void> | undefined;
  return {
    name: 'cited-work-files',
    hooks: {
      'astro:build:start': () => {
        const items = Promise.resolve().then(() => citedWorkItems());
        ahead = items.then(formatAhead);
        pending = items.then(citedWorkFiles);
        // Awaited when the pages are generated; a failure is reported there, not as an unhandled rejection.
        for (const job of [ahead, pending]) job.catch(() => undefined);
      },
      'astro:build:generated': async ({ dir, logger }) => {
        if (!pending) return;
        await ahead;
        const count = writeCitedWorkFiles(fileURLToPath(dir), await pending);
        pending = ahead = undefined;
        logger.info(`${plural(count, 'citation file')} of cited works written.`);
      },
      'astro:server:setup': ({ server }) => serveInDev(server, '/cited-works/', (pathname) => citedWorkFileAt(pathname)),
    },
  };
}
