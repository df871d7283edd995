// What a statement involves, as filter values, and how the role and organization filters combine.
import { describe, expect, it } from 'vitest';
import type { Collection, StatementRecord } from '../../../src/content/model.ts';
import { citationSchema, organizationSchema, policySchema, statementSchema } from '../../../src/content/schemas/index.ts';
import { statementInvolvement, statementRoles } from '../../../src/search/involvement.ts';
import { organizationRecord, policyRecord } from '../../../src/search/record.ts';
import { pagefindFilters, pairedCounts } from '../../../src/search/state.ts';
import { buildAppearances } from '../../../src/content/appearances.ts';

const organizations = new Map([
  ['wola', organizationSchema.parse({ name: 'WOLA', type: 'ngo', aliases: ['Washington Office on Latin America'], acronym: 'WOLA' })],
  ['lawg', organizationSchema.parse({ name: 'LAWG', type: 'ngo' })],
  ['dhs', organizationSchema.parse({ name: 'DHS', type: 'government-agency' })],
  ['post', organizationSchema.parse({ name: 'The Washington Post', type: 'news-outlet' })],
]);
const policies = new Map([['eo', policySchema.parse({
  name: 'Executive Order 13769', aliases: ['Muslim ban'], kind: 'executive-order', countries: ['US'], summary: 'S.',
  identifiers: [{ scheme: 'Executive Order', value: '13769' }],
})]]);
const citations = new Map([['story', citationSchema.parse({ title: 'A story', publisher: 'post', url: 'https://example.org/s', language: 'en', kind: 'news' })]]);
const statement: StatementRecord = {
  id: 's', passages: [], noteReferences: [], noteTexts: [], lostLinks: 0,
  data: statementSchema.parse({
    title: 'T', date: '2019-06-13', kind: 'joint-statement', language: 'en', summary: 'S.',
    provenance: { source: 's.txt', description: 'D.', transcribed: '2026-11-23' },
    signatories: [{ group: 'US', organizations: ['wola', 'lawg'] }],
    authors: [{ name: 'A. Person', affiliation: 'lawg' }], publisher: 'wola', actors: ['dhs'], policies: ['eo'],
    notes: [{ note: '1', citations: ['story'] }],
  }),
};
const collection: Collection = { statements: [statement], organizations, policies, citations };

describe('statement involvement', () => {
  it('records each organization in each role it takes, and the policies and works, by name', () => {
    expect(statementInvolvement(statement, collection, 'en').sort()).toEqual([
      'citation:cited:A story',
      'organization:authored:LAWG',
      'organization:cited:The Washington Post',
      'organization:named:DHS',
      'organization:published:WOLA',
      'organization:signed:LAWG',
      'organization:signed:WOLA',
      'policy:discussed:Executive Order 13769',
    ]);
  });

  it('gives the role filter every role some organization takes', () => {
    expect(statementRoles(statementInvolvement(statement, collection, 'en'), 'en')).toEqual(['Signed', 'Wrote', 'Published', 'Was cited', 'Was named']);
  });
});

describe('names that put a page first', () => {
  it('an organization is found by its name, acronym and aliases, normalized', () => {
    const r = organizationRecord('wola', collection, buildAppearances(collection), 'en');
    expect(r.entity).toEqual({ kind: 'organization', name: 'WOLA', names: ['washington office on latin america', 'wola'] });
  });

  it('a policy is found by its aliases and its identifiers', () => {
    expect(policyRecord('eo', collection, 'en').entity?.names).toEqual(['executive order 13769', 'muslim ban']);
  });
});

describe('organization and role chosen together', () => {
  const state = { query: '', filters: { organization: ['WOLA'], role: ['Signed', 'Published'], year: ['2019'] } };

  it('become one filter of the pairings, other filters unchanged', () => {
    expect(pagefindFilters(state)).toEqual({
      year: { any: ['2019'] },
      involves: { any: ['organization:signed:WOLA', 'organization:published:WOLA'] },
    });
  });

  it('leave the role out when counting roles, and count each role of the chosen organization', () => {
    expect(pagefindFilters(state, 'role')).toEqual({ organization: { any: ['WOLA'] }, year: { any: ['2019'] } });
    const counts = { 'organization:signed:WOLA': 3, 'organization:named:WOLA': 1, 'organization:signed:LAWG': 5, 'policy:discussed:X': 2 };
    expect(pairedCounts('role', counts, state, 'en')).toEqual({ Signed: 3, 'Was named': 1 });
    expect(pairedCounts('organization', counts, state, 'en')).toEqual({ WOLA: 3, LAWG: 5 });
  });
});
