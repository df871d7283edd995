// "Cite this" in the reader's language: with es, APA, MLA and Chicago use citation-js's Spanish CSL
// locale (es-ES): "y", Spanish month names, "Recuperado"; and the kind of statement in Spanish;
// English citations and the downloadable files do not change.
import { describe, expect, test, vi } from 'vitest';
import { citationCsl, statementCsl, type CslItem } from '../../../src/cite/csl.ts';
import { bibliographyText, citationFile, formattedCitations, spanishApaStyle } from '../../../src/cite/formats.ts';
import { runTask } from '../../../src/build/tasks.ts';
import { collection, editorial, joint, site } from './fixtures.ts';

// citeproc's first run of a style compiles it: room for a busy machine (no speed is tested).
vi.setConfig({ testTimeout: 60_000 });

const jointEs = statementCsl(joint, collection, site, 'es');
const editorialEs = statementCsl(editorial, collection, site, 'es');
const jointEn = statementCsl(joint, collection, site);
const text = (item: CslItem, style: 'apa' | 'mla' | 'chicago', locale: 'en' | 'es') => bibliographyText([item], style, locale)[0]!;

describe('Spanish citations', () => {
  test('APA joins the last two authors with "y", where English keeps "&"', () => {
    expect(text(jointEs, 'apa', 'es')).toContain('Asociación Pop No’j, y Primer Alcalde de Alcaldía Indígena ixil de Nebaj, Quiché. (2019).');
    expect(text(jointEs, 'apa', 'es')).not.toContain('&');
    expect(text(jointEn, 'apa', 'en')).toContain('Asociación Pop No’j, & Primer Alcalde');
  });

  test('the kind of statement is named in Spanish', () => {
    expect(text(jointEs, 'apa', 'es')).toContain('Civil Society Organizations Express Deep Concern [Declaración conjunta].');
    expect(text(jointEs, 'mla', 'es')).toContain('Declaración conjunta, 13 de junio de 2019.');
  });

  test('dates are written with Spanish month names in every style', () => {
    expect(text(editorialEs, 'apa', 'es')).toContain('Burgi-Palomino, D. (2017, febrero).');
    expect(text(editorialEs, 'chicago', 'es')).toContain('CAMMINA (blog), febrero de 2017.');
    expect(text(jointEs, 'chicago', 'es')).toContain(', y Primer Alcalde');
    expect(text(jointEs, 'chicago', 'es')).toContain('13 de junio de 2019.');
  });

  test('an undated web page reads "s. f." and "Recuperado … de" in Spanish, "n.d." and "Retrieved … from" in English', () => {
    const page = { ...citationCsl('undated', collection.citations.get('undated')!, collection), accessed: { 'date-parts': [[2026, 11, 20]] } } as CslItem;
    expect(text(page, 'apa', 'es')).toMatch(/\(s\.\sf\.\)\./); // "s. f.", sin fecha (with a no-break space)
    expect(text(page, 'apa', 'es')).toContain('Recuperado 20 de noviembre de 2026, de https://www.dhs.gov/news/x');
    expect(text(page, 'apa', 'en')).toContain('(n.d.).');
    expect(text(page, 'apa', 'en')).toContain('Retrieved November 20, 2026, from https://www.dhs.gov/news/x');
  });

  test('English citations are the same with or without a locale, and name the kind in English', () => {
    expect(formattedCitations(jointEn, 'en')).toEqual(formattedCitations(jointEn));
    expect(formattedCitations(jointEn).find((c) => c.style === 'apa')!.html).toContain('[Joint statement]');
  });

  test('the build task formats in the locale it is given', () => {
    const apa = runTask({ kind: 'citations', item: jointEs, locale: 'es' }).find((c) => c.style === 'apa')!.html;
    expect(apa).toContain(', y Primer Alcalde');
    expect(runTask({ kind: 'citations', item: jointEn }).find((c) => c.style === 'apa')!.html).toContain('&#38; Primer Alcalde');
  });

  test('the Spanish APA writes the locale\'s word for "and" instead of "&", and fails loudly if the style changes', () => {
    expect(spanishApaStyle('<name and="symbol"/><name and="symbol" delimiter=", "/>')).toBe('<name and="text"/><name and="text" delimiter=", "/>');
    expect(() => spanishApaStyle('<name and="text"/>')).toThrow(/check the Spanish APA/);
  });
});

describe('the files for reference managers', () => {
  test('are made from the English item, which the locale changes in nothing but the kind\'s name', () => {
    expect(statementCsl(joint, collection, site, 'en')).toEqual(jointEn);
    const { genre: es, ...restEs } = jointEs;
    const { genre: en, ...restEn } = jointEn;
    expect([en, es]).toEqual(['Joint statement', 'Declaración conjunta']);
    expect(restEs).toEqual(restEn);
    for (const file of ['cite.bib', 'cite.ris', 'cite.json'] as const) expect(citationFile(file, [jointEn])).toContain('Joint statement');
  });
});
