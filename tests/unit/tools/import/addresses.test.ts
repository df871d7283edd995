// A note whose only links are <https://…> is read without the Markdown parser (40,000 notes would
// take a quarter of a minute to parse): that shortcut must find exactly what the parser finds.
import fs from 'node:fs';
import { describe, expect, test } from 'vitest';
import { addressesIn, autolinksOnly, parsedLinks } from '../../../../src/tools/import/citations.ts';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkGfm from 'remark-gfm';
import { visit } from 'unist-util-visit';

/** The parser alone, with no shortcut at all. */
const parsedLinksOf = (text: string): string[] => {
  const urls: string[] = [];
  visit(unified().use(remarkParse).use(remarkGfm).parse(text), 'link', (link) => void (/^https?:\/\//i.test(link.url) && urls.push(link.url)));
  return urls;
};
import { pastedStatement } from '../../../../scripts/bench/pasted-text.ts';
import { noteTexts } from './helpers.ts';

const curated = fs.readdirSync('content/statements').flatMap((file) => noteTexts(fs.readFileSync(`content/statements/${file}`, 'utf8')).map(([, text]) => text));
const pasted = pastedStatement(64 * 1024).text.split('\n').filter((line) => /^[⁰¹²³⁴⁵⁶⁷⁸⁹]+ /.test(line)).map((line) => line.replace(/^\S+ /, ''));

const tricky = [
  'WOLA, *Turned away*, June 3, 2019, <https://www.wola.org/analysis/turned-away/>',
  'Two works: <https://a.org/one> and <http://b.org/two?x=1>.',
  '<HTTPS://EXAMPLE.ORG/CAPS>',
  'See <https://a.org/x> and also https://b.org/bare.',
  'See <https://a.org/x> and www.b.org.',
  'See [the report](https://a.org/report) and <https://b.org/>.',
  'See <https://a.org/?a=1&amp;b=2>.',
  'An entity &amp; then <https://a.org/>.',
  'Code `<https://a.org/>` is not a link.',
  'Escaped \\<https://a.org/> is not a link.',
  '<sup>1</sup> <https://a.org/>',
  '> quoted <https://a.org/>',
  '    indented <https://a.org/>',
  '[^2]: <https://a.org/>',
  'Ministerio, “Acuerdo”, 2019, <https://www.gob.mx/sre/prensa/acuerdo-1?idiom=es>',
  'Brackets [sic] around <https://a.org/>',
  'Space inside <https://a.org/a b> is no autolink.',
  'Non-breaking space <https://a.org/a\u00a0b> is one.',
  'No link at all.',
];

describe('reading a note\'s addresses without the parser', () => {
  test.each([...tricky, ...curated, ...pasted].map((text) => [text]))('%s', (text) => {
    const quick = autolinksOnly(text);
    if (quick !== undefined) expect(quick).toEqual(parsedLinks(text));
  });

  test('takes the shortcut for the common note, and parses anything unusual', () => {
    expect(autolinksOnly(tricky[0]!)).toEqual([{ url: 'https://www.wola.org/analysis/turned-away/', end: tricky[0]!.length }]);
    expect(pasted.filter((text) => text.includes('<https')).every((text) => autolinksOnly(text) !== undefined)).toBe(true);
    for (const text of tricky.slice(3, 14)) expect(autolinksOnly(text), text).toBeUndefined();
  });
});

test('a note without an address, or with one only as a character reference, is read like the parser reads it', () => {
  for (const text of ['The figures were compiled by the signatories.', 'An address written &#104;ttps://a.org/x as entities.', 'See www.a.org.']) {
    expect(addressesIn(text).map((a) => a.url)).toEqual(parsedLinksOf(text));
  }
});
