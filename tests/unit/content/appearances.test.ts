// Backlinks for entity pages, from one index over the collection: who signed, wrote, published,
// was cited or named where, which statements discuss a policy, and who signs alongside whom.
import { describe, expect, it } from 'vitest';
import { buildAppearances } from '../../../src/content/appearances.ts';
import { statementSchema, organizationSchema, policySchema, citationSchema } from '../../../src/content/schemas/index.ts';
import type { Collection, StatementRecord } from '../../../src/content/model.ts';

const provenance = { source: 'content/sources/x.txt', description: 'Test.', transcribed: '2026-01-01' };
function statement(id: string, data: Record<string, unknown>, passages: { number: number; text: string }[] = [], labels = ['1']): StatementRecord {
  return {
    id,
    data: statementSchema.parse({ title: id, date: '2019-06-13', kind: 'letter', language: 'en', summary: 'S.', provenance, ...data }),
    passages,
    noteReferences: [{ note: 1, occurrence: 1, passage: 1, sentence: 'A claim.' }],
    noteTexts: labels.map((label, i) => ({ note: i + 1, label, text: 'A note.' })),
    lostLinks: 0,
  };
}

const a = statement('a', {
  signatories: [{ group: 'US', organizations: ['wola', 'hrf'] }, { group: 'MX', organizations: ['imumi', { id: 'wola', printed: 'WOLA' }] }],
  authors: [{ name: 'Ana', affiliation: 'wola' }],
  publisher: 'hrf',
  actors: ['dhs'],
  policies: ['metering'],
  notes: [{ note: 1, citations: ['hrf-report'] }],
}, [{ number: 1, text: 'DHS agents and the metering practice.' }, { number: 2, text: 'Nothing here.' }]);
const b = statement('b', { signatories: [{ group: 'All', organizations: ['wola', 'imumi'] }], policies: ['metering'] }, [{ number: 1, text: 'No policy named.' }]);

const collection: Collection = {
  statements: [a, b],
  organizations: new Map(Object.entries({
    wola: organizationSchema.parse({ name: 'Washington Office on Latin America', acronym: 'WOLA', type: 'ngo' }),
    hrf: organizationSchema.parse({ name: 'Human Rights First', type: 'ngo' }),
    imumi: organizationSchema.parse({ name: 'IMUMI', type: 'ngo' }),
    dhs: organizationSchema.parse({ name: 'Department of Homeland Security', acronym: 'DHS', type: 'government-agency' }),
  })),
  policies: new Map([['metering', policySchema.parse({ name: 'Metering', kind: 'practice', countries: ['US'], summary: 'S.' })]]),
  citations: new Map([['hrf-report', citationSchema.parse({ title: 'Report', publisher: 'hrf', url: 'https://example.org/r', language: 'en', kind: 'ngo' })]]),
};

describe('appearances', () => {
  const appearances = buildAppearances(collection);

  it('lists every group an organization signed under, once per group, in collection order', () => {
    expect(appearances.organization('wola').signed.map((s) => [s.statement.id, s.group])).toEqual([['a', 'US'], ['a', 'MX'], ['b', 'All']]);
  });

  it('records authorship, publishing, published works and the notes citing them', () => {
    expect(appearances.organization('wola').authored.map((x) => x.author)).toEqual(['Ana']);
    expect(appearances.organization('hrf').published.map((s) => s.id)).toEqual(['a']);
    expect(appearances.organization('hrf').publishedWorks).toEqual(['hrf-report']);
    expect(appearances.organization('hrf').citedAs.map((c) => [c.statement.id, c.note, c.citation, c.references[0]!.sentence])).toEqual([['a', 1, 'hrf-report', 'A claim.']]);
    expect(appearances.citation('hrf-report').map((n) => n.statement.id)).toEqual(['a']);
  });

  it('quotes the passages that name an actor, by acronym with exact case', () => {
    expect(appearances.organization('dhs').actor.map((x) => [x.statement.id, x.passages.map((p) => p.number)])).toEqual([['a', [1]]]);
  });

  it('finds a policy’s statements and the passages naming it', () => {
    expect(appearances.policy('metering').map((d) => [d.statement.id, d.passages.map((p) => p.number)])).toEqual([['a', [1]], ['b', []]]);
  });

  it('counts co-signers per statement, most frequent first, not per group', () => {
    expect(appearances.coSigners('wola')).toEqual([{ id: 'imumi', count: 2 }, { id: 'hrf', count: 1 }]);
  });

  it('answers for an id that appears nowhere with empty lists', () => {
    expect(appearances.organization('nobody')).toMatchObject({ signed: [], authored: [], published: [], citedAs: [], actor: [] });
    expect(appearances.policy('none')).toEqual([]);
    expect(appearances.citation('none')).toEqual([]);
  });

  it('links a citing note to its reference and passage by the anchors the statement page uses', () => {
    const [note] = appearances.citation('hrf-report');
    expect(note!.references).toEqual([{ reference: 'fnref-1', passage: 'p-1', sentence: 'A claim.' }]);
  });

  it('finds a note whose front-matter label differs from the text only in case, as GFM matches them', () => {
    const c = statement('c', { notes: [{ note: '*', kind: 'explanatory' }, { note: 'a', citations: ['hrf-report'] }] }, [], ['*', 'A']);
    const found = buildAppearances({ ...collection, statements: [c] }).citation('hrf-report');
    expect(found.map((n) => [n.statement.id, n.note])).toEqual([['c', 2]]);
  });
});
