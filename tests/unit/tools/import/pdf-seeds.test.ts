// Each seed statement printed as a PDF (wrapped lines, raised note markers with the notes at the foot
// of their page, link annotations, a running head and page numbers) and imported from the .pdf gives
// the curated statement, as the pasted text does.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { importStatement } from '../../../../src/tools/import/index.ts';
import { knownContent } from '../../../../src/tools/import/known.ts';
import { pdfText } from '../../../../src/tools/import/pdf.ts';
import { readSeed } from '../../../support/seed-text.ts';
import { expectsCuratedStatement } from './curated-checks.ts';
import { noteTexts, readStatement } from './helpers.ts';
import { makePdf } from './make-pdf.ts';

const seeds = [
  { source: '000_51ab636edee0af5f.txt', statement: '2019-guatemala-border-externalization' },
  { source: '003_3bca54cb000739d9.txt', statement: '2017-standing-up-to-harmful-policies' },
];
const known = knownContent(path.resolve('content'));

describe.each(seeds)('$statement from a .pdf', ({ source, statement }) => {
  const curated = readStatement(`content/statements/${statement}.md`);
  const seedText = fs.readFileSync(`content/sources/${source}`, 'utf8');
  const seed = readSeed(seedText);
  // The signatory list as the seed prints it: blocks of lines after the last note.
  const blocks = seedText.split(/\n\s*\n/).map((b) => b.trim()).filter(Boolean);
  const lastNote = blocks.findLastIndex((b) => /^[¹²³⁴⁵⁶⁷⁸⁹⁰]/.test(b) || /^\*\\\*/.test(b));
  const text = curated.body.replace(/\n\[\^[^\]]+\]: [\s\S]*$/, '').trim();
  const imported = makePdf({
    title: seed.title,
    ...(seed.dateLine ? { dateLine: seed.dateLine } : {}),
    blocks: text.split('\n\n'),
    notes: new Map(noteTexts(curated.body)),
    signatoryBlocks: blocks.slice(lastNote + 1).map((b) => b.split('\n')),
    runningHead: (page) => `${String(curated.data['title']).slice(0, 40)} | Page ${page}`,
    pageFoot: (page) => `– ${page} –`,
  }).then(async (bytes) => {
    const read = await pdfText(bytes);
    if ('problem' in read) throw new Error(read.problem);
    return importStatement(read.text, known, { sourcePath: `content/sources/${statement}.pdf`, today: '2026-11-23', from: 'a PDF' });
  });

  expectsCuratedStatement(imported, curated);
});
