// A Spanish statement of the tests' own making, through one real build (no browser): its words are
// marked Spanish on the English pages and are the page's own language on the Spanish pages, while the
// words around them (notes heading, labels) are the interface's; its summary, written only in
// English, is marked English on the Spanish page and says so in Spanish (issue 15).
import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { fromHtml } from 'hast-util-from-html';
import type { Element, Root } from 'hast';
import { coldBuild, prepareWorkspace } from '../../scripts/bench/build.ts';
import { validateContent } from '../../src/validate/index.ts';

const work = path.resolve('bench-out/spanish-statement');
const content = path.join(work, 'content');
const out = path.join(work, 'dist');
const slug = '2020-declaracion-de-prueba';

const statement = `---
title: Declaración de prueba sobre la frontera sur
date: 2020-03-05
kind: joint-statement
language: es
summary: A statement written for the tests, in Spanish, whose summary exists only in English.
signatories:
  - group: Guatemala
    organizations: [accss]
policies: [programa-frontera-sur]
notes:
  - note: 1
    citations: [animal-politico-2019-06-migrantes-detenciones-amlo-trump]
provenance:
  source: content/sources/prueba.txt
  description: A text written for the tests.
  transcribed: 2026-11-30
---

Las organizaciones firmantes expresamos nuestra preocupación por el Programa Frontera Sur.[^1]

Pedimos a los gobiernos que respeten los derechos de las personas migrantes.

[^1]: Animal Político, junio de 2019.
`;

const page = (url: string): Root => fromHtml(fs.readFileSync(path.join(out, url, 'index.html'), 'utf8'));

/** The language an element is in: its own lang, or its nearest ancestor's. */
function languageOf(tree: Root, match: (e: Element) => boolean): string | undefined {
  let found: string | undefined;
  const visit = (node: Root | Element, inherited: string | undefined) => {
    const lang = node.type === 'element' && typeof node.properties['lang'] === 'string' ? node.properties['lang'] : inherited;
    if (node.type === 'element' && found === undefined && match(node)) found = lang ?? '(none)';
    for (const child of node.children) if (child.type === 'element') visit(child, lang);
  };
  visit(tree, undefined);
  return found;
}
const byId = (id: string) => (e: Element) => e.properties['id'] === id;
const byClass = (name: string) => (e: Element) => ([] as unknown[]).concat(e.properties['className'] ?? []).includes(name);
const textOf = (tree: Root, match: (e: Element) => boolean): string => {
  let text = '';
  const collect = (n: Element | Root): void => n.children.forEach((c) => (c.type === 'text' ? (text += c.value) : c.type === 'element' && collect(c)));
  const find = (n: Element | Root): boolean => n.children.some((c) => c.type === 'element' && (match(c) ? (collect(c), true) : find(c)));
  find(tree);
  return text;
};

beforeAll(async () => {
  fs.rmSync(work, { recursive: true, force: true });
  fs.cpSync(path.resolve('content'), content, { recursive: true });
  fs.writeFileSync(path.join(content, 'statements', `${slug}.md`), statement);
  fs.writeFileSync(path.join(content, 'sources', 'prueba.txt'), 'Las organizaciones firmantes expresamos nuestra preocupación.\n');
  // A missing Spanish summary is a warning at most, never a reason not to build.
  expect((await validateContent(content)).problems.filter((p) => (p as { severity?: string }).severity !== 'warning')).toEqual([]);
  const result = coldBuild(prepareWorkspace(path.join(work, 'site')), content, out);
  expect(result.ok, result.log.slice(-3000)).toBe(true);
}, 30 * 60_000); // one full Astro build: minutes on a busy machine, and no measure of speed

describe('a Spanish statement', () => {
  it('on the English page its words are marked Spanish, the interface around them English', () => {
    const english = page(`statements/${slug}`);
    expect(languageOf(english, (e) => e.tagName === 'html')).toBe('en');
    expect(languageOf(english, (e) => e.tagName === 'h1')).toBe('es');
    expect(languageOf(english, byId('p-1'))).toBe('es');
    expect(languageOf(english, byId('fn-1'))).toBe('es');
    expect(languageOf(english, byClass('notes-heading'))).toBe('en');
    expect(textOf(english, byClass('notes-heading'))).toBe('Notes');
    expect(languageOf(english, byId('signatory-group-1'))).toBe('es');
  });

  it('on the Spanish page its words are the page’s language, and so is the interface', () => {
    const spanish = page(`es/statements/${slug}`);
    expect(languageOf(spanish, (e) => e.tagName === 'html')).toBe('es');
    expect(languageOf(spanish, (e) => e.tagName === 'h1')).toBe('es');
    expect(languageOf(spanish, byId('p-1'))).toBe('es');
    expect(textOf(spanish, byClass('notes-heading'))).toBe('Notas');
    expect(textOf(spanish, byId('p-1'))).toContain('Las organizaciones firmantes expresamos');
  });

  it('its summary, written only in English, is marked English on the Spanish page and says so in Spanish', () => {
    const spanish = page(`es/statements/${slug}`);
    const summary = (e: Element) => e.properties['dataPagefindMeta'] === 'summary';
    expect(languageOf(spanish, summary)).toBe('en');
    expect(textOf(spanish, summary)).toContain('A statement written for the tests');
    expect(languageOf(spanish, byClass('fallback-note'))).toBe('es');
    expect(textOf(spanish, byClass('fallback-note'))).toBe('(por ahora solo en inglés)');
    // English readers read the English summary as the page's own text, with no note.
    expect(textOf(page(`statements/${slug}`), byClass('fallback-note'))).toBe('');
  });

  it('its title is marked Spanish in the English list and is the page’s language in the Spanish one', () => {
    const link = (e: Element) => e.tagName === 'a' && e.properties['href'] !== undefined && String(e.properties['href']).endsWith(`/statements/${slug}/`);
    expect(languageOf(page('statements'), link)).toBe('es');
    expect(languageOf(page('es/statements'), link)).toBe('es');
    expect(languageOf(page('es/statements'), (e) => e.tagName === 'html')).toBe('es');
  });
});
