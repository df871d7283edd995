// The addresses cited works had before they moved from /citations/ to /cited-works/: each still
// answers with a small page that sends browsers on at once (no script needed), names the new page
// as canonical and asks robots not to index it. Hosts that read public/_redirects answer these
// addresses with a 301 before the page is reached.
//
// They are plain files written after the build rather than pages Astro renders: at 1,000 statements
// there are more than 11,000 of them, and each rendered page costs the build's main thread as much
// as a real one. `astro dev` serves the same HTML from the same function.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { listCollection, readEntry, type ContentFile } from '../content/reader.ts';
import { escapeXml } from '../lib/xml.ts';
import { site } from '../lib/site.ts';
import { urls } from '../lib/urls.ts';
import { plural } from '../lib/plural.ts';
import { serveInDev } from './dev-files.ts';

/** Where the cited works' pages were. */
export const oldCitationPaths = {
  list: '/citations/',
  work: (id: string) => `/citations/${id}/`,
};

export interface MovedPage {
  /** The old address. */
  from: string;
  /** The page's address now. */
  to: string;
  /** What the reader is taken to: the work's title, or the list's name. */
  title: string;
}

/** The HTML left at an old address. `siteUrl` is the site's public address, for the canonical link. */
export function movedPageHtml({ to, title }: MovedPage, siteUrl: URL | string): string {
  const target = escapeXml(new URL(to, siteUrl).href);
  const href = escapeXml(to);
  const name = escapeXml(title);
  return [
    '<!DOCTYPE html>',
    `<html lang="${site.language}">`,
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<meta http-equiv="refresh" content="0; url=${href}">`,
    '<meta name="robots" content="noindex">',
    `<link rel="canonical" href="${target}">`,
    `<title>Moved: ${name} · ${escapeXml(site.name)}</title>`,
    '</head>',
    '<body>',
    '<main>',
    '<h1>This page has moved</h1>',
    `<p><a href="${href}">${name}</a> is now at <a href="${href}">${target}</a>.</p>`,
    '</main>',
    '</body>',
    '</html>',
    '',
  ].join('\n');
}

/** The old page of one cited work, titled from its record. */
function workPage(file: ContentFile): MovedPage {
  const title = (readEntry(file).data as { title?: unknown } | undefined)?.title;
  return { from: oldCitationPaths.work(file.entryId), to: urls.citation(file.entryId), title: typeof title === 'string' && title.trim() ? title : file.entryId };
}

const listPage = (): MovedPage => ({ from: oldCitationPaths.list, to: urls.citations(), title: 'Cited works' });

/** Every old address: the list and one per cited work, from the citation records in `contentRoot`. */
export function movedCitationPages(contentRoot?: string): MovedPage[] {
  return [listPage(), ...listCollection('citations', contentRoot).files.map(workPage)];
}

/** The one old page at `pathname`, if there is one (for the dev server: reads one record, not all). */
export function movedCitationPage(pathname: string, contentRoot?: string): MovedPage | undefined {
  if (pathname === oldCitationPaths.list) return listPage();
  const id = /^\/citations\/([^/]+)\/$/.exec(pathname)?.[1];
  const file = id === undefined ? undefined : listCollection('citations', contentRoot).files.find((f) => f.entryId === id);
  return file && workPage(file);
}

/** Writes each moved page as `<old address>/index.html` under `outDir`; returns how many. */
export function writeMovedPages(outDir: string, pages: MovedPage[], siteUrl: URL | string): number {
  for (const page of pages) {
    const folder = path.join(outDir, ...page.from.split('/').filter(Boolean));
    fs.mkdirSync(folder, { recursive: true });
    fs.writeFileSync(path.join(folder, 'index.html'), movedPageHtml(page, siteUrl));
  }
  return pages.length;
}

/** Writes the moved pages after `astro build`, and serves them in `astro dev`. */
export function movedPages(): AstroIntegration {
  let siteUrl: URL | string = 'http://localhost/';
  return {
    name: 'moved-pages',
    hooks: {
      'astro:config:done': ({ config }) => {
        if (config.site) siteUrl = config.site;
      },
      'astro:server:setup': ({ server }) => {
        serveInDev(server, oldCitationPaths.list, (pathname) => {
          const page = movedCitationPage(pathname);
          return page && { type: 'text/html', body: movedPageHtml(page, siteUrl) };
        });
      },
      'astro:build:done': ({ dir, logger }) => {
        const count = writeMovedPages(fileURLToPath(dir), movedCitationPages(), siteUrl);
        logger.info(`${plural(count, 'moved address', 'moved addresses')} written (old /citations/ pages).`);
      },
    },
  };
}
