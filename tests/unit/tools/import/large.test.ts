// A long pasted statement (about 1 MB, from the import benchmark's generator) comes out whole: every
// paragraph, note, page break, lost link and signatory accounted for. How fast is for
// `npm run bench:import` to measure; nothing here depends on the machine's speed.
import { expect, test } from 'vitest';
import { importStatement } from '../../../../src/tools/import/index.ts';
import { knownContent } from '../../../../src/tools/import/known.ts';
import { pastedStatement } from '../../../../scripts/bench/pasted-text.ts';
import { fixtureContent } from './helpers.ts';

const generated = pastedStatement(1024 * 1024);
const result = importStatement(generated.text, knownContent(fixtureContent), { sourcePath: 'content/sources/long.txt', today: '2026-11-23' });
const { parts } = result;

test('every paragraph, with each sentence cut by a page break joined again', () => {
  expect(parts.paragraphs).toHaveLength(generated.paragraphs);
  expect(parts.joins).toHaveLength(generated.pageBreaks);
  expect(parts.paragraphs.every((paragraph) => /\.(?:\[\^\d+\])?$/.test(paragraph))).toBe(true);
});

test('every note, linked from its place in reading order, and each cited work drafted once', () => {
  expect(parts.notes.map((note) => note.label)).toEqual(Array.from({ length: generated.notes }, (_, i) => String(i + 1)));
  const references = [...result.statement.body!.matchAll(/\[\^(\d+)\](?!:)/g)].map((m) => Number(m[1]));
  expect(references).toEqual(Array.from({ length: generated.notes }, (_, i) => i + 1));
  const drafted = result.drafts.filter((draft) => draft.collection === 'citations');
  expect(drafted).toHaveLength(generated.addresses);
  expect(new Set(result.citations.flatMap((c) => c.ids)).size).toBe(generated.addresses);
});

test('every lost link and signatory', () => {
  expect(parts.lostLinks).toHaveLength(generated.lostLinks);
  expect(parts.signatories.map((group) => group.names.length).reduce((a, b) => a + b)).toBe(generated.signatories);
  expect(result.statement.data['language']).toBe('en');
  expect(result.statement.data['date']).toBe('2019-06-13');
});
