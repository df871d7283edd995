// The one-item shortcut (src/lib/citeproc-single-item.ts) must not change a single character.
import { describe, expect, it } from 'vitest';
import { formattedCitations } from '../../../src/lib/citation-formats.ts';
import { fullPreparation } from '../../../src/lib/citeproc-single-item.ts';
import { citationCsl, statementCsl, type CslItem } from '../../../src/lib/csl.ts';
import { citations, collection, editorial, joint, pressRelease, site } from './fixtures.ts';

const items: CslItem[] = [
  ...[joint, editorial, pressRelease].map((s) => statementCsl(s, collection, site)),
  ...[...citations].map(([id, work]) => citationCsl(id, work, collection)),
  // Two works by one author in one year: the case disambiguation exists for.
  { id: 'same-a', type: 'report', title: 'Report A', author: [{ family: 'Ruiz', given: 'Ana' }], issued: { 'date-parts': [[2019]] }, URL: 'https://example.org/a', language: 'en' },
  { id: 'same-b', type: 'report', title: 'Report B', author: [{ family: 'Ruiz', given: 'Ana' }], issued: { 'date-parts': [[2019]] }, URL: 'https://example.org/b', language: 'en' },
];

function withFullPreparation<T>(run: () => T): T {
  const { registry, setsortkeys, setdisambigs } = fullPreparation;
  const patched = { setsortkeys: registry.setsortkeys, setdisambigs: registry.setdisambigs };
  Object.assign(registry, { setsortkeys, setdisambigs });
  try {
    return run();
  } finally {
    Object.assign(registry, patched);
  }
}

describe('citeproc one-item shortcut', () => {
  it('is installed on the citeproc that citation-js uses', () => {
    expect(fullPreparation.registry.setsortkeys).not.toBe(fullPreparation.setsortkeys);
    expect(fullPreparation.registry.setdisambigs).not.toBe(fullPreparation.setdisambigs);
  });

  it('gives every style the same entry as citeproc’s full preparation', () => {
    const shortcut = items.map((item) => formattedCitations(item));
    const full = withFullPreparation(() => items.map((item) => formattedCitations(item)));
    expect(shortcut).toEqual(full);
    expect(shortcut.flat().every((c) => c.html.length > 0)).toBe(true);
  });
});
