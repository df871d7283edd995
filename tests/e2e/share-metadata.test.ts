// What Zotero, Google Scholar, link previews and search engines read from the built pages: the
// linked CSL-JSON (imported with citation-js), Highwire tags, Open Graph and Twitter cards, JSON-LD.
import { describe, expect, it } from 'vitest';
import fs from 'node:fs';
import { parse as parseYaml } from 'yaml';
import { Cite } from '@citation-js/core';
import '@citation-js/plugin-csl';
import { fromHtml } from 'hast-util-from-html';
import { toText } from 'hast-util-to-text';
import { visit } from 'unist-util-visit';
import type { Element } from 'hast';
import { contentIds } from '../support/content-ids.ts';
import { useSite } from '../support/site.ts';
import { pathWithoutLocale } from '../../src/lib/locales.ts';
import { distPages } from '../support/dist-pages.ts';

const site = useSite();
const slugs = contentIds('statements');
type Name = { literal?: string; family?: string; given?: string };

/** The organization names a statement's front matter lists as signatories, in printed order. */
const frontMatter = (slug: string) => parseYaml(fs.readFileSync(`content/statements/${slug}.md`, 'utf8').split(/^---$/m)[1]!) as {
  signatories?: { organizations: (string | { id: string })[] }[];
  notes?: { citations?: string[] }[];
};

function signatoryNames(slug: string): string[] {
  const front = frontMatter(slug);
  return (front.signatories ?? []).flatMap((g) => g.organizations.map((o) => {
    const id = typeof o === 'string' ? o : o.id;
    return (parseYaml(fs.readFileSync(`content/organizations/${id}.yaml`, 'utf8')) as { name: string }).name;
  }));
}

/** Head tags of a page: meta by name or property, links, and JSON-LD blocks. */
function head(html: string) {
  const tree = fromHtml(html);
  const meta: [string, string][] = [];
  const links: { rel: string; type: string; href: string }[] = [];
  const jsonLd: Record<string, unknown>[] = [];
  let h1 = '';
  let title = '';
  visit(tree, 'element', (el: Element) => {
    const p = el.properties;
    if (el.tagName === 'meta' && (p['name'] || p['property'])) meta.push([String(p['name'] ?? p['property']), String(p['content'])]);
    if (el.tagName === 'link') links.push({ rel: String(p['rel']), type: String(p['type'] ?? ''), href: String(p['href']) });
    if (el.tagName === 'script' && p['type'] === 'application/ld+json') jsonLd.push(JSON.parse(toText(el)) as Record<string, unknown>);
    if (el.tagName === 'h1' && !h1) h1 = toText(el).trim();
    if (el.tagName === 'title') title = toText(el);
  });
  const all = (name: string) => meta.filter(([n]) => n === name).map(([, c]) => c);
  return { all, one: (name: string) => all(name)[0], links, jsonLd, h1, title };
}

const get = async (path: string) => {
  const res = await fetch(site.url(path));
  expect(res.status, path).toBe(200);
  return res;
};

