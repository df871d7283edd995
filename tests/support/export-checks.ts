// What "an export cannot be forged" means, checked by parsing each format back with a reader that
// does not share the writer's code: one record per record, the same values, no added markup.
import { expect } from 'vitest';
import { Cite } from '@citation-js/core';
import '@citation-js/plugin-bibtex';
import '@citation-js/plugin-ris';
import { parse as parseCsv } from 'csv-parse/sync';
import { XMLParser } from 'fast-xml-parser';
import { fromHtml } from 'hast-util-from-html';
import { SaxesParser } from 'saxes';
import type { Element, Root } from 'hast';

/** XML 1.0's Char production, written out here rather than imported from the code under test. */
const notXml = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/u;
/** The text an XML reader gets back: disallowed characters gone, line ends read as "\n" (XML 1.0, 2.11). */
export const xmlTextOf = (value: string) => [...value].filter((c) => !notXml.test(c)).join('').replace(/\r\n?/g, '\n');

/** A strict XML parser's complaints (saxes refuses disallowed characters; fast-xml-parser does not). */
export function xmlProblems(xml: string): string[] {
  const problems: string[] = [];
  const parser = new SaxesParser();
  parser.on('error', (e) => problems.push(e.message));
  parser.write(xml).close();
  if (notXml.test(xml)) problems.push('a character XML 1.0 does not allow');
  return problems;
}

export const readXml = (xml: string) =>
  new XMLParser({ trimValues: false, parseTagValue: false, ignoreAttributes: false, isArray: (n) => ['item', 'url', 'category'].includes(n) }).parse(xml);

/** One line, single spaces, composed: what a citation value may become on its way through a format. */
export const citationValue = (value: string) =>
  value
    .replace(/[\t\n\v\f\r\u0085\u2028\u2029]/g, ' ')
    .replace(/[\p{Cc}\p{Cs}\uFFFE\uFFFF]/gu, '')
    .replace(/\s+/gu, ' ')
    .trim()
    .normalize('NFC');

type Name = { literal?: string; family?: string; given?: string; 'non-dropping-particle'?: string };
const nameText = (n: Name) => citationValue(n.literal ?? [n.given, n['non-dropping-particle'], n.family].filter(Boolean).join(' '));

/** Parses BibTeX or RIS back and compares titles, authors and publishers with the items written. */
export function expectCitationsBack(
  text: string,
  items: { title: string; author?: Name[]; publisher?: string }[],
  { names = true } = {},
): void {
  const back = new Cite(text).data;
  expect(back).toHaveLength(items.length);
  back.forEach((record, i) => {
    const item = items[i]!;
    expect(citationValue(String(record['title'] ?? ''))).toBe(citationValue(item.title));
    const authors = (record['author'] as Name[] | undefined) ?? [];
    // A name of nothing but control characters is no name (the validator refuses those anyway).
    const expected = (item.author ?? []).map(nameText).filter(Boolean);
    if (names) expect(authors.map(nameText)).toEqual(expected);
    else expect(authors).toHaveLength(expected.length);
    // Reports carry their publisher; BibTeX has no field for a blog post's site.
    if (item.publisher !== undefined) expect(citationValue(String(record['publisher'] ?? ''))).toBe(citationValue(item.publisher));
  });
}

/** RIS that only has tag lines and blank lines, and as many records as items. */
export function expectRisRecords(ris: string, count: number): void {
  for (const line of ris.split('\n')) expect(line === '' || /^[A-Z][A-Z0-9] {2}- /.test(line), JSON.stringify(line)).toBe(true);
  expect(ris.match(/^TY {2}- /gm) ?? []).toHaveLength(count);
  expect(ris.match(/^ER {2}- /gm) ?? []).toHaveLength(count);
}

const formulaStart = /^[=+\-@\t\r]/;

/** CSV rows as written, with the apostrophe that guards a formula (or an apostrophe) taken off. */
export function readCsv(csv: string, columns: number): string[][] {
  const rows = parseCsv(csv, { relaxQuotes: false, relaxColumnCount: false }) as string[][];
  for (const row of rows) {
    expect(row).toHaveLength(columns);
    for (const cell of row) expect(cell, JSON.stringify(cell)).not.toMatch(formulaStart);
  }
  return rows.map((row) => row.map((cell) => (/^'[=+\-@\t\r']/.test(cell) ? cell.slice(1) : cell)));
}

/** Every element and attribute name in an HTML document or fragment: "tag" and "tag[attr]". */
export function markupInventory(tree: Root | Element, into = new Set<string>()): Set<string> {
  for (const node of tree.children) {
    if (node.type !== 'element') continue;
    into.add(node.tagName);
    for (const name of Object.keys(node.properties)) into.add(`${node.tagName}[${name}]`);
    markupInventory(node, into);
    if (node.content) markupInventory(node.content, into);
  }
  return into;
}

export const fragmentInventory = (html: string) => markupInventory(fromHtml(html, { fragment: true }));

/** A JSON-LD script element as PageMeta writes it: exactly one element, holding exactly the data. */
export function expectJsonLdScript(text: string, data: unknown): void {
  const tree = fromHtml(`<script type="application/ld+json">${text}</script><p>after</p>`, { fragment: true });
  const elements = tree.children.filter((n): n is Element => n.type === 'element');
  expect(elements.map((e) => e.tagName)).toEqual(['script', 'p']);
  const raw = elements[0]!.children.map((c) => (c.type === 'text' ? c.value : '')).join('');
  expect(JSON.parse(raw)).toEqual(JSON.parse(JSON.stringify(data)));
}

/** SVG elements and the text drawn, read by a strict XML parser. */
export function readSvg(svg: string): { elements: Set<string>; text: string } {
  expect(xmlProblems(svg)).toEqual([]);
  const elements = new Set<string>();
  let text = '';
  const parser = new SaxesParser();
  parser.on('opentag', (tag) => elements.add(tag.name));
  parser.on('text', (t) => (text += `${t} `));
  parser.write(svg).close();
  return { elements, text };
}
