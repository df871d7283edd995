// The two seed documents (content/sources/*.txt) imported against the real collection give back the
// curated statements: the same text word for word, the same notes with the same addresses, the
// same cited works, and the same signatories under the same headings.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { addressesIn } from '../../../../src/tools/import/citations.ts';
import { importStatement } from '../../../../src/tools/import/index.ts';
import { knownContent } from '../../../../src/tools/import/known.ts';
import { firstDifference } from '../../../support/seed-text.ts';
import { ids, noteTexts, readStatement } from './helpers.ts';

const seeds = [
  { source: '000_51ab636edee0af5f.txt', statement: '2019-guatemala-border-externalization' },
  { source: '003_3bca54cb000739d9.txt', statement: '2017-standing-up-to-harmful-policies' },
];
const known = knownContent(path.resolve('content'));

describe.each(seeds)('importing content/sources/$source', ({ source, statement }) => {
  const curated = readStatement(`content/statements/${statement}.md`);
  const result = importStatement(fs.readFileSync(`content/sources/${source}`, 'utf8'), known, {
    sourcePath: `content/sources/${source}`,
    today: '2026-11-23',
  });
  const data = result.statement.data as typeof curated.data;

  test('gives the curated text word for word, and character for character', () => {
    expect(firstDifference(result.statement.body!, curated.body)).toBeUndefined();
    expect(result.statement.body).toBe(curated.body);
  });

  test('gives the same title and the same footnote texts in the same order', () => {
    expect(data['title']).toBe(curated.data['title']);
    expect(noteTexts(result.statement.body!)).toEqual(noteTexts(curated.body));
    expect(result.parts.notes.map((n) => n.label)).toEqual(noteTexts(curated.body).map(([label]) => label));
  });

  test("finds each note's web addresses", () => {
    const urls = (body: string) => noteTexts(body).map(([, text]) => addressesIn(text).map((a) => a.url));
    expect(urls(result.statement.body!)).toEqual(urls(curated.body));
    expect(urls(curated.body).flat().length).toBe(statement.startsWith('2019') ? 15 : 0);
  });

  test('maps every note to the curated cited works, drafting none', () => {
    expect(data.notes).toEqual(curated.data.notes);
    expect(result.drafts.filter((d) => d.collection === 'citations')).toEqual([]);
  });

  test('gives the same signatory groups and organization ids, in order', () => {
    const groups = (list: typeof curated.data.signatories) => (list ?? []).map((g) => [g.group, ids(g.organizations)]);
    expect(groups(data.signatories)).toEqual(groups(curated.data.signatories));
    expect(ids((data.signatories ?? []).flatMap((g) => g.organizations))).toHaveLength(statement.startsWith('2019') ? 35 : 0);
    expect(result.drafts.filter((d) => d.collection === 'organizations')).toEqual([]);
  });
});

