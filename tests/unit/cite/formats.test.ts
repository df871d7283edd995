// Formatted citations and reference-manager files, parsed back with citation-js itself.
import { describe, expect, it } from 'vitest';
import { Cite } from '@citation-js/core';
import { bibliographyText, formattedCitations, toBibtex, toCslJson, toRis } from '../../../src/cite/formats.ts';
import { citationCsl, statementCsl } from '../../../src/cite/csl.ts';
import { collection, editorial, joint, signatoryNames, site } from './fixtures.ts';

const jointItem = statementCsl(joint, collection, site);
const editorialItem = statementCsl(editorial, collection, site);

type Name = { literal?: string; family?: string; given?: string };
const authorsOf = (text: string) => new Cite(text).data.map((d) => d['author'] as Name[]);
/** A whole name comes back as a literal, or as a family name with no given name. */
const wholeName = (n: Name) => n.literal ?? (n.given === undefined ? n.family : undefined);

describe('formatted citations', () => {
  it('writes APA with every organization name whole, never as initials', () => {
    // citeproc prints typographic apostrophes (No’j).
    const apa = bibliographyText([jointItem], 'apa')[0]!.replace(/’/g, "'");
    for (const name of signatoryNames) expect(apa).toContain(name);
    expect(apa).not.toMatch(/Defense, K\.|Quiché, P\./);
    expect(apa).toContain('(2019). Civil Society Organizations Express Deep Concern [Joint statement].');
  });

  it('gives APA, MLA and Chicago their own forms of a person’s name and date', () => {
    const [apa] = bibliographyText([editorialItem], 'apa');
    const [mla] = bibliographyText([editorialItem], 'mla');
    const [chicago] = bibliographyText([editorialItem], 'chicago');
    expect(apa).toMatch(/^Burgi-Palomino, D\. \(2017, February\)\./);
    expect(mla).toMatch(/^Burgi-Palomino, Daniella\. “Standing up to President Trump’s Harmful Policies\.” CAMMINA, Feb\. 2017\./i);
    expect(chicago).toMatch(/^Burgi-Palomino, Daniella\. “Standing up to President Trump’s Harmful Policies\.” Editorial\. CAMMINA \(blog\), February 2017\./i);
  });

  it('renders each style as HTML with the title in italics and the text escaped', () => {
    const styles = formattedCitations(jointItem);
    expect(styles.map((s) => s.style)).toEqual(['apa', 'mla', 'chicago']);
    expect(styles[0]!.html).toContain('<i>Civil Society Organizations Express Deep Concern</i>');
    expect(styles.every((s) => !s.html.includes('csl-entry'))).toBe(true);
    expect(styles[1]!.html).toContain('Border &#38; Migration Statements');
  });
});

describe('reference-manager files', () => {
  it('writes BibTeX that parses back with no organization split into first and last names', () => {
    const bib = toBibtex([jointItem]);
    expect(bib).toMatch(/^@techreport\{/);
    expect(authorsOf(bib)[0]!.map(wholeName)).toEqual(signatoryNames);
  });

  it('writes RIS that parses back with the same title, address and whole names', () => {
    const ris = toRis([jointItem, editorialItem]);
    const [first, second] = new Cite(ris).data;
    expect(first).toMatchObject({ type: 'report', title: jointItem.title, URL: jointItem.URL });
    // RIS reads "A, B" as family and given names and has no escape for a comma: only names
    // without one can travel whole (BibTeX and CSL-JSON keep every name whole).
    const commaFree = signatoryNames.filter((n) => !n.includes(','));
    expect((first!['author'] as Name[]).map(wholeName).filter((n) => n !== undefined)).toEqual(commaFree);
    expect(second!['author']).toEqual([{ family: 'Burgi-Palomino', given: 'Daniella' }]);
  });

  it('keeps each RIS tag on one line, however long its value', () => {
    const long = { ...editorialItem, title: 'A title long enough to pass the seventy characters citation-js would wrap it at' };
    const lines = toRis([long]).split('\n').filter(Boolean);
    expect(lines.every((line) => /^[A-Z][A-Z0-9] {2}-( |$)/.test(line))).toBe(true);
    expect(lines).toContain(`TI  - ${long.title}`);
  });

  it('writes CSL-JSON that citation-js imports unchanged', () => {
    const work = citationCsl('wola-agents', collection.citations.get('wola-agents')!, collection);
    const json = toCslJson([jointItem, work]);
    const data = JSON.parse(json) as Record<string, unknown>[];
    expect(data.map((d) => d['id'])).toEqual(['2019-joint', 'wola-agents']);
    expect(authorsOf(json)[0]).toEqual(signatoryNames.map((literal) => ({ literal })));
  });
});
