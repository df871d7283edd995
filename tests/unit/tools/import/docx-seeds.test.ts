// Each seed statement written as a Word document (real footnotes, hyperlinks, bold and italics, a
// signatory list) and imported from the .docx gives the curated statement, as the pasted text does.
import fs from 'node:fs';
import path from 'node:path';
import { describe } from 'vitest';
import { docxText } from '../../../../src/tools/import/docx.ts';
import { importStatement } from '../../../../src/tools/import/index.ts';
import { knownContent } from '../../../../src/tools/import/known.ts';
import { readSeed } from '../../../support/seed-text.ts';
import { expectsCuratedStatement } from './curated-checks.ts';
import { noteTexts, readStatement } from './helpers.ts';
import { makeDocx } from './make-docx.ts';

const seeds = [
  { source: '000_51ab636edee0af5f.txt', statement: '2019-guatemala-border-externalization', columns: false },
  { source: '003_3bca54cb000739d9.txt', statement: '2017-standing-up-to-harmful-policies', columns: false },
  { source: '000_51ab636edee0af5f.txt', statement: '2019-guatemala-border-externalization', columns: true, endnotes: true },
];
const known = knownContent(path.resolve('content'));

describe.each(seeds)('$statement from a .docx (signatories in columns: $columns, endnotes: $endnotes)', ({ source, statement, columns, endnotes }) => {
  const curated = readStatement(`content/statements/${statement}.md`);
  const seed = readSeed(fs.readFileSync(`content/sources/${source}`, 'utf8'));
  const text = curated.body.replace(/\n\[\^[^\]]+\]: [\s\S]*$/, '').trim();
  const made = makeDocx({
    title: seed.title,
    ...(seed.dateLine ? { dateLine: seed.dateLine } : {}),
    blocks: text.split('\n\n'),
    notes: new Map(noteTexts(curated.body)),
    signatories: seed.signatories.filter(Boolean),
    columns,
    endnotes: endnotes ?? false,
  });
  const imported = made.then(async (bytes) => {
    const read = await docxText(bytes);
    if ('problem' in read) throw new Error(read.problem);
    return importStatement(read.text, known, { sourcePath: `content/sources/${statement}.docx`, today: '2026-11-23', from: 'a Word document' });
  });

  expectsCuratedStatement(imported, curated);
});
