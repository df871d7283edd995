// "Did you mean": the nearest known words and names, from the vocabulary built with the site.
import { describe, expect, it } from 'vitest';
import type { Collection, StatementRecord } from '../../../src/content/model.ts';
import { organizationSchema, policySchema, statementSchema } from '../../../src/content/schemas/index.ts';
import { allowedSlips, suggestions } from '../../../src/search/suggest.ts';
import { vocabulary, type Vocabulary } from '../../../src/search/vocabulary.ts';

const statement: StatementRecord = {
  id: 's', noteReferences: [], lostLinks: 0,
  passages: [{ number: 1, text: 'Guatemala and Honduras; Guatemala again. Secretary Tillerson spoke.' }],
  noteTexts: [{ note: 1, label: '1', text: 'La Jornada, “Tropas de EU en Guatemala”.' }],
  data: statementSchema.parse({
    title: 'Border enforcement in Guatemala', date: '2019-06-13', kind: 'joint-statement', language: 'en', summary: 'Metering at the border.',
    provenance: { source: 's.txt', description: 'D.', transcribed: '2026-11-23' },
  }),
};
const collection: Collection = {
  statements: [statement],
  organizations: new Map([['dhs', organizationSchema.parse({ name: 'Department of Homeland Security', acronym: 'DHS', type: 'government-agency', aliases: ['Homeland Security'] })]]),
  policies: new Map([['metering', policySchema.parse({ name: 'Metering', kind: 'practice', countries: ['US'], summary: 'Limits on asylum seekers.' })]]),
  citations: new Map(),
};
const vocab: Vocabulary = vocabulary(collection);

describe('the vocabulary', () => {
  it('counts each word of the statements and records, keeping its usual spelling', () => {
    const guatemala = vocab.words.find(([w]) => w === 'Guatemala');
    expect(guatemala?.[1]).toBe(4);
    expect(vocab.words.map(([w]) => w)).toContain('Tillerson');
    expect(vocab.words.map(([w]) => w)).not.toContain('EU');
  });

  it('keeps names and aliases whole', () => {
    expect(vocab.names).toEqual(expect.arrayContaining(['Department of Homeland Security', 'Homeland Security', 'DHS', 'Metering']));
  });
});

describe('suggestions', () => {
  it('offer the known word a typo is nearest to', () => {
    expect(suggestions('guatamala', vocab)[0]).toBe('Guatemala');
    expect(suggestions('Tillerzon', vocab)[0]).toBe('Tillerson');
    expect(suggestions('metring', vocab)[0]).toBe('Metering');
  });

  it('offer a known name close to the whole query', () => {
    expect(suggestions('Homland Securty', vocab)).toContain('Homeland Security');
  });

  it('keep the words that are known and correct the others', () => {
    expect(suggestions('border guatamala', vocab)).toContain('border Guatemala');
  });

  it('offer nothing for known words, or for a query too far from anything known', () => {
    expect(suggestions('Guatemala', vocab)).toEqual([]);
    expect(suggestions('xqzzyplorf', vocab)).toEqual([]);
  });

  it('allow more slips in longer words, none in very short ones', () => {
    expect([allowedSlips(3), allowedSlips(5), allowedSlips(9)]).toEqual([0, 1, 2]);
  });
});
