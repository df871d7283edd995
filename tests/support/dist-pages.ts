// Every HTML page in the built dist/, with its address, for the gates that check all of them.
import fs from 'node:fs';
import path from 'node:path';
import { defaultLocale, localeOfPath, pathWithoutLocale } from '../../src/lib/locales.ts';

export const distRoot = path.resolve('dist');

export interface DistPage { file: string; url: string; type: string }

function walk(dir: string, out: string[] = []): string[] {
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) { if (full !== path.join(distRoot, 'pagefind')) walk(full, out); }
    else if (entry.name.endsWith('.html')) out.push(full);
  }
  return out;
}

/** The address a static host serves a file at: dist/a/b/index.html is /a/b/. */
export function urlOf(file: string): string {
  const rel = path.relative(distRoot, file).split(path.sep).join('/');
  return '/' + rel.replace(/(^|\/)index\.html$/, '$1');
}

/**
 * The kind of page, from its address: "home", "404", an index ("statements/") or an entity page
 * ("statements/*"), with the language of the interface before it for other languages than English
 * ("es:statements/*"), so the gates sample every page type in every language. New routes get a type
 * of their own without changing the gates.
 */
export function pageType(url: string): string {
  const locale = localeOfPath(url);
  const type = typeInLocale(pathWithoutLocale(url));
  return locale === defaultLocale ? type : `${locale}:${type}`;
}

function typeInLocale(url: string): string {
  const parts = url.split('/').filter(Boolean);
  if (parts.length === 0) return 'home';
  if (parts.length === 1) return parts[0]!.endsWith('.html') ? parts[0]!.replace(/\.html$/, '') : `${parts[0]}/`;
  return `${parts[0]}/*${parts.length > 2 ? '/' + parts.slice(2).join('/') : ''}`;
}

/** A page left at an old address that sends the reader on (src/build/moved-pages.ts). */
const isMoved = (file: string) => fs.readFileSync(file, 'utf8').includes('<meta http-equiv="refresh"');

function allPages(): DistPage[] {
  if (!fs.existsSync(path.join(distRoot, 'index.html'))) throw new Error('dist/ is missing: run npm run build before the browser tests');
  return walk(distRoot).sort().map((file) => { const url = urlOf(file); return { file, url, type: pageType(url) }; });
}

/** The site's pages, leaving out those that only send readers on from an old address. */
export function distPages(): DistPage[] {
  return allPages().filter((p) => !isMoved(p.file));
}

/** The pages at old addresses that send readers on (tests/e2e/moved-addresses.test.ts). */
export function movedPages(): DistPage[] {
  return allPages().filter((p) => isMoved(p.file));
}

/**
 * A few pages of every type for the slow (browser) gates: the first and the largest of each type,
 * the largest being where rare markup (long lists, many notes) shows up.
 */
export function samplePages(): DistPage[] {
  const byType = new Map<string, DistPage[]>();
  for (const page of distPages()) byType.set(page.type, [...(byType.get(page.type) ?? []), page]);
  return [...byType.values()].flatMap((pages) => {
    const largest = pages.reduce((a, b) => (fs.statSync(b.file).size > fs.statSync(a.file).size ? b : a));
    return largest === pages[0] ? [pages[0]!] : [pages[0]!, largest];
  });
}
