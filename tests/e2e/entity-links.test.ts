// Every link on every organization, policy and citation page (and their index pages) leads somewhere:
// the target page is served, and a #fragment names an element that exists on it.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import fs from 'node:fs';
import path from 'node:path';
import { fromHtml } from 'hast-util-from-html';
import { visit } from 'unist-util-visit';
import type { Element } from 'hast';
import { contentIds } from '../support/content-ids.ts';
import { serveDist, type StaticServer } from '../support/static-server.ts';

const sections = ['organizations', 'policies', 'citations'];
const entityPages = sections.flatMap((section) => {
  const dir = path.join('dist', section);
  if (!fs.existsSync(dir)) return [];
  const details = fs.readdirSync(dir).filter((d) => fs.existsSync(path.join(dir, d, 'index.html'))).map((d) => `/${section}/${d}/`);
  return [`/${section}/`, ...details];
});

let server: StaticServer;
const pages = new Map<string, Promise<{ status: number; ids: Set<string>; hrefs: string[] }>>();

function load(pathname: string) {
  let page = pages.get(pathname);
  if (!page) {
    page = fetch(server.url + pathname).then(async (res) => {
      const tree = fromHtml(await res.text());
      const ids = new Set<string>();
      const hrefs: string[] = [];
      visit(tree, 'element', (node: Element) => {
        if (node.properties['id'] !== undefined) ids.add(String(node.properties['id']));
        if (node.tagName === 'a' && node.properties['href'] !== undefined) hrefs.push(String(node.properties['href']));
      });
      return { status: res.status, ids, hrefs };
    });
    pages.set(pathname, page);
  }
  return page;
}

beforeAll(async () => {
  if (!fs.existsSync('dist/index.html')) throw new Error('dist/ is missing: run npm run build before the browser tests');
  server = await serveDist();
});
afterAll(() => server?.close());

describe('links on entity pages', () => {
  it('covers every organization, policy and citation page and the three index pages', () => {
    const count = (collection: 'organizations' | 'policies' | 'citations') => contentIds(collection).length;
    expect(entityPages).toHaveLength(3 + count('organizations') + count('policies') + count('citations'));
  });

  it.each(entityPages)('%s: every link resolves, anchors included', async (pathname) => {
    const page = await load(pathname);
    expect(page.status).toBe(200);
    expect(page.hrefs.length).toBeGreaterThan(0);
    const broken: string[] = [];
    for (const href of new Set(page.hrefs)) {
      const target = new URL(href, server.url + pathname);
      if (target.origin !== server.url) {
        if (!/^https?:$/.test(target.protocol)) broken.push(`${href}: not a web address`);
        continue;
      }
      const linked = await load(target.pathname);
      if (linked.status !== 200) broken.push(`${href}: ${target.pathname} answered ${linked.status}`);
      const id = decodeURIComponent(target.hash.slice(1));
      if (id && !linked.ids.has(id)) broken.push(`${href}: no element with id "${id}" on ${target.pathname}`);
    }
    expect(broken).toEqual([]);
  });
});
