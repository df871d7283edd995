// The filter values, sort date and result line each indexed page gives Pagefind.
import { describe, expect, it } from 'vitest';
import { buildAppearances } from '../../../src/content/appearances.ts';
import type { Collection, StatementRecord } from '../../../src/content/model.ts';
import { citationSchema, organizationSchema, policySchema, statementSchema } from '../../../src/content/schemas/index.ts';
import {
  citationRecord, organizationRecord, policyRecord, statementCountries, statementRecord, undatedSortKey,
} from '../../../src/search/record.ts';

const organizations = new Map([
  ['wola', organizationSchema.parse({ name: 'Washington Office on Latin America', acronym: 'WOLA', type: 'ngo', countries: ['US'] })],
  ['pop-noj', organizationSchema.parse({ name: "Asociación Pop No'j", type: 'ngo', countries: ['GT'] })],
  ['lawgef', organizationSchema.parse({ name: 'LAWG Education Fund', type: 'ngo', countries: ['US'] })],
  ['cammina', organizationSchema.parse({ name: 'CAMMINA', type: 'coalition' })],
  ['dhs', organizationSchema.parse({ name: 'Department of Homeland Security', type: 'government-agency', countries: ['US'] })],
  ['vanguardia', organizationSchema.parse({ name: 'Vanguardia', type: 'news-outlet', countries: ['MX'] })],
  ['unused', organizationSchema.parse({ name: 'Quiet Group', type: 'other' })],
]);
const policies = new Map([
  ['metering', policySchema.parse({ name: 'Metering', kind: 'practice', countries: ['US', 'MX'], summary: 'Limits on asylum at ports.' })],
  ['mpp', policySchema.parse({ name: 'Migrant Protection Protocols', kind: 'policy', date: '2018-12-20', countries: ['US', 'MX'], summary: 'Return to Mexico.' })],
]);
const citations = new Map([
  ['vanguardia-80-mil', citationSchema.parse({ title: 'En seis meses, México devolvió a su país 80 mil migrantes', publisher: 'vanguardia', date: '2019-06-04', url: 'https://vanguardia.com.mx/a', language: 'es', kind: 'news' })],
  ['undated', citationSchema.parse({ title: 'Factsheet', publisher: 'wola', url: 'https://example.org/f', language: 'en', kind: 'ngo' })],
]);
const record = (id: string, data: Record<string, unknown>): StatementRecord => ({
  id, data: statementSchema.parse(data), passages: [], noteReferences: [], noteTexts: [], lostLinks: 0,
});
const provenance = { source: 's.txt', description: 'Transcribed.', transcribed: '2026-11-23' };
const joint = record('2019-joint', {
  title: 'Joint statement', date: '2019-06-13', kind: 'joint-statement', language: 'en', summary: 'S.', provenance,
  signatories: [{ group: 'United States', organizations: ['wola', { id: 'pop-noj', printed: 'Pop Noj' }] }],
  policies: ['metering', 'mpp'], actors: ['dhs'],
});
const editorial = record('2017-editorial', {
  title: 'Editorial', date: '2017-02', kind: 'editorial', language: 'es', summary: 'S.', provenance,
  authors: [{ name: 'Daniella Burgi-Palomino', affiliation: 'lawgef' }], publisher: 'cammina',
});
const collection: Collection = { statements: [joint, editorial], organizations, policies, citations };
const appearances = buildAppearances(collection);

describe('statement records', () => {
  it('carry type, policies, the organizations that speak for the statement, year and language', () => {
    expect(statementRecord(joint, collection, 'en').filters).toEqual({
      type: ['Statement'],
      policy: ['Metering', 'Migrant Protection Protocols'],
      organization: ['Washington Office on Latin America', "Asociación Pop No'j"],
      role: ['Signed', 'Was named'],
      country: ['Mexico', 'United States'],
      year: ['2019'],
      language: ['English'],
    });
    expect(statementRecord(editorial, collection, 'en').filters.organization).toEqual(['CAMMINA', 'LAWG Education Fund']);
  });

  it('sort by their date, partial dates included, and mark the title language', () => {
    const r = statementRecord(editorial, collection, 'en');
    expect(r.date).toBe('2017-02');
    expect(r.filters.year).toEqual(['2017']);
    expect(r.language).toBe('es');
    expect(r.detail).toBe('Editorial · February 2017');
  });

  it('are about the countries of the policies they discuss and the actors they name, not of their signers', () => {
    expect(statementCountries(joint, collection, 'en')).toEqual(['Mexico', 'United States']);
    expect(statementCountries(editorial, collection, 'en')).toEqual([]);
  });
});

describe('entity records', () => {
  it('an organization sorts by the latest statement or work it appears in, and names itself as a filter value', () => {
    const r = organizationRecord('wola', collection, appearances, 'en');
    expect(r.filters).toEqual({ type: ['Organization'], organization: ['Washington Office on Latin America'], country: ['United States'] });
    expect(r.date).toBe('2019-06-13');
    expect(organizationRecord('vanguardia', collection, appearances, 'en').date).toBe('2019-06-04');
  });

  it('an organization that appears nowhere still sorts, after every dated page', () => {
    const r = organizationRecord('unused', collection, appearances, 'en');
    expect(r.date).toBe(undatedSortKey);
    expect(r.detail).toBe('Organization · Other · International');
    expect([r.date, '2017-02'].sort().reverse()).toEqual(['2017-02', undatedSortKey]);
  });

  it('a policy carries its name, countries and year; one without a date still sorts', () => {
    expect(policyRecord('mpp', collection, 'en')).toMatchObject({
      filters: { type: ['Policy'], policy: ['Migrant Protection Protocols'], country: ['United States', 'Mexico'], year: ['2018'] },
      date: '2018-12-20',
      detail: 'Policy · December 20, 2018',
    });
    expect(policyRecord('metering', collection, 'en')).toMatchObject({ date: undatedSortKey, detail: 'Policy · Practice' });
    expect(policyRecord('metering', collection, 'en').filters.year).toBeUndefined();
  });

  it('a cited work carries its publisher, language and year, and marks a Spanish title as Spanish', () => {
    const r = citationRecord('vanguardia-80-mil', collection, 'en');
    expect(r.filters).toEqual({ type: ['Cited work'], organization: ['Vanguardia'], country: ['Mexico'], year: ['2019'], language: ['Spanish'] });
    expect(r.language).toBe('es');
    expect(r.detail).toBe('Cited work · News · Vanguardia · June 4, 2019 · Spanish');
    expect(citationRecord('undated', collection, 'en').date).toBe(undatedSortKey);
  });

  it('an unknown id is an error, not an empty record', () => {
    expect(() => policyRecord('nope', collection, 'en')).toThrow(/nope/);
  });
});
