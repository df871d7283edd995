// The keys that let a rebuild copy an entity page instead of rendering it: a page's key changes with
// the code, with any record, and with the text of every statement the page shows (the statements its
// appearances list, src/content/appearances.ts, are the oracle), and with nothing else.
import { describe, expect, it } from 'vitest';
import { buildAppearances } from '../../../src/content/appearances.ts';
import { pageKeys, type PageKeys, type StatementText } from '../../../src/build/page-keys.ts';
import { statementSchema, organizationSchema, policySchema, citationSchema } from '../../../src/content/schemas/index.ts';
import type { Collection, StatementRecord } from '../../../src/content/model.ts';

const provenance = { source: 'content/sources/x.txt', description: 'Test.', transcribed: '2026-01-01' };
function statement(id: string, data: Record<string, unknown>, passage = 'DHS agents and the metering practice.'): StatementRecord {
  return {
    id,
    data: statementSchema.parse({ title: id, date: '2019-06-13', kind: 'letter', language: 'en', summary: 'S.', provenance, ...data }),
    passages: [{ number: 1, text: passage }],
    noteReferences: [{ note: 1, occurrence: 1, passage: 1, sentence: 'A claim.' }],
    noteTexts: [{ note: 1, label: '1', text: 'A note.' }],
    lostLinks: 0,
  };
}

function collection(): Collection {
  return {
    statements: [
      statement('a', {
        signatories: [{ group: 'US', organizations: ['wola', { id: 'hrf', printed: 'HRF' }] }],
        authors: [{ name: 'Ana', affiliation: 'imumi' }],
        publisher: 'hrf',
        actors: ['dhs'],
        policies: ['metering'],
        notes: [{ note: 1, citations: ['cbp-report'] }],
      }),
      statement('b', { signatories: [{ group: 'All', organizations: ['wola'] }], policies: ['mpp'] }),
      statement('c', { publisher: 'hrf' }),
    ],
    organizations: new Map(Object.entries({
      wola: organizationSchema.parse({ name: 'Washington Office on Latin America', acronym: 'WOLA', type: 'ngo' }),
      hrf: organizationSchema.parse({ name: 'Human Rights First', type: 'ngo' }),
      imumi: organizationSchema.parse({ name: 'IMUMI', type: 'ngo' }),
      dhs: organizationSchema.parse({ name: 'Department of Homeland Security', acronym: 'DHS', type: 'government-agency' }),
      cbp: organizationSchema.parse({ name: 'Customs and Border Protection', acronym: 'CBP', type: 'government-agency' }),
      quiet: organizationSchema.parse({ name: 'Appears nowhere', type: 'ngo' }),
    })),
    policies: new Map([
      ['metering', policySchema.parse({ name: 'Metering', kind: 'practice', countries: ['US'], summary: 'S.' })],
      ['mpp', policySchema.parse({ name: 'Remain in Mexico', kind: 'program', countries: ['US'], summary: 'S.' })],
    ]),
    citations: new Map([
      ['cbp-report', citationSchema.parse({ title: 'Report', publisher: 'cbp', url: 'https://example.org/r', language: 'en', kind: 'government' })],
      ['uncited', citationSchema.parse({ title: 'Other', publisher: 'wola', url: 'https://example.org/o', language: 'en', kind: 'ngo' })],
    ]),
  };
}

const texts = (c: Collection): StatementText[] => c.statements.map((s) => ({ id: s.id, html: `<p>${s.id}</p>`, transcription: `${s.id} as printed` }));

const site = ['publisher: Coalition', 'countries: {}'];

type Page = [keyof PageKeys, string];
function pages(c: Collection): Page[] {
  return [
    ...c.statements.map((s): Page => ['statement', s.id]),
    ...[...c.organizations.keys()].map((id): Page => ['organization', id]),
    ...[...c.policies.keys()].map((id): Page => ['policy', id]),
    ...[...c.citations.keys()].map((id): Page => ['citation', id]),
  ];
}
const keysOf = (keys: PageKeys, c: Collection) => new Map(pages(c).map(([kind, id]) => [`${kind}:${id}`, keys[kind](id)]));

/** The statements a page shows, by the appearances its template reads. */
function shown(c: Collection, [kind, id]: Page): string[] {
  const appearances = buildAppearances(c);
  if (kind === 'statement') return [id];
  if (kind === 'policy') return appearances.policy(id).map((x) => x.statement.id);
  if (kind === 'citation') return appearances.citation(id).map((x) => x.statement.id);
  const roles = appearances.organization(id);
  return [...roles.signed, ...roles.authored, ...roles.citedAs, ...roles.actor].map((x) => x.statement.id).concat(roles.published.map((s) => s.id));
}

describe('page keys', () => {
  const base = collection();
  const before = keysOf(pageKeys('code', site, base, texts(base)), base);

  it('are the same for the same code and content, and differ between pages', () => {
    const again = collection();
    expect(keysOf(pageKeys('code', site, again, texts(again)), again)).toEqual(before);
    expect(new Set(before.values()).size).toBe(before.size);
  });

  it('all change with the code, a site file or any record', () => {
    const changed = (keys: Map<string, string>) => [...keys].filter(([page, key]) => before.get(page) !== key).length;
    expect(changed(keysOf(pageKeys('other code', site, base, texts(base)), base))).toBe(before.size);
    expect(changed(keysOf(pageKeys('code', ['publisher: Another', site[1]!], base, texts(base)), base))).toBe(before.size);
    for (const edit of [
      (c: Collection) => { c.organizations.get('quiet')!.name = 'Renamed'; },
      (c: Collection) => { c.policies.get('mpp')!.summary = 'Another summary.'; },
      (c: Collection) => { c.citations.get('uncited')!.title = 'Retitled'; },
      (c: Collection) => { c.statements[2]!.data.title = 'Retitled'; },
    ]) {
      const c = collection();
      edit(c);
      expect(changed(keysOf(pageKeys('code', site, c, texts(c)), c))).toBe(before.size);
    }
  });

  for (const id of ['a', 'b', 'c']) {
    it(`change, when statement ${id}'s text changes, for exactly the pages that show it`, () => {
      const expected = pages(base).filter((page) => shown(base, page).includes(id)).map(([kind, pid]) => `${kind}:${pid}`);
      expect(expected.length).toBeGreaterThan(1);
      for (const edit of [
        (c: Collection, t: StatementText[]) => { c.statements.find((s) => s.id === id)!.passages[0]!.text = 'A new sentence.'; return t; },
        (c: Collection, t: StatementText[]) => { c.statements.find((s) => s.id === id)!.noteReferences[0]!.sentence = 'Another claim.'; return t; },
        (_: Collection, t: StatementText[]) => t.map((x) => (x.id === id ? { ...x, html: '<p>changed</p>' } : x)),
        (_: Collection, t: StatementText[]) => t.map((x) => (x.id === id ? { ...x, transcription: 'corrected' } : x)),
      ]) {
        const c = collection();
        const t = edit(c, texts(c));
        const after = keysOf(pageKeys('code', site, c, t), c);
        expect([...after].filter(([page, key]) => before.get(page) !== key).map(([page]) => page).sort()).toEqual(expected.sort());
      }
    });
  }
});
