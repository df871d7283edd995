// The search in each interface language: records, filter values, labels and messages come from the
// content's names (content/terms.yaml through termLabel, a record's `es:` block through inLocale) and
// the search catalogue, never from a table of their own; shared links read in either language.
import { describe, expect, it } from 'vitest';
import type { Locale } from '../../../src/lib/locales.ts';

const { buildAppearances } = await import('../../../src/content/appearances.ts');
const schemas = await import('../../../src/content/schemas/index.ts');
const { citationRecord, organizationRecord, policyRecord, statementRecord } = await import('../../../src/search/record.ts');
const { contentAliases } = await import('../../../src/search/content-aliases.ts');
const { interfaceAliases, mergeAliases } = await import('../../../src/search/aliases.ts');
const { parseSearchState, pagefindFilters, pairedCounts, serializeSearchState } = await import('../../../src/search/state.ts');
const { statusMessage } = await import('../../../src/search/results.ts');
const { vocabulary } = await import('../../../src/search/vocabulary.ts');
const { namedCountry } = await import('../../../src/search/names.ts');
const { localeOfLang, searchWords } = await import('../../../src/search/words.ts');
type Collection = import('../../../src/content/model.ts').Collection;

const mpp = schemas.policySchema.parse({
  name: 'Migrant Protection Protocols', aliases: ['Remain in Mexico'], kind: 'policy', date: '2018-12-20', countries: ['US', 'MX'], summary: 'Return to Mexico.',
  es: { name: 'Protocolos de Protección a Migrantes', aliases: ['Quédate en México'] },
});
const metering = schemas.policySchema.parse({ name: 'Metering', kind: 'practice', countries: ['US'], summary: 'Limits at ports.' });
const organizations = new Map([
  ['wola', schemas.organizationSchema.parse({ name: 'WOLA', type: 'ngo', countries: ['US'] })],
  ['pop-noj', schemas.organizationSchema.parse({ name: "Asociación Pop No'j", type: 'ngo', countries: ['GT'] })],
]);
const policies = new Map([['mpp', mpp], ['metering', metering]]);
const citations = new Map([
  ['jornada', schemas.citationSchema.parse({ title: 'Tropas de EU', publisher: 'pop-noj', date: '2019-06-03', url: 'https://example.org/j', language: 'es', kind: 'news' })],
]);
const statement = {
  id: '2019', passages: [], noteReferences: [], noteTexts: [], lostLinks: 0,
  data: schemas.statementSchema.parse({
    title: 'Civil Society Organizations Express Deep Concern', date: '2019-06-13', kind: 'joint-statement', language: 'en', summary: 'S.',
    provenance: { source: 's.txt', description: 'D.', transcribed: '2026-11-23' },
    signatories: [{ group: 'Guatemala', organizations: ['wola', 'pop-noj'] }], policies: ['mpp'],
  }),
};
const collection: Collection = { statements: [statement], organizations, policies, citations };

describe('search records in the page\'s language', () => {
  it('a statement on a Spanish page has Spanish type, policy, role, country and language values', () => {
    const r = statementRecord(statement, collection, 'es');
    expect(r.locale).toBe('es');
    expect(r.filters).toEqual({
      type: ['Declaración'],
      policy: ['Protocolos de Protección a Migrantes'],
      organization: ['WOLA', "Asociación Pop No'j"],
      role: ['Firmó'],
      country: ['Estados Unidos', 'México'],
      year: ['2019'],
      language: ['Inglés'],
    });
    expect(r.detail.startsWith('Declaración conjunta · ')).toBe(true);
    expect(r.involves).toContain('policy:discussed:Protocolos de Protección a Migrantes');
  });

  it('the same statement on an English page keeps today\'s English values', () => {
    expect(statementRecord(statement, collection, 'en').filters).toMatchObject({
      type: ['Statement'], policy: ['Migrant Protection Protocols'], role: ['Signed'], country: ['Mexico', 'United States'], language: ['English'],
    });
  });

  it('a policy is listed under its Spanish name and found by its names in both languages', () => {
    const r = policyRecord('mpp', collection, 'es');
    expect(r.filters.policy).toEqual(['Protocolos de Protección a Migrantes']);
    expect(r.entity?.name).toBe('Protocolos de Protección a Migrantes');
    expect(r.language).toBe('es');
    expect(r.detail.split(' · ')[0]).toBe('Política');
    expect(r.entity?.names).toEqual(['migrant protection protocols', 'protocolos de proteccion a migrantes', 'quedate en mexico', 'remain in mexico']);
    expect(policyRecord('mpp', collection, 'en').entity?.names).toEqual(r.entity?.names);
  });

  it('a policy without a Spanish name keeps its English one, marked as English', () => {
    const r = policyRecord('metering', collection, 'es');
    expect(r.filters.policy).toEqual(['Metering']);
    expect(r.language).toBe('en');
    expect(r.detail).toBe('Política · Práctica');
  });

  it('organizations and cited works say their type, kind, country and language in Spanish', () => {
    expect(organizationRecord('pop-noj', collection, buildAppearances(collection), 'es')).toMatchObject({
      filters: { type: ['Organización'], organization: ["Asociación Pop No'j"], country: ['Guatemala'] },
      detail: 'Organización · Organización no gubernamental · Guatemala',
    });
    const work = citationRecord('jornada', collection, 'es');
    expect(work.filters).toMatchObject({ type: ['Obra citada'], language: ['Español'] });
    expect(work.detail).toMatch(/^Obra citada · Prensa · /);
  });
});

