// Every internal link and fragment in dist/ leads somewhere: the page exists and so does the id
// (#fn-N, #fnref-N, #p-N, #ed-…). External links are counted and listed, never fetched.
import { describe, expect, it } from 'vitest';
import fs from 'node:fs';
import path from 'node:path';
import { fromHtml } from 'hast-util-from-html';
import { visit } from 'unist-util-visit';
import type { Element } from 'hast';
import { distPages, distRoot, urlOf } from '../support/dist-pages.ts';
import { resolveFile } from '../support/static-server.ts';

const siteOrigin = new URL(process.env['SITE_URL'] ?? 'https://statements.example.org').origin;
const linkAttributes: Record<string, string> = { a: 'href', area: 'href', link: 'href', script: 'src', img: 'src', source: 'src', iframe: 'src', form: 'action', blockquote: 'cite', q: 'cite' };

interface Link { from: string; tag: string; url: string; target?: string; rel?: string }

const pages = distPages().map((page) => {
  const tree = fromHtml(fs.readFileSync(page.file, 'utf8'));
  const ids = new Set<string>();
  const links: Link[] = [];
  visit(tree, 'element', (node: Element) => {
    const id = node.properties['id'];
    if (typeof id === 'string') ids.add(id);
    if (node.tagName === 'a' && typeof node.properties['name'] === 'string') ids.add(node.properties['name']);
    const attribute = linkAttributes[node.tagName];
    const value = attribute ? node.properties[attribute] : undefined;
    if (typeof value === 'string') {
      const rel = node.properties['rel'];
      links.push({ from: page.url, tag: node.tagName, url: value, target: node.properties['target'] as string | undefined, rel: Array.isArray(rel) ? rel.join(' ') : undefined });
    }
  });
  return { ...page, ids, links };
});
const idsByFile = new Map(pages.map((p) => [p.file, p.ids]));
const allLinks = pages.flatMap((p) => p.links);

function isExternal(url: URL): boolean {
  return url.origin !== 'http://site.invalid' && url.origin !== siteOrigin;
}

/** Why an internal link does not resolve, or undefined when it does. */
function brokenReason(link: Link): string | undefined {
  const url = new URL(link.url, `http://site.invalid${link.from}`);
  if (isExternal(url)) return undefined;
  const file = resolveFile(distRoot, url.pathname);
  if (!file) return `no page at ${url.pathname}`;
  const fragment = decodeURIComponent(url.hash.slice(1));
  if (fragment && !idsByFile.get(file)?.has(fragment)) return `${urlOf(file)} has no id "${fragment}"`;
  return undefined;
}

describe('links in the built site', () => {
  it('every internal link, fragment and quoted-passage address resolves to a page and an id on it', () => {
    const broken = allLinks
      .filter((l) => !/^(mailto|tel):/.test(l.url))
      .map((l) => ({ link: l, reason: brokenReason(l) }))
      .filter((b) => b.reason !== undefined)
      .map((b) => `${b.link.from}: <${b.link.tag}> ${b.link.url} (${b.reason})`);
    expect(broken.slice(0, 30), `${broken.length} broken links`).toEqual([]);
  });

  it('the check covers notes, references, passages and editor’s notes, so it cannot pass by seeing none', () => {
    const fragments = allLinks.map((l) => l.url.split('#')[1] ?? '');
    for (const prefix of ['fn-', 'fnref-', 'p-', 'ed-']) {
      expect(fragments.filter((f) => f.startsWith(prefix)).length, `links to #${prefix}…`).toBeGreaterThan(0);
    }
  });

  it('no page links to an address that runs script', () => {
    const scripted = allLinks.filter((l) => /^\s*(javascript|vbscript|data):/i.test(l.url)).map((l) => `${l.from}: ${l.url}`);
    expect(scripted).toEqual([]);
  });

  it('links that open another window carry rel="noopener noreferrer"', () => {
    const unsafe = allLinks
      .filter((l) => l.target !== undefined && l.target !== '_self')
      .filter((l) => !(l.rel?.split(' ').includes('noopener') && l.rel.split(' ').includes('noreferrer')))
      .map((l) => `${l.from}: ${l.url}`);
    expect(unsafe).toEqual([]);
  });

  it('external links are listed by host (not fetched)', () => {
    const external = allLinks.map((l) => new URL(l.url, `http://site.invalid${l.from}`)).filter(isExternal);
    const hosts = new Map<string, number>();
    for (const url of external) hosts.set(url.host, (hosts.get(url.host) ?? 0) + 1);
    const top = [...hosts].sort((a, b) => b[1] - a[1]).slice(0, 15).map(([h, n]) => `  ${n}\t${h}`);
    console.log(`${external.length} external links to ${hosts.size} hosts (${new Set(external.map((u) => u.href)).size} distinct addresses) across ${pages.length} pages; most linked:\n${top.join('\n')}`);
    // mailto: is the About page's contact address.
    expect(external.every((u) => ['https:', 'http:', 'mailto:'].includes(u.protocol))).toBe(true);
    expect(external.length).toBeGreaterThan(0);
  });
});

describe.each([path.join(distRoot, 'index.html')])('the checker itself', (home) => {
  it('reports a missing id and a missing page', () => {
    const from = urlOf(home);
    expect(brokenReason({ from, tag: 'a', url: '/statements/#no-such-id' })).toMatch(/has no id "no-such-id"/);
    expect(brokenReason({ from, tag: 'a', url: '/no-such-page/' })).toMatch(/no page at/);
    expect(brokenReason({ from, tag: 'a', url: '/statements/' })).toBeUndefined();
  });
});