describe.each(slugs)('statement %s', (slug) => {
  const path = `/statements/${slug}/`;

  it('links a CSL-JSON file that citation-js imports with no organization split into first and last names', async () => {
    const page = head(await (await get(path)).text());
    const link = page.links.find((l) => l.rel === 'alternate' && l.type === 'application/vnd.citationstyles.csl+json');
    expect(link?.href).toBe(`${path}cite.json`);
    const [item] = new Cite(await (await get(link!.href)).text()).data;
    expect(item!['title']).toBe(page.h1);
    const authors = item!['author'] as Name[];
    const signatories = signatoryNames(slug);
    if (signatories.length > 0) expect(authors).toEqual(signatories.map((literal) => ({ literal })));
    for (const a of authors) if (a.literal === undefined) expect(a.given, `${a.family} is a person`).toBeTruthy();
  });

  it('renders APA from the linked file with every organization name whole', async () => {
    const json = await (await get(`${path}cite.json`)).text();
    const apa = new Cite(json).format('bibliography', { format: 'text', template: 'apa', lang: 'en-US' }).replace(/’/g, "'");
    const signatories = signatoryNames(slug);
    // APA 7 lists the first 19 authors and the last.
    for (const name of [...signatories.slice(0, 19), ...signatories.slice(-1)]) expect(apa).toContain(name);
    expect(apa).not.toMatch(/Kids in Need of D\.|Defense, K\./);
  });

  it('carries the Highwire tags Google Scholar reads, matching the CSL-JSON', async () => {
    const page = head(await (await get(path)).text());
    const [item] = JSON.parse(await (await get(`${path}cite.json`)).text()) as { title: string; author: Name[]; URL: string; language: string }[];
    expect(page.one('citation_title')).toBe(item!.title);
    expect(page.all('citation_author')).toEqual(item!.author.map((a) => a.literal ?? `${a.family}, ${a.given}`));
    expect(page.one('citation_publication_date')).toMatch(/^\d{4}(\/\d{2}(\/\d{2})?)?$/);
    expect(page.one('citation_language')).toBe(item!.language);
    expect(page.one('citation_public_url')).toBe(item!.URL);
  });

  it('has Open Graph and Twitter cards with its own title, description and a PNG image', async () => {
    const page = head(await (await get(path)).text());
    expect(page.one('og:type')).toBe('article');
    expect(page.one('og:title')).toBe(page.h1);
    expect(page.one('twitter:title')).toBe(page.h1);
    expect(page.one('og:description')).toBe(page.one('description'));
    expect(page.one('twitter:card')).toBe('summary_large_image');
    const image = new URL(page.one('og:image')!);
    expect(image.pathname).toBe(`/og/statements/${slug}.png`);
    const png = new Uint8Array(await (await get(image.pathname)).arrayBuffer());
    expect([...png.slice(1, 4)].map((c) => String.fromCharCode(c)).join('')).toBe('PNG');
  });

  it('describes itself in JSON-LD as a report or post with whole-named authors and its cited works', async () => {
    const page = head(await (await get(path)).text());
    expect(page.jsonLd).toHaveLength(1);
    const ld = page.jsonLd[0]!;
    expect(ld['@context']).toBe('https://schema.org');
    expect(['Report', 'BlogPosting', 'NewsArticle']).toContain(ld['@type']);
    expect(ld['name']).toBe(page.h1);
    const signatories = signatoryNames(slug);
    const authors = ld['author'] as { '@type': string; name: string }[];
    if (signatories.length > 0) expect(authors.map((a) => [a['@type'], a.name])).toEqual(signatories.map((n) => ['Organization', n]));
    const cited = new Set((frontMatter(slug).notes ?? []).flatMap((n) => n.citations ?? []));
    expect(((ld['citation'] ?? []) as unknown[]).length).toBe(cited.size);
  });
});

describe('every page', () => {
  const pages = distPages().filter((p) => !pathWithoutLocale(p.url).startsWith('/404'));

  it('has an Open Graph title and description of its own, and its canonical address as og:url', () => {
    const seen = new Set<string>();
    for (const p of pages) {
      const page = head(fs.readFileSync(p.file, 'utf8'));
      expect(page.title, p.url).toContain(page.one('og:title')!);
      expect(page.one('og:description'), p.url).toBe(page.one('description'));
      const canonical = page.links.find((l) => l.rel === 'canonical')?.href;
      expect(page.one('og:url'), p.url).toBe(canonical);
      expect(page.one('og:image'), p.url).toMatch(/^https?:\/\/.+\.png$/);
      expect(seen.has(canonical!), `${p.url} shares its canonical address`).toBe(false);
      seen.add(canonical!);
    }
  });

  it('gives organizations, policies and cited works JSON-LD of their kind', () => {
    const types = (prefix: string) => pages.filter((p) => p.url.startsWith(prefix) && p.url !== prefix)
      .map((p) => head(fs.readFileSync(p.file, 'utf8')).jsonLd[0]?.['@type']);
    expect(types('/organizations/').every((t) => ['Organization', 'NGO', 'GovernmentOrganization', 'NewsMediaOrganization', 'ResearchOrganization'].includes(String(t)))).toBe(true);
    expect(types('/policies/').every((t) => ['Legislation', 'CreativeWork'].includes(String(t)))).toBe(true);
    expect(types('/cited-works/').every((t) => ['Report', 'NewsArticle', 'WebPage'].includes(String(t)))).toBe(true);
  });
});
