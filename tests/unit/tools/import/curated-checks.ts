// What a document imported from a seed must give, whatever its format (.docx, .pdf): the curated
// statement's text character for character, its notes mapped to the same cited works with none
// drafted, and the same signatory groups in order. Registers the tests inside the caller's describe.
import { expect, test } from 'vitest';
import type { ImportResult } from '../../../../src/tools/import/index.ts';
import { firstDifference } from '../../../support/seed-text.ts';
import { ids, type Curated } from './helpers.ts';

export function expectsCuratedStatement(imported: Promise<ImportResult>, curated: Curated): void {
  test('gives the curated text word for word, and character for character', async () => {
    const result = await imported;
    expect(firstDifference(result.statement.body!, curated.body)).toBeUndefined();
    expect(result.statement.body).toBe(curated.body);
    expect(result.statement.data['title']).toBe(curated.data['title']);
  });

  test('maps every note to the curated cited works, drafting none', async () => {
    const result = await imported;
    expect(result.statement.data['notes']).toEqual(curated.data.notes);
    expect(result.drafts.filter((d) => d.collection === 'citations')).toEqual([]);
  });

  test('gives the same signatory groups and organization ids, in order', async () => {
    const data = (await imported).statement.data as Curated['data'];
    const groups = (list: Curated['data']['signatories']) => (list ?? []).map((g) => [g.group, ids(g.organizations)]);
    expect(groups(data.signatories)).toEqual(groups(curated.data.signatories));
  });
}
