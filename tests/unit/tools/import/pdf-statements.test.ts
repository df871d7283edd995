// PDFs laid out unlike the seeds, printed by the tests: a Spanish statement whose running head and
// page number fall between two halves of a sentence, with a note citing two works and a link; and
// the PDFs the import refuses in one line: a scan with no text layer, an encrypted and a damaged file.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { PDFDocument, PDFHexString, StandardFonts, rgb } from 'pdf-lib';
import { afterAll, describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import { importStatement } from '../../../../src/tools/import/index.ts';
import { knownContent } from '../../../../src/tools/import/known.ts';
import { pdfText } from '../../../../src/tools/import/pdf.ts';
import { fixtureContent, ids, noteTexts } from './helpers.ts';
import { makePdf, type PdfSpec } from './make-pdf.ts';

const temp = fs.mkdtempSync(path.join(os.tmpdir(), 'import-pdf-'));
afterAll(() => fs.rmSync(temp, { recursive: true, force: true }));
const node = path.resolve('node_modules/.bin/node');

const long = 'Las organizaciones firmantes pedimos a los gobiernos de la región que respeten el derecho a solicitar asilo de todas las personas que llegan a sus fronteras, sin distinción de nacionalidad ni de origen, y que ';
const spec: PdfSpec = {
  title: '**Pronunciamiento sobre las expulsiones en la frontera sur**',
  dateLine: 'Ciudad de Guatemala, 14 de marzo de 2021',
  blocks: [
    `Denunciamos las expulsiones de familias hacia Guatemala[^1] y la falta de *información* sobre ellas, documentada por la [Red Jesuita con Migrantes](https://www.example.org/rjm/informe).[^2] ${long.repeat(22)}garanticen el acceso a los procedimientos de asilo.`,
    'Pedimos también a las organizaciones internacionales que vigilen la situación en los puntos de expulsión.',
  ],
  notes: new Map([
    ['1', 'Human Rights Watch, *Expulsiones en la frontera*, 2021, <https://www.hrw.org/es/expulsiones-frontera>'],
    ['2', 'ACNUR, *Nota sobre las expulsiones*, 2021, <https://www.acnur.org/nota-expulsiones> y Amnistía Internacional, *Devueltos*, 2021, <https://www.amnesty.org/es/devueltos/>'],
  ]),
  signatoryBlocks: [['Firmantes:'], ['Asociación Pop No’j', 'Pastoral de Movilidad Humana', 'Red Jesuita con Migrantes México']],
  runningHead: (page) => `Pronunciamiento sobre las expulsiones – página ${page}`,
  pageFoot: (page) => `– ${page} –`,
};
const bytes = makePdf(spec);

describe('a Spanish statement printed over two pages', () => {
  const imported = bytes.then(async (pdf) => {
    const read = await pdfText(pdf);
    if ('problem' in read) throw new Error(read.problem);
    return { text: read.text, result: importStatement(read.text, knownContent(fixtureContent), { sourcePath: 'content/sources/expulsiones.pdf', today: '2026-11-23', from: 'a PDF' }) };
  });

  test('the running head and page numbers are dropped and the sentence they cut is whole, word for word', async () => {
    const { text, result } = await imported;
    expect(text).not.toMatch(/página|– \d –/);
    expect((await pdfText(await bytes)) as { furniture: string[] }).toMatchObject({ furniture: ['page 1, “– 1 –”', 'page 2, “Pronunciamiento sobre las expulsiones – página 2”', 'page 2, “– 2 –”'] });
    expect((await PDFDocument.load(await bytes)).getPageCount()).toBeGreaterThan(1);
    expect(result.parts.paragraphs).toEqual([
      `Denunciamos las expulsiones de familias hacia Guatemala[^1] y la falta de *información* sobre ellas, documentada por la [Red Jesuita con Migrantes](https://www.example.org/rjm/informe).[^2] ${long.repeat(22)}garanticen el acceso a los procedimientos de asilo.`,
      'Pedimos también a las organizaciones internacionales que vigilen la situación en los puntos de expulsión.',
    ]);
  });

  test('the notes from the foot of the page are the notes, the second citing two works', async () => {
    const { result } = await imported;
    expect(noteTexts(result.statement.body!)).toEqual([...spec.notes]);
    expect(result.citations.map((c) => [c.note, c.ids.length])).toEqual([['1', 1], ['2', 2]]);
    expect(result.statement.data['language']).toBe('es');
    expect(result.statement.data['date']).toBe('2021-03-14');
  });

  test('the signatories are all there', async () => {
    const groups = (await imported).result.statement.data['signatories'] as { group: string; organizations: (string | { id: string })[] }[];
    expect(groups.map((g) => [g.group, ids(g.organizations).length])).toEqual([['Firmantes', 3]]);
  });
});

test('a word hyphenated at a line end is joined only where the joined word is a word of the text', async () => {
  const doc = await PDFDocument.create();
  const font = await doc.embedFont(StandardFonts.Helvetica);
  const page = doc.addPage([595, 842]);
  ['Families were stopped on the way north, and the migra-', 'tion of children was slowed down by the new self-', 'reliance rules; migration goes on all the same.'].forEach((line, i) => page.drawText(line, { x: 72, y: 700 - i * 14, size: 11, font }));
  const read = await pdfText(Buffer.from(await doc.save()));
  expect(read).toEqual({ furniture: [], text: 'Families were stopped on the way north, and the migration of children was slowed down by the new self-reliance rules; migration goes on all the same.\n' });
});

describe('PDFs the import refuses, in one line, writing nothing', () => {
  const given = async (name: string, make: () => Promise<Uint8Array | Buffer>) => {
    const file = path.join(temp, name);
    fs.writeFileSync(file, await make());
    return file;
  };
  const scan = async () => {
    const doc = await PDFDocument.create();
    doc.addPage([595, 842]).drawRectangle({ x: 72, y: 72, width: 451, height: 698, color: rgb(0.9, 0.9, 0.9) });
    return doc.save();
  };
  const encrypted = async () => {
    const doc = await PDFDocument.create();
    doc.addPage([595, 842]).drawText('Secret');
    const hex = PDFHexString.of('ab'.repeat(32));
    doc.context.trailerInfo.Encrypt = doc.context.register(doc.context.obj({ Filter: 'Standard', V: 1, R: 2, O: hex, U: PDFHexString.of('cd'.repeat(32)), P: -4 }));
    doc.context.trailerInfo.ID = doc.context.obj([PDFHexString.of('00'.repeat(16)), PDFHexString.of('00'.repeat(16))]);
    return doc.save({ useObjectStreams: false });
  };
  const cases: [string, () => Promise<string>, RegExp][] = [
    ['a scan with no text layer', () => given('scan.pdf', scan), /scan\.pdf has no text layer: it is a scan, a picture of the pages\. Run text recognition \(OCR\) on it first/],
    ['an encrypted PDF', () => given('locked.pdf', encrypted), /locked\.pdf is a password-protected \(encrypted\) PDF: open it, print or save it as a PDF without a password, and import that\.$/],
    ['a PDF cut short', () => given('cut.pdf', async () => Buffer.from((await bytes).subarray(0, 400))), /cut\.pdf is not a PDF that can be read/],
  ];
  test.each(cases)('%s', async (_, file, message) => {
    const out = path.join(temp, `out-${Math.random().toString(36).slice(2)}`);
    const run = spawnSync(node, ['scripts/import.ts', await file(), '--content', fixtureContent, '--out', out], { encoding: 'utf8' });
    expect(run.status).toBe(1);
    expect(run.stdout).toBe('');
    expect(run.stderr.trim().split('\n')).toHaveLength(1);
    expect(run.stderr.trim()).toMatch(message);
    expect(fs.existsSync(out)).toBe(false);
  });
});

test('npm run import -- statement.pdf writes the draft and keeps the .pdf in content/sources/', async () => {
  const root = path.join(temp, 'content');
  fs.cpSync(fixtureContent, root, { recursive: true });
  const file = path.join(temp, 'expulsiones.pdf');
  fs.writeFileSync(file, await bytes);
  const run = spawnSync(node, ['scripts/import.ts', file, '--content', root, '--today', '2026-11-23'], { encoding: 'utf8' });
  expect(run.status, run.stderr).toBe(0);
  expect(fs.readFileSync(path.join(root, 'sources', 'expulsiones.pdf')).equals(fs.readFileSync(file))).toBe(true);
  const draft = fs.readdirSync(path.join(root, 'statements')).find((f) => f.startsWith('2021-pronunciamiento'))!;
  const front = parse(fs.readFileSync(path.join(root, 'statements', draft), 'utf8').split('\n---\n')[0]!.replace(/^---\n/, ''));
  expect(front.provenance.source).toBe('content/sources/expulsiones.pdf');
  expect(front.provenance.description).toMatch(/^Transcription imported from a PDF; /);
});
