// The one-item shortcut (src/cite/citeproc-single-item.ts) must not change a single character.
import { describe, expect, it } from 'vitest';
import { createRequire } from 'node:module';
import { bibliographyHtml, formattedCitations } from '../../../src/cite/formats.ts';
import { fullPreparation } from '../../../src/cite/citeproc-single-item.ts';
import { citationCsl, statementCsl, type CslItem } from '../../../src/cite/csl.ts';
import { citations, collection, editorial, joint, pressRelease, site } from './fixtures.ts';

const items: CslItem[] = [
  ...[joint, editorial, pressRelease].map((s) => statementCsl(s, collection, site)),
  ...[...citations].map(([id, work]) => citationCsl(id, work, collection)),
  // Two works by one author in one year: the case disambiguation exists for.
  { id: 'same-a', type: 'report', title: 'Report A', author: [{ family: 'Ruiz', given: 'Ana' }], issued: { 'date-parts': [[2019]] }, URL: 'https://example.org/a', language: 'en' },
  { id: 'same-b', type: 'report', title: 'Report B', author: [{ family: 'Ruiz', given: 'Ana' }], issued: { 'date-parts': [[2019]] }, URL: 'https://example.org/b', language: 'en' },
];

// The citeproc that @citation-js/plugin-csl loads, to count what it does.
const csl = createRequire(createRequire(import.meta.url).resolve('@citation-js/plugin-csl'))('citeproc') as {
  getSortKeys: (...args: unknown[]) => unknown;
  Disambiguation: { prototype: { run: (...args: unknown[]) => unknown } };
};

/** How many sort-key renderings and disambiguation runs formatting takes. */
function counted(run: () => void): { sortKeys: number; disambiguation: number } {
  const counts = { sortKeys: 0, disambiguation: 0 };
  const { getSortKeys } = csl;
  const disambiguate = csl.Disambiguation.prototype.run;
  csl.getSortKeys = function (this: unknown, ...args: unknown[]) { counts.sortKeys++; return getSortKeys.apply(this, args); };
  csl.Disambiguation.prototype.run = function (this: unknown, ...args: unknown[]) { counts.disambiguation++; return disambiguate.apply(this, args); };
  try {
    run();
  } finally {
    csl.getSortKeys = getSortKeys;
    csl.Disambiguation.prototype.run = disambiguate;
  }
  return counts;
}

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

  it('skips sort keys and disambiguation for one item, and keeps both for several', () => {
    expect(counted(() => formattedCitations(items[0]!))).toEqual({ sortKeys: 0, disambiguation: 0 });
    const several = counted(() => bibliographyHtml(items.slice(-2), 'apa'));
    expect(several.sortKeys).toBeGreaterThan(0);
    expect(several.disambiguation).toBeGreaterThan(0);
  });
});