describe('shared links in either language', () => {
  const es = mergeAliases(interfaceAliases('es'), contentAliases(collection, 'es'));
  const en = mergeAliases(interfaceAliases('en'), contentAliases(collection, 'en'));

  it('an English link opened on the Spanish search means the same filters, in Spanish', () => {
    const state = parseSearchState('?q=asylum&type=Statement&policy=Migrant+Protection+Protocols&country=Mexico&role=Signed&language=English', es);
    expect(state.filters).toEqual({
      type: ['Declaración'], policy: ['Protocolos de Protección a Migrantes'], role: ['Firmó'], country: ['México'], language: ['Inglés'],
    });
    expect(serializeSearchState(state)).toBe('?q=asylum&type=Declaraci%C3%B3n&policy=Protocolos+de+Protecci%C3%B3n+a+Migrantes&role=Firm%C3%B3&country=M%C3%A9xico&language=Ingl%C3%A9s');
  });

  it('a Spanish link opened on the English search means the same filters, in English', () => {
    const state = parseSearchState('?type=Declaraci%C3%B3n&type=Obra+citada&country=Estados+Unidos&role=Fue+nombrada', en);
    expect(state.filters).toEqual({ type: ['Statement', 'Cited work'], country: ['United States'], role: ['Was named'] });
  });

  it('an old link\'s type=Source means cited works in both languages', () => {
    expect(parseSearchState('?type=Source', es).filters).toEqual({ type: ['Obra citada'] });
    expect(parseSearchState('?type=Source').filters).toEqual({ type: ['Cited work'] });
  });

  it('values the same in both languages (organizations, years) pass unchanged', () => {
    expect(contentAliases(collection, 'es').country).toEqual({ Mexico: 'México', 'United States': 'Estados Unidos' });
    expect(parseSearchState("?organization=Asociaci%C3%B3n+Pop+No'j&year=2019", es).filters).toEqual({ organization: ["Asociación Pop No'j"], year: ['2019'] });
  });

  it('Spanish roles chosen with an organization filter by the same involvement as English ones', () => {
    const state = { query: '', filters: { organization: ['WOLA'], role: ['Firmó'] } };
    expect(pagefindFilters(state)).toEqual({ involves: { any: ['organization:signed:WOLA'] } });
    expect(pairedCounts('role', { 'organization:signed:WOLA': 2 }, state, 'es')).toEqual({ Firmó: 2 });
  });

  it('a country typed in the other language names this index\'s country', () => {
    expect(namedCountry('Mexico', ['Estados Unidos', 'México'], es.country)).toBe('México');
    expect(namedCountry('estados unidos', ['Estados Unidos', 'México'], es.country)).toBe('Estados Unidos');
    expect(namedCountry('Canada', ['Estados Unidos', 'México'], es.country)).toBeUndefined();
  });
});

describe('the search\'s words', () => {
  it('the live region speaks Spanish on the Spanish search', () => {
    const es = mergeAliases(interfaceAliases('es'), contentAliases(collection, 'es'));
    expect(statusMessage(parseSearchState('?q=muro&type=Declaraci%C3%B3n&type=Pol%C3%ADtica', es), 3, 'es')).toBe('3 resultados para «muro» con Tipo: Declaración o Política.');
    expect(statusMessage(parseSearchState('?year=2019', es), 2, 'es')).toBe('2 resultados para Año: 2019, de lo más reciente a lo más antiguo.');
    expect(statusMessage(parseSearchState('?q=zzz', es), 0, 'es')).toBe('Ningún resultado para «zzz».');
  });

  it('every search word has a Spanish version that is not empty', () => {
    for (const [key, value] of Object.entries(searchWords.es)) {
      const text = typeof value === 'function' ? (value as (...a: unknown[]) => string)('X', 2) : value;
      expect(text.trim(), key).not.toBe('');
    }
    expect(Object.keys(searchWords.es).sort()).toEqual(Object.keys(searchWords.en).sort());
  });

  it('the page\'s language comes from <html lang>, English when it is unknown', () => {
    expect([localeOfLang('es'), localeOfLang('es-MX'), localeOfLang('en'), localeOfLang('fr'), localeOfLang(null)]).toEqual(['es', 'es', 'en', 'en', 'en']);
  });

  it('"Did you mean" knows the names of policies and countries in both languages', () => {
    const names = vocabulary(collection).names;
    for (const name of ['Protocolos de Protección a Migrantes', 'Quédate en México', 'Migrant Protection Protocols', 'Estados Unidos', 'United States']) expect(names).toContain(name);
  });
});
